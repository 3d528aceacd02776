import { describe, expect, it } from 'vitest';
import { bound, thrown } from './setup';

describe('a new bound spreadsheet', () => {
  it('has one 1000 × 26 sheet named for the Vietnamese locale, with id 0', () => {
    const { ss, sheet } = bound();
    expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(sheet.getName()).toBe('Trang tính1');
    expect(sheet.getSheetId()).toBe(0);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([
      1000, 26, 0, 0,
    ]);
  });

  it('is what getActiveSpreadsheet and getActive return, and openById finds it', () => {
    const { app, ss } = bound();
    expect(app.getActiveSpreadsheet()).toBe(ss);
    expect(app.getActive()).toBe(ss);
    expect(app.openById(ss.getId())).toBe(ss);
    expect(thrown(() => app.openById('no-such-id'))).toBe(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });
});

describe('sheets by name', () => {
  it('refuses a duplicate name, whatever its case', () => {
    const { ss } = bound();
    ss.insertSheet('Gương');
    expect(thrown(() => ss.insertSheet('Gương'))).toBe(
      'A sheet with the name "Gương" already exists. Please enter another name.',
    );
    expect(thrown(() => ss.insertSheet('gương'))).toContain('already exists');
    expect(ss.getSheetByName('GƯƠNG')?.getName()).toBe('Gương');
    expect(ss.getSheetByName('Không có')).toBeNull();
  });

  it('inserts at a 0-based index, activates the new sheet and refuses to delete the last one', () => {
    const { ss } = bound();
    const first = ss.insertSheet('Đầu', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Đầu', 'Trang tính1']);
    expect(first.getIndex()).toBe(1);
    expect(ss.getActiveSheet()).toBe(first);
    ss.deleteSheet(ss.getSheetByName('Trang tính1')!);
    expect(thrown(() => ss.deleteSheet(first))).toBe("You can't remove all the sheets in a document.");
  });
});

describe('appendRow', () => {
  it('writes after the last row with content and grows a full sheet', () => {
    const { sheet } = bound();
    sheet.getRange(1, 1, 1, 2).setValues([['Mã', 'Tên']]);
    sheet.appendRow(['PH01', 'Cầu Diễn']);
    expect(sheet.getLastRow()).toBe(2);
    sheet.getRange(1000, 1).setValue('cuối');
    sheet.appendRow(['PH02', 'Mỹ Đình 1']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1, 1, 2).getValues()).toEqual([['PH02', 'Mỹ Đình 1']]);
  });

  it('adds columns for a row wider than the sheet', () => {
    const { sheet } = bound();
    sheet.appendRow(Array.from({ length: 30 }, (_, i) => `c${i}`));
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getLastColumn()).toBe(30);
  });
});

describe('rows and columns', () => {
  it('inserted rows take the formats of the row above and shift values down', () => {
    const { sheet } = bound();
    sheet.getRange('A2').setNumberFormat('@').setValue('x');
    sheet.insertRowsAfter(2, 3);
    expect(sheet.getMaxRows()).toBe(1003);
    expect(sheet.getRange('A3').getNumberFormat()).toBe('@');
    sheet.getRange('A1').setValue('y');
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange('A2').getValue()).toBe('y');
  });

  it('deleteRows checks bounds and never removes every unfrozen row', () => {
    const { sheet } = bound();
    expect(thrown(() => sheet.deleteRows(999, 5))).toBe('Those rows are out of bounds.');
    sheet.setFrozenRows(1);
    expect(thrown(() => sheet.deleteRows(2, 999))).toBe('Sorry, it is not possible to delete all non-frozen rows.');
    sheet.getRange('A3').setValue('giữ');
    sheet.deleteRows(2, 1);
    expect(sheet.getRange('A2').getValue()).toBe('giữ');
    expect(sheet.getMaxRows()).toBe(999);
  });

  it('keeps widths, hidden columns and frozen rows', () => {
    const { sheet } = bound();
    sheet.setColumnWidth(2, 240);
    sheet.hideColumns(3, 2);
    sheet.setFrozenRows(1);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2)]).toEqual([100, 240]);
    expect([3, 4, 5].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([true, true, false]);
    expect(sheet.getFrozenRows()).toBe(1);
  });
});

describe('the workbook cell limit', () => {
  it('refuses growth past 10,000,000 cells with Google message', () => {
    const { ss, sheet } = bound();
    sheet.insertColumnsAfter(26, 74); // 1000 × 100
    sheet.insertRowsAfter(1000, 98_800); // 99,800 × 100 = 9,980,000; a new 1000 × 26 sheet passes the limit
    expect(thrown(() => ss.insertSheet('Thêm'))).toBe(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    expect(ss.getNumSheets()).toBe(1);
  });
});

describe('conditional formats and charts', () => {
  it('are stored and listed', () => {
    const { app, sheet } = bound();
    const rule = app
      .newConditionalFormatRule()
      .whenNumberLessThan(5)
      .setBackground('#F4CCCC')
      .setRanges([sheet.getRange('C2:C')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(sheet.getConditionalFormatRules()[0].getBooleanCondition()?.getBackground()).toBe('#f4cccc');
    const chart = sheet
      .newChart()
      .setChartType('COLUMN')
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Kết quả')
      .build();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted.getOptions().get('title')).toBe('Kết quả');
    sheet.removeChart(inserted);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});
