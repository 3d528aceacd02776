// Tests the `Tiến độ` and `Xếp loại năm` sheets through the built bundle: numbers equal the summary, the period
// dropdown, red/green rules and the chart, refresh after ingestion, constant Sheet calls, and a three-month ranking.
import { beforeAll, describe, expect, it } from 'vitest';
import { vn } from './helpers';
import { type District, district, progressUnits, records } from './reporting-fixture';

const PROGRESS = 'Tiến độ';
const RANKING = 'Xếp loại năm';

interface SummaryUnit {
  code: string;
  exemplars: { counted: number; required: number };
  articles: { counted: number; required: number };
  met: boolean;
}
interface Summary {
  period: string;
  units: SummaryUnit[];
  totals: { units: number; unitsMet: number; exemplarsCounted: number; articlesCounted: number };
}

function selectPeriod(d: District, value: string): void {
  d.env.spreadsheet.getSheetByName(PROGRESS)!.getRange('B1').setValue(value);
}

describe('Tiến độ for a month of responses', () => {
  let d: District;
  beforeAll(() => {
    d = district(2);
    d.month('2023-04-25T08:00:00');
    d.env.clock.set(vn('2023-05-18T09:00:00'));
    d.env.run('updateProgress');
  });

  it('shows every active unit with the counts, requirements and result of the summary', () => {
    const summary = d.env.run<Summary>('apiSummary_', '2023-05');
    const rows = progressUnits(d.sheetValues(PROGRESS));
    expect(rows.map((r) => r['Mã đơn vị'])).toEqual(summary.units.map((u) => u.code));
    for (const u of summary.units) {
      const r = rows.find((x) => x['Mã đơn vị'] === u.code)!;
      expect([
        r['Gương đã có'],
        r['Gương chỉ tiêu'],
        r['Bài viết đã có'],
        r['Bài viết chỉ tiêu'],
        r['Kết quả'],
      ]).toEqual([
        u.exemplars.counted,
        u.exemplars.required,
        u.articles.counted,
        u.articles.required,
        u.met ? 'Đạt' : 'Chưa đạt',
      ]);
    }
  });

  it('ends with a district total equal to the summary totals, after one subtotal per type', () => {
    const summary = d.env.run<Summary>('apiSummary_', '2023-05');
    const table = records(d.sheetValues(PROGRESS), 4);
    const total = table.find((r) => r['Tên đơn vị'] === 'Tổng cộng')!;
    expect(total['Gương đã có']).toBe(summary.totals.exemplarsCounted);
    expect(total['Bài viết đã có']).toBe(summary.totals.articlesCounted);
    expect(total['Kết quả']).toBe(`${summary.totals.unitsMet}/${summary.totals.units} đạt`);
    expect(table.filter((r) => String(r['Tên đơn vị']).startsWith('Cộng '))).toHaveLength(5);
    // Unit k meets both streams when k is even and k % 3 !== 2: units 0, 4, 6 of ten.
    expect(summary.totals).toEqual({ units: 10, unitsMet: 3, exemplarsCounted: 25, articlesCounted: 60 });
  });

  it('says what a unit lacks', () => {
    const rows = progressUnits(d.sheetValues(PROGRESS));
    // PB02 is unit 1: one exemplar short; DT01 is unit 2: 1 article of 15.
    expect(rows.find((r) => r['Mã đơn vị'] === 'PB02')!['Còn thiếu']).toBe('Thiếu 1 gương');
    expect(rows.find((r) => r['Mã đơn vị'] === 'DT01')!['Còn thiếu']).toBe('Thiếu 14 bài viết');
  });

  it('offers the current period and the earlier ones in a dropdown, following the calendar by default', () => {
    const sheet = d.env.spreadsheet.getSheetByName(PROGRESS)!;
    const rule = sheet.getRange('B1').getDataValidation()!;
    const choices = rule.getCriteriaValues()[0] as string[];
    expect(choices.slice(0, 3)).toEqual(['Kỳ hiện tại', '2023-05', '2023-04']);
    expect(sheet.getRange('B1').getValue()).toBe('Kỳ hiện tại');
    expect(String(sheet.getRange('A2').getValue())).toMatch(/^Kỳ 2023-05: từ 21\/04\/2023 đến 20\/05\/2023\./);
  });

  it('shows a chosen period, and keeps it as text', () => {
    selectPeriod(d, '2023-04');
    d.env.run('updateProgress');
    const sheet = d.env.spreadsheet.getSheetByName(PROGRESS)!;
    expect(sheet.getRange('B1').getValue()).toBe('2023-04');
    expect(String(sheet.getRange('A2').getValue())).toMatch(/^Kỳ 2023-04:/);
    const april = d.env.run<Summary>('apiSummary_', '2023-04');
    expect(progressUnits(d.sheetValues(PROGRESS)).map((r) => r['Gương đã có'])).toEqual(
      april.units.map((u) => u.exemplars.counted),
    );
    selectPeriod(d, 'Kỳ hiện tại');
    d.env.run('updateProgress');
  });

  it('can be pointed at a period by the offline run, which sets the dropdown', () => {
    expect(d.env.run<{ period: string }>('apiUpdateProgress_', '2023-04')).toEqual({ period: '2023-04' });
    expect(d.env.spreadsheet.getSheetByName(PROGRESS)!.getRange('B1').getValue()).toBe('2023-04');
    expect(() => d.env.run('apiUpdateProgress_', '2023-13')).toThrow('Invalid period: 2023-13');
    selectPeriod(d, 'Kỳ hiện tại');
    d.env.run('updateProgress');
  });

  it('colours results green and red with conditional formatting on the result column', () => {
    const rules = d.env.spreadsheet.getSheetByName(PROGRESS)!.getConditionalFormatRules();
    const seen = rules.map((r) => {
      const c = r.getBooleanCondition()!;
      return [c.getCriteriaValues()[0], c.getBackground(), r.getRanges()[0].getA1Notation()];
    });
    // 10 units + 5 group rows + 5 subtotals + 1 total below the header on row 4.
    expect(seen).toEqual([
      ['Đạt', '#c6efce', 'H5:H25'],
      ['Chưa đạt', '#ffc7ce', 'H5:H25'],
    ]);
  });

  it('charts the share of units meeting quota per type from fixed cells', () => {
    const sheet = d.env.spreadsheet.getSheetByName(PROGRESS)!;
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0].getRanges().map((r) => r.getA1Notation())).toEqual(['K4:L9']);
    expect(sheet.getRange('K5:L9').getValues()).toEqual([
      ['Phòng, ban, ngành, đơn vị sự nghiệp', 0.5],
      ['MTTQ, đoàn thể, hội', 0],
      ['Cơ quan, đơn vị hiệp quản', 0.5],
      ['Trường học (MN, TH, THCS)', 0.5],
      ['UBND phường', 0],
    ]);
  });
});

