// A unit renamed in `Đơn vị` without `Cập nhật danh sách đơn vị` (issue 3 §1): the forms still offer the old
// name, and the next hourly reconcile refreshes the dropdowns, keeps the old name as an alias, and stores the
// responses given under it, including those rejected meanwhile, exactly once.
import { describe, expect, it } from 'vitest';
import { EXEMPLAR_TITLES, type Seeded, SMALL_REGISTRY, seededEnvironment, vn } from './helpers';

const EX = 'Gương ĐHTT-NTVT';
const ERR = 'Lỗi nhập liệu';
const UNITS = 'Đơn vị';
const OLD = 'Phòng Nội vụ';
const NEW = 'Phòng Nội vụ quận Bắc Từ Liêm';

function byHeader(values: unknown[][]): Record<string, unknown>[] {
  const [header, ...rows] = values;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** Nội vụ edits one cell of a unit's row straight in the sheet, as a clerk types. */
function editUnit(s: Seeded, code: string, column: string, value: string): void {
  const values = s.sheetValues(UNITS);
  const header = values[0].map(String);
  const row = values.findIndex((r) => r[0] === code);
  s.env.spreadsheet
    .getSheetByName(UNITS)!
    .getRange(row + 1, header.indexOf(column) + 1)
    .setValue(value);
}

function tickHandled(s: Seeded, responseId: string): void {
  const values = s.sheetValues(ERR);
  const header = values[0].map(String);
  const row = values.findIndex((r) => r[header.indexOf('Mã phản hồi')] === responseId);
  s.env.spreadsheet
    .getSheetByName(ERR)!
    .getRange(row + 1, header.indexOf('Đã xử lý') + 1)
    .setValue(true);
}

function unitChoices(s: Seeded): string[] {
  const form = s.env.services.FormApp.openById(s.formId('exemplar'));
  const item = form.getItems().find((it) => it.getTitle() === EXEMPLAR_TITLES.unit)!;
  return item
    .asListItem()
    .getChoices()
    .map((c) => c.getValue());
}

const responseIds = (s: Seeded) =>
  s.env.services.FormApp.openById(s.formId('exemplar'))
    .getResponses()
    .map((r) => String(r.getId()));

/** The hourly trigger fires once between the submission and `until`. */
function nextHour(s: Seeded, until: string): void {
  const before = s.env.runs.filter((r) => r.handler === 'hourlyReconcile').length;
  s.env.advanceTo(vn(until));
  const runs = s.env.runs.filter((r) => r.handler === 'hourlyReconcile');
  expect(runs.length).toBeGreaterThan(before);
  expect(runs.filter((r) => r.error)).toEqual([]);
}

/** Every response id once in the data sheet, or else once among the rows of Lỗi nhập liệu not yet handled. */
function expectEachResponseOnce(s: Seeded): void {
  const stored = byHeader(s.sheetValues(EX)).map((r) => String(r['Mã phản hồi']));
  const open = byHeader(s.sheetValues(ERR))
    .filter((r) => r['Đã xử lý'] !== true)
    .map((r) => String(r['Mã phản hồi']));
  expect(new Set(stored).size).toBe(stored.length);
  expect(new Set(open).size).toBe(open.length);
  expect(stored.filter((id) => open.includes(id))).toEqual([]);
}

describe('a unit renamed in Đơn vị without updating the forms’ unit lists', () => {
  it('stores a response rejected under the old name after the next hourly reconcile, and marks its error row handled', () => {
    const s = seededEnvironment();
    s.env.clock.set(vn('2023-05-02T08:30:00'));
    editUnit(s, 'PB01', 'Tên đơn vị', NEW);
    expect(unitChoices(s)).toContain(OLD);
    s.nominate({ unit: OLD, name: 'Vũ Thị Lan', year: '1985', at: '2023-05-02T09:10:00' });
    const [id] = responseIds(s);

    expect(byHeader(s.sheetValues(EX))).toEqual([]);
    const [rejected] = byHeader(s.sheetValues(ERR));
    expect(rejected).toMatchObject({ 'Mã phản hồi': id, 'Mã lỗi': 'UNIT_NOT_FOUND', 'Đã xử lý': false });

    nextHour(s, '2023-05-02T10:30:00');

    const rows = byHeader(s.sheetValues(EX));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      'Mã phản hồi': id,
      'Mã đơn vị': 'PB01',
      'Tên đơn vị': NEW,
      Kỳ: '2023-05',
      'Được tính': 'Có',
      [EXEMPLAR_TITLES.name]: 'Vũ Thị Lan',
    });
    expect(byHeader(s.sheetValues(ERR))).toEqual([{ ...rejected, 'Đã xử lý': true }]);
    // The registry keeps the old name as an alias; the dropdown now offers the new name only.
    const pb01 = byHeader(s.sheetValues(UNITS)).find((u) => u['Mã đơn vị'] === 'PB01')!;
    expect(
      String(pb01['Tên gọi khác'])
        .split(';')
        .map((a) => a.trim()),
    ).toEqual(['P. Nội vụ', OLD]);
    expect(pb01['Tên trên biểu mẫu']).toBe(NEW);
    expect(unitChoices(s)).toContain(NEW);
    expect(unitChoices(s)).not.toContain(OLD);
    expectEachResponseOnce(s);

    // Later runs, the menu and a rebuild store it nowhere else.
    nextHour(s, '2023-05-02T12:30:00');
    s.env.run('reconcileNow');
    s.env.run('rebuildData');
    expect(byHeader(s.sheetValues(EX)).map((r) => r['Mã phản hồi'])).toEqual([id]);
    expect(byHeader(s.sheetValues(ERR))).toHaveLength(1);
    expectEachResponseOnce(s);
  });

  it('lets a later response under the old name be stored by its trigger, counted with the first', () => {
    const s = seededEnvironment();
    s.env.clock.set(vn('2023-05-02T08:30:00'));
    editUnit(s, 'PB01', 'Tên đơn vị', NEW);
    s.nominate({ unit: OLD, name: 'Vũ Thị Lan', at: '2023-05-02T09:10:00' });
    nextHour(s, '2023-05-02T10:30:00');
    s.nominate({ unit: OLD, name: 'Đỗ Văn Minh', at: '2023-05-02T10:40:00' });
    const rows = byHeader(s.sheetValues(EX));
    expect(rows.map((r) => [r['Mã đơn vị'], r[EXEMPLAR_TITLES.name]])).toEqual([
      ['PB01', 'Vũ Thị Lan'],
      ['PB01', 'Đỗ Văn Minh'],
    ]);
    expect(byHeader(s.sheetValues(ERR))).toHaveLength(1);
    expectEachResponseOnce(s);
  });

  it('stores a response whose trigger never fired under the unit’s code, with no error row', () => {
    const s = seededEnvironment();
    s.env.clock.set(vn('2023-05-02T08:30:00'));
    editUnit(s, 'PB01', 'Tên đơn vị', NEW);
    s.env.delivery = 'never';
    s.nominate({ unit: OLD, name: 'Vũ Thị Lan', at: '2023-05-02T09:10:00' });
    s.env.delivery = 'once';
    nextHour(s, '2023-05-02T10:30:00');
    expect(byHeader(s.sheetValues(EX)).map((r) => r['Mã đơn vị'])).toEqual(['PB01']);
    expect(byHeader(s.sheetValues(ERR))).toEqual([]);
  });

  it('leaves a rejection Nội vụ already marked Đã xử lý to Nội vụ', () => {
    const s = seededEnvironment();
    s.env.clock.set(vn('2023-05-02T08:30:00'));
    editUnit(s, 'PB01', 'Tên đơn vị', NEW);
    s.nominate({ unit: OLD, name: 'Vũ Thị Lan', at: '2023-05-02T09:10:00' });
    // The unit was asked to send it again instead.
    tickHandled(s, responseIds(s)[0]);
    nextHour(s, '2023-05-02T10:30:00');
    expect(byHeader(s.sheetValues(EX))).toEqual([]);
    expect(byHeader(s.sheetValues(ERR)).map((r) => r['Đã xử lý'])).toEqual([true]);
  });

  it('keeps a response that also lacks a required answer in Lỗi nhập liệu, listed once and not handled', () => {
    const s = seededEnvironment();
    s.env.clock.set(vn('2023-05-02T08:30:00'));
    editUnit(s, 'PB01', 'Tên đơn vị', NEW);
    s.nominate({ unit: OLD, name: '', at: '2023-05-02T09:10:00' });
    expect(String(byHeader(s.sheetValues(ERR))[0]['Mã lỗi'])).toMatch(/^UNIT_NOT_FOUND, REQUIRED/);
    const reads = () => s.env.ctx.calls.count('FormApp', 'Form.getResponse');
    const before = reads();
    nextHour(s, '2023-05-02T10:30:00');
    s.env.run('reconcileNow');
    expect(byHeader(s.sheetValues(EX))).toEqual([]);
    expect(byHeader(s.sheetValues(ERR)).map((r) => r['Đã xử lý'])).toEqual([false]);
    // The registry alone cannot make it valid: no run reads it from the form again.
    expect(reads()).toBe(before);
  });
});

