// The hourly reconcile's cost follows the last hour, not every response ever received (issue 6 §2/§4): it lists
// the responses after the previous run's start less 15 minutes, scans every response on its first run of a day
// (as the menu `Đối soát` always does), writes a derived column only when it changed, and rewrites `Kỳ` when the
// cutoff day changes.
import { describe, expect, it } from 'vitest';
import { diffCalls } from '../../offline/bench/meter';
import { EXEMPLAR_TITLES, type Seeded, seededEnvironment, vn } from './helpers';

const EX = 'Gương ĐHTT-NTVT';
const ERR = 'Lỗi nhập liệu';

function byHeader(values: unknown[][]): Record<string, unknown>[] {
  const [header, ...rows] = values;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** A nomination by PB01 that reaches the form stamped `at` while the clock stays where it is; no trigger fires. */
function arrives(s: Seeded, name: string, at: string): string {
  const form = s.env.services.FormApp.openById(s.formId('exemplar'));
  const previous = s.env.delivery;
  s.env.delivery = 'never';
  const response = form.importResponse({
    email: 'noivu@example.vn',
    timestamp: vn(at),
    answers: {
      [EXEMPLAR_TITLES.unit]: 'PB01',
      [EXEMPLAR_TITLES.name]: name,
      [EXEMPLAR_TITLES.kind]: 'Cá nhân',
      [EXEMPLAR_TITLES.field]: 'Công tác',
      [EXEMPLAR_TITLES.criteria]: ['Hoàn thành xuất sắc nhiệm vụ được giao'],
      [EXEMPLAR_TITLES.source]: 'Phong trào thi đua',
      [EXEMPLAR_TITLES.summary]: 'Hoàn thành xuất sắc nhiệm vụ năm 2023.',
    },
  });
  s.env.delivery = previous;
  return String(response.getId());
}

/** Moves the clock to `until`; the hourly trigger fires on the way. Returns the calls made meanwhile. */
function hourlyUntil(s: Seeded, until: string): Record<string, number> {
  const before = s.env.ctx.calls.snapshot();
  const runs = s.env.runs.filter((r) => r.handler === 'hourlyReconcile').length;
  s.env.advanceTo(vn(until));
  const after = s.env.runs.filter((r) => r.handler === 'hourlyReconcile');
  expect(after.length).toBeGreaterThan(runs);
  expect(after.filter((r) => r.error)).toEqual([]);
  return diffCalls(before, s.env.ctx.calls.snapshot());
}

function storedNames(s: Seeded): string[] {
  return byHeader(s.sheetValues(EX)).map((r) => String(r[EXEMPLAR_TITLES.name]));
}

describe('the hourly reconcile', () => {
  it('lists only the responses after its previous run less 15 minutes; the first run of a day lists all', () => {
    const s = seededEnvironment();
    s.env.clock.set(vn('2023-05-02T09:30:00'));
    arrives(s, 'Người thứ nhất', '2023-05-02T09:10:00');
    hourlyUntil(s, '2023-05-02T10:05:00'); // no run before: a full scan
    expect(storedNames(s)).toEqual(['Người thứ nhất']);

    // Two responses Google lists only after that run: one stamped before the next run's window
    // (10:05 less 15 minutes), one inside it.
    s.env.clock.set(vn('2023-05-02T10:20:00'));
    const old = arrives(s, 'Người ngoài cửa sổ', '2023-05-02T09:45:00');
    arrives(s, 'Người trong cửa sổ', '2023-05-02T09:55:00');
    const hour = hourlyUntil(s, '2023-05-02T11:05:00');
    expect(storedNames(s)).toEqual(['Người thứ nhất', 'Người trong cửa sổ']);
    // Only the listed response was asked its id: the stored one was not listed at all.
    expect(hour['FormApp.FormResponse.getId']).toBe(2);
    hourlyUntil(s, '2023-05-02T23:55:00');
    expect(byHeader(s.sheetValues(EX)).map((r) => r['Mã phản hồi'])).not.toContain(old);

    hourlyUntil(s, '2023-05-03T00:10:00');
    expect(storedNames(s)).toEqual(['Người thứ nhất', 'Người trong cửa sổ', 'Người ngoài cửa sổ']);
  });

  it('leaves a response older than its window to the menu Đối soát, which lists every response', () => {
    const s = seededEnvironment();
    s.env.clock.set(vn('2023-05-02T09:30:00'));
    arrives(s, 'Người thứ nhất', '2023-05-02T09:10:00');
    hourlyUntil(s, '2023-05-02T10:05:00');
    s.env.clock.set(vn('2023-05-02T10:10:00'));
    arrives(s, 'Người đến muộn', '2023-05-02T08:00:00');
    hourlyUntil(s, '2023-05-02T11:05:00');
    expect(storedNames(s)).toEqual(['Người thứ nhất']);
    s.env.run('reconcileNow');
    expect(storedNames(s)).toEqual(['Người thứ nhất', 'Người đến muộn']);
  });

  it('reads no stored response and writes no Sheet cell in a quiet hour', () => {
    const s = seededEnvironment();
    for (let i = 0; i < 5; i++) s.nominate({ unit: 'PB01', name: `Người số ${i}`, at: `2023-05-02T09:0${i}:00` });
    s.nominate({ unit: 'Đơn vị không có', name: 'Người lạ', at: '2023-05-02T09:06:00' });
    s.env.delivery = 'never';
    s.nominate({ unit: 'DT01', name: 'Người chưa lưu', at: '2023-05-02T09:07:00' });
    s.env.delivery = 'once';
    const first = hourlyUntil(s, '2023-05-02T10:05:00');
    expect(first['SpreadsheetApp.Range.setValues']).toBeGreaterThan(0);
    expect(storedNames(s)).toHaveLength(6);

    const quiet = hourlyUntil(s, '2023-05-02T11:05:00');
    expect(quiet['FormApp.Form.getResponses']).toBe(2);
    expect(quiet['FormApp.FormResponse.getId'] ?? 0).toBe(0);
    expect(quiet['FormApp.Form.getResponse'] ?? 0).toBe(0);
    expect(quiet['SpreadsheetApp.Range.setValues'] ?? 0).toBe(0);
    expect(quiet['SpreadsheetApp.Range.setValue'] ?? 0).toBe(0);
    expect(byHeader(s.sheetValues(ERR))).toHaveLength(1);
  });

  it('rewrites Kỳ and Khoá kỳ of stored rows when Nội vụ changes the cutoff day, then nothing more', () => {
    const s = seededEnvironment();
    s.nominate({ unit: 'PB01', name: 'Đỗ Văn Minh', at: '2023-05-10T10:00:00' });
    s.nominate({ unit: 'PB01', name: 'Vũ Thị Lan', at: '2023-05-18T10:00:00' });
    const periods = () => byHeader(s.sheetValues(EX)).map((r) => [r['Kỳ'], r['Khoá kỳ']]);
    expect(periods()).toEqual([
      ['2023-05', '2023-05|PB01|Có'],
      ['2023-05', '2023-05|PB01|Có'],
    ]);
    s.env.run('apiImportSettings_', [['Ngày chốt số liệu', '15']]);
    hourlyUntil(s, '2023-05-18T11:30:00');
    expect(periods()).toEqual([
      ['2023-05', '2023-05|PB01|Có'],
      ['2023-06', '2023-06|PB01|Có'],
    ]);
    const quiet = hourlyUntil(s, '2023-05-18T12:30:00');
    expect(quiet['SpreadsheetApp.Range.setValues'] ?? 0).toBe(0);
  });
});