describe('a response arriving after the last recompute', () => {
  it('marks Tiến độ stale without touching it, and the hourly trigger brings it up to date', () => {
    const d = district(1);
    d.env.clock.set(vn('2023-05-10T09:00:00'));
    d.env.run('updateProgress');
    const before = progressUnits(d.sheetValues(PROGRESS)).find((r) => r['Mã đơn vị'] === 'PB01')!;
    expect(before['Gương đã có']).toBe(0);

    const calls = d.env.ctx.calls;
    calls.reset();
    d.nominate({
      unit: 'Phòng chuyên môn số 1',
      name: 'Lê Văn Mới',
      at: '2023-05-10T09:05:00',
      email: 'pb01@example.vn',
    });
    // The submission itself writes no cell of Tiến độ and never reads a whole response sheet.
    expect(progressUnits(d.sheetValues(PROGRESS)).find((r) => r['Mã đơn vị'] === 'PB01')!['Gương đã có']).toBe(0);
    expect(calls.count('SpreadsheetApp', 'Range.setBackgrounds')).toBe(0);

    d.env.advanceTo(vn('2023-05-10T11:00:00'));
    expect(d.env.runs.filter((r) => r.handler === 'hourlyReconcile' && !r.error).length).toBeGreaterThan(0);
    expect(progressUnits(d.sheetValues(PROGRESS)).find((r) => r['Mã đơn vị'] === 'PB01')!['Gương đã có']).toBe(1);
  });
});

