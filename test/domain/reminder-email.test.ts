// Tests the content of one unit's reminder email (SPEC §8): numbers, deadline, links, contact, escaping, safe headers.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PERIOD_CONFIG } from '../../src/domain/period';
import { composeReminder, escapeHtml, headerText, type ReminderEmailInput } from '../../src/domain/reminder-email';
import type { UnitResult } from '../../src/domain/types';

const vn = (iso: string) => new Date(`${iso}+07:00`);

const caudien: UnitResult = {
  code: 'PH01',
  name: 'UBND phường Cầu Diễn',
  type: 'phuong',
  exemplars: { counted: 3, required: 5, met: false, repeats: 1 },
  articles: { counted: 15, required: 15, met: true, repeats: 0 },
  met: false,
};

function input(over: Partial<ReminderEmailInput> = {}): ReminderEmailInput {
  return {
    unit: { code: 'PH01', name: 'UBND phường Cầu Diễn' },
    result: caudien,
    round: { stage: 'truoc-han', period: '2023-05', day: '2023-05-10' },
    now: vn('2023-05-10T08:00:00'),
    cfg: DEFAULT_PERIOD_CONFIG,
    articleQuotaMode: 'month',
    links: {
      exemplar:
        'https://docs.google.com/forms/d/e/A/viewform?entry.1=UBND+ph%C6%B0%E1%BB%9Dng+C%E1%BA%A7u+Di%E1%BB%85n',
      article: 'https://docs.google.com/forms/d/e/B/viewform?entry.2=UBND+ph%C6%B0%E1%BB%9Dng+C%E1%BA%A7u+Di%E1%BB%85n',
    },
    office: { name: 'Phòng Nội vụ', email: 'noivu@example.vn', phone: '024 3765 0000' },
    ...over,
  };
}

describe('a truoc-han reminder on 10/05/2023 for a ward short of exemplars', () => {
  const mail = composeReminder(input());

  it('names the period, the deadline and the unit in the subject', () => {
    expect(mail.subject).toBe(
      'Nhắc gửi gương ĐHTT, NTVT và bài viết dự thi tháng 05/2023 (hạn 20/05/2023) – UBND phường Cầu Diễn',
    );
  });

  it('says in plain text what was counted, what is required and what is missing, and until when', () => {
    expect(mail.text).toMatchInlineSnapshot(`
      "Kính gửi: UBND phường Cầu Diễn

      Phòng Nội vụ thông báo kết quả thực hiện chỉ tiêu gương điển hình tiên tiến, người tốt việc tốt (ĐHTT, NTVT) và bài viết dự thi của đơn vị trong kỳ tháng 05/2023 (từ 21/04/2023 đến 20/05/2023), tính đến ngày 10/05/2023:
      - Gương ĐHTT, NTVT mới: đã tính 3/5, còn thiếu 2 (1 phản hồi trùng không được tính).
      - Bài viết, tác phẩm dự thi: đã tính 15/15, đã đủ.

      Đề nghị đơn vị gửi bổ sung 2 gương ĐHTT, NTVT. Hạn gửi: hết ngày 20/05/2023.

      Gửi qua các biểu mẫu dưới đây (tên đơn vị đã được chọn sẵn):
      - Giới thiệu gương ĐHTT, NTVT: https://docs.google.com/forms/d/e/A/viewform?entry.1=UBND+ph%C6%B0%E1%BB%9Dng+C%E1%BA%A7u+Di%E1%BB%85n
      - Bài viết, tác phẩm dự thi: https://docs.google.com/forms/d/e/B/viewform?entry.2=UBND+ph%C6%B0%E1%BB%9Dng+C%E1%BA%A7u+Di%E1%BB%85n

      Mọi thắc mắc xin liên hệ Phòng Nội vụ (email noivu@example.vn, điện thoại 024 3765 0000). Đơn vị có thể trả lời trực tiếp thư này.

      Trân trọng,
      Phòng Nội vụ"
    `);
  });

  it('gives the same numbers in an HTML table with both links as anchors', () => {
    expect(mail.html).toContain('<td style="border:1px solid #999;padding:4px 8px">Gương ĐHTT, NTVT mới</td>');
    expect(mail.html).toMatch(/>3<\/td><td [^>]*>5<\/td><td [^>]*><strong>2<\/strong><\/td>/);
    expect(mail.html).toMatch(/>15<\/td><td [^>]*>15<\/td><td [^>]*>Đã đủ<\/td>/);
    expect(mail.html).toContain(
      '<a href="https://docs.google.com/forms/d/e/A/viewform?entry.1=UBND+ph%C6%B0%E1%BB%9Dng',
    );
    expect(mail.html).toContain('Hạn gửi: hết ngày 20/05/2023.');
  });

  it('is NFC text', () => {
    expect(mail.text).toBe(mail.text.normalize('NFC'));
    expect(mail.html).toBe(mail.html.normalize('NFC'));
  });
});

