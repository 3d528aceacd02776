// Tests unit types, default quotas, the `Chỉ tiêu` sheet parser and the article rule (letter 961 §4–5).
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTAS, parseQuotaTable, QUOTA_COLUMNS, quotaToRow, requiredArticles } from '../../src/domain/quota';
import { parseUnitType, UNIT_TYPES, unitTypeLabel } from '../../src/domain/unit-types';

describe('unit types of the letter', () => {
  it('come in the letter order with exact labels', () => {
    expect(UNIT_TYPES.map((t) => `${t.code}: ${t.label}`)).toEqual([
      'phong_ban: Phòng, ban, ngành, đơn vị sự nghiệp',
      'mttq_doan_the: MTTQ, đoàn thể, hội',
      'hiep_quan: Cơ quan, đơn vị hiệp quản',
      'truong: Trường học (MN, TH, THCS)',
      'phuong: UBND phường',
    ]);
  });

  it('are recognised by code or label whatever the case and spacing', () => {
    expect(parseUnitType(' PHUONG ')).toBe('phuong');
    expect(parseUnitType('ubnd  PHƯỜNG')).toBe('phuong');
    expect(parseUnitType('Trường học (MN, TH, THCS)'.normalize('NFD'))).toBe('truong');
    expect(unitTypeLabel('hiep_quan')).toBe('Cơ quan, đơn vị hiệp quản');
  });

  it('reject anything else, including a label without diacritics', () => {
    expect(parseUnitType('UBND phuong')).toBeUndefined();
    expect(parseUnitType('xã')).toBeUndefined();
    expect(parseUnitType('')).toBeUndefined();
  });
});

describe('default quotas', () => {
  it('match sections 4 and 5 of the letter', () => {
    const rows = Object.values(DEFAULT_QUOTAS).map((q) => [q.type, q.exemplars, q.articles, q.articlesRecommended]);
    expect(rows).toEqual([
      ['phong_ban', 2, 3, 5],
      ['mttq_doan_the', 2, 15, 15],
      ['hiep_quan', 3, 15, 15],
      ['truong', 3, 3, 5],
      ['phuong', 5, 15, 15],
    ]);
  });

  it('round-trip through the sheet row shape', () => {
    const rows = Object.values(DEFAULT_QUOTAS).map(quotaToRow);
    expect(rows[4]).toEqual(['phuong', 'UBND phường', 5, 15, 15]);
    expect(parseQuotaTable(rows)).toEqual({ table: DEFAULT_QUOTAS, problems: [] });
  });
});

describe('parseQuotaTable on a Chỉ tiêu sheet', () => {
  it('names its columns in Vietnamese', () => {
    expect(QUOTA_COLUMNS).toEqual([
      'Mã loại',
      'Loại đơn vị',
      'Gương mới/tháng',
      'Bài viết tối thiểu/tháng',
      'Bài viết khuyến khích/tháng',
    ]);
  });

  it('overrides listed types, accepts numbers as text and labels alone, and keeps defaults for the rest', () => {
    const { table, problems } = parseQuotaTable([
      ['phuong', 'UBND phường', '6', ' 20 ', 25],
      ['', 'MTTQ, đoàn thể, hội', 1, 10, ''],
    ]);
    expect(problems).toEqual([]);
    expect(table.phuong).toEqual({ type: 'phuong', exemplars: 6, articles: 20, articlesRecommended: 25 });
    expect(table.mttq_doan_the).toEqual({ type: 'mttq_doan_the', exemplars: 1, articles: 10, articlesRecommended: 10 });
    expect(table.truong).toEqual(DEFAULT_QUOTAS.truong);
  });

  it('reports bad rows with their row and column instead of throwing, and skips blank rows', () => {
    const { table, problems } = parseQuotaTable([
      ['xa', '', 1, 1, 1],
      [],
      ['truong', '', 'hai', 3, 5],
      ['phong_ban', '', 2.5, -1, 5],
      ['hiep_quan', '', 3, 15, 10],
      ['phuong', '', '', 15, 15],
      ['phuong', '', 4, 15, 15],
      ['phuong', '', 9, 15, 15],
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_UNIT_TYPE', row: 1, value: 'xa' }),
      expect.objectContaining({ code: 'INVALID_NUMBER', row: 3, column: 'Gương mới/tháng', value: 'hai' }),
      expect.objectContaining({ code: 'INVALID_NUMBER', row: 4, column: 'Gương mới/tháng', value: '2.5' }),
      expect.objectContaining({ code: 'INVALID_NUMBER', row: 4, column: 'Bài viết tối thiểu/tháng', value: '-1' }),
      expect.objectContaining({ code: 'RECOMMENDED_BELOW_MINIMUM', row: 5, value: '10', limit: 15 }),
      expect.objectContaining({ code: 'REQUIRED', row: 6, column: 'Gương mới/tháng' }),
      expect.objectContaining({ code: 'DUPLICATE_QUOTA_TYPE', row: 8, otherRow: 7, value: 'phuong' }),
    ]);
    expect(table.truong).toEqual(DEFAULT_QUOTAS.truong);
    expect(table.hiep_quan).toEqual(DEFAULT_QUOTAS.hiep_quan);
    expect(table.phuong.exemplars).toBe(4);
  });
});

describe('requiredArticles', () => {
  it('is the monthly minimum in month mode', () => {
    expect(requiredArticles(DEFAULT_QUOTAS.phuong, 'month', 5)).toBe(15);
  });

  it('grows with the months elapsed in campaign mode', () => {
    expect(requiredArticles(DEFAULT_QUOTAS.phong_ban, 'campaign', 1)).toBe(3);
    expect(requiredArticles(DEFAULT_QUOTAS.phong_ban, 'campaign', 5)).toBe(15);
  });
});
