// Defines the single retry policy for transient Apps Script service errors (bounded exponential backoff).

const TRANSIENT = [
  /^Service .* (failed|timed out) while accessing document/i,
  /^Service (Spreadsheets|Documents|Drive|Forms) (timed out|failed)/i,
  // The per-second rate limit; Google's own message asks for a sleep between calls.
  /^Service invoked too many times in a short time/i,
  /^We're sorry, a server error occurred/i,
  /^Service error/i,
  /^Internal error/i,
  /Address unavailable/i,
  /^Too many simultaneous invocations/i,
];

/** Daily quota and time-limit errors are not transient: retrying only burns the remaining budget. */
const FINAL = [/^Service invoked too many times for one day/i, /^Exceeded maximum execution time/i];

export function isTransient(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  if (FINAL.some((r) => r.test(message))) return false;
  return TRANSIENT.some((r) => r.test(message));
}

/**
 * Calls `fn`, retrying transient service errors up to `attempts` times with 0.5 s, 1 s, 2 s… waits.
 * `fn` must be a whole idempotent unit of work (it re-reads what it needs and checks what is already
 * stored); never wrap a MailApp send, which may have gone out before the error.
 * https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
 */
export function withRetry<T>(fn: () => T, attempts = 4, baseMs = 500): T {
  for (let i = 1; ; i++) {
    try {
      return fn();
    } catch (e) {
      if (i >= attempts || !isTransient(e)) throw e;
      Utilities.sleep(baseMs * 2 ** (i - 1));
    }
  }
}
