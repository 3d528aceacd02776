// Defines the service-call and time budgets of issue 6 §4, checked over a set of measured scenarios: calls per
// submission and per quiet hourly reconcile constant in rows; calls per recompute and per report constant in rows
// and units; every execution of every job, for the largest districts, under five minutes estimated. A broken
// budget names the calls that grew.
import type { JobName, ScenarioResult } from './jobs';
import { costOf, JOB_BUDGET_MS } from './latency';
import type { Calls } from './meter';

export interface Violation {
  budget: string;
  detail: string;
}

/** Methods whose counts differ between two runs, as `method: a → b`. */
export function grownCalls(a: Calls, b: Calls): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((k) => (a[k] ?? 0) !== (b[k] ?? 0)).map((k) => `${k}: ${a[k] ?? 0} → ${b[k] ?? 0}`);
}

/** The methods that cost the most modelled time in `calls` (per-call part), largest first. */
export function costliest(calls: Calls, n = 3): string[] {
  return Object.entries(calls)
    .map(([k, count]) => ({ k, count, ms: count * costOf(k).ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n)
    .map((x) => `${x.k} ${x.count} × ${costOf(x.k).ms} ms = ${(x.ms / 1000).toFixed(0)} s`);
}

const where = (r: ScenarioResult) => `${r.units} units, ${r.rows} rows`;

/** Every scenario of `group` must make exactly the calls of the group's first scenario for `job`. */
function sameCalls(budget: string, job: JobName, group: ScenarioResult[]): Violation[] {
  const [base, ...rest] = group;
  const out: Violation[] = [];
  for (const r of rest) {
    const grown = grownCalls(base.jobs[job].calls, r.jobs[job].calls);
    if (grown.length) out.push({ budget, detail: `${where(base)} vs ${where(r)}: ${grown.join('; ')}` });
  }
  return out;
}

export interface BudgetOptions {
  /** Districts at least this large must fit every execution in JOB_BUDGET_MS (default: the largest measured). */
  timeBudgetFromUnits?: number;
  /** Check the time budget at all (the CI test checks counts only). */
  checkTime?: boolean;
}

export function checkBudgets(results: readonly ScenarioResult[], opts: BudgetOptions = {}): Violation[] {
  const out: Violation[] = [];
  const unitSizes = [...new Set(results.map((r) => r.units))].sort((a, b) => a - b);
  for (const units of unitSizes) {
    const group = results.filter((r) => r.units === units).sort((a, b) => a.rows - b.rows);
    for (const job of ['submitExemplar', 'submitArticle'] as const) {
      out.push(...sameCalls(`calls per submission (${job}) constant in rows`, job, group));
    }
    out.push(...sameCalls('calls per quiet hourly reconcile constant in rows', 'hourlyReconcile', group));
  }
  const all = [...results].sort((a, b) => a.units - b.units || a.rows - b.rows);
  out.push(...sameCalls('calls per progress recompute constant in rows and units', 'recompute', all));
  out.push(...sameCalls('calls per report constant in rows and units', 'report', all));
  if (opts.checkTime ?? true) {
    const from = opts.timeBudgetFromUnits ?? unitSizes[unitSizes.length - 1];
    for (const r of results.filter((x) => x.units >= from)) {
      for (const [job, m] of Object.entries(r.jobs)) {
        for (const e of m.executions) {
          if (e.estimatedMs > JOB_BUDGET_MS) {
            out.push({
              budget: `every job under ${JOB_BUDGET_MS / 60000} minutes estimated (${from}+ units)`,
              detail: `${job}, ${where(r)}: execution ${e.handler} estimated ${(e.estimatedMs / 1000).toFixed(0)} s (service ${(e.serviceMs / 1000).toFixed(0)} s, CPU ${e.cpuMs.toFixed(0)} ms); costliest: ${costliest(m.calls).join('; ')}`,
            });
          }
        }
      }
    }
  }
  return out;
}
