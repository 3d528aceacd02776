// Defines the meter of one offline environment: the bundle's service calls per job, the Node CPU time, and the
// estimated Apps Script time from the latency model. While a job runs, each call also moves the offline clock by its
// modelled latency, so a job that watches its elapsed time (issue 6 §2) sees Apps Script's time, not Node's; the
// one-off follow-up triggers such a job leaves are run and measured as executions of the same job.
import type { ServiceContext } from '../gas/context';
import type { FakeTrigger } from '../gas/script-app-triggers';
import { FakeRange } from '../gas/spreadsheet/range';
import type { Rect } from '../gas/spreadsheet/sheet-data';
import { FakeTextFinder } from '../gas/spreadsheet/text-finder';
import type { OfflineEnvironment } from '../runtime/environment';
import { BLOCK_METHODS, costOf, JS_TIME_FACTOR } from './latency';

export type Calls = Record<string, number>;

export interface Execution {
  handler: string;
  /** Modelled service time, ms. */
  serviceMs: number;
  /** Node CPU time (bundle and stand-ins), ms. */
  cpuMs: number;
  /** Estimated Apps Script duration: service time plus JS time. */
  estimatedMs: number;
}

export interface JobMeasure {
  /** Calls of every execution of the job, by `Service.Class.method`. */
  calls: Calls;
  executions: Execution[];
}

const meters = new WeakMap<ServiceContext, Meter>();

/** A follow-up never runs more often than this, so a job that keeps rescheduling itself still ends. */
const MAX_EXECUTIONS = 50;

export class Meter {
  private active = false;
  private serviceMs = 0;

  constructor(readonly env: OfflineEnvironment) {
    installCellCosts();
    const ctx = env.ctx;
    const record = ctx.call.bind(ctx);
    ctx.call = (service: string, method: string) => {
      if (this.active) this.charge(costOf(`${service}.${method}`).ms);
      record(service, method);
    };
    meters.set(ctx, this);
  }

  charge(ms: number): void {
    if (!this.active || ms <= 0) return;
    this.serviceMs += ms;
    this.env.clock.advance(ms);
  }

  /** Runs one job (`run` starts its first execution), then every one-off follow-up trigger it left. */
  measure(handler: string, run: () => void): JobMeasure {
    const before = this.env.ctx.calls.snapshot();
    const executions = [this.execution(handler, run)];
    for (let t = this.nextFollowUp(); t && executions.length < MAX_EXECUTIONS; t = this.nextFollowUp()) {
      const trigger = t;
      const at = this.env.services.ScriptApp.nextRunOf(trigger) as Date;
      if (at.getTime() > this.env.clock.nowMs()) this.env.clock.set(at);
      this.env.services.ScriptApp.markRun(trigger, this.env.clock.now());
      executions.push(
        this.execution(trigger.spec.handler, () =>
          this.env.runTrigger(trigger.spec.handler, { authMode: 'FULL', triggerUid: trigger.spec.uniqueId }),
        ),
      );
    }
    return { calls: diffCalls(before, this.env.ctx.calls.snapshot()), executions };
  }

  private execution(handler: string, run: () => void): Execution {
    const service0 = this.serviceMs;
    const cpu0 = process.cpuUsage();
    this.active = true;
    try {
      run();
    } finally {
      this.active = false;
    }
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const serviceMs = this.serviceMs - service0;
    return { handler, serviceMs, cpuMs, estimatedMs: serviceMs + JS_TIME_FACTOR * cpuMs };
  }

  /** The earliest one-off clock trigger (after / at / atDate) that has not run yet. */
  private nextFollowUp(): FakeTrigger | null {
    const app = this.env.services.ScriptApp;
    let best: { t: FakeTrigger; at: number } | null = null;
    for (const t of app.allTriggers()) {
      const s = t.spec.schedule;
      if (!s || (s.afterMs === undefined && s.at === undefined && s.atDate === undefined)) continue;
      const at = app.nextRunOf(t)?.getTime();
      if (at !== undefined && (!best || at < best.at)) best = { t, at };
    }
    return best?.t ?? null;
  }
}

export function diffCalls(before: Calls, after: Calls): Calls {
  const out: Calls = {};
  for (const [k, v] of Object.entries(after)) {
    const d = v - (before[k] ?? 0);
    if (d !== 0) out[k] = d;
  }
  return out;
}

/** Calls of one service (`SpreadsheetApp`), or of every service not listed in `except`. */
export function callsOf(calls: Calls, service: string | { except: readonly string[] }): number {
  let n = 0;
  for (const [k, v] of Object.entries(calls)) {
    const s = k.slice(0, k.indexOf('.'));
    if (typeof service === 'string' ? s === service : !service.except.includes(s)) n += v;
  }
  return n;
}

type Sized = { ctx: ServiceContext; numRows: number; numColumns: number };
type Searching = {
  ctx: ServiceContext;
  areas: { sheet: { data: { lastRow(): number; lastColumn(): number } }; rect: Rect | null }[];
};

let installed = false;

/**
 * Block reads, writes and searches cost per cell as well as per call. The stand-ins record calls only, so their
 * prototypes are wrapped once per process to charge the cells to the meter of the calling environment.
 */
function installCellCosts(): void {
  if (installed) return;
  installed = true;
  const range = FakeRange.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of BLOCK_METHODS) {
    const original = range[name];
    if (typeof original !== 'function') continue;
    const perCell = costOf(`SpreadsheetApp.Range.${name}`).perCellMs ?? 0;
    range[name] = function (this: Sized, ...args: unknown[]) {
      meters.get(this.ctx)?.charge(perCell * this.numRows * this.numColumns);
      return original.apply(this, args);
    };
  }
  const finder = FakeTextFinder.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of ['findAll', 'findNext', 'findPrevious']) {
    const original = finder[name];
    if (typeof original !== 'function') continue;
    const perCell = costOf(`SpreadsheetApp.TextFinder.${name}`).perCellMs ?? 0;
    finder[name] = function (this: Searching, ...args: unknown[]) {
      let cells = 0;
      for (const { sheet, rect } of this.areas) {
        const last = sheet.data.lastRow();
        cells += rect ? Math.max(0, Math.min(rect.nr, last - rect.r)) * rect.nc : last * sheet.data.lastColumn();
      }
      meters.get(this.ctx)?.charge(perCell * cells);
      return original.apply(this, args);
    };
  }
}
