// Defines the row work reconcile and rebuild share: reading only new responses, intake against what is stored,
// re-checking responses rejected for their unit, marking `Lỗi nhập liệu` rows handled, and the derived columns.
import { type FormKind, intake, type RawResponse } from '../domain/intake';
import { formatDateTimeVi } from '../domain/period';
import type { UnitMatcher } from '../domain/units';
import { toRawResponse } from '../gas/forms';
import { isTransient } from '../gas/retry';
import type { RowRecord, SheetTable } from '../gas/sheet-table';
import { changedColumns, deriveColumns } from '../sheets/flags';
import { COL, ERROR_COL } from '../sheets/layout';
import { acceptedRecord, FORM_LABEL, rejectedRecord } from '../sheets/rows';
import type { AppContext } from './context';
import type { Budget } from './jobs';

type FormResponse = GoogleAppsScript.Forms.FormResponse;
export type TableRow = { row: number; record: RowRecord };

export const byTimeThenId = (a: { timestamp: Date; id: string }, b: { timestamp: Date; id: string }) =>
  a.timestamp.getTime() - b.timestamp.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const idsOf = (rows: readonly TableRow[], header: string) =>
  new Set(rows.map((r) => String(r.record[header] ?? '')));

/**
 * Reads the responses from `from` on whose id is not in `known`, until the budget is used up. A known
 * response costs one call (getId); reading one costs about three per question, so only new ones are read.
 */
export function readNew(
  responses: readonly FormResponse[],
  from: number,
  known: Set<string>,
  budget: Budget,
): { raws: RawResponse[]; next: number } {
  const raws: RawResponse[] = [];
  let i = from;
  for (; i < responses.length && !budget.exhausted(); i++) {
    if (!known.has(responses[i].getId())) raws.push(toRawResponse(responses[i]));
  }
  return { raws: raws.sort(byTimeThenId), next: i };
}

/** Rows for the responses not yet known by id or fingerprint; adds what it takes to the known sets. */
export function intakeMissing(
  ctx: AppContext,
  kind: FormKind,
  responses: readonly RawResponse[],
  knownIds: Set<string>,
  knownFingerprints: Set<string>,
): { accepted: RowRecord[]; rejected: RowRecord[] } {
  const accepted: RowRecord[] = [];
  const rejected: RowRecord[] = [];
  for (const raw of responses) {
    if (knownIds.has(raw.id)) continue;
    const result = intake(kind, raw, ctx);
    if (knownFingerprints.has(result.fingerprint)) continue;
    knownIds.add(raw.id);
    knownFingerprints.add(result.fingerprint);
    // Flags are recomputed for the whole sheet right after (refreshDerived).
    if (result.ok) accepted.push(acceptedRecord(result, raw, [], false));
    else rejected.push(rejectedRecord(result, raw, formatDateTimeVi(raw.timestamp, ctx.periodConfig.timeZone)));
  }
  return { accepted, rejected };
}

/** Rejections `Lỗi nhập liệu` does not hold yet (by response id or fingerprint): a response is listed once. */
export function newRejections(rejected: readonly RowRecord[], errorRows: readonly TableRow[]): RowRecord[] {
  const ids = idsOf(errorRows, COL.responseId);
  const fps = idsOf(errorRows, COL.fingerprint);
  return rejected.filter((r) => !ids.has(String(r[COL.responseId])) && !fps.has(String(r[COL.fingerprint])));
}

export const isHandled = (r: RowRecord) => {
  const v = r[ERROR_COL.handled];
  return v === true || String(v ?? '').toUpperCase() === 'TRUE';
};

/**
 * Ticks `Đã xử lý` on the error rows of the responses in `ids`, in one column write (none when nothing
 * changes). `errorRows` is updated too, so a later call in the same run does not untick them.
 */
export function markHandled(errors: SheetTable, errorRows: readonly TableRow[], ids: ReadonlySet<string>): void {
  const marked = errorRows.filter((r) => ids.has(String(r.record[COL.responseId])) && !isHandled(r.record));
  if (marked.length === 0) return;
  for (const r of marked) r.record[ERROR_COL.handled] = true;
  errors.writeColumn(
    ERROR_COL.handled,
    errorRows.map((r) => isHandled(r.record)),
  );
}

/** Problems the registry alone can fix: renaming a unit or adding an alias turns such a rejection valid. */
const UNIT_CODES = new Set(['UNIT_NOT_FOUND', 'UNIT_AMBIGUOUS']);

/**
 * Error rows of `kind`'s form that the registry now resolves: rejected only for their unit, not marked
 * `Đã xử lý`, and whose answer now matches exactly one unit. No Sheet or Forms call.
 */
export function resolvedByRegistry(errorRows: readonly TableRow[], kind: FormKind, matcher: UnitMatcher): TableRow[] {
  return errorRows.filter(({ record: r }) => {
    if (String(r[ERROR_COL.form] ?? '') !== FORM_LABEL[kind] || isHandled(r)) return false;
    const codes = String(r[ERROR_COL.codes] ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    if (codes.length === 0 || !codes.every((c) => UNIT_CODES.has(c))) return false;
    return matcher.match(String(r[ERROR_COL.unitAnswer] ?? '')) !== undefined;
  });
}

/**
 * The responses with these ids, read from the form one by one (there are few: rejections the registry now
 * resolves). An id the form does not hold (deleted there, or a row of an imported file) is skipped.
 */
export function fetchResponses(form: GoogleAppsScript.Forms.Form, ids: readonly string[]): RawResponse[] {
  const out: RawResponse[] = [];
  for (const id of ids) {
    try {
      out.push(toRawResponse(form.getResponse(id)));
    } catch (e) {
      if (isTransient(e)) throw e;
    }
  }
  return out;
}

/**
 * Rewrites the derived columns that changed (`Kỳ`, `Cờ`, `Được tính`, `Khoá kỳ`), computed from all rows:
 * one read (none when the caller passes the rows it just read) and one write per changed column.
 */
export function refreshDerived(ctx: AppContext, kind: FormKind, table: SheetTable, read?: readonly TableRow[]): void {
  const rows = (read ?? table.readAll()).map((r) => r.record);
  if (rows.length === 0) return;
  const d = deriveColumns(kind, rows, ctx.units, ctx.settings.countUnverified, ctx.periodConfig);
  for (const c of changedColumns(rows, d)) table.writeColumn(c.header, c.values);
}
