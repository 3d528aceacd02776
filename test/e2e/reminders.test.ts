// Tests reminder emails end to end (issue 4) through the built bundle in the offline environment:
// schedule, once-only delivery, mail quota, units without email, content, .eml files, preview and dry run.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { writeEmails } from '../../offline/export/emails';
import type { SentMail } from '../../offline/gas/mail-app';
import { type Seeded, seededEnvironment, vn } from './helpers';

const LOG = 'Nhật ký gửi thư';
const PREVIEW = 'Xem trước thư';
const OFFICE = 'noivu@example.vn';

/** Nine units; PB01 meets May's quotas, PH02 has no email, PH01 has two. */
const REGISTRY: string[][] = [
  ['PB01', 'Phòng Văn hóa và Thông tin', 'phong_ban', 'vanhoa@example.vn', '', '', 'Có'],
  ['PB02', 'Phòng Tài chính - Kế hoạch', 'phong_ban', 'taichinh@example.vn', '', '', 'Có'],
  ['DT01', 'Quận đoàn', 'mttq_doan_the', 'quandoan@example.vn', '', '', 'Có'],
  ['HQ01', 'Công an quận', 'hiep_quan', 'congan@example.vn', '', '', 'Có'],
  ['TH01', 'Trường THCS Cầu Diễn', 'truong', 'thcs.caudien@example.vn', '', '', 'Có'],
  ['PH01', 'UBND phường Cầu Diễn', 'phuong', 'vanthu.caudien@example.vn; chutich.caudien@example.vn', '', '', 'Có'],
  ['PH02', 'UBND phường Mỹ Đình 1', 'phuong', '', '', '', 'Có'],
  ['PH03', 'UBND phường Mỹ Đình 2', 'phuong', 'mydinh2@example.vn', '', '', 'Có'],
  ['PH04', 'UBND phường Phú Đô', 'phuong', 'phudo@example.vn', '', '', 'Có'],
];
const NAME = Object.fromEntries(REGISTRY.map((r) => [r[0], r[1]]));
const EMAILS = Object.fromEntries(REGISTRY.map((r) => [r[0], r[3] ? r[3].split(';').map((e) => e.trim()) : []]));
/** Units short in May, in the letter's type order. */
const LAGGING_WITH_EMAIL = ['PB02', 'DT01', 'HQ01', 'TH01', 'PH01', 'PH03', 'PH04'];

interface Fixture extends Seeded {
  /** Runs the daily job at 08:00 Hà Nội time on `day` (YYYY-MM-DD); returns the messages it sent. */
  runDay: (day: string, at?: string) => SentMail[];
  sent: () => SentMail[];
  log: () => Record<string, unknown>[];
  setSetting: (label: string, value: string) => void;
}

