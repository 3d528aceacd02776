// The script lock around writes: released even when the flush that ends a write fails.
import { afterEach, describe, expect, it } from 'vitest';
import { GOOGLE_ERRORS } from '../../offline/runtime/faults';
import { withScriptLock } from '../../src/gas/lock';

const globals = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete globals.LockService;
  delete globals.SpreadsheetApp;
});

function fakes(flush: () => void) {
  const events: string[] = [];
  globals.LockService = {
    getScriptLock: () => ({
      waitLock: (ms: number) => events.push(`wait ${ms}`),
      releaseLock: () => events.push('release'),
    }),
  };
  globals.SpreadsheetApp = { flush };
  return events;
}

describe('withScriptLock', () => {
  it('flushes the writes, then releases the lock', () => {
    const events = fakes(() => {});
    expect(withScriptLock(() => 7, 1000)).toBe(7);
    expect(events).toEqual(['wait 1000', 'release']);
  });

  it('still releases the lock when the flush fails, and reports the flush error', () => {
    const events = fakes(() => {
      throw new Error(GOOGLE_ERRORS.spreadsheetsFailed());
    });
    expect(() => withScriptLock(() => 7)).toThrow(GOOGLE_ERRORS.spreadsheetsFailed());
    expect(events).toEqual(['wait 30000', 'release']);
  });
});
