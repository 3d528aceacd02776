import { beforeEach, describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../offline/gas/context.ts';
import { createMailApp, type FakeMailApp } from '../../../offline/gas/mail-app.ts';

const QUOTA_ERROR = 'Service invoked too many times for one day: email.';

let ctx: ServiceContext;
let MailApp: FakeMailApp;

const addresses = (n: number, domain = 'example.vn') => Array.from({ length: n }, (_, i) => `u${i}@${domain}`);

beforeEach(() => {
  ctx = new ServiceContext();
  // 10:00 in Hà Nội on 18 May 2023 is 20:00 on 17 May in California.
  ctx.clock.set(new Date('2023-05-18T03:00:00Z'));
  MailApp = createMailApp(ctx);
});

describe('the daily quota', () => {
  it('starts at 100 recipients for a consumer account', () => {
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    expect(createMailApp(ctx, { dailyQuota: 1500 }).getRemainingDailyQuota()).toBe(1500);
  });

  it('counts every address in to, cc and bcc', () => {
    MailApp.sendEmail('a@example.vn, b@example.vn', 'Chủ đề', 'Nội dung', {
      cc: 'noivu@example.vn',
      bcc: 'c@example.vn,d@example.vn',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(95);
    expect(MailApp.sent[0]).toMatchObject({
      to: ['a@example.vn', 'b@example.vn'],
      cc: ['noivu@example.vn'],
      bcc: ['c@example.vn', 'd@example.vn'],
      subject: 'Chủ đề',
      body: 'Nội dung',
    });
  });

  it('refuses a message that needs more than what is left, sending nothing', () => {
    MailApp.setRemaining(2);
    expect(() => MailApp.sendEmail({ to: addresses(3).join(','), subject: 's', body: 'b' })).toThrow(QUOTA_ERROR);
    expect(MailApp.sent).toHaveLength(0);
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    MailApp.sendEmail({ to: addresses(2).join(','), subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail('a@example.vn', 's', 'b')).toThrow(QUOTA_ERROR);
  });

  it('resets at midnight Pacific time, not at the host’s or Hà Nội’s midnight', () => {
    MailApp.setRemaining(0);
    ctx.clock.set(new Date('2023-05-18T06:59:59Z')); // 23:59:59 PDT on 17 May
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    ctx.clock.set(new Date('2023-05-18T07:00:00Z')); // 00:00 PDT on 18 May
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('takes a Workspace quota from setDailyQuota', () => {
    MailApp.setDailyQuota(1500);
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
  });
});

describe('one message', () => {
  beforeEach(() => {
    MailApp.setDailyQuota(1500);
  });

  it('takes at most 50 recipients', () => {
    MailApp.sendEmail({ to: addresses(30).join(','), cc: addresses(20, 'cc.vn').join(','), subject: 's', body: 'b' });
    expect(() =>
      MailApp.sendEmail({
        to: addresses(30).join(','),
        bcc: addresses(21, 'bcc.vn').join(','),
        subject: 's',
        body: 'b',
      }),
    ).toThrow('Limit Exceeded: Email Recipients Per Message.');
    expect(MailApp.sent).toHaveLength(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(1450);
  });

  it('refuses an invalid address, naming it', () => {
    expect(() => MailApp.sendEmail('a@example.vn, khong-hop-le', 's', 'b')).toThrow('Invalid email: khong-hop-le');
    expect(MailApp.sent).toHaveLength(0);
  });

  it('refuses a message without recipients', () => {
    expect(() => MailApp.sendEmail('', 's', 'b')).toThrow('Failed to send email: no recipient');
    expect(() => MailApp.sendEmail({ subject: 's', body: 'b' })).toThrow('Failed to send email: no recipient');
  });

  it('reads the four-string form as (to, replyTo, subject, body)', () => {
    MailApp.sendEmail('a@example.vn', 'noivu@example.vn', 'Chủ đề', 'Nội dung');
    expect(MailApp.sent[0]).toMatchObject({ to: ['a@example.vn'], replyTo: 'noivu@example.vn', subject: 'Chủ đề' });
  });

  it('records the options and the clock time of sending', () => {
    MailApp.sendEmail({
      to: 'Văn thư <vanthu@example.vn>',
      subject: 'Nhắc',
      body: 'text',
      htmlBody: '<p>html</p>',
      name: 'Phòng Nội vụ',
      replyTo: 'noivu@example.vn',
    });
    expect(MailApp.sent[0]).toEqual({
      to: ['Văn thư <vanthu@example.vn>'],
      cc: [],
      bcc: [],
      subject: 'Nhắc',
      body: 'text',
      htmlBody: '<p>html</p>',
      name: 'Phòng Nội vụ',
      replyTo: 'noivu@example.vn',
      date: new Date('2023-05-18T03:00:00Z'),
    });
  });

  it('refuses arguments that match no signature, with Google’s wording', () => {
    const send = MailApp.sendEmail as unknown as (...a: unknown[]) => void;
    expect(() => send.call(MailApp, 'a@example.vn', 's')).toThrow(
      "The parameters (String,String) don't match the method signature for MailApp.sendEmail.",
    );
  });

  it('records each call, and lets an injected fault fail it', () => {
    MailApp.sendEmail('a@example.vn', 's', 'b');
    expect(ctx.calls.count('MailApp', 'MailApp.sendEmail')).toBe(1);
    ctx.faults.add({ service: 'MailApp', method: 'MailApp.sendEmail', message: 'Service unavailable: Gmail' });
    expect(() => MailApp.sendEmail('a@example.vn', 's', 'b')).toThrow('Service unavailable: Gmail');
    expect(MailApp.sent).toHaveLength(1);
  });
});