function rows(values: unknown[][]): Record<string, unknown>[] {
  const [header = [], ...data] = values;
  return data.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function fixture(registry = REGISTRY): Fixture {
  const s = seededEnvironment({ registry });
  const { env } = s;
  env.run('apiImportSettings_', [['Email Nội vụ', OFFICE]]);
  const mail = env.services.MailApp;
  // May 2023 (21/04–20/05): PB01 meets 2 exemplars + 3 articles; TH01 meets articles only;
  // PH01 has 3 new exemplars and one repeat, and 4 articles.
  s.nominate({ unit: NAME.PB01, name: 'Nguyễn Văn An', at: '2023-05-02T09:00:00', email: 'vanhoa@example.vn' });
  s.nominate({ unit: NAME.PB01, name: 'Trần Thị Bình', at: '2023-05-02T09:05:00', email: 'vanhoa@example.vn' });
  for (let i = 1; i <= 3; i++) s.article({ unit: NAME.PB01, title: `Bài PB01 số ${i}`, at: `2023-05-03T09:0${i}:00` });
  s.nominate({ unit: NAME.TH01, name: 'Lê Văn Cường', at: '2023-05-04T10:00:00' });
  for (let i = 1; i <= 3; i++) s.article({ unit: NAME.TH01, title: `Bài TH01 số ${i}`, at: `2023-05-04T10:0${i}:00` });
  s.nominate({ unit: NAME.PH01, name: 'Phạm Thị Dung', year: '1980', at: '2023-05-05T08:00:00' });
  s.nominate({ unit: NAME.PH01, name: 'Hoàng Văn Em', at: '2023-05-05T08:10:00' });
  s.nominate({ unit: NAME.PH01, name: 'Vũ Thị Giang', at: '2023-05-05T08:20:00' });
  s.nominate({ unit: NAME.PH01, name: 'Phạm Thị Dung', year: '1980', at: '2023-05-06T08:00:00' });
  for (let i = 1; i <= 4; i++) s.article({ unit: NAME.PH01, title: `Bài PH01 số ${i}`, at: `2023-05-06T09:0${i}:00` });
  const sent = () => mail.sent;
  return {
    ...s,
    sent,
    runDay: (day, at = '08:00:00') => {
      const before = mail.sent.length;
      env.clock.set(vn(`${day}T${at}`));
      env.runTrigger('dailyJob');
      return mail.sent.slice(before);
    },
    log: () => (env.spreadsheet.getSheetByName(LOG) ? rows(s.sheetValues(LOG)) : []),
    setSetting: (label, value) => env.run('apiImportSettings_', [[label, value]]),
  };
}

/** The unit an email went to, by its registered addresses. */
function unitOf(m: SentMail): string {
  const code = Object.keys(EMAILS).find((c) => EMAILS[c].length && EMAILS[c].every((e) => m.to.includes(e)));
  if (!code) throw new Error(`no unit for ${m.to.join(',')}`);
  return code;
}

describe('the daily job follows the schedule by day (10, 15, 18: truoc-han; 21: qua-han)', () => {
  const f = fixture();
  const day9 = f.runDay('2023-05-09');
  const day10 = f.runDay('2023-05-10');
  const day15 = f.runDay('2023-05-15');
  // DT01 catches up on the 17th: 2 exemplars and 15 articles.
  f.nominate({ unit: NAME.DT01, name: 'Đặng Văn Hải', at: '2023-05-17T09:00:00' });
  f.nominate({ unit: NAME.DT01, name: 'Bùi Thị Hoa', at: '2023-05-17T09:01:00' });
  for (let i = 1; i <= 15; i++)
    f.article({ unit: NAME.DT01, title: `Bài DT01 số ${i}`, at: `2023-05-17T10:${String(i).padStart(2, '0')}:00` });
  const day18 = f.runDay('2023-05-18');
  // PB02 sends everything on the 21st at 07:00: that is period 2023-06, too late for May.
  f.nominate({ unit: NAME.PB02, name: 'Ngô Văn Khoa', at: '2023-05-21T07:00:00', email: 'taichinh@example.vn' });
  f.nominate({ unit: NAME.PB02, name: 'Đỗ Thị Lan', at: '2023-05-21T07:01:00', email: 'taichinh@example.vn' });
  for (let i = 1; i <= 3; i++) f.article({ unit: NAME.PB02, title: `Bài PB02 số ${i}`, at: `2023-05-21T07:1${i}:00` });
  const day21 = f.runDay('2023-05-21');
  const day22 = f.runDay('2023-05-22');

  it('sends nothing on the 9th', () => {
    expect(day9).toEqual([]);
  });

  it('writes on the 10th and the 15th to every unit short in May that has an email', () => {
    expect(day10.map(unitOf)).toEqual(LAGGING_WITH_EMAIL);
    expect(day15.map(unitOf)).toEqual(LAGGING_WITH_EMAIL);
    for (const m of [...day10, ...day15]) expect(m.subject).toMatch(/^Nhắc gửi .* tháng 05\/2023 \(hạn 20\/05\/2023\)/);
  });

  it('leaves out on the 18th a unit that met its quotas since', () => {
    expect(day18.map(unitOf)).toEqual(LAGGING_WITH_EMAIL.filter((c) => c !== 'DT01'));
  });

  it('writes qua-han on the 21st for May, not counting what arrived in June’s period', () => {
    expect(day21.map(unitOf)).toEqual(LAGGING_WITH_EMAIL.filter((c) => c !== 'DT01'));
    for (const m of day21) expect(m.subject).toMatch(/^Chưa hoàn thành chỉ tiêu .* tháng 05\/2023 – /);
    const pb02 = day21.find((m) => unitOf(m) === 'PB02')!;
    expect(pb02.body).toContain('Gương ĐHTT, NTVT mới: đã tính 0/2, còn thiếu 2.');
  });

  it('sends nothing on the 22nd', () => {
    expect(day22).toEqual([]);
  });

  it('logs each email with its period, stage and round, and the unit without email as skipped each round', () => {
    const log = f.log();
    const skipped = log.filter((r) => r['Trạng thái'] === 'Bỏ qua – không có email');
    expect(skipped.map((r) => `${r['Mã đơn vị']} ${r['Giai đoạn']} ${r['Đợt nhắc']}`)).toEqual([
      'PH02 Trước hạn 10/05/2023',
      'PH02 Trước hạn 15/05/2023',
      'PH02 Trước hạn 18/05/2023',
      'PH02 Quá hạn 21/05/2023',
    ]);
    const sentRows = log.filter((r) => r['Trạng thái'] === 'Đã gửi');
    expect(sentRows).toHaveLength(day10.length + day15.length + day18.length + day21.length);
    expect(sentRows.every((r) => r.Kỳ === '2023-05')).toBe(true);
    expect(sentRows[0]).toMatchObject({
      'Mã đơn vị': 'PB02',
      'Người nhận': 'taichinh@example.vn',
      'Bản sao': OFFICE,
      'Khoá thư': '2023-05|truoc-han|2023-05-10|PB02',
    });
  });

  it('fills summary.json reminders with what was sent on asOf', () => {
    f.env.clock.set(vn('2023-05-21T17:00:00'));
    const summary = f.env.run<{ reminders: { unit: string; to: string[]; stage: string }[] }>('apiSummary_', '2023-05');
    expect(summary.reminders).toHaveLength(day21.length);
    expect(summary.reminders[0]).toEqual({ unit: 'PB02', to: ['taichinh@example.vn'], stage: 'qua-han' });
    expect(summary.reminders.find((r) => r.unit === 'PH01')?.to).toEqual(EMAILS.PH01);
  });
});

describe('the installed trigger', () => {
  it('runs at 08:00 Hà Nội time and writes on the 10th', () => {
    const f = fixture();
    f.env.clock.set(vn('2023-05-09T06:30:00'));
    f.env.advanceTo(vn('2023-05-10T07:30:00'));
    expect(f.sent()).toEqual([]);
    f.env.advanceTo(vn('2023-05-10T09:30:00'));
    expect(f.sent().map(unitOf)).toEqual(LAGGING_WITH_EMAIL);
    expect(f.env.runs.filter((r) => r.handler === 'dailyJob' && r.error)).toEqual([]);
  });
});

describe('once only', () => {
  it('a second run the same day sends nothing and logs nothing', () => {
    const f = fixture();
    expect(f.runDay('2023-05-10')).toHaveLength(7);
    const rowsAfterFirst = f.log().length;
    expect(f.runDay('2023-05-10', '15:00:00')).toEqual([]);
    expect(f.log()).toHaveLength(rowsAfterFirst);
  });

  it('the daily trigger fired twice sends each email once', () => {
    const f = fixture();
    f.env.clock.set(vn('2023-05-10T08:00:00'));
    const trigger = f.env.services.ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'dailyJob')!;
    const event = { authMode: 'FULL', triggerUid: trigger.getUniqueId() };
    f.env.runTrigger('dailyJob', event);
    f.env.runTrigger('dailyJob', event);
    expect(f.sent().map(unitOf)).toEqual(LAGGING_WITH_EMAIL);
  });
});

