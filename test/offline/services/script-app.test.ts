// Tests the offline ScriptApp: trigger builders, Google's limits and messages, the offline scheduler, authorization.
import { describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../offline/gas/context.ts';
import { createScriptApp, TOO_MANY_TRIGGERS_MESSAGE } from '../../../offline/gas/script-app.ts';

/** 2023-05-01 10:00 in Hà Nội (UTC+7). */
const START = new Date('2023-05-01T03:00:00Z');

function setup() {
  const ctx = new ServiceContext();
  ctx.clock.set(START);
  return { ctx, app: createScriptApp(ctx, { timeZone: 'Asia/Ho_Chi_Minh' }) };
}

const form = { getId: () => 'FORM_A' };
const sheet = { getId: () => 'SHEET_1' };

describe('a daily trigger at 08:00 local time', () => {
  it('is due at 08:00 Asia/Ho_Chi_Minh each day, once per day', () => {
    const { app } = setup();
    const t = app.newTrigger('guiNhacNho').timeBased().atHour(8).everyDays(1).create();
    expect(app.dueTimeTriggers(new Date('2023-05-02T00:59:59Z'))).toEqual([]);
    const firstRun = new Date('2023-05-02T01:00:00Z'); // 08:00 on 2 May in Hà Nội
    expect(app.dueTimeTriggers(firstRun)).toEqual([t]);
    app.markRun(t, firstRun);
    expect(app.dueTimeTriggers(new Date('2023-05-02T12:00:00Z'))).toEqual([]);
    expect(app.nextRunOf(t)?.toISOString()).toBe('2023-05-03T01:00:00.000Z');
  });

  it('follows nearMinute within the hour', () => {
    const { app } = setup();
    const t = app.newTrigger('f').timeBased().atHour(8).nearMinute(30).everyDays(1).create();
    expect(app.nextRunOf(t)?.toISOString()).toBe('2023-05-02T01:30:00.000Z');
  });

  it('uses the zone given with inTimezone', () => {
    const { app } = setup();
    const t = app.newTrigger('f').timeBased().atHour(8).everyDays(1).inTimezone('America/New_York').create();
    // Created 2023-04-30 23:00 in New York: the first 08:00 there is on 1 May, 12:00 UTC (EDT).
    expect(app.nextRunOf(t)?.toISOString()).toBe('2023-05-01T12:00:00.000Z');
  });

  it('runs only once when the scheduler was away for days (no back-fill)', () => {
    const { app } = setup();
    const t = app.newTrigger('f').timeBased().atHour(8).everyDays(1).create();
    const late = new Date('2023-05-05T05:00:00Z');
    expect(app.dueTimeTriggers(late)).toEqual([t]);
    app.markRun(t, late);
    expect(app.dueTimeTriggers(late)).toEqual([]);
    expect(app.nextRunOf(t)?.toISOString()).toBe('2023-05-06T01:00:00.000Z');
  });
});

describe('a monthly trigger on day 21', () => {
  it('is due on the 21st at the hour given, then a month later', () => {
    const { app } = setup();
    const t = app.newTrigger('baoCaoQuaHan').timeBased().onMonthDay(21).atHour(7).create();
    expect(app.dueTimeTriggers(new Date('2023-05-20T23:59:59Z'))).toEqual([]);
    const run = new Date('2023-05-21T00:00:00Z'); // 07:00 on 21 May in Hà Nội
    expect(app.dueTimeTriggers(run)).toEqual([t]);
    app.markRun(t, run);
    expect(app.nextRunOf(t)?.toISOString()).toBe('2023-06-21T00:00:00.000Z');
  });

  it('skips months without that day', () => {
    const { ctx, app } = setup();
    ctx.clock.set(new Date('2023-04-01T00:00:00Z'));
    const t = app.newTrigger('f').timeBased().onMonthDay(31).atHour(0).create();
    expect(app.nextRunOf(t)?.toISOString()).toBe('2023-05-30T17:00:00.000Z'); // 31 May 00:00 local
  });
});

describe('other clock schedules', () => {
  it('everyMinutes(5) counts from creation', () => {
    const { app } = setup();
    const t = app.newTrigger('f').timeBased().everyMinutes(5).create();
    expect(app.nextRunOf(t)?.getTime()).toBe(START.getTime() + 5 * 60_000);
  });

  it('everyHours(2) counts from creation', () => {
    const { app } = setup();
    const t = app.newTrigger('f').timeBased().everyHours(2).create();
    expect(app.dueTimeTriggers(new Date(START.getTime() + 2 * 3600_000))).toEqual([t]);
  });

  it('weekly on Monday at 09:00 runs on the next Monday', () => {
    const { app } = setup();
    // 1 May 2023 is a Monday, but 09:00 has passed at 10:00.
    const t = app.newTrigger('f').timeBased().onWeekDay(app.WeekDay.MONDAY).atHour(9).create();
    expect(app.nextRunOf(t)?.toISOString()).toBe('2023-05-08T02:00:00.000Z');
  });

  it('a one-off after() trigger runs once and stays listed afterwards', () => {
    const { app } = setup();
    const t = app
      .newTrigger('tiepTuc')
      .timeBased()
      .after(10 * 60_000)
      .create();
    const at = new Date(START.getTime() + 10 * 60_000);
    expect(app.dueTimeTriggers(new Date(at.getTime() - 1))).toEqual([]);
    expect(app.dueTimeTriggers(at)).toEqual([t]);
    app.markRun(t, at);
    expect(app.dueTimeTriggers(new Date('2024-01-01T00:00:00Z'))).toEqual([]);
    expect(app.getProjectTriggers()).toEqual([t]);
  });

  it('a one-off at() trigger is due at that instant', () => {
    const { app } = setup();
    const when = new Date('2023-05-10T02:00:00Z');
    const t = app.newTrigger('f').timeBased().at(when).create();
    expect(app.nextRunOf(t)?.getTime()).toBe(when.getTime());
  });
});

describe('invalid clock schedules', () => {
  it('everyMinutes(2) throws Google message', () => {
    const { app } = setup();
    expect(() => app.newTrigger('f').timeBased().everyMinutes(2)).toThrow(
      'The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.',
    );
  });

  it('create() without a schedule throws', () => {
    const { app } = setup();
    expect(() => app.newTrigger('f').timeBased().create()).toThrow(/schedule/);
    expect(app.getProjectTriggers()).toEqual([]);
  });

  it('atHour(24) throws', () => {
    const { app } = setup();
    expect(() => app.newTrigger('f').timeBased().atHour(24)).toThrow('The value you passed to atHour was invalid.');
  });
});

describe('form and spreadsheet triggers', () => {
  it('forForm(form).onFormSubmit() is listed for that form with Google enums', () => {
    const { app } = setup();
    const t = app.newTrigger('onFormSubmitA').forForm(form).onFormSubmit().create();
    app.newTrigger('onFormSubmitB').forForm('FORM_B').onFormSubmit().create();
    expect(app.formSubmitTriggers('FORM_A')).toEqual([t]);
    expect(t.getEventType()).toBe(app.EventType.ON_FORM_SUBMIT);
    expect(t.getTriggerSource()).toBe(app.TriggerSource.FORMS);
    expect(t.getTriggerSourceId()).toBe('FORM_A');
    expect(t.getHandlerFunction()).toBe('onFormSubmitA');
    expect(String(t.getEventType())).toBe('ON_FORM_SUBMIT');
  });

  it('forSpreadsheet builds open, edit, change and form-submit triggers; getUserTriggers lists them', () => {
    const { app } = setup();
    const open = app.newTrigger('a').forSpreadsheet(sheet).onOpen().create();
    const edit = app.newTrigger('b').forSpreadsheet('SHEET_1').onEdit().create();
    app.newTrigger('c').forSpreadsheet(sheet).onChange().create();
    app.newTrigger('d').forSpreadsheet(sheet).onFormSubmit().create();
    expect(app.getUserTriggers(sheet)).toHaveLength(4);
    expect(open.getEventType()).toBe('ON_OPEN');
    expect(edit.getTriggerSource()).toBe('SPREADSHEETS');
    expect(app.triggersFor('SHEET_1', 'ON_FORM_SUBMIT').map((t) => t.getHandlerFunction())).toEqual(['d']);
  });

  it('a form builder has no onEdit, as in Google', () => {
    const { app } = setup();
    const builder = app.newTrigger('f').forForm(form) as unknown as Record<string, unknown>;
    expect(builder.onEdit).toBeUndefined();
  });

  it('clock triggers report the CLOCK source and unique ids differ', () => {
    const { app } = setup();
    const a = app.newTrigger('f').timeBased().everyHours(1).create();
    const b = app.newTrigger('f').timeBased().everyHours(1).create();
    expect(a.getTriggerSource()).toBe('CLOCK');
    expect(a.getEventType()).toBe('CLOCK');
    expect(a.getUniqueId()).not.toBe(b.getUniqueId());
  });
});

describe('the 20-trigger limit per user', () => {
  it('the 21st create() throws Google message; deleting one makes room', () => {
    const { app } = setup();
    for (let i = 0; i < 20; i++) app.newTrigger(`f${i}`).forForm(form).onFormSubmit().create();
    expect(() => app.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(TOO_MANY_TRIGGERS_MESSAGE).toMatch(/^This script has too many triggers/);
    app.deleteTrigger(app.getProjectTriggers()[0]);
    expect(() => app.newTrigger('f20').timeBased().everyHours(1).create()).not.toThrow();
  });

  it('counts per user: another user still has room, and sees only their own', () => {
    const { ctx, app } = setup();
    for (let i = 0; i < 20; i++) app.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    ctx.effectiveUser = 'khac@example.vn';
    expect(app.getProjectTriggers()).toEqual([]);
    app.newTrigger('g').timeBased().everyHours(1).create();
    expect(app.getProjectTriggers()).toHaveLength(1);
    expect(app.allTriggers()).toHaveLength(21);
  });
});

describe('authorization', () => {
  it('is NOT_REQUIRED by default with no URL', () => {
    const { app } = setup();
    const info = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(app.AuthorizationStatus.NOT_REQUIRED);
    expect(info.getAuthorizationUrl()).toBeNull();
    expect(() => app.requireAllScopes(app.AuthMode.FULL)).not.toThrow();
  });

  it('is REQUIRED with a URL when a scope is missing, and requireAllScopes throws', () => {
    const { app } = setup();
    const mail = 'https://www.googleapis.com/auth/script.send_mail';
    app.setMissingScopes([mail]);
    const info = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe('REQUIRED');
    expect(info.getAuthorizationUrl()).toContain(encodeURIComponent(mail));
    expect(() => app.requireAllScopes(app.AuthMode.FULL)).toThrow('Authorization is required to perform that action.');
    expect(() => app.requireScopes(app.AuthMode.FULL, [mail])).toThrow();
    expect(() => app.requireScopes(app.AuthMode.FULL, ['https://www.googleapis.com/auth/forms'])).not.toThrow();
  });

  it('answers for the scopes asked about only', () => {
    const { app } = setup();
    app.setMissingScopes(['https://www.googleapis.com/auth/drive']);
    const info = app.getAuthorizationInfo(app.AuthMode.FULL, ['https://www.googleapis.com/auth/forms']);
    expect(info.getAuthorizationStatus()).toBe('NOT_REQUIRED');
    expect(info.getAuthorizedScopes()).toEqual(['https://www.googleapis.com/auth/forms']);
  });
});

describe('call counting', () => {
  it('counts builder and trigger calls under ScriptApp', () => {
    const { ctx, app } = setup();
    const t = app.newTrigger('f').timeBased().atHour(8).everyDays(1).create();
    t.getHandlerFunction();
    expect(ctx.calls.count('ScriptApp', 'ScriptApp.newTrigger')).toBe(1);
    expect(ctx.calls.count('ScriptApp', 'ClockTriggerBuilder.atHour')).toBe(1);
    expect(ctx.calls.count('ScriptApp', 'ClockTriggerBuilder.create')).toBe(1);
    expect(ctx.calls.count('ScriptApp', 'Trigger.getHandlerFunction')).toBe(1);
    expect(app.getScriptId()).toMatch(/^1/);
  });
});
