import { describe, expect, it } from 'vitest';
import { seededEnvironment } from './helpers';

describe('the optional receipt to a respondent', () => {
  it('is not sent by default', () => {
    const s = seededEnvironment();
    s.nominate({ unit: 'PH01', name: 'Nguyễn Văn An', at: '2023-05-02T09:00:00', email: 'vanthu.caudien@example.vn' });
    expect(s.env.services.MailApp.sent).toHaveLength(0);
  });

  it('tells the respondent what was received and where their own unit stands, nothing about other units', () => {
    const s = seededEnvironment();
    s.env.run('apiImportSettings_', [['Gửi xác nhận cho người gửi', 'Có']]);
    s.nominate({ unit: 'TH01', name: 'Phạm Thu Trang', at: '2023-05-01T09:00:00', email: 'thcs.caudien@example.vn' });
    s.nominate({ unit: 'PH01', name: 'Nguyễn Văn An', at: '2023-05-02T09:00:00', email: 'vanthu.caudien@example.vn' });
    s.article({
      unit: 'PH01',
      title: 'Người tốt ở tổ dân phố 5',
      at: '2023-05-03T09:00:00',
      email: 'vanthu.caudien@example.vn',
    });
    const mails = s.env.services.MailApp.sent;
    expect(mails).toHaveLength(3);
    const last = mails[2];
    expect(last.to).toEqual(['vanthu.caudien@example.vn']);
    expect(last.subject).toBe('Xác nhận đã nhận bài viết, tác phẩm dự thi – UBND phường Cầu Diễn');
    expect(last.body).toContain('đã có 1/5 gương, 1/15 bài viết');
    expect(last.body).not.toContain('Trường THCS Cầu Diễn');
    expect(last.body).not.toContain('Phạm Thu Trang');
  });

  it('is skipped, not fatal, when the mail quota is used up', () => {
    const s = seededEnvironment({ mailQuota: 0 });
    s.env.run('apiImportSettings_', [['Gửi xác nhận cho người gửi', 'Có']]);
    s.nominate({ unit: 'PH01', name: 'Nguyễn Văn An', at: '2023-05-02T09:00:00', email: 'vanthu.caudien@example.vn' });
    expect(s.env.services.MailApp.sent).toHaveLength(0);
    expect(s.sheetValues('Gương ĐHTT-NTVT')).toHaveLength(2);
    expect(s.env.runs.every((r) => !r.error)).toBe(true);
  });
});

describe('the receipt when the article quota counts the whole campaign', () => {
  it('counts the unit’s articles since the campaign start against the cumulative quota', () => {
    const s = seededEnvironment();
    s.env.run('apiImportSettings_', [
      ['Gửi xác nhận cho người gửi', 'Có'],
      ['Chỉ tiêu bài viết tính theo', 'Cả đợt'],
      ['Kỳ bắt đầu đợt thi đua', '2023-04'],
    ]);
    s.article({ unit: 'PB01', title: 'Bài tháng tư', at: '2023-04-10T09:00:00', email: 'noivu@example.vn' });
    s.article({ unit: 'PB01', title: 'Bài tháng năm', at: '2023-05-10T09:00:00', email: 'noivu@example.vn' });
    const last = s.env.services.MailApp.sent.at(-1)!;
    expect(last.body).toContain('2/6 bài viết (cộng dồn 2 tháng)');
  });
});