describe('a qua-han reminder on 21/05/2023', () => {
  const mail = composeReminder(
    input({
      round: { stage: 'qua-han', period: '2023-05', day: '2023-05-21' },
      now: vn('2023-05-21T08:00:00'),
      result: { ...caudien, articles: { counted: 9, required: 15, met: false, repeats: 0 } },
    }),
  );

  it('says the period is closed, what is missing in both streams, and where new responses now count', () => {
    expect(mail.subject).toBe(
      'Chưa hoàn thành chỉ tiêu gương ĐHTT, NTVT và bài viết dự thi tháng 05/2023 – UBND phường Cầu Diễn',
    );
    expect(mail.text).toContain('Kỳ tháng 05/2023 (từ 21/04/2023 đến 20/05/2023) đã kết thúc.');
    expect(mail.text).toContain('- Bài viết, tác phẩm dự thi: đã tính 9/15, còn thiếu 6.');
    expect(mail.text).toContain('còn thiếu 2 gương ĐHTT, NTVT và 6 bài viết, tác phẩm dự thi.');
    expect(mail.text).toContain('được tính vào kỳ tháng 06/2023 (hạn gửi: hết ngày 20/06/2023).');
  });
});

describe('values from the sheets that could break the email', () => {
  const evil = composeReminder(
    input({
      unit: { code: 'PH01', name: 'UBND <b>phường</b> "Cầu Diễn"\r\nBcc: attacker@example.com' },
      office: { name: 'Phòng Nội vụ\n<script>alert(1)</script>', email: '', phone: '' },
      links: { exemplar: 'javascript:alert(1)', article: 'https://x.example.vn/"><img src=x>' },
    }),
  );

  it('keep the subject on one line', () => {
    expect(evil.subject).not.toMatch(/[\r\n]/);
    expect(evil.subject).toContain('"Cầu Diễn" Bcc: attacker@example.com');
  });

  it('are escaped in HTML, never markup', () => {
    expect(evil.html).not.toContain('<b>phường');
    expect(evil.html).not.toContain('<script>');
    expect(evil.html).toContain('UBND &lt;b&gt;phường&lt;/b&gt; &quot;Cầu Diễn&quot;');
    expect(evil.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('never turn a non-web link into an anchor', () => {
    expect(evil.html).not.toContain('javascript:');
    expect(evil.html).not.toContain('<img');
    expect(evil.text).not.toContain('javascript:');
  });

  it('leave out the reply sentence when Nội vụ has no email', () => {
    expect(evil.text).not.toContain('trả lời trực tiếp');
  });
});

describe('header and HTML helpers', () => {
  it('cut a subject over 250 characters with an ellipsis, never mid-surrogate', () => {
    const long = headerText(`${'Đ'.repeat(248)}😀😀`);
    expect(long.length).toBeLessThanOrEqual(250);
    expect(long.endsWith('…')).toBe(true);
    expect(long).not.toMatch(/[\uD800-\uDBFF]…$/);
  });

  it('turn line and paragraph separators into spaces', () => {
    expect(headerText('a\u2028b\u0085c\td')).toBe('a b c d');
  });

  it('escape the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });
});
