// Fault injection of the offline runtime: rules by service and method, seeded probabilities, faults limited to
// executions, Google's time limit (a kill or the 6-minute deadline), named presets and trigger delivery.
import { describe, expect, it } from 'vitest';
import { EXECUTION_TIME_MESSAGE, ServiceContext } from '../../../offline/gas/context';
import { createMailApp } from '../../../offline/gas/mail-app';
import {
  chaos,
  executionKills,
  GOOGLE_ERRORS,
  lockTimeouts,
  randomDelivery,
  transientSheetErrors,
} from '../../../offline/runtime/faults';
import { EXEMPLAR_TITLES, seededEnvironment } from '../../e2e/helpers';

function throwsOn(ctx: ServiceContext, service: string, method: string): string | null {
  try {
    ctx.call(service, method);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('a fault rule', () => {
  it('matches a method by name, by a prefix ending in * or by *, and a service by name or *', () => {
    const ctx = new ServiceContext();
    ctx.faults.add({ service: 'SpreadsheetApp', method: 'Range.set*', message: 'boom' });
    expect(throwsOn(ctx, 'SpreadsheetApp', 'Range.setValues')).toBe('boom');
    expect(throwsOn(ctx, 'SpreadsheetApp', 'Range.getValues')).toBeNull();
    expect(throwsOn(ctx, 'FormApp', 'Range.setValues')).toBeNull();
    ctx.faults.clear();
    ctx.faults.add({ service: '*', method: '*', nth: 2, message: 'second call' });
    expect([throwsOn(ctx, 'MailApp', 'MailApp.sendEmail'), throwsOn(ctx, 'FormApp', 'Form.getId')]).toEqual([
      null,
      'second call',
    ]);
  });

  it('throws an Exception carrying Google’s message, and is listed in `fired` with its call and time', () => {
    const ctx = new ServiceContext();
    ctx.faults.add({
      service: 'SpreadsheetApp',
      method: 'Range.getValues',
      message: GOOGLE_ERRORS.spreadsheetsFailed('X'),
    });
    let error: unknown;
    try {
      ctx.call('SpreadsheetApp', 'Range.getValues');
    } catch (e) {
      error = e;
    }
    expect(String(error)).toBe('Exception: Service Spreadsheets failed while accessing document with id X.');
    expect(ctx.faults.fired).toEqual([
      {
        service: 'SpreadsheetApp',
        method: 'Range.getValues',
        message: GOOGLE_ERRORS.spreadsheetsFailed('X'),
        at: ctx.clock.nowMs(),
      },
    ]);
  });

  it('with a probability repeats exactly for the same seed, and `times` caps how often it fires', () => {
    const run = (seed: number) => {
      const ctx = new ServiceContext();
      ctx.faults.seed(seed);
      ctx.faults.add({ service: 'S', method: '*', probability: 0.3, times: 20, message: 'x' });
      return Array.from({ length: 200 }, () => throwsOn(ctx, 'S', 'm') !== null);
    };
    expect(run(5)).toEqual(run(5));
    expect(run(5)).not.toEqual(run(6));
    expect(run(5).filter(Boolean)).toHaveLength(20);
  });

  it('can be paused, and removed by the function `add` returns', () => {
    const ctx = new ServiceContext();
    const remove = ctx.faults.add({ service: 'S', method: 'm', message: 'x' });
    ctx.faults.enabled = false;
    expect(throwsOn(ctx, 'S', 'm')).toBeNull();
    ctx.faults.enabled = true;
    expect(throwsOn(ctx, 'S', 'm')).toBe('x');
    remove();
    expect(throwsOn(ctx, 'S', 'm')).toBeNull();
  });

  it('marked inExecution spares calls a test makes outside the bundle', () => {
    const ctx = new ServiceContext();
    ctx.faults.add({ service: 'S', method: 'm', message: 'x', inExecution: true });
    expect(throwsOn(ctx, 'S', 'm')).toBeNull();
    ctx.executing = 1;
    expect(throwsOn(ctx, 'S', 'm')).toBe('x');
  });
});

describe('Google’s time limit', () => {
  it('as a kill, fails every later call of the same execution, so no catch block reaches a service', () => {
    const ctx = new ServiceContext();
    ctx.executing = 1;
    for (const rule of executionKills(1, { times: 1 })) ctx.faults.add(rule);
    expect(throwsOn(ctx, 'MailApp', 'MailApp.sendEmail')).toBe(EXECUTION_TIME_MESSAGE);
    expect(throwsOn(ctx, 'SpreadsheetApp', 'Range.setValues')).toBe(EXECUTION_TIME_MESSAGE);
    ctx.killedWith = null; // the environment does this when the execution ends
    expect(throwsOn(ctx, 'SpreadsheetApp', 'Range.setValues')).toBeNull();
  });

  it('as a deadline, fails the first call past it', () => {
    const ctx = new ServiceContext();
    ctx.clock.msPerCall = 1000;
    ctx.deadlineMs = ctx.clock.nowMs() + 2500;
    expect([throwsOn(ctx, 'S', 'a'), throwsOn(ctx, 'S', 'b'), throwsOn(ctx, 'S', 'c')]).toEqual([
      null,
      null,
      EXECUTION_TIME_MESSAGE,
    ]);
  });
});

describe('the presets', () => {
  it('cover the Sheet reads, writes and lookups, and waitLock', () => {
    const methods = transientSheetErrors(0.1).map((r) => r.method);
    expect(methods).toEqual(expect.arrayContaining(['Range.getValues', 'Range.setValues', 'TextFinder.findNext']));
    expect(lockTimeouts(0.1)).toEqual([
      { service: 'LockService', method: 'Lock.waitLock', probability: 0.1, message: GOOGLE_ERRORS.lockTimeout },
    ]);
  });

  it('use the messages Google throws', () => {
    expect(GOOGLE_ERRORS.mailQuota).toBe('Service invoked too many times for one day: email.');
    expect(GOOGLE_ERRORS.lockTimeout).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(GOOGLE_ERRORS.tooManyShortTime('email')).toBe(
      'Service invoked too many times in a short time: email. Try Utilities.sleep(1000) between calls.',
    );
    const ctx = new ServiceContext();
    const mail = createMailApp(ctx, { dailyQuota: 1 });
    mail.setRemaining(0);
    expect(() => mail.sendEmail('a@example.vn', 's', 'b')).toThrow(GOOGLE_ERRORS.mailQuota);
  });

  it('deliver a submission once, twice or never in seeded proportions', () => {
    const draw = randomDelivery(3, { never: 0.1, twice: 0.2 });
    const n = { once: 0, twice: 0, never: 0 };
    for (let i = 0; i < 5000; i++) n[draw('form')]++;
    expect(n.never / 5000).toBeCloseTo(0.1, 1);
    expect(n.twice / 5000).toBeCloseTo(0.2, 1);
    const a = randomDelivery(3, { never: 0.1, twice: 0.2 });
    const b = randomDelivery(3, { never: 0.1, twice: 0.2 });
    expect(Array.from({ length: 50 }, () => a('form'))).toEqual(Array.from({ length: 50 }, () => b('form')));
  });
});

describe('chaos in the offline environment', () => {
  it('fails calls of the bundle’s executions only, drops or repeats triggers, and stops cleanly', () => {
    const s = seededEnvironment();
    const c = chaos(s.env, { seed: 4, rate: 0.5, never: 0.3, twice: 0.3 });
    for (let i = 0; i < 20; i++)
      s.nominate({ unit: 'PB01', name: `Người ${i}`, at: `2023-05-0${1 + (i % 9)}T09:00:00` });
    const submits = s.env.runs.filter((r) => r.handler === 'onFormSubmit');
    expect(submits.length).not.toBe(20);
    expect(submits.some((r) => r.error)).toBe(true);
    expect(s.env.ctx.faults.fired.length).toBeGreaterThan(0);
    c.stop();
    s.env.runTrigger('hourlyReconcile');
    expect(
      s
        .sheetValues('Gương ĐHTT-NTVT')
        .slice(1)
        .map((r) => r[s.sheetValues('Gương ĐHTT-NTVT')[0].indexOf(EXEMPLAR_TITLES.name)])
        .sort(),
    ).toEqual(Array.from({ length: 20 }, (_, i) => `Người ${i}`).sort());
  });

  it('records each execution with its simulated duration, and stops one at the 6-minute limit', () => {
    const s = seededEnvironment({ executionLimitMs: 6 * 60_000 });
    s.env.ctx.clock.msPerCall = 60_000;
    expect(() => s.env.run('apiSummary_', '2023-05')).toThrow(EXECUTION_TIME_MESSAGE);
    s.env.ctx.clock.msPerCall = 0;
    const last = s.env.executions.at(-1)!;
    expect(last).toMatchObject({ fn: 'apiSummary_', trigger: false, error: EXECUTION_TIME_MESSAGE });
    expect(last.durationMs).toBeGreaterThan(6 * 60_000);
    expect(s.env.run<{ period: string }>('apiSummary_', '2023-05').period).toBe('2023-05');
  });
});
