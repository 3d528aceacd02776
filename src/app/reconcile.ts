// Defines reconcile (ingest what the triggers missed) and rebuild (re-create both sheets from the forms):
// both safe to repeat, both stop inside the time budget and continue from a checkpoint (jobs.ts).
import type { FormKind } from '../domain/intake';
import { openFormById } from '../gas/forms';
import { withScriptLock } from '../gas/lock';
import { withRetry } from '../gas/retry';
import { type RowRecord, SheetTable } from '../gas/sheet-table';
import { dropStaging, openStaging } from '../gas/staging';
import { COL, ERROR_SHEET } from '../sheets/layout';
import { type AppContext, loadContext, spreadsheet } from './context';
import { sheetOf } from './ingest';
import { Budget, type Checkpoint, finishJob, loadCheckpoint, saveCheckpoint, suspendJob } from './jobs';
import { listSince, loadWatermark, nextWatermark, type ReconcileScope, saveWatermark } from './reconcile-scope';
import {
  byTimeThenId,
  fetchResponses,
  idsOf,
  intakeMissing,
  markHandled,
  newRejections,
  readNew,
  refreshDerived,
  resolvedByRegistry,
} from './sync-rows';
import { syncUnitLists } from './units-sync';

export const KINDS: readonly FormKind[] = ['exemplar', 'article'];

export interface SyncReport {
  kind: FormKind;
  /** Responses listed: all of the form's, or those after the watermark (hourly run). */
  responses: number;
  added: number;
  rejected: number;
  /** Of `added`: responses rejected earlier for their unit that the registry now resolves. */
  recovered: number;
}

/** What a run did; `complete` is false when the rest continues in a follow-up run (jobs.ts). */
export interface SyncOutcome {
  reports: SyncReport[];
  complete: boolean;
}

type Form = GoogleAppsScript.Forms.Form;

export function formIdOf(ctx: AppContext, kind: FormKind): string {
  return kind === 'exemplar' ? ctx.settings.exemplarFormId : ctx.settings.articleFormId;
}

/** The form's responses (after `since` when given) as Google lists them, in one call. */
function listResponses(form: Form | null, since: number | null): GoogleAppsScript.Forms.FormResponse[] {
  if (!form) return [];
  // https://developers.google.com/apps-script/reference/forms/form#getResponses(Date)
  return since === null ? form.getResponses() : form.getResponses(new Date(since));
}

const emptyReport = (kind: FormKind): SyncReport => ({ kind, responses: 0, added: 0, rejected: 0, recovered: 0 });

interface ScanState {
  /** Index in KINDS of the form being scanned, and the next response of its list. */
  kind: number;
  offset: number;
  reports: SyncReport[];
}

interface ReconcileState extends ScanState {
  /** Epoch ms the reconcile started: the next watermark once it completes. */
  startedAt?: number;
  /** Responses listed are those after this epoch ms; null (or absent in older checkpoints) lists all. */
  since?: number | null;
}

/**
 * Ingests the responses missing from the sheets (a trigger that never fired, a lock that timed out).
 * The sheets are the memory of what is done, so a retry or a second follow-up run adds nothing twice.
 * First the forms' unit lists are refreshed from `Đơn vị` (a renamed unit keeps its old name as an alias),
 * then responses rejected only for their unit are stored when the registry now resolves them.
 * `scope` 'full' lists every response (the menu, apiReconcile_); 'hourly' lists those after the last run's
 * start less a margin, except on the first run of a day (reconcile-scope.ts). It defaults to 'hourly' for
 * the trigger runs that pass their execution's budget, to 'full' otherwise. A run that continues a
 * checkpoint keeps the scope it started with, except that 'full' restarts a pending hourly job.
 */
export function reconcile(budget?: Budget, scope: ReconcileScope = 'full'): SyncOutcome {
  const b = budget ?? new Budget();
  return withScriptLock(() => withRetry(() => reconcileLocked(b, scope)), 120_000);
}

