// Defines the offline LockService: script, document and user locks, with "another process" simulated.
//
// Known differences:
// - The offline runtime runs one execution at a time, so contention only comes from
//   holdByOtherProcess() or from a fault rule on 'LockService' / 'Lock.waitLock' (or 'Lock.tryLock').
// - Lock objects of one execution share the lock (re-entrant); releasing any of them frees it.
// - Waiting is simulated: ctx.clock jumps by the time waited (the whole timeout on failure).
// - getDocumentLock() always returns a lock, as in a container-bound script.

import type { ServiceContext } from './context.ts';
import { GasException } from './gas-base.ts';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export type LockKind = 'script' | 'document' | 'user';

interface LockState {
  /** Execution number holding the lock, or null. */
  holder: number | null;
  /** When "another process" holds it: the time it lets go (Infinity = until released). */
  otherUntil: number | null;
}

export class FakeLock implements GoogleAppsScript.Lock.Lock {
  private heldIn: number | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly service: FakeLockService,
    private readonly state: LockState,
  ) {}

  /** Waits (in simulated time) for the lock; true when acquired. */
  private acquire(timeoutMs: number): boolean {
    const exec = this.service.execution;
    const now = this.ctx.clock.nowMs();
    if (this.state.otherUntil !== null) {
      if (this.state.otherUntil > now + timeoutMs) {
        this.ctx.clock.advance(timeoutMs);
        return false;
      }
      this.ctx.clock.advance(Math.max(0, this.state.otherUntil - now));
      this.state.otherUntil = null;
    }
    this.state.holder = exec;
    this.heldIn = exec;
    return true;
  }

  /** A fault carrying Google's timeout message stands for a wait that timed out. */
  private callTimed(method: string, timeoutMs: number): boolean {
    try {
      this.ctx.call('LockService', method);
      return true;
    } catch (e) {
      if (e instanceof Error && e.message === LOCK_TIMEOUT_MESSAGE) {
        this.ctx.clock.advance(timeoutMs);
        return false;
      }
      throw e;
    }
  }

  // https://developers.google.com/apps-script/reference/lock/lock#hasLock()
  hasLock(): boolean {
    this.ctx.call('LockService', 'Lock.hasLock');
    return this.heldIn !== null && this.heldIn === this.service.execution && this.state.holder === this.heldIn;
  }

  // https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
  releaseLock(): void {
    this.ctx.call('LockService', 'Lock.releaseLock');
    if (this.heldIn !== null && this.state.holder === this.heldIn) this.state.holder = null;
    this.heldIn = null;
  }

  // https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
  tryLock(timeoutInMillis: number): boolean {
    if (!this.callTimed('Lock.tryLock', timeoutInMillis)) return false;
    return this.acquire(timeoutInMillis);
  }

  // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
  waitLock(timeoutInMillis: number): void {
    if (!this.callTimed('Lock.waitLock', timeoutInMillis)) throw new GasException(LOCK_TIMEOUT_MESSAGE);
    if (!this.acquire(timeoutInMillis)) throw new GasException(LOCK_TIMEOUT_MESSAGE);
  }
}

export class FakeLockService implements GoogleAppsScript.Lock.LockService {
  /** The current execution; locks taken in an earlier one are gone. */
  execution = 1;
  private readonly states = new Map<string, LockState>();

  constructor(private readonly ctx: ServiceContext) {}

  private state(key: string): LockState {
    let s = this.states.get(key);
    if (!s) {
      s = { holder: null, otherUntil: null };
      this.states.set(key, s);
    }
    return s;
  }

  private key(kind: LockKind): string {
    return kind === 'user' ? `user:${this.ctx.effectiveUser}` : kind;
  }

  // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
  getDocumentLock(): FakeLock {
    this.ctx.call('LockService', 'LockService.getDocumentLock');
    return new FakeLock(this.ctx, this, this.state(this.key('document')));
  }

  // https://developers.google.com/apps-script/reference/lock/lock-service#getScriptLock()
  getScriptLock(): FakeLock {
    this.ctx.call('LockService', 'LockService.getScriptLock');
    return new FakeLock(this.ctx, this, this.state(this.key('script')));
  }

  // https://developers.google.com/apps-script/reference/lock/lock-service#getUserLock()
  getUserLock(): FakeLock {
    this.ctx.call('LockService', 'LockService.getUserLock');
    return new FakeLock(this.ctx, this, this.state(this.key('user')));
  }

  /** Test hook: another execution holds the lock until `untilMs` (epoch ms), or until released. */
  holdByOtherProcess(kind: LockKind = 'script', untilMs?: number): void {
    this.state(this.key(kind)).otherUntil = untilMs ?? Number.POSITIVE_INFINITY;
  }

  /** Test hook: the other execution lets go of the lock(s) it holds (all kinds when none given). */
  releaseOtherProcess(kind?: LockKind): void {
    for (const [key, s] of this.states) {
      if (kind === undefined || key === this.key(kind)) s.otherUntil = null;
    }
  }

  /** Ends the current execution: whatever it held is released, as when Apps Script finishes a run. */
  newExecution(): void {
    this.execution++;
    for (const s of this.states.values()) s.holder = null;
  }
}

export function createLockService(ctx: ServiceContext): FakeLockService {
  return new FakeLockService(ctx);
}
