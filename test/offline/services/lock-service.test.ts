// Tests the offline LockService: acquiring, Google's timeout error, simulated other processes, faults, executions.
import { describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../offline/gas/context.ts';
import { createLockService, LOCK_TIMEOUT_MESSAGE } from '../../../offline/gas/lock-service.ts';

function setup() {
  const ctx = new ServiceContext();
  return { ctx, locks: createLockService(ctx) };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('a free script lock', () => {
  it('is acquired at once and released', () => {
    const { ctx, locks } = setup();
    const lock = locks.getScriptLock();
    const start = ctx.clock.nowMs();
    expect(lock.hasLock()).toBe(false);
    lock.waitLock(30_000);
    expect(lock.hasLock()).toBe(true);
    expect(ctx.clock.nowMs()).toBe(start);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('tryLock returns true', () => {
    const { locks } = setup();
    expect(locks.getScriptLock().tryLock(1_000)).toBe(true);
  });
});

describe('a script lock held by another process for too long', () => {
  it('waitLock throws Google exact message after the timeout has passed on the clock', () => {
    const { ctx, locks } = setup();
    locks.holdByOtherProcess();
    const start = ctx.clock.nowMs();
    const e = thrown(() => locks.getScriptLock().waitLock(30_000)) as Error;
    expect(e.message).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(String(e)).toBe('Exception: Lock timeout: another process was holding the lock for too long.');
    expect(ctx.clock.nowMs() - start).toBe(30_000);
  });

  it('tryLock returns false and hasLock stays false', () => {
    const { ctx, locks } = setup();
    locks.holdByOtherProcess('script');
    const lock = locks.getScriptLock();
    const start = ctx.clock.nowMs();
    expect(lock.tryLock(500)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(ctx.clock.nowMs() - start).toBe(500);
  });

  it('is acquired once the other process lets go', () => {
    const { locks } = setup();
    locks.holdByOtherProcess();
    locks.releaseOtherProcess();
    expect(locks.getScriptLock().tryLock(0)).toBe(true);
  });

  it('does not block the user or document lock', () => {
    const { locks } = setup();
    locks.holdByOtherProcess('script');
    expect(locks.getUserLock().tryLock(0)).toBe(true);
    expect(locks.getDocumentLock().tryLock(0)).toBe(true);
  });
});

describe('a lock the other process releases within the wait', () => {
  it('is acquired when it lets go, and the clock moves to that moment', () => {
    const { ctx, locks } = setup();
    const start = ctx.clock.nowMs();
    locks.holdByOtherProcess('script', start + 5_000);
    const lock = locks.getScriptLock();
    lock.waitLock(10_000);
    expect(lock.hasLock()).toBe(true);
    expect(ctx.clock.nowMs() - start).toBe(5_000);
  });
});

describe('waitLock timeouts injected through the fault plan', () => {
  it('the next N waitLock calls time out with Google message, then the lock is acquired', () => {
    const { ctx, locks } = setup();
    ctx.faults.add({ service: 'LockService', method: 'Lock.waitLock', times: 2, message: LOCK_TIMEOUT_MESSAGE });
    const lock = locks.getScriptLock();
    const start = ctx.clock.nowMs();
    expect(() => lock.waitLock(1_000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(String(thrown(() => lock.waitLock(1_000)))).toBe(`Exception: ${LOCK_TIMEOUT_MESSAGE}`);
    expect(ctx.clock.nowMs() - start).toBe(2_000);
    lock.waitLock(1_000);
    expect(lock.hasLock()).toBe(true);
    expect(ctx.calls.count('LockService', 'Lock.waitLock')).toBe(3);
  });

  it('other fault messages pass through unchanged', () => {
    const { ctx, locks } = setup();
    ctx.faults.add({ service: 'LockService', method: 'Lock.waitLock', times: 1, message: 'Service error' });
    expect(() => locks.getScriptLock().waitLock(1_000)).toThrow('Service error');
  });
});

describe('a new execution', () => {
  it('drops the locks the previous execution held', () => {
    const { locks } = setup();
    const lock = locks.getScriptLock();
    lock.waitLock(1_000);
    locks.newExecution();
    expect(lock.hasLock()).toBe(false);
    const next = locks.getScriptLock();
    expect(next.tryLock(0)).toBe(true);
    expect(next.hasLock()).toBe(true);
  });
});
