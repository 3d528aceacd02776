// Defines the shared state every offline stand-in runs against: a settable clock, a per-method
// call log (performance budgets are set on these counts) and a fault plan (issue "Hardening").
// Every public stand-in method starts with `ctx.call(service, method)`.
import { GasException } from './gas-base.ts';

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

/**
 * A rule that makes a stand-in method throw. `method` is a method name (`'Range.setValues'`), '*' for every
 * method of the service, or a prefix ending in '*' (`'Range.*'`, `'Range.set*'`); `service` may be '*' too.
 */
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
  /** Only calls made while the bundle runs (a menu or trigger execution), not a test's own set-up calls. */
  inExecution?: boolean;
  /**
   * The error ends the execution, as Google's time limit does: every later call of the same execution
   * throws the same message, so no catch block can still reach a service.
   */
  kill?: boolean;
}

/** A fault that fired: which call, with what message, at what simulated time. */
export interface FiredFault {
  service: string;
  method: string;
  message: string;
  at: number;
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

function matches(pattern: string, name: string): boolean {
  if (pattern === '*' || pattern === name) return true;
  return pattern.endsWith('*') && name.startsWith(pattern.slice(0, -1));
}

export class FaultPlan {
  private rules: { rule: FaultRule; seen: number; fired: number }[] = [];
  private random: () => number;
  /** Every fault thrown so far, oldest first (tests check that a soak really met faults). */
  readonly fired: FiredFault[] = [];
  /** False pauses every rule (they keep their counters) until set back to true. */
  enabled = true;
  constructor(seed = 1) {
    this.random = seededRandom(seed);
  }
  seed(seed: number): void {
    this.random = seededRandom(seed);
  }
  /** Adds a rule; the returned function removes it again. */
  add(rule: FaultRule): () => void {
    const entry = { rule, seen: 0, fired: 0 };
    this.rules.push(entry);
    return () => {
      this.rules = this.rules.filter((r) => r !== entry);
    };
  }
  clear(): void {
    this.rules = [];
  }
  /** The rule that fires on this call, if any (its counters move on). `executing`: the bundle is running. */
  match(service: string, method: string, executing = true, at = 0): FaultRule | null {
    if (!this.enabled) return null;
    for (const r of this.rules) {
      if (!matches(r.rule.service, service) || !matches(r.rule.method, method)) continue;
      if (r.rule.inExecution && !executing) continue;
      r.seen++;
      const { nth, times, probability } = r.rule;
      let fire = false;
      if (nth !== undefined) fire = r.seen >= nth && r.fired < (times ?? 1);
      else if (probability !== undefined)
        fire = this.random() < probability && r.fired < (times ?? Number.POSITIVE_INFINITY);
      else fire = r.fired < (times ?? Number.POSITIVE_INFINITY);
      if (fire) {
        r.fired++;
        this.fired.push({ service, method, message: r.rule.message, at });
        return r.rule;
      }
    }
    return null;
  }
  /** Throws the injected error when a rule matches this call. */
  check(service: string, method: string, executing = true): void {
    const rule = this.match(service, method, executing);
    if (rule) throw new GasException(rule.message);
  }
}

/** Google's message when an execution passes its time limit (6 minutes for a script). */
export const EXECUTION_TIME_MESSAGE = 'Exceeded maximum execution time';

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
  /** Nesting depth of bundle executions in progress (set by the offline environment). */
  executing = 0;
  /** Epoch ms after which every call of the running execution fails with Google's time-limit error. */
  deadlineMs: number | null = null;
  /** Message of a fault that ended the running execution (a `kill` rule); cleared when the execution ends. */
  killedWith: string | null = null;

  /** Records a call, advances the simulated clock, and throws an injected fault if one matches. */
  call(service: string, method: string): void {
    this.calls.record(service, method);
    if (this.clock.msPerCall) this.clock.advance(this.clock.msPerCall);
    if (this.killedWith !== null) throw new GasException(this.killedWith);
    if (this.deadlineMs !== null && this.clock.nowMs() > this.deadlineMs) {
      this.killedWith = EXECUTION_TIME_MESSAGE;
      throw new GasException(EXECUTION_TIME_MESSAGE);
    }
    const rule = this.faults.match(service, method, this.executing > 0, this.clock.nowMs());
    if (!rule) return;
    if (rule.kill && this.executing > 0) this.killedWith = rule.message;
    throw new GasException(rule.message);
  }
}
