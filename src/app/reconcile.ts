// Defines reconcile (ingest what the triggers missed) and rebuild (re-create both sheets from the forms), both safe to repeat.
import { type FormKind, intake, type RawResponse } from '../domain/intake';
import { formatDateTimeVi } from '../domain/period';
import { openFormById, toRawResponse } from '../gas/forms';
import { withScriptLock } from '../gas/lock';
import { type RowRecord, SheetTable } from '../gas/sheet-table';
import { deriveColumns } from '../sheets/flags';
import { COL, ERROR_COL, ERROR_SHEET } from '../sheets/layout';
import { acceptedRecord, rejectedRecord } from '../sheets/rows';
import { type AppContext, loadContext } from './context';
import { sheetOf } from './ingest';

export const KINDS: readonly FormKind[] = ['exemplar', 'article'];

export interface SyncReport {
  kind: FormKind;
  responses: number;
  added: number;
  rejected: number;
}

export function formIdOf(ctx: AppContext, kind: FormKind): string {
  return kind === 'exemplar' ? ctx.settings.exemplarFormId : ctx.settings.articleFormId;
}

/** Every response of a form, oldest first: the form's own store is the source of truth. */
export function formResponses(ctx: AppContext, kind: FormKind): RawResponse[] | null {
  const form = openFormById(formIdOf(ctx, kind));
  if (!form) return null;
  return form
    .getResponses()
    .map(toRawResponse)
    .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime() || a.id.localeCompare(b.id));
}

/** Rewrites `Cờ`, `Được tính`, `Khoá kỳ` from all rows: one read and three column writes. */
export function refreshDerived(ctx: AppContext, kind: FormKind): void {
  const table = SheetTable.open(ctx.ss, sheetOf(kind));
  const rows = table.readAll().map((r) => r.record);
  if (rows.length === 0) return;
  const d = deriveColumns(kind, rows, ctx.units, ctx.settings.countUnverified);
  table.writeColumn(COL.flags, d.flags);
  table.writeColumn(COL.counted, d.counted);
  table.writeColumn(COL.periodKey, d.periodKeys);
}

function intakeMissing(
  ctx: AppContext,
  kind: FormKind,
  responses: readonly RawResponse[],
  knownIds: Set<string>,
  knownFingerprints: Set<string>,
  office: Map<string, RowRecord> = new Map(),
): { accepted: RowRecord[]; rejected: RowRecord[]; acceptedIds: string[] } {
  const accepted: RowRecord[] = [];
  const rejected: RowRecord[] = [];
  const acceptedIds: string[] = [];
  for (const raw of responses) {
    if (knownIds.has(raw.id)) continue;
    const result = intake(kind, raw, ctx);
    if (knownFingerprints.has(result.fingerprint)) continue;
    knownIds.add(raw.id);
    knownFingerprints.add(result.fingerprint);
    if (result.ok) {
      // Flags are recomputed for the whole sheet right after (refreshDerived).
      accepted.push({ ...acceptedRecord(result, raw, [], false), ...office.get(raw.id) });
      acceptedIds.push(raw.id);
    } else rejected.push(rejectedRecord(result, raw, formatDateTimeVi(raw.timestamp, ctx.periodConfig.timeZone)));
  }
  return { accepted, rejected, acceptedIds };
}

const idsOf = (rows: { record: RowRecord }[], header: string) =>
  new Set(rows.map((r) => String(r.record[header] ?? '')));

/** Ingests the responses missing from the sheets (a trigger that never fired, a lock that timed out). */
export function reconcile(): SyncReport[] {
  return withScriptLock(() => {
    const ctx = loadContext();
    const errors = SheetTable.open(ctx.ss, ERROR_SHEET);
    const errorRows = errors.readAll();
    return KINDS.map((kind) => {
      const responses = formResponses(ctx, kind) ?? [];
      const table = SheetTable.open(ctx.ss, sheetOf(kind));
      const rows = table.readAll();
      const ids = new Set([...idsOf(rows, COL.responseId), ...idsOf(errorRows, COL.responseId)]);
      const fps = new Set([...idsOf(rows, COL.fingerprint), ...idsOf(errorRows, COL.fingerprint)]);
      const { accepted, rejected } = intakeMissing(ctx, kind, responses, ids, fps);
      table.append(accepted);
      errors.append(rejected);
      if (accepted.length) refreshDerived(ctx, kind);
      return { kind, responses: responses.length, added: accepted.length, rejected: rejected.length };
    });
  }, 120_000);
}

const OFFICE_COLUMNS = [COL.status, COL.note, COL.selected];

/**
 * Re-creates both sheets from the forms, keeping Nội vụ's own columns by response id. A response
 * rejected earlier that is now valid (the registry was fixed) is stored and its error row marked handled.
 */
export function rebuild(): SyncReport[] {
  return withScriptLock(() => {
    const ctx = loadContext();
    const errors = SheetTable.open(ctx.ss, ERROR_SHEET);
    const errorRows = errors.readAll();
    const reports = KINDS.map((kind) => {
      const responses = formResponses(ctx, kind);
      if (!responses) return { kind, responses: 0, added: 0, rejected: 0, acceptedIds: [] as string[] };
      const table = SheetTable.open(ctx.ss, sheetOf(kind));
      const rows = table.readAll();
      const office = new Map<string, RowRecord>();
      for (const { record } of rows) {
        const kept = Object.fromEntries(OFFICE_COLUMNS.filter((h) => h in record).map((h) => [h, record[h]]));
        office.set(String(record[COL.responseId]), kept);
      }
      const errorIds = idsOf(errorRows, COL.responseId);
      const errorFps = idsOf(errorRows, COL.fingerprint);
      const fresh = intakeMissing(ctx, kind, responses, new Set(), new Set(), office);
      const newRejected = fresh.rejected.filter(
        (r) => !errorIds.has(String(r[COL.responseId])) && !errorFps.has(String(r[COL.fingerprint])),
      );
      const last = table.sheet.getLastRow();
      if (last >= 2) table.sheet.getRange(2, 1, last - 1, table.headers().length).clearContent();
      table.append(fresh.accepted);
      errors.append(newRejected);
      refreshDerived(ctx, kind);
      return {
        kind,
        responses: responses.length,
        added: fresh.accepted.length,
        rejected: newRejected.length,
        acceptedIds: fresh.acceptedIds,
      };
    });
    const nowValid = new Set(reports.flatMap((r) => r.acceptedIds));
    if (errorRows.length && nowValid.size) {
      errors.writeColumn(
        ERROR_COL.handled,
        errorRows.map((r) =>
          nowValid.has(String(r.record[COL.responseId])) ? true : r.record[ERROR_COL.handled] === true,
        ),
      );
    }
    return reports.map(({ acceptedIds: _ids, ...r }) => r);
  }, 120_000);
}