function reconcileLocked(budget: Budget, scope: ReconcileScope): SyncOutcome {
  const cp = loadCheckpoint<ReconcileState>('reconcile');
  let ctx = loadContext();
  const forms = { exemplar: openFormById(formIdOf(ctx, 'exemplar')), article: openFormById(formIdOf(ctx, 'article')) };
  // The menu asks for every response: an hourly job left half-done (its list is not the full one) restarts.
  let state = scope === 'full' && (cp?.state.since ?? null) !== null ? undefined : cp?.state;
  if (!state) {
    const startedAt = Date.now();
    const since = listSince(scope, new Date(startedAt), loadWatermark(), ctx.periodConfig.timeZone);
    state = { kind: 0, offset: 0, reports: [], startedAt, since };
    // Before anything is matched: answers given under a unit's old dropdown name match again.
    if (syncUnitLists(ctx, forms).renamed.length > 0) ctx = loadContext(ctx.ss);
  }
  const since = state.since ?? null;
  const errors = SheetTable.open(ctx.ss, ERROR_SHEET);
  const errorRows = errors.readAll();
  for (; state.kind < KINDS.length; state.kind++, state.offset = 0) {
    const kind = KINDS[state.kind];
    state.reports[state.kind] ??= emptyReport(kind);
    const report = state.reports[state.kind];
    const form = forms[kind];
    const responses = listResponses(form, since);
    report.responses = responses.length;
    const table = SheetTable.open(ctx.ss, sheetOf(kind));
    const rows = table.readAll();
    const stored = idsOf(rows, COL.responseId);
    const ids = new Set([...stored, ...idsOf(errorRows, COL.responseId)]);
    const fps = new Set([...idsOf(rows, COL.fingerprint), ...idsOf(errorRows, COL.fingerprint)]);
    const { raws, next } = readNew(responses, state.offset, ids, budget);
    // Re-checked once per form and job, on its first pass; a later pass finds them stored or handled.
    const resolved = state.offset === 0 ? resolvedByRegistry(errorRows, kind, ctx.matcher) : [];
    const retry = resolved.filter((r) => !stored.has(String(r.record[COL.responseId])));
    for (const r of retry) {
      ids.delete(String(r.record[COL.responseId]));
      fps.delete(String(r.record[COL.fingerprint]));
    }
    const retried = form
      ? fetchResponses(
          form,
          retry.map((r) => String(r.record[COL.responseId])),
        )
      : [];
    const { accepted, rejected } = intakeMissing(ctx, kind, [...retried, ...raws].sort(byTimeThenId), ids, fps);
    const fresh = newRejections(rejected, errorRows);
    table.append(accepted);
    errors.append(fresh);
    const acceptedIds = new Set(accepted.map((r) => String(r[COL.responseId])));
    // A resolved row stored by an earlier run that stopped before ticking it is ticked now.
    markHandled(
      errors,
      errorRows,
      new Set(
        resolved.map((r) => String(r.record[COL.responseId])).filter((id) => acceptedIds.has(id) || stored.has(id)),
      ),
    );
    // Also without new rows: a submission flags only itself, so an earlier row learns only here that another
    // unit later sent the same name; the sheet then reads the same whatever order the responses came in.
    refreshDerived(ctx, kind, table, accepted.length > 0 ? undefined : rows);
    report.added += accepted.length;
    report.rejected += fresh.length;
    report.recovered += retried.filter((r) => acceptedIds.has(r.id)).length;
    if (next < responses.length) {
      suspendJob('reconcile', { ...state, offset: next }, cp);
      return { reports: state.reports, complete: false };
    }
  }
  saveWatermark(nextWatermark(loadWatermark(), state.startedAt ?? Date.now(), since === null));
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
    const form = openFormById(formIdOf(ctx, kind));
    if (!form) continue;
    const responses = listResponses(form, null);
    report.responses = responses.length;
    const staging = openStaging(ctx.ss, sheetOf(kind));
    const staged = staging.readAll();
    const ids = idsOf(staged, COL.responseId);
    const { raws, next } = readNew(responses, state.offset, ids, budget);
    const found = intakeMissing(ctx, kind, raws, ids, idsOf(staged, COL.fingerprint));
    const newRejected = newRejections(found.rejected, errors.readAll());
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
  refreshDerived(ctx, kind, table);
  // A response rejected earlier that is now valid (the registry was fixed) is stored: its error row is handled.
  markHandled(errors, errors.readAll(), stagedIds);
  ctx.ss.deleteSheet(staging.sheet);
  return staged.length;
}

/** Runs the checkpointed sync jobs still pending, oldest data first; true when none is left. */
export function resumeSync(budget: Budget, pending: readonly Checkpoint<unknown>[]): boolean {
  let done = true;
  for (const cp of pending) {
    if (budget.exhausted()) return false;
    if (cp.job === 'rebuild') done = rebuild(budget, { fresh: false }).complete && done;
    if (cp.job === 'reconcile') done = reconcile(budget, 'hourly').complete && done;
  }
  return done;
}
