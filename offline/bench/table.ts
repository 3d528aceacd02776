// Defines the benchmark's printed result: one Markdown table row per scenario and job (calls by service, Node CPU,
// estimated Apps Script time, executions), ready to paste into the README.
import { JOB_LABEL, JOBS, type JobName, type ScenarioResult } from './jobs';
import { callsOf } from './meter';

const SHORT: Record<JobName, string> = {
  submitExemplar: 'submission A',
  submitArticle: 'submission B',
  recompute: 'recompute',
  hourlyReconcile: 'reconcile (hourly)',
  reminders: 'reminders',
  report: 'report',
};

const MAIN_SERVICES = ['SpreadsheetApp', 'DocumentApp', 'MailApp'] as const;

const int = (n: number) => Math.round(n).toLocaleString('en-US');

export function resultTable(results: readonly ScenarioResult[]): string {
  const head = [
    'Units',
    'Rows',
    'Job',
    'Sheet calls',
    'Docs calls',
    'Mail calls',
    'Other calls',
    'Node CPU ms',
    'Est. Apps Script s',
    'Runs',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_h, i) => (i < 3 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const r of results) {
    for (const job of JOBS) {
      const m = r.jobs[job];
      const cpu = m.executions.reduce((n, e) => n + e.cpuMs, 0);
      const longest = Math.max(...m.executions.map((e) => e.estimatedMs));
      const cells = [
        int(r.units),
        int(r.rows),
        job === 'reminders' ? `${SHORT[job]} (${r.remindersSent} sent)` : SHORT[job],
        ...MAIN_SERVICES.map((s) => int(callsOf(m.calls, s))),
        int(callsOf(m.calls, { except: MAIN_SERVICES })),
        int(cpu),
        (longest / 1000).toFixed(1),
        String(m.executions.length),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

export function legend(): string {
  return [
    ...JOBS.map((j) => `${SHORT[j]}: ${JOB_LABEL[j]}`),
    'Rows: existing rows in each response sheet (and 1% as many in the error sheet).',
    'Other calls: FormApp, Drive, LockService, PropertiesService, ScriptApp, Session, Utilities.',
    'Est. Apps Script s: the longest execution of the job (Runs = executions, follow-up triggers included).',
  ].join('\n');
}
