// Tests that a unit only ever receives its own data (issue 6 §3) in receipts; reminders.test.ts proves it for
// reminders ("names no other unit, nor another unit's address"). Through the built bundle.
import { describe, expect, it } from 'vitest';
import type { SentMail } from '../../offline/gas/mail-app';
import { SMALL_REGISTRY, seededEnvironment } from './helpers';

const NAME = Object.fromEntries(SMALL_REGISTRY.map((r) => [r[0], r[1]]));
const EMAILS = Object.fromEntries(SMALL_REGISTRY.map((r) => [r[0], r[3] ? r[3].split(';').map((e) => e.trim()) : []]));
const NOMINEES: Record<string, string[]> = {
  PH01: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'],
  TH01: ['Phạm Thu Trang'],
  HQ01: ['Đỗ Minh Quân', 'Vũ Thị Giang'],
};
const ARTICLES: Record<string, string[]> = {
  PH01: ['Người tốt ở tổ dân phố 5'],
  TH01: ['Cô giáo vùng ven', 'Bục giảng'],
};

type Summary = {
  units: {
    code: string;
    exemplars: { counted: number; required: number };
    articles: { counted: number; required: number };
  }[];
};

function setup() {
  const s = seededEnvironment();
  s.env.run('apiImportSettings_', [
    ['Gửi xác nhận cho người gửi', 'Có'],
    ['Email Nội vụ', 'noivu@example.vn'],
  ]);
  let minute = 0;
  const at = () => `2023-05-02T09:${String(minute++).padStart(2, '0')}:00`;
  const receipts: { unit: string; mail: SentMail }[] = [];
  const last = () => s.env.services.MailApp.sent.at(-1)!;
  // Interleaved, so each receipt is written while other units' rows sit in the same sheets.
  for (let i = 0; i < 3; i++) {
    for (const unit of Object.keys(NOMINEES)) {
      const name = NOMINEES[unit][i];
      if (name) {
        s.nominate({ unit, name, at: at(), email: EMAILS[unit][0] });
        receipts.push({ unit, mail: last() });
      }
      const title = ARTICLES[unit]?.[i];
      if (!title) continue;
      s.article({ unit, title, at: at(), email: EMAILS[unit][0] });
      receipts.push({ unit, mail: last() });
    }
  }
  return { s, receipts };
}

describe('receipts sent while several units submit', () => {
  const { s, receipts } = setup();
  const summary = s.env.run<Summary>('apiSummary_', '2023-05');

  it('go to the respondent alone: no cc, no bcc, reply-to Nội vụ', () => {
    expect(receipts).toHaveLength(9);
    for (const { unit, mail } of receipts) {
      expect(mail.to).toEqual([EMAILS[unit][0]]);
      expect(mail.cc).toEqual([]);
      expect(mail.bcc).toEqual([]);
      expect(mail.replyTo).toBe('noivu@example.vn');
    }
  });

  it('name no other unit, no other unit’s address, code or nominee', () => {
    for (const { unit, mail } of receipts) {
      const all = [mail.subject, mail.body, mail.htmlBody ?? '', ...mail.to, ...mail.cc].join('\n');
      for (const other of Object.keys(NAME)) {
        if (other === unit) continue;
        // PB01 is Phòng Nội vụ itself, whose name is also the signature of every receipt.
        if (other !== 'PB01') expect(all).not.toContain(NAME[other]);
        expect(all).not.toContain(other);
        for (const e of EMAILS[other]) expect(all).not.toContain(e);
        for (const n of NOMINEES[other] ?? []) expect(all).not.toContain(n);
        for (const t of ARTICLES[other] ?? []) expect(all).not.toContain(t);
      }
    }
  });

  it('give the unit’s own standing at that moment, which the final one equals', () => {
    const final = new Map<string, SentMail>();
    for (const r of receipts) final.set(r.unit, r.mail);
    for (const [unit, mail] of final) {
      const u = summary.units.find((x) => x.code === unit)!;
      expect(mail.body).toContain(
        `đã có ${u.exemplars.counted}/${u.exemplars.required} gương, ${u.articles.counted}/${u.articles.required} bài viết.`,
      );
    }
    const firstTh01 = receipts.find((r) => r.unit === 'TH01')!.mail;
    expect(firstTh01.body).toContain('đã có 1/3 gương, 0/3 bài viết.');
  });
});

describe('a respondent whose address is not registered for the unit they chose', () => {
  it('gets a receipt without that unit’s standing', () => {
    const { s } = setup();
    s.nominate({ unit: 'PH01', name: 'Hoàng Văn Em', at: '2023-05-03T09:00:00', email: 'nguoila@example.com' });
    const mail = s.env.services.MailApp.sent.at(-1)!;
    expect(mail.to).toEqual(['nguoila@example.com']);
    expect(mail.subject).toBe('Xác nhận đã nhận giới thiệu gương ĐHTT, NTVT – UBND phường Cầu Diễn');
    expect(mail.body).not.toMatch(/\d+\/\d+ gương/);
    expect(mail.body).toContain(
      'Địa chỉ email gửi biểu mẫu chưa được đăng ký cho đơn vị nên thư này không kèm tiến độ của đơn vị.',
    );
  });

  it('gets nothing about a unit whose registered address another unit used', () => {
    const { s } = setup();
    // TH01's address choosing PH01: still a stranger to PH01.
    s.nominate({ unit: 'PH01', name: 'Hoàng Văn Em', at: '2023-05-03T09:00:00', email: EMAILS.TH01[0] });
    expect(s.env.services.MailApp.sent.at(-1)!.body).not.toMatch(/\d+\/\d+ gương/);
  });
});

describe('both forms', () => {
  it('tell respondents what personal data is collected and why (Decree 13/2023/NĐ-CP), and publish no summary', () => {
    const s = seededEnvironment();
    for (const kind of ['exemplar', 'article'] as const) {
      const form = s.env.services.FormApp.openById(s.formId(kind));
      expect(form.getDescription()).toContain('được xử lý theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân');
      expect(form.getDescription()).toContain('email người gửi');
      expect(form.isPublishingSummary()).toBe(false);
    }
  });
});
