// Tests the on-edit trigger of issue 5 §1 through the built bundle: setup installs it once; choosing a period in
// `Tiến độ`!B1 recomputes the sheet for that period; any other edit returns after looking only at the event's range.
// Edits made by a script never fire onEdit in Google, so the tests fire the trigger with the event Google would send.
import { describe, expect, it } from 'vitest';
import { type Seeded, seededEnvironment, vn } from './helpers';

const PROGRESS = 'Tiến độ';

interface Summary {
  units: { code: string; exemplars: { counted: number } }[];
}

function twoPeriods(): Seeded {
  const s = seededEnvironment();
  s.nominate({ unit: 'PB01', name: 'Nguyễn Văn An', at: '2023-04-05T09:00:00' });
  s.nominate({ unit: 'PB01', name: 'Trần Thị Bình', at: '2023-04-06T09:00:00' });
  s.nominate({ unit: 'PH01', name: 'Lê Văn Cường', at: '2023-05-02T09:00:00' });
  s.env.clock.set(vn('2023-05-10T09:00:00'));
  s.env.run('updateProgress');
  return s;
}

/** What Google passes to an installable on-edit trigger (Events.SheetsOnEdit). */
function editEvent(s: Seeded, sheet: string, a1: string, value: string, oldValue = '') {
  const range = s.env.spreadsheet.getSheetByName(sheet)!.getRange(a1);
  range.setValue(value);
  return { authMode: 'FULL', range, source: s.env.spreadsheet, value, oldValue, triggerUid: '1' };
}

const headline = (s: Seeded) => String(s.env.spreadsheet.getSheetByName(PROGRESS)!.getRange('A2').getValue());

function exemplarsShown(s: Seeded, code: string): unknown {
  const rows = s.sheetValues(PROGRESS);
  const header = rows.findIndex((r) => r.includes('Mã đơn vị'));
  const col = (name: string) => rows[header].indexOf(name);
  return rows.slice(header + 1).find((r) => r[col('Mã đơn vị')] === code)?.[col('Gương đã có')];
}

describe('setup and the on-edit trigger', () => {
  it('installs one on-edit trigger of the spreadsheet, and no second one when run again', () => {
    const s = seededEnvironment();
    s.env.run('setupSystem');
    s.env.run('setupSystem');
    const edits = s.env.services.ScriptApp.triggersFor(s.env.spreadsheet.getId(), 'ON_EDIT');
    expect(edits.map((t) => t.getHandlerFunction())).toEqual(['onSheetEdit']);
  });
});

describe('a clerk choosing a period in Tiến độ!B1', () => {
  it('recomputes Tiến độ for the chosen period, with the numbers of its summary', () => {
    const s = twoPeriods();
    expect(headline(s)).toMatch(/^Kỳ 2023-05:/);
    s.env.runTrigger('onSheetEdit', editEvent(s, PROGRESS, 'B1', '2023-04', 'Kỳ hiện tại'));
    expect(headline(s)).toMatch(/^Kỳ 2023-04: từ 21\/03\/2023 đến 20\/04\/2023\./);
    const april = s.env.run<Summary>('apiSummary_', '2023-04');
    expect(exemplarsShown(s, 'PB01')).toBe(april.units.find((u) => u.code === 'PB01')!.exemplars.counted);
    expect(exemplarsShown(s, 'PB01')).toBe(2);
    expect(exemplarsShown(s, 'PH01')).toBe(0);
  });

  it('goes back to the current period when Kỳ hiện tại is chosen again', () => {
    const s = twoPeriods();
    s.env.runTrigger('onSheetEdit', editEvent(s, PROGRESS, 'B1', '2023-04'));
    s.env.runTrigger('onSheetEdit', editEvent(s, PROGRESS, 'B1', 'Kỳ hiện tại', '2023-04'));
    expect(headline(s)).toMatch(/^Kỳ 2023-05:/);
    expect(exemplarsShown(s, 'PH01')).toBe(1);
  });
});

describe('Tạo báo cáo tháng after a period was chosen, or not', () => {
  it('says whether it reported the period chosen in Tiến độ or the period just ended', () => {
    const s = twoPeriods();
    s.env.run('createMonthlyReport');
    expect(s.env.services.SpreadsheetApp.uiForTests().alerts.at(-1)!.prompt).toMatch(
      /^Đã tạo "[^"]*04-2023" \(kỳ vừa kết thúc\)\./,
    );
    s.env.runTrigger('onSheetEdit', editEvent(s, PROGRESS, 'B1', '2023-05'));
    s.env.run('createMonthlyReport');
    expect(s.env.services.SpreadsheetApp.uiForTests().alerts.at(-1)!.prompt).toMatch(
      /^Đã tạo "[^"]*05-2023" \(kỳ chọn ở trang Tiến độ\)\./,
    );
  });
});

describe('any other edit', () => {
  it('returns after reading only the address of the edited cell', () => {
    const s = twoPeriods();
    const event = editEvent(s, PROGRESS, 'B2', 'ghi chú');
    s.env.ctx.calls.reset();
    s.env.runTrigger('onSheetEdit', event);
    expect(s.env.ctx.calls.snapshot()).toEqual({ 'SpreadsheetApp.Range.getA1Notation': 1 });
  });

  it('returns after reading only the address and sheet name when B1 of another sheet is edited', () => {
    const s = twoPeriods();
    const event = editEvent(s, 'Đơn vị', 'B1', 'Tên đơn vị');
    s.env.ctx.calls.reset();
    s.env.runTrigger('onSheetEdit', event);
    expect(s.env.ctx.calls.snapshot()).toEqual({
      'SpreadsheetApp.Range.getA1Notation': 1,
      'SpreadsheetApp.Range.getSheet': 1,
      'SpreadsheetApp.Sheet.getName': 1,
    });
    expect(headline(s)).toMatch(/^Kỳ 2023-05:/);
  });

  it('does nothing when run without an event (from the script editor)', () => {
    const s = twoPeriods();
    s.env.ctx.calls.reset();
    s.env.runTrigger('onSheetEdit');
    expect(s.env.ctx.calls.snapshot()).toEqual({});
  });
});

describe('a period chosen while a data sheet is missing', () => {
  it('fails the trigger with the Vietnamese text', () => {
    const s = twoPeriods();
    s.env.spreadsheet.deleteSheet(s.env.spreadsheet.getSheetByName('Gương ĐHTT-NTVT')!);
    expect(() => s.env.runTrigger('onSheetEdit', editEvent(s, PROGRESS, 'B1', '2023-04'))).toThrow(
      'Bảng tính thiếu trang Gương ĐHTT-NTVT. Hãy chạy Gương Sáng › Khởi tạo hệ thống để tạo lại trang này.',
    );
  });
});
