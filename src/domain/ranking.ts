// Defines the annual ranking (`Xếp loại năm`): the letter makes this campaign a criterion of the year's
// emulation ranking, so each unit is scored over the ended months of the campaign year and ranked within its type.
import { periodsBetween, previousPeriod } from './period';
import { naturalCompare } from './text';
import type { ArticleQuotaMode, PeriodId, UnitResult, UnitTypeCode } from './types';
import { unitTypeOrder } from './unit-types';

export interface PeriodResults {
  period: PeriodId;
  units: readonly UnitResult[];
}

export interface RankingRow {
  code: string;
  name: string;
  type: UnitTypeCode;
  monthsMet: number;
  monthsElapsed: number;
  exemplars: { counted: number; required: number };
  articles: { counted: number; required: number };
  /** 0..1: the mean of both streams' completion, each capped at 100 %. */
  share: number;
  /** 1-based, within the unit type; equal scores share a rank (1, 2, 2, 4). */
  rank: number;
}

/**
 * The ended periods of the campaign year that contains `lastEnded`: from the campaign start (when it
 * falls in that year) or January, to `lastEnded`. Empty when the campaign starts later.
 */
export function campaignYearPeriods(lastEnded: PeriodId, campaignStart?: string): PeriodId[] {
  const year = lastEnded.slice(0, 4);
  const start = campaignStart && campaignStart.slice(0, 4) === year ? campaignStart : `${year}-01`;
  return start > lastEnded ? [] : periodsBetween(start, lastEnded);
}

/** The latest period whose deadline has passed: the one before the period containing now. */
export function lastEndedPeriod(current: PeriodId): PeriodId {
  return previousPeriod(current);
}

/** A stream with nothing required is complete; over-delivery in one stream never hides a gap in the other. */
function completion(counted: number, required: number): number {
  return required <= 0 ? 1 : Math.min(1, counted / required);
}

const EPS = 1e-9;

/**
 * Ranks every unit of the latest period's results. Order within a type: months met (more is better),
 * then share (higher is better); units equal on both share a rank and are listed by code.
 * Article totals: per-month quotas add up month by month; a campaign quota is already cumulative, so the
 * last month's figures are the year's.
 */
export function rankYear(periods: readonly PeriodResults[], mode: ArticleQuotaMode): RankingRow[] {
  if (periods.length === 0) return [];
  const last = periods[periods.length - 1];
  const rows: RankingRow[] = last.units.map((u) => {
    let monthsMet = 0;
    const exemplars = { counted: 0, required: 0 };
    const articles = { counted: 0, required: 0 };
    for (const p of periods) {
      const r = p.units.find((x) => x.code === u.code);
      if (!r) continue;
      if (r.met) monthsMet++;
      exemplars.counted += r.exemplars.counted;
      exemplars.required += r.exemplars.required;
      if (mode === 'month') {
        articles.counted += r.articles.counted;
        articles.required += r.articles.required;
      }
    }
    if (mode === 'campaign') {
      articles.counted = u.articles.counted;
      articles.required = u.articles.required;
    }
    const share =
      (completion(exemplars.counted, exemplars.required) + completion(articles.counted, articles.required)) / 2;
    return {
      code: u.code,
      name: u.name,
      type: u.type,
      monthsMet,
      monthsElapsed: periods.length,
      exemplars,
      articles,
      share,
      rank: 0,
    };
  });
  const better = (a: RankingRow, b: RankingRow) =>
    b.monthsMet - a.monthsMet || (Math.abs(b.share - a.share) < EPS ? 0 : b.share - a.share);
  rows.sort((a, b) => unitTypeOrder(a.type) - unitTypeOrder(b.type) || better(a, b) || naturalCompare(a.code, b.code));
  let position = 0;
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    position = prev && prev.type === r.type ? position + 1 : 1;
    r.rank = prev && prev.type === r.type && better(prev, r) === 0 ? prev.rank : position;
  });
  return rows;
}
