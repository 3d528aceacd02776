// Defines reconcile (ingest what the triggers missed) and rebuild (re-create both sheets from the forms):
// both safe to repeat, both stop inside the time budget and continue from a checkpoint (jobs.ts).
import { type FormKind, intake, type RawResponse } from '../domain/intake';
import { formatDateTimeVi } from '../domain/period';
import { openFormById, toRawResponse } from '../gas/forms';
import { withScriptLock } from '../gas/lock';
import { withRetry } from '../gas/retry';
import { type RowRecord, SheetTable } from '../gas/sheet-table';
import { dropStaging, openStaging } from '../gas/staging';
import { deriveColumns } from '../sheets/flags';
import { COL, ERROR_COL, ERROR_SHEET } from '../sheets/layout';
import { acceptedRecord, rejectedRecord } from '../sheets/rows';
import { type AppContext, loadContext, spreadsheet } from './context';
import { sheetOf } from './ingest';
import { Budget, type Checkpoint, finishJob, loadCheckpoint, saveCheckpoint, suspendJob } from './jobs';

export const KINDS: readonly FormKind[] = ['exemplar', 'article'];

export interface SyncReport {
  kind: FormKind;
  responses: number;
  added: number;
  rejected: number;
}

/** What a run did; `complete` is false when the rest continues in a follow-up run (jobs.ts). */
export interface SyncOutcome {
  reports: SyncReport[];
  complete: boolean;
}

type FormResponse = GoogleAppsScript.Forms.FormResponse;

export function formIdOf(ctx: AppContext, kind: FormKind): string {
  return kind === 'exemplar' ? ctx.settings.exemplarFormId : ctx.settings.articleFormId;
}

/** The form's responses as Google lists them, in one call; null when the form is gone. */
function listResponses(ctx: AppContext, kind: FormKind): FormResponse[] | null {
  const form = openFormById(formIdOf(ctx, kind));
  return form ? form.getResponses() : null;
}

const byTimeThenId = (a: { timestamp: Date; id: string }, b: { timestamp: Date; id: string }) =>
  a.timestamp.getTime() - b.timestamp.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Reads the responses from `from` on whose id is not in `known`, until the budget is used up. A known
 * response costs one call (getId); reading one costs about three per question, so only new ones are read.
 */
