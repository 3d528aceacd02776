// Defines the follow-up run of checkpointed jobs (`continueJob`): resume each pending job within one budget,
// then leave exactly one follow-up trigger if work remains, or none.
import { withRetry } from '../gas/retry';
import { deleteTriggers, scheduleOnce } from '../gas/triggers';
import { Budget, CONTINUE_AFTER_MS, CONTINUE_HANDLER, type JobName, pendingJobs } from './jobs';
import { resumeSync } from './reconcile';
import { continueReminders } from './reminders';

export interface ContinueOutcome {
  /** Jobs that were waiting when the run started. */
  resumed: JobName[];
  /** Jobs still waiting when it ended (a new follow-up trigger is set for them). */
  pending: JobName[];
}

/**
 * Safe to run twice (a trigger delivered twice, the hourly safety net): every job re-reads its checkpoint
 * under the script lock and skips what its sheets already hold; with nothing pending it only cleans up.
 */
export function continueJobs(budget = new Budget()): ContinueOutcome {
  // The one-off trigger that started this run has fired but stays listed until deleted.
  withRetry(() => deleteTriggers(CONTINUE_HANDLER));
  const waiting = withRetry(() => pendingJobs());
  const sync = waiting.filter((cp) => cp.job !== 'reminders');
  resumeSync(budget, sync);
  if (waiting.some((cp) => cp.job === 'reminders') && !budget.exhausted()) continueReminders(budget);
  const pending = withRetry(() => pendingJobs()).map((cp) => cp.job);
  if (pending.length) withRetry(() => scheduleOnce(CONTINUE_HANDLER, CONTINUE_AFTER_MS));
  return { resumed: waiting.map((cp) => cp.job), pending };
}
