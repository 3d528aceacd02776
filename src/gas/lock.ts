// Defines the one way the automation takes the script lock around writes.

/** Thrown by LockService when another execution holds the lock too long (SPEC §11). */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/**
 * Runs `fn` holding the script lock, so a trigger fired twice or a clerk's menu click never
 * interleaves with another writer. Throws LockService's own error on timeout: the caller decides
 * (a form submit leaves the response in the form for the hourly reconcile).
 * https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
 */
export function withScriptLock<T>(fn: () => T, timeoutMs = 30_000): T {
  const lock = LockService.getScriptLock();
  lock.waitLock(timeoutMs);
  try {
    return fn();
  } finally {
    // A failed flush must not keep the lock: the next writer would wait for nothing.
    try {
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}