describe('the daily mail quota', () => {
  // Each unit costs 2 recipients (its address + Nội vụ in cc), PH01 costs 3: 7 recipients cover 3 emails of 7,
  // and the last recipient left must not tempt a 2-recipient send that Google would refuse.
  const f = fixture();
  f.env.clock.set(vn('2023-05-10T07:59:00'));
  f.env.services.MailApp.setRemaining(7);
  f.env.ctx.calls.reset();
  const day10 = f.runDay('2023-05-10');
  const sendCalls = f.env.ctx.calls.count('MailApp', 'MailApp.sendEmail');
  const remainingAfter = f.env.services.MailApp.getRemainingDailyQuota();
  const logDay10 = f.log();
  const day11 = f.runDay('2023-05-11');

  it('sends the 3 emails that fit, counting cc, and never goes over', () => {
    expect(day10.map(unitOf)).toEqual(['PB02', 'DT01', 'HQ01']);
    expect(day10.every((m) => m.cc.length === 1 && m.cc[0] === OFFICE)).toBe(true);
    expect(remainingAfter).toBe(1);
    // Every send attempted was within the quota: none hit "Service invoked too many times for one day".
    expect(sendCalls).toBe(3);
  });

  it('logs the other 4 as deferred', () => {
    const deferred = logDay10.filter((r) => r['Trạng thái'] === 'Hoãn – hết hạn mức').map((r) => r['Mã đơn vị']);
    expect(deferred).toEqual(['TH01', 'PH01', 'PH03', 'PH04']);
  });

  it('sends the 4 deferred emails on the next day, which is not a reminder day', () => {
    expect(day11.map(unitOf)).toEqual(['TH01', 'PH01', 'PH03', 'PH04']);
    const sentKeys = f
      .log()
      .filter((r) => r['Trạng thái'] === 'Đã gửi')
      .map((r) => r['Khoá thư']);
    expect(new Set(sentKeys).size).toBe(7);
    expect(sentKeys.every((k) => String(k).includes('|2023-05-10|'))).toBe(true);
  });

  it('then owes nothing more', () => {
    expect(f.runDay('2023-05-12')).toEqual([]);
  });
});

