import { type AddressObject, simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { rfc5322Date, toEml } from '../../../offline/export/eml.ts';
import type { SentMail } from '../../../offline/gas/mail-app.ts';

const reminder: SentMail = {
  to: ['Văn thư phường Cầu Diễn <vanthu.caudien@example.vn>', 'chutich.caudien@example.vn'],
  cc: ['Phòng Nội vụ <noivu@example.vn>'],
  bcc: ['luu@example.vn'],
  replyTo: 'noivu@example.vn',
  name: 'Phòng Nội vụ quận Nam Từ Liêm',
  subject:
    'Nhắc nhở: UBND phường Cầu Diễn chưa đủ chỉ tiêu gương điển hình tiên tiến, người tốt việc tốt kỳ 2023-05 (hạn ngày 20/05/2023)',
  body: 'Kính gửi UBND phường Cầu Diễn,\n\nĐã tính: 3/5 gương; 15/15 bài viết.\nCòn thiếu: 2 gương.\n',
  htmlBody: '<p>Kính gửi <b>UBND phường Cầu Diễn</b>,</p>\n<p>Đã tính: 3/5 gương; còn thiếu <em>2</em>.</p>',
  date: new Date('2023-05-18T01:00:00Z'),
};

const names = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => [v.name, v.address]));

function headerBlock(eml: string): string[] {
  return eml.slice(0, eml.indexOf('\r\n\r\n')).split('\r\n');
}

describe('a Vietnamese reminder written as .eml', () => {
  const eml = toEml(reminder, { from: 'noivu@example.vn' });

  it('parses back to the same subject, people and bodies', async () => {
    const parsed = await simpleParser(eml);
    expect(parsed.subject).toBe(reminder.subject);
    expect(names(parsed.from)).toEqual([['Phòng Nội vụ quận Nam Từ Liêm', 'noivu@example.vn']]);
    expect(names(parsed.to)).toEqual([
      ['Văn thư phường Cầu Diễn', 'vanthu.caudien@example.vn'],
      ['', 'chutich.caudien@example.vn'],
    ]);
    expect(names(parsed.cc)).toEqual([['Phòng Nội vụ', 'noivu@example.vn']]);
    expect(names(parsed.replyTo)).toEqual([['', 'noivu@example.vn']]);
    expect(parsed.text).toBe(reminder.body);
    expect(parsed.html).toBe(reminder.htmlBody);
    expect(parsed.date?.toISOString()).toBe('2023-05-18T01:00:00.000Z');
    expect(parsed.messageId).toMatch(/^<[0-9a-f]{32}@example\.vn>$/);
  });

  it('never reveals the blind copies', async () => {
    const parsed = await simpleParser(eml);
    expect(parsed.bcc).toBeUndefined();
    expect(eml).not.toContain('luu@example.vn');
  });

  it('uses CRLF only, header lines of at most 78 characters and body lines of at most 76', () => {
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of headerBlock(eml)) expect(line.length).toBeLessThanOrEqual(78);
    const body = eml.slice(eml.indexOf('\r\n\r\n') + 4).split('\r\n');
    for (const line of body) expect(line.length).toBeLessThanOrEqual(76);
  });

  it('splits encoded words between characters, never inside one', () => {
    const words = eml.match(/=\?UTF-8\?B\?[A-Za-z0-9+/=]*\?=/g) ?? [];
    expect(words.length).toBeGreaterThan(2);
    for (const w of words) {
      const bytes = Buffer.from(w.slice(10, -2), 'base64');
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toContain('\uFFFD');
    }
  });

  it('is a multipart/alternative with a plain and an HTML part, both UTF-8 base64', () => {
    expect(eml).toContain('MIME-Version: 1.0\r\n');
    expect(eml).toMatch(/Content-Type: multipart\/alternative; boundary="[^"]+"/);
    expect(eml).toContain('Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64');
    expect(eml).toContain('Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64');
  });

  it('is the same file on every run', () => {
    expect(toEml(reminder, { from: 'noivu@example.vn' })).toBe(eml);
  });
});

describe('header injection', () => {
  it('a subject carrying CRLF and a Bcc line stays one Subject header', async () => {
    const evil = { ...reminder, subject: 'Nhắc nhở\r\nBcc: x@y.vn', name: 'Nội vụ\r\nX-Evil: 1' };
    const eml = toEml(evil, { from: 'noivu@example.vn' });
    const parsed = await simpleParser(eml);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.headers.has('x-evil')).toBe(false);
    expect(headerBlock(eml).some((l) => /^bcc:/i.test(l))).toBe(false);
    expect(parsed.subject).toBe('Nhắc nhở Bcc: x@y.vn');
  });

  it('an ASCII subject with CRLF is flattened too', async () => {
    const eml = toEml({ ...reminder, subject: 'Hello\r\nBcc: x@y.vn' }, { from: 'noivu@example.vn' });
    expect(headerBlock(eml)).toContain('Subject: Hello Bcc: x@y.vn');
    expect((await simpleParser(eml)).bcc).toBeUndefined();
  });
});

describe('a plain-text message', () => {
  it('is a single text/plain part with ASCII headers left readable', async () => {
    const mail: SentMail = {
      to: ['a@example.vn'],
      cc: [],
      bcc: [],
      subject: 'Monthly report',
      body: 'Hi',
      date: reminder.date,
    };
    const eml = toEml(mail, { from: '"Noi vu, Nam Tu Liem" <noivu@example.vn>', messageId: 'abc@example.vn' });
    expect(headerBlock(eml)).toEqual([
      'From: "Noi vu, Nam Tu Liem" <noivu@example.vn>',
      'To: a@example.vn',
      'Subject: Monthly report',
      'Date: Thu, 18 May 2023 01:00:00 +0000',
      'Message-ID: <abc@example.vn>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
    ]);
    const parsed = await simpleParser(eml);
    expect(parsed.text).toBe('Hi');
    expect(parsed.html).toBe(false);
  });
});

describe('rfc5322Date', () => {
  it('writes UTC whatever the host zone', () => {
    expect(rfc5322Date(new Date('2023-01-05T23:04:05Z'))).toBe('Thu, 05 Jan 2023 23:04:05 +0000');
  });
});