describe('the cost of a recompute', () => {
  function callsFor(perType: number) {
    const d = district(perType);
    d.month('2023-04-25T08:00:00');
    d.env.clock.set(vn('2023-05-18T09:00:00'));
    d.env.run('apiUpdateProgress_');
    d.env.ctx.calls.reset();
    d.env.run('apiUpdateProgress_');
    return { calls: d.env.ctx.calls.snapshot(), rows: d.sheetValues('Gương ĐHTT-NTVT').length };
  }

  it('makes the same Sheet calls for 5 units and for 20 units with four times the rows', () => {
    const small = callsFor(1);
    const large = callsFor(4);
    expect(large.rows).toBeGreaterThan(3 * small.rows);
    expect(large.calls).toEqual(small.calls);
    expect(small.calls['SpreadsheetApp.Range.getValues']).toBeLessThanOrEqual(8);
  });
});

describe('Xếp loại năm over three months', () => {
  it('ranks units within their type by months met, then share', () => {
    const d = district(2);
    // March, April and May 2023, with the pattern shifted each month so units differ.
    d.month('2023-02-25T08:00:00', 0);
    d.month('2023-03-25T08:00:00', 1);
    d.month('2023-04-25T08:00:00', 0);
    d.env.clock.set(vn('2023-05-22T09:00:00'));
    d.env.run('updateProgress');
    const values = d.sheetValues(RANKING);
    expect(String(values[0][0])).toMatch(/^Xếp loại năm 2023 \(kỳ 2023-01 đến 2023-05, 5 tháng đã kết thúc\)/);
    const rows = records(values, 3).filter((r) => r['Mã đơn vị']);
    const pick = (code: string) => rows.find((r) => r['Mã đơn vị'] === code)!;

    // Months met out of Jan–May: a unit can meet at most March, April, May.
    const summaries = ['2023-03', '2023-04', '2023-05'].map((p) => d.env.run<Summary>('apiSummary_', p));
    for (const r of rows) {
      const met = summaries.filter((s) => s.units.find((u) => u.code === r['Mã đơn vị'])!.met).length;
      expect(r['Số tháng đạt']).toBe(met);
      expect(r['Số tháng đã qua']).toBe(5);
    }
    // PB01 (unit 0): exemplars met in March and May, short in April; articles met all three months.
    expect([pick('PB01')['Gương đã có'], pick('PB01')['Gương chỉ tiêu năm']]).toEqual([5, 10]);
    expect([pick('PB01')['Bài viết đã có'], pick('PB01')['Bài viết chỉ tiêu năm']]).toEqual([9, 15]);
    expect(pick('PB01')['Tỉ lệ hoàn thành']).toBeCloseTo((5 / 10 + 9 / 15) / 2);
    expect([pick('PB01')['Số tháng đạt'], pick('PB02')['Số tháng đạt']]).toEqual([2, 0]);
    expect([pick('PB01')['Hạng trong loại'], pick('PB02')['Hạng trong loại']]).toEqual([1, 2]);
    expect(rows.map((r) => r['Loại đơn vị'])).toEqual([
      ...Array(2).fill('Phòng, ban, ngành, đơn vị sự nghiệp'),
      ...Array(2).fill('MTTQ, đoàn thể, hội'),
      ...Array(2).fill('Cơ quan, đơn vị hiệp quản'),
      ...Array(2).fill('Trường học (MN, TH, THCS)'),
      ...Array(2).fill('UBND phường'),
    ]);
  });
});
