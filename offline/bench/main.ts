// Defines `npm run bench`: runs the built bundle in the offline runtime for districts of 100 and 1,000 units with
// 1,000 / 10,000 / 50,000 existing rows, prints the calls, CPU and estimated Apps Script time of each job and the
// bundle size, and exits with 1 when a budget of issue 6 §4 is broken, naming it and the calls that grew.
//   npm run bench                                   # the full matrix
//   npm run bench -- --units 100 --rows 1000,5000   # a subset
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bundlePath } from '../runtime/loader';
import { checkBudgets } from './budgets';
import { runScenario, type ScenarioResult } from './jobs';
import { JOB_BUDGET_MS, latencyLegend } from './latency';
import { legend, resultTable } from './table';

const list = (s: string) =>
  s
    .split(',')
    .map((x) => Number(x.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);

const { values } = parseArgs({
  options: {
    units: { type: 'string', default: '100,1000' },
    rows: { type: 'string', default: '1000,10000,50000' },
  },
});
const unitSizes = list(values.units);
const rowCounts = list(values.rows);

const results: ScenarioResult[] = [];
for (const units of unitSizes) {
  for (const rows of rowCounts) {
    const started = Date.now();
    results.push(runScenario({ units, rows }));
    process.stderr.write(`  ${units} units, ${rows} rows: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}

const bytes = statSync(bundlePath()).size;
console.log(`Bundle build/Code.js: ${bytes.toLocaleString('en-US')} bytes (${(bytes / 1024).toFixed(1)} KiB)\n`);
console.log(resultTable(results));
console.log(
  `\n${legend()}\n\nLatency model (sources in offline/bench/latency.ts):\n${latencyLegend()
    .map((l) => `- ${l}`)
    .join('\n')}\n`,
);

const violations = checkBudgets(results);
if (violations.length === 0) {
  console.log(
    `Budgets hold: calls per submission and per quiet hourly reconcile constant in rows; calls per recompute and per report constant in rows and units; every execution for ${unitSizes[unitSizes.length - 1]} units under ${JOB_BUDGET_MS / 60000} minutes estimated.`,
  );
} else {
  console.log(`Budgets broken (${violations.length}):`);
  for (const v of violations) console.log(`- ${v.budget}: ${v.detail}`);
  process.exitCode = 1;
}
