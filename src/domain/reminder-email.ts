// Defines the reminder email of one unit (SPEC §8): Vietnamese subject, plain text and HTML built only from that unit's standing.
import { formatDateVi, nextPeriod, periodBounds, periodLabel } from './period';
import type { ReminderStage, Round } from './reminders';
import type { ArticleQuotaMode, PeriodConfig, StreamResult, UnitResult } from './types';

export interface ReminderEmailInput {
  unit: { code: string; name: string };
  /** The standing of this unit only: nothing else reaches the email. */
  result: UnitResult;
  round: Round;
  /** When the numbers were taken. */
  now: Date;
  cfg: PeriodConfig;
  articleQuotaMode: ArticleQuotaMode;
  /** Prefilled form links; blank when a form is missing. */
  links: { exemplar: string; article: string };
  office: { name: string; email: string; phone: string };
}

export interface ReminderEmail {
  subject: string;
  text: string;
  html: string;
}

/** MailApp refuses longer subjects ("Argument too large: subject"). */
export const SUBJECT_LIMIT = 250;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Text safe for one header line: a CR or LF would end the header and let the rest pose as another
 * header (Bcc: …), so every control and line-separator character becomes a space.
 */
export function headerText(s: string, limit = SUBJECT_LIMIT): string {
  const one = s
    .normalize('NFC')
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (one.length <= limit) return one;
  let cut = one.slice(0, limit - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Only web links become anchors: a javascript: or data: link in a setting must never be clickable. */
function safeUrl(url: string): string {
  const u = url.trim();
  return /^https?:\/\/[^\s"'<>]+$/i.test(u) ? u : '';
}

const EXEMPLARS = 'gương ĐHTT, NTVT';
const ARTICLES = 'bài viết, tác phẩm dự thi';

interface Line {
  label: string;
  stream: StreamResult;
  missing: number;
  unit: string;
}

function lines(input: ReminderEmailInput): Line[] {
  const { exemplars, articles } = input.result;
  const campaign = input.articleQuotaMode === 'campaign';
  return [
    {
      label: 'Gương ĐHTT, NTVT mới',
      stream: exemplars,
      missing: Math.max(0, exemplars.required - exemplars.counted),
      unit: EXEMPLARS,
    },
    {
      label: campaign ? 'Bài viết, tác phẩm dự thi (cộng dồn cả đợt)' : 'Bài viết, tác phẩm dự thi',
      stream: articles,
      missing: Math.max(0, articles.required - articles.counted),
      unit: ARTICLES,
    },
  ];
}

function lineText(l: Line): string {
  const state = l.missing > 0 ? `còn thiếu ${l.missing}` : 'đã đủ';
  const repeats = l.stream.repeats > 0 ? ` (${l.stream.repeats} phản hồi trùng không được tính)` : '';
  return `${l.label}: đã tính ${l.stream.counted}/${l.stream.required}, ${state}${repeats}.`;
}

function missingText(ls: Line[]): string {
  return ls
    .filter((l) => l.missing > 0)
    .map((l) => `${l.missing} ${l.unit}`)
    .join(' và ');
}

interface Parts {
  subject: string;
  intro: string;
  action: string;
  contact: string;
  signature: string;
}

function parts(input: ReminderEmailInput, ls: Line[]): Parts {
  const { round, cfg } = input;
  const tz = cfg.timeZone;
  const bounds = periodBounds(round.period, cfg);
  const label = periodLabel(round.period);
  const span = `${label} (từ ${formatDateVi(bounds.start, tz)} đến ${formatDateVi(bounds.end, tz)})`;
  const deadline = formatDateVi(bounds.end, tz);
  const office = headerText(input.office.name, 200) || 'Phòng Nội vụ';
  const unitName = headerText(input.unit.name, 200);
  const missing = missingText(ls);
  const topic = 'gương điển hình tiên tiến, người tốt việc tốt (ĐHTT, NTVT) và bài viết dự thi';
  const stage: ReminderStage = round.stage;
  let subject: string;
  let intro: string;
  let action: string;
  if (stage === 'truoc-han') {
    subject = `Nhắc gửi gương ĐHTT, NTVT và bài viết dự thi ${label} (hạn ${deadline}) – ${unitName}`;
    intro = `${office} thông báo kết quả thực hiện chỉ tiêu ${topic} của đơn vị trong kỳ ${span}, tính đến ngày ${formatDateVi(input.now, tz)}:`;
    action = `Đề nghị đơn vị gửi bổ sung ${missing}. Hạn gửi: hết ngày ${deadline}.`;
  } else {
    const next = nextPeriod(round.period);
    const nextDeadline = formatDateVi(periodBounds(next, cfg).end, tz);
    subject = `Chưa hoàn thành chỉ tiêu gương ĐHTT, NTVT và bài viết dự thi ${label} – ${unitName}`;
    intro = `Kỳ ${span} đã kết thúc. Kết quả thực hiện chỉ tiêu ${topic} của đơn vị:`;
    action =
      `Đơn vị chưa hoàn thành chỉ tiêu ${label}, còn thiếu ${missing}. Đề nghị đơn vị khẩn trương bổ sung; ` +
      `phản hồi gửi từ nay được tính vào kỳ ${periodLabel(next)} (hạn gửi: hết ngày ${nextDeadline}).`;
  }
  const email = input.office.email.trim();
  const phone = headerText(input.office.phone, 100);
  const how = [email ? `email ${email}` : '', phone ? `điện thoại ${phone}` : ''].filter(Boolean).join(', ');
  const contact =
    `Mọi thắc mắc xin liên hệ ${office}${how ? ` (${how})` : ''}.` +
    (email ? ' Đơn vị có thể trả lời trực tiếp thư này.' : '');
  return { subject: headerText(subject), intro, action, contact, signature: office };
}

function linkList(input: ReminderEmailInput): { label: string; url: string }[] {
  return [
    { label: 'Giới thiệu gương ĐHTT, NTVT', url: safeUrl(input.links.exemplar) },
    { label: 'Bài viết, tác phẩm dự thi', url: safeUrl(input.links.article) },
  ].filter((l) => l.url);
}

const LINKS_INTRO = 'Gửi qua các biểu mẫu dưới đây (tên đơn vị đã được chọn sẵn):';

function textBody(input: ReminderEmailInput, p: Parts, ls: Line[]): string {
  const links = linkList(input);
  return [
    `Kính gửi: ${headerText(input.unit.name, 500)}`,
    '',
    p.intro,
    ...ls.map((l) => `- ${lineText(l)}`),
    '',
    p.action,
    ...(links.length ? ['', LINKS_INTRO, ...links.map((l) => `- ${l.label}: ${l.url}`)] : []),
    '',
    p.contact,
    '',
    'Trân trọng,',
    p.signature,
  ].join('\n');
}

function htmlBody(input: ReminderEmailInput, p: Parts, ls: Line[]): string {
  const e = escapeHtml;
  const cell = 'style="border:1px solid #999;padding:4px 8px"';
  const num = 'style="border:1px solid #999;padding:4px 8px;text-align:right"';
  const rows = ls
    .map(
      (l) =>
        `<tr><td ${cell}>${e(l.label)}</td><td ${num}>${l.stream.counted}</td><td ${num}>${l.stream.required}</td>` +
        `<td ${num}>${l.missing > 0 ? `<strong>${l.missing}</strong>` : 'Đã đủ'}</td></tr>`,
    )
    .join('');
  const repeats = ls
    .filter((l) => l.stream.repeats > 0)
    .map((l) => `${l.label}: ${l.stream.repeats} phản hồi trùng không được tính.`);
  const links = linkList(input);
  return [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">',
    `<p>Kính gửi: <strong>${e(headerText(input.unit.name, 500))}</strong></p>`,
    `<p>${e(p.intro)}</p>`,
    '<table style="border-collapse:collapse">',
    `<tr><th ${cell}>Nội dung</th><th ${cell}>Đã tính</th><th ${cell}>Chỉ tiêu</th><th ${cell}>Còn thiếu</th></tr>`,
    rows,
    '</table>',
    ...(repeats.length ? [`<p style="color:#666">${repeats.map(e).join('<br>')}</p>`] : []),
    `<p>${e(p.action)}</p>`,
    ...(links.length
      ? [
          `<p>${e(LINKS_INTRO)}</p>`,
          `<ul>${links.map((l) => `<li><a href="${e(l.url)}">${e(l.label)}</a></li>`).join('')}</ul>`,
        ]
      : []),
    `<p>${e(p.contact)}</p>`,
    `<p>Trân trọng,<br>${e(p.signature)}</p>`,
    '</div>',
  ].join('\n');
}

/** The email of one unit in one round. Every value from the sheets is escaped in HTML and kept on one line in headers. */
export function composeReminder(input: ReminderEmailInput): ReminderEmail {
  const ls = lines(input);
  const p = parts(input, ls);
  return {
    subject: p.subject,
    text: textBody(input, p, ls).normalize('NFC'),
    html: htmlBody(input, p, ls).normalize('NFC'),
  };
}