describe('a send that fails', () => {
  it('is logged with Google’s error, does not stop the others, and is sent on the next run', () => {
    const f = fixture();
    f.env.ctx.faults.add({ service: 'MailApp', method: 'MailApp.sendEmail', nth: 2, message: 'Service error: Mail' });
    const day10 = f.runDay('2023-05-10');
    expect(day10.map(unitOf)).toEqual(LAGGING_WITH_EMAIL.filter((c) => c !== 'DT01'));
    const failed = f.log().filter((r) => r['Trạng thái'] === 'Lỗi');
    expect(failed.map((r) => [r['Mã đơn vị'], r['Chi tiết lỗi']])).toEqual([['DT01', 'Service error: Mail']]);
    expect(f.runDay('2023-05-11').map(unitOf)).toEqual(['DT01']);
  });
});

describe('a unit without email', () => {
  it('is logged as skipped and the run goes on', () => {
    const f = fixture();
    const day10 = f.runDay('2023-05-10');
    expect(f.env.runs.filter((r) => r.error)).toEqual([]);
    expect(day10.map(unitOf)).not.toContain('PH02');
    const ph02 = f.log().filter((r) => r['Mã đơn vị'] === 'PH02');
    expect(ph02).toHaveLength(1);
    expect(ph02[0]).toMatchObject({ 'Trạng thái': 'Bỏ qua – không có email', 'Người nhận': '', 'Bản sao': '' });
  });
});

