// Tests the monthly standing of units against their quotas (SPEC §2, §4, §7).
import { describe, expect, it } from 'vitest';
import { type ComplianceInput, computeCompliance, missingFor } from '../../src/domain/compliance';
import { DEFAULT_PERIOD_CONFIG } from '../../src/domain/period';
import { DEFAULT_QUOTAS } from '../../src/domain/quota';
import type { ArticleRecord, NominationRecord, Unit, UnitTypeCode } from '../../src/domain/types';

function unit(code: string, type: UnitTypeCode, active = true): Unit {
  return { code, name: `Đơn vị ${code}`, type, emails: [], aliases: [], contact: '', active };
}

let seq = 0;
function noms(unitCode: string, n: number, iso = '2023-05-10T09:00:00+07:00', over: Partial<NominationRecord> = {}) {
  return Array.from({ length: n }, (): NominationRecord => {
    seq++;
    return {
      id: `n${seq}`,
      timestamp: new Date(iso),
      unitCode,
      nomineeName: `Người số ${seq}`,
      birthYear: '',
      status: '',
      verified: true,
      ...over,
    };
  });
}
function arts(unitCode: string, n: number, iso = '2023-05-10T09:00:00+07:00', over: Partial<ArticleRecord> = {}) {
  return Array.from({ length: n }, (): ArticleRecord => {
    seq++;
    return {
      id: `a${seq}`,
      timestamp: new Date(iso),
      unitCode,
      title: `Bài số ${seq}`,
      status: '',
      verified: true,
      ...over,
    };
  });
}

function run(over: Partial<ComplianceInput>) {
  return computeCompliance({
    units: [],
    quotas: DEFAULT_QUOTAS,
    nominations: [],
    articles: [],
    period: '2023-05',
    periodConfig: DEFAULT_PERIOD_CONFIG,
    countUnverified: true,
    articleQuotaMode: 'month',
    ...over,
  });
}

const QUOTAS: [UnitTypeCode, number, number][] = [
  ['phong_ban', 2, 3],
  ['mttq_doan_the', 2, 15],
  ['hiep_quan', 3, 15],
  ['truong', 3, 3],
  ['phuong', 5, 15],
];

describe.each(QUOTAS)('a %s unit (%i exemplars, %i articles a month)', (type, exemplars, articles) => {
  it('is short by one below both quotas', () => {
    const u = unit('U1', type);
    const r = run({ units: [u], nominations: noms('U1', exemplars - 1), articles: arts('U1', articles - 1) }).units[0];
    expect(r.exemplars).toEqual({ counted: exemplars - 1, required: exemplars, met: false, repeats: 0 });
    expect(r.articles).toEqual({ counted: articles - 1, required: articles, met: false, repeats: 0 });
    expect(r.met).toBe(false);
    expect(missingFor(r)).toEqual({ exemplars: 1, articles: 1 });
  });

  it('meets the month exactly at both quotas', () => {
    const u = unit('U1', type);
    const r = run({ units: [u], nominations: noms('U1', exemplars), articles: arts('U1', articles) }).units[0];
    expect([r.exemplars.met, r.articles.met, r.met]).toEqual([true, true, true]);
    expect(missingFor(r)).toEqual({ exemplars: 0, articles: 0 });
  });

  it('does not meet the month when only one stream is met', () => {
    const u = unit('U1', type);
    const r = run({ units: [u], nominations: noms('U1', exemplars), articles: arts('U1', articles - 1) }).units[0];
    expect([r.exemplars.met, r.articles.met, r.met]).toEqual([true, false, false]);
  });
});

