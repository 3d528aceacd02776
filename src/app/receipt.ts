// Defines the optional receipt to a respondent: what was received and where their own unit stands this period.
import type { FormKind, RawResponse } from '../domain/intake';
import { formatDateTimeVi, periodLabel } from '../domain/period';
import { requiredArticles } from '../domain/quota';
import { headerText } from '../domain/reminder-email';
import { isRegisteredSender } from '../domain/units';
import { SheetTable } from '../gas/sheet-table';
import { ARTICLE_SHEET, COL, EXEMPLAR_SHEET } from '../sheets/layout';
import { periodKey } from '../sheets/rows';
import type { AppContext } from './context';
import type { IngestOutcome } from './ingest';

/** Counted rows of a unit in a period, found server-side on `Khoá kỳ` (two searches). */
export function unitStanding(ctx: AppContext, unitCode: string, period: string) {
  const count = (def: typeof EXEMPLAR_SHEET) =>
    SheetTable.open(ctx.ss, def).countRows(COL.periodKey, periodKey(period, unitCode, true));
  return { exemplars: count(EXEMPLAR_SHEET), articles: count(ARTICLE_SHEET) };
}

/**
 * Only the respondent's own unit is mentioned; nothing about other units (issue 6: personal data). The unit's
 * standing goes only to one of its registered addresses: anyone signed in can pick any unit in the form, and
 * must not learn another unit's numbers that way.
 */
export function sendReceipt(ctx: AppContext, kind: FormKind, raw: RawResponse, outcome: IngestOutcome): boolean {
  if (!ctx.settings.sendReceipts || !raw.email || outcome.status !== 'stored' || !outcome.unitCode || !outcome.period) {
    return false;
  }
  const unit = ctx.units.find((u) => u.code === outcome.unitCode);
  if (!unit) return false;
  if (MailApp.getRemainingDailyQuota() < 1) return false;
  const q = ctx.quotas[unit.type];
  const s = isRegisteredSender(unit, raw.email) ? unitStanding(ctx, unit.code, outcome.period) : null;
  const what = kind === 'exemplar' ? 'giới thiệu gương ĐHTT, NTVT' : 'bài viết, tác phẩm dự thi';
  const body = [
    `Phòng Nội vụ đã nhận ${what} của ${unit.name} lúc ${formatDateTimeVi(raw.timestamp, ctx.periodConfig.timeZone)}.`,
    outcome.counted
      ? 'Phản hồi đã được ghi nhận và tính vào chỉ tiêu.'
      : 'Phản hồi đã được ghi nhận nhưng chưa được tính vào chỉ tiêu (trùng hoặc chưa xác thực); Phòng Nội vụ sẽ xem xét.',
    s
      ? `Tiến độ ${periodLabel(outcome.period)} của đơn vị: đã có ${s.exemplars}/${q.exemplars} gương, ${s.articles}/${requiredArticles(q, 'month', 1)} bài viết.`
      : 'Địa chỉ email gửi biểu mẫu chưa được đăng ký cho đơn vị nên thư này không kèm tiến độ của đơn vị.',
    '',
    ctx.settings.officeName,
  ].join('\n');
  MailApp.sendEmail({
    to: raw.email,
    subject: headerText(`Xác nhận đã nhận ${what} – ${unit.name}`),
    body,
    name: headerText(ctx.settings.officeName, 200),
    ...(ctx.settings.officeEmail ? { replyTo: ctx.settings.officeEmail } : {}),
  });
  return true;
}