describe('each email', () => {
  const f = fixture();
  const day10 = f.runDay('2023-05-10');
  const summary = f.env.run<{
    units: {
      code: string;
      exemplars: { counted: number; required: number };
      articles: { counted: number; required: number };
    }[];
  }>('apiSummary_', '2023-05');

  it('carries its unit’s counted and required numbers for both streams', () => {
    for (const m of day10) {
      const u = summary.units.find((x) => x.code === unitOf(m))!;
      expect(m.body).toContain(`Gương ĐHTT, NTVT mới: đã tính ${u.exemplars.counted}/${u.exemplars.required}`);
      expect(m.body).toContain(`Bài viết, tác phẩm dự thi: đã tính ${u.articles.counted}/${u.articles.required}`);
    }
    const ph01 = day10.find((m) => unitOf(m) === 'PH01')!;
    expect(ph01.body).toContain('đã tính 3/5, còn thiếu 2 (1 phản hồi trùng không được tính).');
    expect(ph01.body).toContain('đã tính 4/15, còn thiếu 11.');
    const th01 = day10.find((m) => unitOf(m) === 'TH01')!;
    expect(th01.body).toContain('Bài viết, tác phẩm dự thi: đã tính 3/3, đã đủ.');
  });

  it('names no other unit, nor another unit’s address', () => {
    for (const m of day10) {
      const own = unitOf(m);
      const all = [m.subject, m.body, m.htmlBody ?? '', ...m.to, ...m.cc].join('\n');
      for (const [code, name] of Object.entries(NAME)) {
        if (code === own) continue;
        expect(all).not.toContain(name);
        expect(all).not.toContain(code);
        for (const e of EMAILS[code]) expect(all).not.toContain(e);
      }
    }
  });

  it('goes to the unit’s addresses, with reply-to and cc Nội vụ, and links to both forms prefilled with the unit', () => {
    const ph01 = day10.find((m) => unitOf(m) === 'PH01')!;
    expect(ph01.to).toEqual(EMAILS.PH01);
    expect(ph01.cc).toEqual([OFFICE]);
    expect(ph01.replyTo).toBe(OFFICE);
    expect(ph01.name).toBe('Phòng Nội vụ');
    const links: string[] = ph01.body.match(/https:\S+/g) ?? [];
    expect(links).toHaveLength(2);
    for (const url of links) {
      expect(url).toContain(encodeURIComponent('UBND phường Cầu Diễn').replace(/%20/g, '+'));
    }
    // In an HTML attribute the & between query parameters is escaped.
    expect(ph01.htmlBody).toContain(`<a href="${String(links[0]).replace(/&/g, '&amp;')}">`);
  });

  it('is written as emails/NN-<unit code>.eml that a standard parser reads back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guong-sang-emails-'));
    const logValues = f.sheetValues(LOG);
    const paths = writeEmails(f.sent(), dir, 'Phòng Nội vụ <noivu@example.vn>', logValues);
    expect(readdirSync(join(dir, 'emails'))).toEqual(LAGGING_WITH_EMAIL.map((c, i) => `0${i + 1}-${c}.eml`));
    for (const [i, path] of paths.entries()) {
      const parsed = await simpleParser(readFileSync(path));
      const m = day10[i];
      expect(parsed.subject).toBe(m.subject);
      expect(parsed.text).toBe(m.body);
      expect(parsed.html).toBe(m.htmlBody);
      const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to!];
      expect(to.flatMap((a) => a.value.map((v) => v.address))).toEqual(m.to);
      expect(parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    }
  });
});

describe('preview and dry run', () => {
  it('Chế độ thử makes the trigger write Xem trước thư and send nothing', () => {
    const f = fixture();
    f.setSetting('Chế độ thử', 'Có');
    expect(f.runDay('2023-05-10')).toEqual([]);
    expect(f.log()).toEqual([]);
    const preview = rows(f.sheetValues(PREVIEW));
    expect(preview.map((r) => r['Mã đơn vị'])).toEqual([
      'PB02',
      'DT01',
      'HQ01',
      'TH01',
      'PH01',
      'PH02',
      'PH03',
      'PH04',
    ]);
    expect(preview.find((r) => r['Mã đơn vị'] === 'PH02')?.['Ghi chú']).toContain('Không có email');
    expect(preview.find((r) => r['Mã đơn vị'] === 'PH01')?.['Số người nhận']).toBe(3);
    // Turned off again, the next reminder day sends for real.
    f.setSetting('Chế độ thử', 'Không');
    expect(f.runDay('2023-05-15')).toHaveLength(7);
  });

  it('Xem trước thư nhắc writes the planned emails without sending, replacing the previous preview', () => {
    const f = fixture();
    f.env.clock.set(vn('2023-05-12T10:00:00'));
    f.env.run('previewReminders');
    f.env.run('previewReminders');
    expect(f.sent()).toEqual([]);
    const preview = rows(f.sheetValues(PREVIEW));
    expect(preview).toHaveLength(8);
    expect(String(preview[0]['Nội dung'])).toContain('Kính gửi: Phòng Tài chính - Kế hoạch');
    const alert = f.env.services.SpreadsheetApp.uiForTests().alerts.at(-1)!;
    expect(alert.prompt).toContain('Đã ghi 8 thư vào trang "Xem trước thư" (7 đơn vị, 15 người nhận kể cả bản sao');
  });
});

