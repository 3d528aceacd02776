// Defines the offline month: seed the registry, replay every response through the FormApp stand-in
// in time order (the bundle's own trigger handler does the work), run the day's jobs and the report.
import { ARTICLE_FORM, EXEMPLAR_FORM } from '../../src/domain/forms';
import { parseTimestamp, zonedToInstant } from '../../src/domain/period';
import { InputFileError } from '../input/errors';
import { type ResponseRow, readResponsesFile } from '../input/responses-file';
import { readReviewFile } from '../input/review-file';
import { cellText, readTableFile } from '../input/table-file';
import { readUnitsFile } from '../input/units-file';
import { OfflineEnvironment, SCRIPT_TIME_ZONE } from '../runtime/environment';
import type { RunOptions } from './args';
import { applyReview } from './review';

type Kind = 'exemplar' | 'article';

export interface SummaryJson {
  period: string;
  periodStart: string;
  periodEnd: string;
  asOf: string;
  units: unknown[];
  totals: Record<string, number>;
  rejected: { form: Kind; row: number | null; reason: string }[];
  reminders: { unit: string; to: string[]; stage: string }[];
}

export interface MonthRun {
  env: OfflineEnvironment;
  summary: SummaryJson;
  replayed: number;
  /** Rows dated after --today: not yet received on that day, so not replayed. */
  future: number;
  report: { docId: string; pdfId?: string; docUrl?: string };
  /** Which input file row each replayed response came from, by response id. */
  sources: Map<string, { kind: Kind; row: number }>;
  /** Sender name of the office's emails (setting `Tên phòng Nội vụ`). */
  officeName: string;
}

interface Event {
  kind: Kind;
  row: number;
  at: Date;
  source: ResponseRow;
}

const FORMS = { exemplar: EXEMPLAR_FORM, article: ARTICLE_FORM } as const;

async function readResponses(kind: Kind, path: string) {
  const qs = FORMS[kind].questions;
  return readResponsesFile(
    path,
    qs.map((q) => q.title),
    qs.filter((q) => q.required).map((q) => q.title),
  );
}

/** Local midnight after `today` (YYYY-MM-DD) in the office zone. */
function endOfDay(today: string): Date {
  const [year, month, day] = today.split('-').map(Number);
  return zonedToInstant({ year, month, day: day + 1, hour: 0, minute: 0, second: 0 }, SCRIPT_TIME_ZONE);
}

function atLocal(today: string, hour: number): Date {
  const [year, month, day] = today.split('-').map(Number);
  return zonedToInstant({ year, month, day, hour, minute: 0, second: 0 }, SCRIPT_TIME_ZONE);
}

export async function runMonth(opts: RunOptions): Promise<MonthRun> {
  const unitsFile = await readUnitsFile(opts.units);
  const files = {
    exemplar: await readResponses('exemplar', opts.exemplars),
    article: await readResponses('article', opts.articles),
  };
  const review = opts.review ? await readReviewFile(opts.review) : [];
  const settingsRows = opts.settings ? (await readTableFile(opts.settings)).rows.map((r) => r.cells.map(cellText)) : [];

  const events: Event[] = [];
  const unreadable: { kind: Kind; source: ResponseRow }[] = [];
  for (const kind of ['exemplar', 'article'] as const) {
    for (const source of files[kind].rows) {
      const at = parseTimestamp(source.timestamp, SCRIPT_TIME_ZONE);
      if (at) events.push({ kind, row: source.row, at, source });
      else unreadable.push({ kind, source });
    }
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  const first = events[0]?.at ?? atLocal(opts.today, 0);
  const env = new OfflineEnvironment({ start: new Date(first.getTime() - 24 * 3600_000), mailQuota: opts.mailQuota });

  env.run('apiSetup_');
  if (settingsRows.length) env.run('apiImportSettings_', settingsRows);
  const problems = env.run<{ row: number; column: string; message: string }[]>(
    'apiImportUnits_',
    unitsFile.header,
    unitsFile.rows.map((r) => r.cells),
  );
  if (problems.length) {
    const p = problems[0];
    throw new InputFileError({
      code: 'invalid_value',
      file: opts.units,
      row: p.row > 0 ? (unitsFile.rows[p.row - 1]?.row ?? p.row) : 0,
      column: p.column || undefined,
      detail: problems.length > 1 ? `${p.message} (và ${problems.length - 1} lỗi khác)` : p.message,
    });
  }

  const idToRow = new Map<string, { kind: Kind; row: number }>();
  const forms = { exemplar: formIdOf(env, 'exemplar'), article: formIdOf(env, 'article') };
  const until = endOfDay(opts.today);
  let replayed = 0;
  let future = 0;
  for (const e of events) {
    if (e.at.getTime() >= until.getTime()) {
      future++;
      continue;
    }
    env.clock.set(e.at);
    const response = env.services.FormApp.openById(forms[e.kind]).importResponse({
      email: e.source.email,
      timestamp: e.at,
      answers: e.source.answers,
    });
    idToRow.set(String(response.getId()), { kind: e.kind, row: e.row });
    replayed++;
  }
  for (const { kind, source } of unreadable) {
    env.run('apiRecordInputError_', kind, source.row, source, { code: 'INVALID_TIMESTAMP', value: source.timestamp });
  }

  if (opts.review) applyReview(env, idToRow, review, opts.review);
  // The hourly reconcile has run by then (it also settles flags that depend on later answers), then
  // the day's jobs at the hour the daily trigger runs (SPEC §8), then the report of the period.
  env.clock.set(atLocal(opts.today, 8));
  env.runTrigger('hourlyReconcile');
  env.runTrigger('dailyJob');
  const period = opts.period ?? env.run<{ period: string }>('apiSummary_').period;
  env.run('apiUpdateProgress_', period);
  const report = env.run<{ docId: string; pdfId?: string; docUrl?: string }>('apiCreateReport_', period);

  const raw = env.run<
    Omit<SummaryJson, 'rejected'> & {
      rejected: { form: Kind; responseId: string; row: number | null; reason: string }[];
    }
  >('apiSummary_', period);
  const summary: SummaryJson = {
    ...raw,
    rejected: raw.rejected
      .map((r) => ({ form: r.form, row: idToRow.get(r.responseId)?.row ?? r.row, reason: r.reason }))
      .sort((a, b) => a.form.localeCompare(b.form) || (a.row ?? 0) - (b.row ?? 0)),
  };
  const officeName = String(
    env.spreadsheet
      .getSheetByName('Cấu hình')!
      .getDataRange()
      .getValues()
      .find((r) => r[0] === 'Tên phòng Nội vụ')?.[1] ?? '',
  );
  return { env, summary, replayed, future, report, officeName, sources: idToRow };
}

function formIdOf(env: OfflineEnvironment, kind: Kind): string {
  const label = kind === 'exemplar' ? 'Biểu mẫu giới thiệu gương' : 'Biểu mẫu bài viết dự thi';
  const rows = env.spreadsheet.getSheetByName('Cấu hình')!.getDataRange().getValues();
  const id = String(rows.find((r) => r[0] === label)?.[1] ?? '');
  if (!id) throw new Error(`Setup did not record the ${kind} form id`);
  return id;
}