function readNew(
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

const idsOf = (rows: { record: RowRecord }[], header: string) =>
  new Set(rows.map((r) => String(r.record[header] ?? '')));

const emptyReport = (kind: FormKind): SyncReport => ({ kind, responses: 0, added: 0, rejected: 0 });

interface ScanState {
  /** Index in KINDS of the form being scanned, and the next response of its list. */
  kind: number;
  offset: number;
  reports: SyncReport[];
}

/**
 * Ingests the responses missing from the sheets (a trigger that never fired, a lock that timed out).
 * The sheets are the memory of what is done, so a retry or a second follow-up run adds nothing twice.
 */
export function reconcile(budget = new Budget()): SyncOutcome {
  return withScriptLock(() => withRetry(() => reconcileLocked(budget)), 120_000);
}

function reconcileLocked(budget: Budget): SyncOutcome {
  const cp = loadCheckpoint<ScanState>('reconcile');
  const state: ScanState = cp?.state ?? { kind: 0, offset: 0, reports: [] };
  const ctx = loadContext();
  const errors = SheetTable.open(ctx.ss, ERROR_SHEET);
  const errorRows = errors.readAll();
  for (; state.kind < KINDS.length; state.kind++, state.offset = 0) {
    const kind = KINDS[state.kind];
    state.reports[state.kind] ??= emptyReport(kind);
    const report = state.reports[state.kind];
    const responses = listResponses(ctx, kind) ?? [];
    report.responses = responses.length;
    const table = SheetTable.open(ctx.ss, sheetOf(kind));
    const rows = table.readAll();
    const ids = new Set([...idsOf(rows, COL.responseId), ...idsOf(errorRows, COL.responseId)]);
    const fps = new Set([...idsOf(rows, COL.fingerprint), ...idsOf(errorRows, COL.fingerprint)]);
    const { raws, next } = readNew(responses, state.offset, ids, budget);
    const { accepted, rejected } = intakeMissing(ctx, kind, raws, ids, fps);
    table.append(accepted);
    errors.append(rejected);
    // Also without new rows: a submission flags only itself, so an earlier row learns only here that another
    // unit later sent the same name; the sheet then reads the same whatever order the responses came in.
    refreshDerived(ctx, kind);
    report.added += accepted.length;
    report.rejected += rejected.length;
    if (next < responses.length) {
      suspendJob('reconcile', { ...state, offset: next }, cp);
      return { reports: state.reports, complete: false };
    }
  }
  if (cp) finishJob('reconcile');
  return { reports: state.reports, complete: true };
}

const OFFICE_COLUMNS = [COL.status, COL.note, COL.selected];

interface RebuildState extends ScanState {
  /** Epoch ms the rebuild started: rows stored by triggers after it are kept even if not staged. */
  startedAt: number;
}

/**
 * Re-creates both sheets from the forms, keeping Nội vụ's own columns by response id. New rows are
 * collected in a hidden staging sheet over as many runs as needed; the data sheet is then replaced in one
 * write, so it is never empty or half-built. A response rejected earlier that is now valid (the registry
 * was fixed) is stored and its error row marked handled. `fresh` starts over (the menu); otherwise the
 * rebuild in progress, if any, continues.
 */
export function rebuild(budget = new Budget(), opts: { fresh: boolean } = { fresh: true }): SyncOutcome {
  let fresh = opts.fresh;
  return withScriptLock(
    () =>
      withRetry(() => {
        if (fresh) {
          startRebuild();
          fresh = false;
        }
        return rebuildLocked(budget);
      }),
    120_000,
  );
}

/** Drops a half-built staging and records the start, so a retry or a crash resumes instead of restarting. */
function startRebuild(): void {
  const ss = spreadsheet();
  for (const kind of KINDS) dropStaging(ss, sheetOf(kind));
  const state: RebuildState = { kind: 0, offset: 0, reports: [], startedAt: Date.now() };
  saveCheckpoint('rebuild', state, null);
}

function rebuildLocked(budget: Budget): SyncOutcome {
  const cp = loadCheckpoint<RebuildState>('rebuild');
  if (!cp) return { reports: [], complete: true };
  const state = cp.state;
  const ctx = loadContext();
  const errors = SheetTable.open(ctx.ss, ERROR_SHEET);
  for (; state.kind < KINDS.length; state.kind++, state.offset = 0) {
    const kind = KINDS[state.kind];
    state.reports[state.kind] ??= emptyReport(kind);
    const report = state.reports[state.kind];
    const responses = listResponses(ctx, kind);
    if (!responses) continue;
    report.responses = responses.length;
    const staging = openStaging(ctx.ss, sheetOf(kind));
    const staged = staging.readAll();
    const errorRows = errors.readAll();
    const errorIds = idsOf(errorRows, COL.responseId);
    const errorFps = idsOf(errorRows, COL.fingerprint);
    const ids = idsOf(staged, COL.responseId);
    const { raws, next } = readNew(responses, state.offset, ids, budget);
    const found = intakeMissing(ctx, kind, raws, ids, idsOf(staged, COL.fingerprint));
    const newRejected = found.rejected.filter(
      (r) => !errorIds.has(String(r[COL.responseId])) && !errorFps.has(String(r[COL.fingerprint])),
    );
    staging.append(found.accepted);
    errors.append(newRejected);
    report.rejected += newRejected.length;
    if (next < responses.length || budget.exhausted()) {
      suspendJob('rebuild', { ...state, offset: next }, cp);
      return { reports: state.reports, complete: false };
    }
    report.added = replaceFromStaging(ctx, kind, staging, errors, state.startedAt);
  }
  finishJob('rebuild');
  return { reports: state.reports, complete: true };
}

/**
 * The last step of one form, repeatable until the staging sheet is deleted: office columns are read from
 * the data sheet now (edits made while the rebuild ran are kept), then the sheet is replaced in one write.
 */
function replaceFromStaging(
  ctx: AppContext,
  kind: FormKind,
  staging: SheetTable,
  errors: SheetTable,
  startedAt: number,
): number {
  const table = SheetTable.open(ctx.ss, sheetOf(kind));
  const live = table.readAll().map((r) => r.record);
  const office = new Map<string, RowRecord>();
  for (const record of live) {
    const kept = Object.fromEntries(OFFICE_COLUMNS.filter((h) => h in record).map((h) => [h, record[h]]));
    office.set(String(record[COL.responseId]), kept);
  }
  const staged = staging.readAll().map((r) => r.record);
  const stagedIds = new Set(staged.map((r) => String(r[COL.responseId])));
  // A trigger may have stored a response after the scan passed its place in the list: keep it.
  const arrived = live.filter((r) => {
    const t = r[COL.timestamp];
    return !stagedIds.has(String(r[COL.responseId])) && t instanceof Date && t.getTime() >= startedAt;
  });
  const rows = [...staged.map((r) => ({ ...r, ...office.get(String(r[COL.responseId])) })), ...arrived];
  const key = (r: RowRecord) => ({
    timestamp: r[COL.timestamp] instanceof Date ? (r[COL.timestamp] as Date) : new Date(0),
    id: String(r[COL.responseId]),
  });
  table.replaceAll(rows.sort((a, b) => byTimeThenId(key(a), key(b))));
  refreshDerived(ctx, kind);
  const errorRows = errors.readAll();
  if (errorRows.some((r) => stagedIds.has(String(r.record[COL.responseId])))) {
    errors.writeColumn(
      ERROR_COL.handled,
      errorRows.map((r) => stagedIds.has(String(r.record[COL.responseId])) || r.record[ERROR_COL.handled] === true),
    );
  }
  ctx.ss.deleteSheet(staging.sheet);
  return staged.length;
}

/** Runs the checkpointed sync jobs still pending, oldest data first; true when none is left. */
export function resumeSync(budget: Budget, pending: readonly Checkpoint<unknown>[]): boolean {
  let done = true;
  for (const cp of pending) {
    if (budget.exhausted()) return false;
    if (cp.job === 'rebuild') done = rebuild(budget, { fresh: false }).complete && done;
    if (cp.job === 'reconcile') done = reconcile(budget).complete && done;
  }
  return done;
}