describe('Gửi thư nhắc ngay', () => {
  it('asks first, stating how many units and recipients; No sends nothing, Yes sends', () => {
    const f = fixture();
    f.env.clock.set(vn('2023-05-12T10:00:00'));
    const ui = f.env.services.SpreadsheetApp.uiForTests();
    ui.queueResponse(ui.Button.NO);
    f.env.run('sendRemindersNow');
    expect(ui.alerts.at(-1)?.prompt).toContain('Gửi thư nhắc cho 7 đơn vị, tổng 15 người nhận');
    expect(f.sent()).toEqual([]);
    f.env.run('sendRemindersNow');
    expect(f.sent().map(unitOf)).toEqual(LAGGING_WITH_EMAIL);
    expect(ui.alerts.at(-1)?.prompt).toContain('Đã gửi 7 thư (15 người nhận). Bỏ qua 1');
    // The same day again: nothing left to send, and no question asked.
    const asked = ui.alerts.length;
    f.env.run('sendRemindersNow');
    expect(ui.alerts.length).toBe(asked + 1);
    expect(ui.alerts.at(-1)?.prompt).toContain('Không có thư nhắc nào cần gửi');
  });

  it('is in the Gương Sáng menu with Xem trước thư nhắc', () => {
    const f = fixture();
    f.env.run('onOpen');
    const menu = f.env.services.SpreadsheetApp.uiForTests().menus.find((m) => m.caption === 'Gương Sáng')!;
    expect(menu.entries).toContainEqual({
      kind: 'item',
      caption: 'Xem trước thư nhắc',
      functionName: 'previewReminders',
    });
    expect(menu.entries).toContainEqual({
      kind: 'item',
      caption: 'Gửi thư nhắc ngay',
      functionName: 'sendRemindersNow',
    });
  });
});

describe('Sheet calls per run', () => {
  function callsOfRun(f: Fixture): number {
    f.env.clock.set(vn('2023-05-10T08:00:00'));
    f.env.ctx.calls.reset();
    f.env.runTrigger('dailyJob');
    return f.env.ctx.calls.count('SpreadsheetApp');
  }

  it('do not grow with the number of units', () => {
    const small = callsOfRun(fixture());
    const many = [
      ...REGISTRY,
      ...Array.from({ length: 30 }, (_, i) => [
        `PX${i + 10}`,
        `UBND phường Thử ${i + 10}`,
        'phuong',
        `px${i + 10}@example.vn`,
        '',
        '',
        'Có',
      ]),
    ];
    const big = fixture(many);
    expect(callsOfRun(big)).toBe(small);
    expect(big.sent()).toHaveLength(37);
  });
});

describe('with `Nhắc lại ở mỗi ngày nhắc` = Không (SPEC §8 to the letter)', () => {
  it('sends each unit one truoc-han reminder per period and one qua-han, whatever the reminder days', () => {
    const f = fixture();
    f.setSetting('Nhắc lại ở mỗi ngày nhắc', 'Không');
    const day10 = f.runDay('2023-05-10');
    expect(day10.map(unitOf)).toEqual(LAGGING_WITH_EMAIL);
    expect(f.runDay('2023-05-15')).toEqual([]);
    expect(f.runDay('2023-05-18')).toEqual([]);
    expect(f.runDay('2023-05-21').map(unitOf)).toEqual(LAGGING_WITH_EMAIL);
    expect(f.runDay('2023-05-22')).toEqual([]);
  });
});