describe('computeCompliance over a district', () => {
  it('lists every active unit, with or without responses, by type order then natural code order', () => {
    const units = [
      unit('PH10', 'phuong'),
      unit('PH2', 'phuong'),
      unit('TR01', 'truong'),
      unit('PB01', 'phong_ban'),
      unit('PB02', 'phong_ban', false),
      unit('MT01', 'mttq_doan_the'),
    ];
    const r = run({ units });
    expect(r.units.map((u) => u.code)).toEqual(['PB01', 'MT01', 'TR01', 'PH2', 'PH10']);
    expect(r.totals).toEqual({ units: 5, unitsMet: 0, exemplarsCounted: 0, articlesCounted: 0 });
  });

  it('counts only records of the period, ignores unknown units, and totals what it counted', () => {
    const units = [unit('PB01', 'phong_ban'), unit('PB03', 'phong_ban')];
    const r = run({
      units,
      nominations: [
        ...noms('PB01', 2, '2023-05-20T23:59:59+07:00'),
        ...noms('PB01', 1, '2023-05-21T00:00:00+07:00'),
        ...noms('PB01', 1, '2023-04-20T23:59:59+07:00'),
        ...noms('XX99', 4),
      ],
      articles: [...arts('pb01', 3), ...arts('PB03', 1)],
    });
    expect(r.units.map((u) => [u.code, u.exemplars.counted, u.articles.counted, u.met])).toEqual([
      ['PB01', 2, 3, true],
      ['PB03', 0, 1, false],
    ]);
    expect(r.totals).toEqual({ units: 2, unitsMet: 1, exemplarsCounted: 2, articlesCounted: 4 });
  });

  it('does not count a nominee repeated from an earlier period, and reports it as a repeat', () => {
    const u = unit('PB01', 'phong_ban');
    const april = noms('PB01', 1, '2023-04-10T09:00:00+07:00', { nomineeName: 'Nguyễn Văn An', birthYear: '1985' });
    const may = noms('PB01', 1, '2023-05-10T09:00:00+07:00', { nomineeName: 'Nguyễn Văn An', birthYear: '1985' });
    const r = run({ units: [u], nominations: [...may, ...april, ...noms('PB01', 1)] }).units[0];
    expect(r.exemplars).toEqual({ counted: 1, required: 2, met: false, repeats: 1 });
    const inApril = run({ units: [u], period: '2023-04', nominations: [...may, ...april] }).units[0];
    expect(inApril.exemplars).toMatchObject({ counted: 1, repeats: 0 });
  });

  it('counts a name sent by two units for each unit', () => {
    const a = noms('PB01', 1, undefined, { nomineeName: 'Trần Thị Mai' });
    const b = noms('MT01', 1, undefined, { nomineeName: 'Trần Thị Mai' });
    const r = run({ units: [unit('PB01', 'phong_ban'), unit('MT01', 'mttq_doan_the')], nominations: [...a, ...b] });
    expect(r.units.map((u) => u.exemplars.counted)).toEqual([1, 1]);
  });

  it('leaves out Không đạt records and, when the setting says so, unverified ones', () => {
    const u = unit('PB01', 'phong_ban');
    const nominations = [
      ...noms('PB01', 1),
      ...noms('PB01', 1, undefined, { status: 'Không đạt' }),
      ...noms('PB01', 1, undefined, { verified: false }),
    ];
    expect(run({ units: [u], nominations }).units[0].exemplars.counted).toBe(2);
    expect(run({ units: [u], nominations, countUnverified: false }).units[0].exemplars.counted).toBe(1);
  });

  it('uses the quota table it is given', () => {
    const quotas = { ...DEFAULT_QUOTAS, phuong: { ...DEFAULT_QUOTAS.phuong, exemplars: 1, articles: 1 } };
    const r = run({ units: [unit('PH01', 'phuong')], quotas, nominations: noms('PH01', 1), articles: arts('PH01', 1) });
    expect(r.units[0].met).toBe(true);
  });
});

describe('computeCompliance with the cumulative (campaign) article quota', () => {
  const u = unit('PB01', 'phong_ban');
  const articles = [
    ...arts('PB01', 4, '2023-01-15T09:00:00+07:00'),
    ...arts('PB01', 4, '2023-03-15T09:00:00+07:00'),
    ...arts('PB01', 2, '2023-05-15T09:00:00+07:00'),
    ...arts('PB01', 5, '2023-06-15T09:00:00+07:00'),
    ...arts('PB01', 9, '2022-12-15T09:00:00+07:00'),
  ];

  it('counts from January of the period year to the period and multiplies the monthly minimum', () => {
    const r = run({ units: [u], articles, articleQuotaMode: 'campaign' }).units[0];
    expect(r.articles).toEqual({ counted: 10, required: 15, met: false, repeats: 0 });
  });

  it('counts from the configured campaign start, and one month when the start is after the period', () => {
    const r = run({ units: [u], articles, articleQuotaMode: 'campaign', campaignStart: '2023-03' }).units[0];
    expect(r.articles).toEqual({ counted: 6, required: 9, met: false, repeats: 0 });
    const fromApril = run({ units: [u], articles, articleQuotaMode: 'campaign', campaignStart: '2023-04' }).units[0];
    expect(fromApril.articles).toEqual({ counted: 2, required: 6, met: false, repeats: 0 });
    const late = run({ units: [u], articles, articleQuotaMode: 'campaign', campaignStart: '2023-09' }).units[0];
    expect(late.articles).toEqual({ counted: 2, required: 3, met: false, repeats: 0 });
  });

  it('meets the campaign when the cumulative count reaches months × minimum', () => {
    const enough = [...articles, ...arts('PB01', 5, '2023-02-10T09:00:00+07:00')];
    const r = run({ units: [u], articles: enough, articleQuotaMode: 'campaign' }).units[0];
    expect(r.articles).toEqual({ counted: 15, required: 15, met: true, repeats: 0 });
  });

  it('keeps exemplars monthly', () => {
    const r = run({ units: [u], nominations: noms('PB01', 2), articleQuotaMode: 'campaign' }).units[0];
    expect(r.exemplars).toMatchObject({ counted: 2, required: 2, met: true });
  });
});
