// Tests writeEmails: reminders sent by the bundle become emails/NN-<unit code>.eml, matched to units through the send log.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emailFileName, reminderMails, writeEmails } from '../../../offline/export/emails.ts';
import type { SentMail } from '../../../offline/gas/mail-app.ts';

const HEADER = ['Thời gian', 'Kỳ', 'Mã đơn vị', 'Người nhận', 'Bản sao', 'Tiêu đề', 'Trạng thái', 'Khoá thư'];

function mail(to: string[], subject: string, cc: string[] = ['noivu@example.vn']): SentMail {
  return {
    to,
    cc,
    bcc: [],
    subject,
    body: 'Nội dung',
    htmlBody: '<p>Nội dung</p>',
    date: new Date('2023-05-10T01:00:00Z'),
  };
}

const SUBJECT = 'Nhắc gửi gương ĐHTT, NTVT và bài viết dự thi tháng 05/2023 (hạn 20/05/2023) – UBND phường Cầu Diễn';
const log = [
  HEADER,
  ['', '2023-05', 'PH02', '', '', 'x', 'Bỏ qua – không có email', ''],
  [
    '',
    '2023-05',
    'PH01',
    'vanthu.caudien@example.vn; chutich.caudien@example.vn',
    'noivu@example.vn',
    SUBJECT,
    'Đã gửi',
    '',
  ],
  ['', '2023-05', 'PB02', 'taichinh@example.vn', 'noivu@example.vn', 'Nhắc PB02', 'Hoãn – hết hạn mức', ''],
  ['', '2023-05', 'PB02', 'taichinh@example.vn', 'noivu@example.vn', 'Nhắc PB02', 'Đã gửi', ''],
  [
    '',
    '2023-05',
    'PH01',
    'vanthu.caudien@example.vn; chutich.caudien@example.vn',
    'noivu@example.vn',
    SUBJECT,
    'Đã gửi',
    '',
  ],
];

describe('matching sent messages to units through the log', () => {
  it('pairs each reminder with its unit in send order and leaves out a receipt that has no log row', () => {
    const sent = [
      mail(['chutich.caudien@example.vn', 'vanthu.caudien@example.vn'], SUBJECT),
      mail(['nguoigui@example.vn'], 'Xác nhận đã nhận giới thiệu gương ĐHTT, NTVT', []),
      mail(['taichinh@example.vn'], 'Nhắc PB02'),
      mail(['vanthu.caudien@example.vn', 'chutich.caudien@example.vn'], SUBJECT),
    ];
    expect(reminderMails(sent, log).map((m) => m.unitCode)).toEqual(['PH01', 'PB02', 'PH01']);
  });

  it('finds nothing in a log without the expected columns', () => {
    expect(reminderMails([mail(['taichinh@example.vn'], 'Nhắc PB02')], [['Thời gian']])).toEqual([]);
  });
});

describe('file names', () => {
  it('number in send order with two digits and keep the code file-safe', () => {
    expect(emailFileName(0, 'PH01')).toBe('01-PH01.eml');
    expect(emailFileName(11, 'P/H 01')).toBe('12-P_H_01.eml');
    expect(emailFileName(99, 'PH01')).toBe('100-PH01.eml');
  });
});

describe('writeEmails', () => {
  it('writes DIR/emails/NN-<code>.eml and removes the .eml files of an earlier run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guong-sang-eml-'));
    writeEmails([mail(['taichinh@example.vn'], 'Nhắc PB02')], dir, 'noivu@example.vn', log);
    writeFileSync(join(dir, 'emails', 'ghi-chu.txt'), 'giữ lại');
    const paths = writeEmails(
      [mail(['vanthu.caudien@example.vn', 'chutich.caudien@example.vn'], SUBJECT)],
      dir,
      'Phòng Nội vụ <noivu@example.vn>',
      log,
    );
    expect(paths).toEqual([join(dir, 'emails', '01-PH01.eml')]);
    expect(readdirSync(join(dir, 'emails')).sort()).toEqual(['01-PH01.eml', 'ghi-chu.txt']);
  });
});
