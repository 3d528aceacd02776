// Tests the annual ranking: months met, year totals, share, rank within a type and how ties are ranked.
import { describe, expect, it } from 'vitest';
import { campaignYearPeriods, lastEndedPeriod, type PeriodResults, rankYear } from '../../src/domain/ranking';
import type { UnitResult, UnitTypeCode } from '../../src/domain/types';

function result(code: string, type: UnitTypeCode, ex: [number, number], art: [number, number]): UnitResult {
  const exemplars = { counted: ex[0], required: ex[1], met: ex[0] >= ex[1], repeats: 0 };
  const articles = { counted: art[0], required: art[1], met: art[0] >= art[1], repeats: 0 };
  return { code, name: `Đơn vị ${code}`, type, exemplars, articles, met: exemplars.met && articles.met };
}

// Three months; per-month article quotas (phong_ban 2 gương / 3 bài, phuong 5 / 15).
const MONTHS: PeriodResults[] = [
  {
    period: '2023-03',
    units: [
      result('PB01', 'phong_ban', [2, 2], [3, 3]),
      result('PB02', 'phong_ban', [2, 2], [3, 3]),
      result('PB03', 'phong_ban', [0, 2], [1, 3]),
      result('PH01', 'phuong', [5, 5], [15, 15]),
    ],
  },
  {
    period: '2023-04',
    units: [
      result('PB01', 'phong_ban', [3, 2], [3, 3]),
      result('PB02', 'phong_ban', [1, 2], [6, 3]),
      result('PB03', 'phong_ban', [2, 2], [3, 3]),
      result('PH01', 'phuong', [2, 5], [20, 15]),
    ],
  },
  {
    period: '2023-05',
    units: [
      result('PB01', 'phong_ban', [1, 2], [0, 3]),
      result('PB02', 'phong_ban', [2, 2], [3, 3]),
      result('PB03', 'phong_ban', [2, 2], [3, 3]),
      result('PH01', 'phuong', [5, 5], [15, 15]),
    ],
  },
];

describe('a three-month year with per-month article quotas', () => {
  const rows = rankYear(MONTHS, 'month');
  const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));

  it('counts the months met out of the months elapsed', () => {
    expect(rows.map((r) => [r.code, r.monthsMet, r.monthsElapsed])).toEqual([
      ['PB02', 2, 3],
      ['PB01', 2, 3],
      ['PB03', 2, 3],
      ['PH01', 2, 3],
    ]);
  });

  it('adds each stream over the year against the year requirement', () => {
    expect(byCode.PB01.exemplars).toEqual({ counted: 6, required: 6 });
    expect(byCode.PB01.articles).toEqual({ counted: 6, required: 9 });
    expect(byCode.PH01.exemplars).toEqual({ counted: 12, required: 15 });
    expect(byCode.PH01.articles).toEqual({ counted: 50, required: 45 });
  });

  it('scores the share as the mean of both streams, each capped at 100 %', () => {
    expect(byCode.PB01.share).toBeCloseTo((1 + 6 / 9) / 2);
    // PB02: 5/6 gương, 12 bài for 9 required counts as 100 %.
    expect(byCode.PB02.share).toBeCloseTo((5 / 6 + 1) / 2);
    expect(byCode.PB03.share).toBeCloseTo((4 / 6 + 7 / 9) / 2);
    expect(byCode.PH01.share).toBeCloseTo((12 / 15 + 1) / 2);
  });

  it('ranks within each type by months met, then share; a type of its own starts at 1', () => {
    expect(rows.map((r) => [r.type, r.code, r.rank])).toEqual([
      ['phong_ban', 'PB02', 1],
      ['phong_ban', 'PB01', 2],
      ['phong_ban', 'PB03', 3],
      ['phuong', 'PH01', 1],
    ]);
  });
});

describe('ties', () => {
  const tie: PeriodResults[] = [
    {
      period: '2023-01',
      units: [
        result('PB10', 'phong_ban', [2, 2], [3, 3]),
        result('PB2', 'phong_ban', [2, 2], [3, 3]),
        result('PB3', 'phong_ban', [1, 2], [3, 3]),
        result('PB4', 'phong_ban', [0, 2], [0, 3]),
      ],
    },
  ];

  it('gives equal scores the same rank, skips the next rank, and lists them by code', () => {
    expect(rankYear(tie, 'month').map((r) => [r.code, r.rank])).toEqual([
      ['PB2', 1],
      ['PB10', 1],
      ['PB3', 3],
      ['PB4', 4],
    ]);
  });
});

describe('a campaign-wide article quota', () => {
  // Cumulative: each month's article figures already cover the campaign so far.
  const months: PeriodResults[] = [
    { period: '2023-01', units: [result('PH01', 'phuong', [5, 5], [10, 15])] },
    { period: '2023-02', units: [result('PH01', 'phuong', [5, 5], [28, 30])] },
  ];

  it('takes the last month figures as the year total instead of adding months', () => {
    const [row] = rankYear(months, 'campaign');
    expect(row.articles).toEqual({ counted: 28, required: 30 });
    expect(row.exemplars).toEqual({ counted: 10, required: 10 });
    expect(row.monthsMet).toBe(0);
  });
});

describe('the months of the campaign year', () => {
  it('runs from January, or from a campaign start in the same year, to the last ended period', () => {
    expect(campaignYearPeriods('2023-03')).toEqual(['2023-01', '2023-02', '2023-03']);
    expect(campaignYearPeriods('2023-05', '2023-04')).toEqual(['2023-04', '2023-05']);
    expect(campaignYearPeriods('2023-05', '2022-10')).toEqual(['2023-01', '2023-02', '2023-03', '2023-04', '2023-05']);
    expect(campaignYearPeriods('2023-03', '2023-06')).toEqual([]);
  });

  it('takes the period before the current one as the last ended, across a year end', () => {
    expect(lastEndedPeriod('2024-01')).toBe('2023-12');
  });

  it('ranks nobody before a month has ended', () => {
    expect(rankYear([], 'month')).toEqual([]);
  });
});
