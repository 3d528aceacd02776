// Defines the shared state every offline stand-in runs against: a settable clock, a per-method
// call log (performance budgets are set on these counts) and a fault plan (issue "Hardening").
// Every public stand-in method starts with `ctx.call(service, method)`.

export class Clock {
  private ms: number;
  /** Milliseconds added to the clock on every recorded service call (simulates latency). */
  msPerCall = 0;
  constructor(start: Date = new Date('2023-05-01T01:00:00Z')) {
    this.ms = start.getTime();
  }
  now(): Date {
    return new Date(this.ms);
  }
  nowMs(): number {
    return this.ms;
  }
  set(d: Date): void {
    this.ms = d.getTime();
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export type CallKey = `${string}.${string}`;

export class CallLog {
  private readonly counts = new Map<string, number>();
  record(service: string, method: string): void {
    const key = `${service}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  /** Calls of one method (`'SpreadsheetApp', 'Range.getValues'`), or of a whole service. */
  count(service: string, method?: string): number {
    if (method) return this.counts.get(`${service}.${method}`) ?? 0;
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(`${service}.`)) n += v;
    return n;
  }
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
  reset(): void {
    this.counts.clear();
  }
}

/** A rule that makes a stand-in method throw. `method` may be '*' for every method of the service. */
export interface FaultRule {
  service: string;
  method: string;
  /** Throw on the nth matching call (1-based), counted from when the rule was added. */
  nth?: number;
  /** Throw on every matching call from the nth on (with nth) or always (without). */
  times?: number;
  /** Throw with this probability (0..1), drawn from the plan's seeded generator. */
  probability?: number;
  message: string;
}

/** Mulberry32: a small seeded generator so fault runs repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultPlan {
  private rules: { rule: FaultRule; seen: number; fired: number }[] = [];
  private random: () => number;
  constructor(seed = 1) {
    this.random = seededRandom(seed);
  }
  seed(seed: number): void {
    this.random = seededRandom(seed);
  }
  add(rule: FaultRule): void {
    this.rules.push({ rule, seen: 0, fired: 0 });
  }
  clear(): void {
    this.rules = [];
  }
  /** Throws the injected error when a rule matches this call. */
  check(service: string, method: string): void {
    for (const r of this.rules) {
      if (r.rule.service !== service) continue;
      if (r.rule.method !== '*' && r.rule.method !== method) continue;
      r.seen++;
      const { nth, times, probability } = r.rule;
      let fire = false;
      if (nth !== undefined) fire = r.seen >= nth && r.fired < (times ?? 1);
      else if (probability !== undefined) fire = this.random() < probability;
      else fire = r.fired < (times ?? Number.POSITIVE_INFINITY);
      if (fire) {
        r.fired++;
        throw new Error(r.rule.message);
      }
    }
  }
}

export class ServiceContext {
  readonly clock: Clock;
  readonly calls = new CallLog();
  readonly faults = new FaultPlan();
  /** Effective user of the script (Session.getEffectiveUser) and the active user. */
  effectiveUser = 'noivu@example.vn';
  activeUser = 'noivu@example.vn';
  /** Called by FormApp after a response is submitted; the environment turns it into trigger runs. */
  readonly formSubmitListeners: ((formId: string, response: unknown) => void)[] = [];
  /** Counter for ids handed out by stand-ins (responses, files, triggers), so runs repeat exactly. */
  private nextIdValue = 1;
  constructor(clock: Clock = new Clock()) {
    this.clock = clock;
  }
  /** A deterministic id with a prefix, e.g. `nextId('2_ABaOnu')`. */
  nextId(prefix: string): string {
    return `${prefix}${(this.nextIdValue++).toString(36).padStart(6, '0')}`;
  }
  /** Records a call, advances the simulated clock, and throws an injected fault if one matches. */
  call(service: string, method: string): void {
    this.calls.record(service, method);
    if (this.clock.msPerCall) this.clock.advance(this.clock.msPerCall);
    this.faults.check(service, method);
  }
}