describe('a response rejected because two units shared its answer', () => {
  it('is stored under the one unit left once Nội vụ removes the shared alias', () => {
    const registry = SMALL_REGISTRY.map((u) => (u[0] === 'TH01' ? [...u.slice(0, 4), 'Cầu Diễn', ...u.slice(5)] : u));
    registry[registry.findIndex((u) => u[0] === 'PH01')][4] += '; Cầu Diễn';
    const s = seededEnvironment({ registry });
    s.nominate({ unit: 'Cầu Diễn', name: 'Lê Văn Tám', at: '2023-05-02T09:10:00' });
    expect(byHeader(s.sheetValues(ERR))[0]['Mã lỗi']).toBe('UNIT_AMBIGUOUS');

    // Still ambiguous: the hourly run leaves it where it is.
    nextHour(s, '2023-05-02T10:30:00');
    expect(byHeader(s.sheetValues(EX))).toEqual([]);
    editUnit(s, 'TH01', 'Tên gọi khác', '');
    nextHour(s, '2023-05-02T11:30:00');
    expect(byHeader(s.sheetValues(EX)).map((r) => r['Mã đơn vị'])).toEqual(['PH01']);
    expect(byHeader(s.sheetValues(ERR)).map((r) => r['Đã xử lý'])).toEqual([true]);
    expectEachResponseOnce(s);
  });
});

describe('a registry row in error', () => {
  it('does not take any unit off the dropdowns at the hourly reconcile', () => {
    const s = seededEnvironment();
    const sheet = s.env.spreadsheet.getSheetByName('Đơn vị')!;
    const row = s.sheetValues('Đơn vị').findIndex((r) => r[0] === 'HQ01') + 1;
    sheet.getRange(row, 3).setValue('loại không có');
    s.env.advanceTo(vn('2023-04-01T11:00:00'));
    const choices = s.env.services.FormApp.openById(s.formId('exemplar'))
      .getItems()[0]
      .asListItem()
      .getChoices()
      .map((c) => c.getValue());
    expect(choices).toContain('Công an quận');
  });
});
