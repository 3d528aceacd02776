// Defines the optional receipt to a respondent: what was received and where their own unit stands this period.
import type { FormKind, RawResponse } from '../domain/intake';
import { formatDateTimeVi, periodLabel, periodsBetween } from '../domain/period';
import { requiredArticles } from '../domain/quota';
import { headerText } from '../domain/reminder-email';
import { isRegisteredSender } from '../domain/units';
import { SheetTable } from '../gas/sheet-table';
import { escapeRegex } from '../sheets/cells';
import { ARTICLE_SHEET, COL, EXEMPLAR_SHEET } from '../sheets/layout';
import { periodKey } from '../sheets/rows';
import type { AppContext } from './context';
import type { IngestOutcome } from './ingest';

/** Periods whose articles count toward `period`: the period itself, or the campaign so far (SPEC §2). */
function articlePeriods(ctx: AppContext, period: string): string[] {
  if (ctx.settings.articleQuotaMode !== 'campaign') return [period];
  const start = ctx.settings.campaignStart || `${period.slice(0, 4)}-01`;
  return start <= period ? periodsBetween(start, period) : [period];
}

/** Counted rows of a unit, found server-side on `Khoá kỳ` (two searches whatever the number of periods). */
export function unitStanding(ctx: AppContext, unitCode: string, period: string) {
  const periods = articlePeriods(ctx, period);
  const keys = periods.map((p) => escapeRegex(periodKey(p, unitCode, true)));
  return {
    exemplars: SheetTable.open(ctx.ss, EXEMPLAR_SHEET).countRows(COL.periodKey, periodKey(period, unitCode, true)),
    articles: SheetTable.open(ctx.ss, ARTICLE_SHEET).countRows(COL.periodKey, `(${keys.join('|')})`, { regex: true }),
    months: periods.length,
  };
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
      ? `Tiến độ ${periodLabel(outcome.period)} của đơn vị: đã có ${s.exemplars}/${q.exemplars} gương, ${s.articles}/${requiredArticles(q, ctx.settings.articleQuotaMode, s.months)} bài viết${s.months > 1 ? ` (cộng dồn ${s.months} tháng)` : ''}.`
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
