// Defines the two ways into the system that every entry point of src/main.ts goes through: a menu action (scope
// check first, then the work; a known problem becomes a Vietnamese dialog) and a trigger run (a known problem is
// rethrown with its Vietnamese text, since Google logs it and emails it to the trigger's owner). Unknown errors
// are rethrown untouched either way, for Stackdriver.
import { AppError, type AppProblem } from '../domain/app-error';
import { appProblemMessageVi } from '../domain/app-error-vi';
import { missingScopesMessageVi } from '../domain/scopes';
import { scopeGaps } from '../gas/authorization';
import { DRIVE_DISABLED } from '../gas/drive-files';
import { LOCK_TIMEOUT_MESSAGE } from '../gas/lock';
import { notify } from '../gas/ui';
import { MENU_ACTIONS, type MenuActionName } from './menu';

/** Google's message when a call needs a scope the running user has not granted. */
export const AUTHORIZATION_REQUIRED_MESSAGE = 'Authorization is required to perform that action.';

/** Known problems: our own AppErrors, and the few Google or adapter errors a clerk can act upon. */
export function knownProblem(e: unknown): AppProblem | null {
  if (e instanceof AppError) return e.problem;
  const message = e instanceof Error ? e.message : '';
  if (message === LOCK_TIMEOUT_MESSAGE) return { code: 'LOCK_TIMEOUT' };
  if (message === DRIVE_DISABLED) return { code: 'DRIVE_DISABLED' };
  if (message === AUTHORIZATION_REQUIRED_MESSAGE) return { code: 'AUTHORIZATION_REQUIRED' };
  return null;
}

/**
 * Runs a menu item: refuses (changing nothing) when the runner has not granted a scope it needs, then runs
 * `body`, whose returned text (if any) is shown under the item's caption.
 */
export function menuAction(name: MenuActionName, body: () => string | null): void {
  const { caption, scopes } = MENU_ACTIONS[name];
  try {
    const gaps = scopeGaps(scopes);
    if (gaps.missing.length > 0) {
      console.warn(`${name} stopped: scopes not granted: ${gaps.missing.join(' ')}`);
      notify(caption, missingScopesMessageVi(caption, gaps.missing, gaps.url));
      return;
    }
    const message = body();
    if (message !== null) notify(caption, message);
  } catch (e) {
    const problem = knownProblem(e);
    if (!problem) throw e;
    console.warn(`${name} stopped: ${problem.code}: ${e instanceof Error ? e.message : String(e)}`);
    notify(caption, appProblemMessageVi(problem));
  }
}

/** Runs a trigger handler; a known problem is rethrown as an Error whose message is its Vietnamese text. */
export function triggerRun<T>(handler: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    const problem = knownProblem(e);
    if (!problem) throw e;
    console.error(`${handler} failed: ${problem.code}: ${e instanceof Error ? e.message : String(e)}`);
    const vi = new Error(appProblemMessageVi(problem));
    (vi as Error & { cause?: unknown }).cause = e;
    throw vi;
  }
}
