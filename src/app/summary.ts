// Defines the period summary (SPEC §7): every active unit's standing, totals and rejected responses, from the sheets.
import { computeCompliance } from '../domain/compliance';
import { formatIsoDate, periodEndDate, periodOf, periodStartDate } from '../domain/period';
import type { ArticleRecord, NominationRecord, PeriodId, Totals, UnitResult } from '../domain/types';
import { SheetTable } from '../gas/sheet-table';
import { ARTICLE_SHEET, COL, ERROR_COL, ERROR_SHEET, EXEMPLAR_SHEET } from '../sheets/layout';
import { articleOf, FORM_LABEL, nominationOf } from '../sheets/rows';
import type { AppContext } from './context';
import { remindersSentOn } from './reminder-log';

export interface RejectedEntry {
  form: 'exemplar' | 'article';
  responseId: string;
  row: number | null;
  reason: string;
}

export interface ReminderEntry {
  unit: string;
  to: string[];
  stage: string;
}

export interface Summary {
  period: PeriodId;
  periodStart: string;
  periodEnd: string;
  asOf: string;
  units: UnitResult[];
  totals: Totals;
  rejected: RejectedEntry[];
  reminders: ReminderEntry[];
}

export interface Records {
  nominations: NominationRecord[];
  articles: ArticleRecord[];
}

/** Two reads: the whole exemplar and article sheets. */
export function loadRecords(ctx: AppContext): Records {
  const read = <T>(def: typeof EXEMPLAR_SHEET, map: (r: Record<string, unknown>) => T | null) =>
    SheetTable.open(ctx.ss, def)
      .readAll()
      .map((r) => map(r.record))
      .filter((x): x is T => x !== null);
  return { nominations: read(EXEMPLAR_SHEET, nominationOf), articles: read(ARTICLE_SHEET, articleOf) };
}

export function complianceFor(ctx: AppContext, records: Records, period: PeriodId) {
  return computeCompliance({
    units: ctx.units,
    quotas: ctx.quotas,
    nominations: records.nominations,
    articles: records.articles,
    period,
    periodConfig: ctx.periodConfig,
    countUnverified: ctx.settings.countUnverified,
    articleQuotaMode: ctx.settings.articleQuotaMode,
    campaignStart: ctx.settings.campaignStart || undefined,
  });
}

export function loadRejected(ctx: AppContext): RejectedEntry[] {
  return SheetTable.open(ctx.ss, ERROR_SHEET)
    .readAll()
    .map(({ record }) => ({
      form: record[ERROR_COL.form] === FORM_LABEL.article ? ('article' as const) : ('exemplar' as const),
      responseId: String(record[COL.responseId] ?? ''),
      row: Number(record[ERROR_COL.sourceRow]) || null,
      reason: String(record[ERROR_COL.reason] ?? ''),
    }));
}

export function currentPeriod(ctx: AppContext, now: Date): PeriodId {
  return periodOf(now, ctx.periodConfig);
}

export function buildSummary(ctx: AppContext, period: PeriodId, asOf: Date, records = loadRecords(ctx)): Summary {
  const { units, totals } = complianceFor(ctx, records, period);
  return {
    period,
    periodStart: periodStartDate(period, ctx.periodConfig),
    periodEnd: periodEndDate(period, ctx.periodConfig),
    asOf: formatIsoDate(asOf, ctx.periodConfig.timeZone),
    units,
    totals,
    rejected: loadRejected(ctx),
    reminders: remindersSentOn(ctx.ss, asOf, ctx.periodConfig.timeZone),
  };
}
