// Defines how long jobs stay inside Apps Script's 6-minute limit: a time budget, a small checkpoint per
// job in the script properties, and the one-off `continueJob` trigger that resumes them.
import { scheduleOnce } from '../gas/triggers';

/** https://developers.google.com/apps-script/guides/services/quotas#current_limitations (script runtime). */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
/** Work stops here; the remaining 1.5 minutes write what was done and save the checkpoint. */
export const WORK_BUDGET_MS = 4.5 * 60_000;
export const CONTINUE_HANDLER = 'continueJob';
/** The follow-up runs a minute later (Google fires one-off triggers within minutes, not to the second). */
export const CONTINUE_AFTER_MS = 60_000;
/** A checkpoint this old has lost its trigger (a run that died before scheduling): the hourly run reschedules. */
export const STALE_CHECKPOINT_MS = 20 * 60_000;

export type JobName = 'reconcile' | 'rebuild' | 'reminders';
/** Resumed in this order: data first, then what reads it. */
export const JOB_NAMES: readonly JobName[] = ['rebuild', 'reconcile', 'reminders'];

const PREFIX = 'guongSang.job.';
/** Under Google's 9 KB per value: checkpoints hold offsets and counts, never data. */
const MAX_CHECKPOINT_BYTES = 8 * 1024;

/**
 * Elapsed time of the execution, read from Date.now() (the offline runtime's clock follows service
 * calls). Created once at the entry point and shared by everything the execution does.
 */
export class Budget {
  readonly startedAt: number;
  constructor(
    readonly limitMs = WORK_BUDGET_MS,
    startedAt = Date.now(),
  ) {
    this.startedAt = startedAt;
  }
  elapsedMs(): number {
    return Date.now() - this.startedAt;
  }
  /** True once the work time is used up, or when less than `reserveMs` of it is left. */
  exhausted(reserveMs = 0): boolean {
    return this.elapsedMs() >= this.limitMs - reserveMs;
  }
}

export interface Checkpoint<S> {
  job: JobName;
  state: S;
  /** Epoch ms of the last save. */
  savedAt: number;
  /** Executions the job has taken so far. */
  runs: number;
}

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getScriptProperties();
}

export function loadCheckpoint<S>(job: JobName): Checkpoint<S> | null {
  const raw = props().getProperty(PREFIX + job);
  if (!raw) return null;
  try {
    const cp = JSON.parse(raw) as Checkpoint<S>;
    return cp && cp.job === job ? cp : null;
  } catch {
    return null;
  }
}

/** Saves where `job` stands (offsets and counts); returns the checkpoint for the next save. */
export function saveCheckpoint<S>(job: JobName, state: S, previous: Checkpoint<S> | null): Checkpoint<S> {
  const cp: Checkpoint<S> = { job, state, savedAt: Date.now(), runs: (previous?.runs ?? 0) + 1 };
  const text = JSON.stringify(cp);
  if (text.length > MAX_CHECKPOINT_BYTES) throw new Error(`Checkpoint of ${job} is too large (${text.length} bytes)`);
  props().setProperty(PREFIX + job, text);
  return cp;
}

/** Saves where `job` stopped and schedules the follow-up run that continues it. */
export function suspendJob<S>(job: JobName, state: S, previous: Checkpoint<S> | null): void {
  saveCheckpoint(job, state, previous);
  scheduleOnce(CONTINUE_HANDLER, CONTINUE_AFTER_MS);
}

export function finishJob(job: JobName): void {
  props().deleteProperty(PREFIX + job);
}

/** Checkpoints waiting to be continued, in resume order. */
export function pendingJobs(): Checkpoint<unknown>[] {
  const all = props().getProperties();
  return JOB_NAMES.filter((j) => all[PREFIX + j]).flatMap((j) => {
    const cp = loadCheckpoint<unknown>(j);
    return cp ? [cp] : [];
  });
}

/** Reschedules the follow-up when a checkpoint has waited too long (its trigger was lost). */
export function rescheduleStaleJobs(now = Date.now()): boolean {
  if (!pendingJobs().some((cp) => now - cp.savedAt > STALE_CHECKPOINT_MS)) return false;
  scheduleOnce(CONTINUE_HANDLER, CONTINUE_AFTER_MS);
  return true;
}
