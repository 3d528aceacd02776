// Tests the progress table of a period: grouping by type, subtotals, district total, shares and the sheet block.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PERIOD_CONFIG } from '../../src/domain/period';
import { buildProgress, missingText, percentVi, sharesByType } from '../../src/domain/progress';
import type { UnitResult, UnitTypeCode } from '../../src/domain/types';
import { COLORS, PROGRESS, progressBlock } from '../../src/sheets/report-sheets';

function result(code: string, type: UnitTypeCode, ex: [number, number], art: [number, number]): UnitResult {
  const exemplars = { counted: ex[0], required: ex[1], met: ex[0] >= ex[1], repeats: 0 };
  const articles = { counted: art[0], required: art[1], met: art[0] >= art[1], repeats: 0 };
  return { code, name: `Đơn vị ${code}`, type, exemplars, articles, met: exemplars.met && articles.met };
}

// Already in compliance order: the letter's type order, then code.
const UNITS = [
  result('PB01', 'phong_ban', [2, 2], [3, 3]),
  result('PB02', 'phong_ban', [1, 2], [5, 3]),
  result('HQ01', 'hiep_quan', [4, 3], [15, 15]),
  result('PH01', 'phuong', [5, 5], [14, 15]),
  result('PH02', 'phuong', [0, 5], [0, 15]),
];

describe('a period with units of three of the five types', () => {
  const p = buildProgress(UNITS);

  it('groups units by type in the letter order, numbering only the groups shown', () => {
    expect(p.groups.map((g) => [g.ordinal, g.type, g.units.map((u) => u.code)])).toEqual([
      ['I', 'phong_ban', ['PB01', 'PB02']],
      ['II', 'hiep_quan', ['HQ01']],
      ['III', 'phuong', ['PH01', 'PH02']],
    ]);
  });

  it('adds up each type and the whole district', () => {
    expect(p.groups[0].tally).toEqual({
      units: 2,
      unitsMet: 1,
      exemplarsCounted: 3,
      exemplarsRequired: 4,
      articlesCounted: 8,
      articlesRequired: 6,
    });
    expect(p.total).toEqual({
      units: 5,
      unitsMet: 2,
      exemplarsCounted: 12,
      exemplarsRequired: 17,
      articlesCounted: 37,
      articlesRequired: 51,
    });
  });

  it('gives the share of units meeting quota for all five types, 0 for a type without units', () => {
    expect(sharesByType(p).map((s) => [s.type, s.share])).toEqual([
      ['phong_ban', 0.5],
      ['mttq_doan_the', 0],
      ['hiep_quan', 1],
      ['truong', 0],
      ['phuong', 0],
    ]);
  });

  it('says what a unit still lacks, nothing for a unit that met both streams', () => {
    expect(UNITS.map(missingText)).toEqual(['', 'Thiếu 1 gương', '', 'Thiếu 1 bài viết', 'Thiếu 5 gương, 15 bài viết']);
  });

  it('writes percentages with a decimal comma', () => {
    expect(percentVi(2 / 3)).toBe('66,7%');
    expect(percentVi(0)).toBe('0,0%');
  });
});

describe('the Tiến độ block', () => {
  const block = progressBlock({
    selection: 'Kỳ hiện tại',
    period: '2023-05',
    progress: buildProgress(UNITS),
    periodConfig: DEFAULT_PERIOD_CONFIG,
    updatedAt: new Date('2023-05-18T01:00:00Z'),
  });
  const table = block.values.slice(PROGRESS.tableHeaderRow - 1).map((r) => r.slice(0, PROGRESS.tableWidth));

  it('states the period and its dates in the office zone', () => {
    expect(block.values[0].slice(0, 2)).toEqual(['Kỳ báo cáo', 'Kỳ hiện tại']);
    expect(block.values[1][0]).toBe('Kỳ 2023-05: từ 21/04/2023 đến 20/05/2023. Cập nhật lúc 18/05/2023 08:00:00.');
  });

  it('has a group row, the units, and a subtotal per type, then the district total', () => {
    expect(table.map((r) => r[2])).toEqual([
      'Tên đơn vị',
      'I. Phòng, ban, ngành, đơn vị sự nghiệp',
      'Đơn vị PB01',
      'Đơn vị PB02',
      'Cộng Phòng, ban, ngành, đơn vị sự nghiệp',
      'II. Cơ quan, đơn vị hiệp quản',
      'Đơn vị HQ01',
      'Cộng Cơ quan, đơn vị hiệp quản',
      'III. UBND phường',
      'Đơn vị PH01',
      'Đơn vị PH02',
      'Cộng UBND phường',
      'Tổng cộng',
    ]);
    expect(table[3]).toEqual([2, 'PB02', 'Đơn vị PB02', 1, 2, 5, 3, 'Chưa đạt', 'Thiếu 1 gương']);
    expect(table[12]).toEqual(['', '', 'Tổng cộng', 12, 17, 37, 51, '2/5 đạt', '3 đơn vị chưa đạt']);
    expect(block.tableRows).toBe(13);
  });

  it('keeps the chart data in fixed cells beside the table', () => {
    const chart = block.values.slice(3, 9).map((r) => r.slice(PROGRESS.chartColumn - 1));
    expect(chart[0]).toEqual(['Loại đơn vị', 'Tỉ lệ đơn vị đạt', 'Số đơn vị đạt', 'Số đơn vị']);
    expect(chart[1]).toEqual(['Phòng, ban, ngành, đơn vị sự nghiệp', 0.5, 1, 2]);
    expect(chart[5]).toEqual(['UBND phường', 0, 0, 2]);
  });

  it('colours group, subtotal and total rows, and pads to a longer previous sheet with blanks', () => {
    expect(block.backgrounds[4][0]).toBe(COLORS.group);
    expect(block.backgrounds[7][0]).toBe(COLORS.subtotal);
    expect(block.backgrounds[15][0]).toBe(COLORS.total);
    const padded = progressBlock({
      selection: '2023-05',
      period: '2023-05',
      progress: buildProgress(UNITS),
      periodConfig: DEFAULT_PERIOD_CONFIG,
      updatedAt: new Date('2023-05-18T01:00:00Z'),
      height: 40,
    });
    expect(padded.values).toHaveLength(40);
    expect(padded.values[39].every((v) => v === '')).toBe(true);
    expect(new Set(padded.values.map((r) => r.length))).toEqual(new Set([14]));
  });
});
