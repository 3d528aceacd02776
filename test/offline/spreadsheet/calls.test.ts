import { describe, expect, it } from 'vitest';
import type { Mirror } from '../../../offline/gas/spreadsheet/shape';
import { bound } from './setup';

describe('every public method', () => {
  it('is recorded under SpreadsheetApp with Google class names', () => {
    const { ctx, app, sheet } = bound();
    ctx.calls.reset();
    const range = sheet.getRange(1, 1, 2, 2);
    range.setValues([
      [1, 2],
      [3, 4],
    ]);
    range.getValues();
    range.getValues();
    sheet.getLastRow();
    app.newDataValidation().requireCheckbox().build();
    expect(ctx.calls.snapshot()).toEqual({
      'SpreadsheetApp.DataValidationBuilder.build': 1,
      'SpreadsheetApp.DataValidationBuilder.requireCheckbox': 1,
      'SpreadsheetApp.Range.getValues': 2,
      'SpreadsheetApp.Range.setValues': 1,
      'SpreadsheetApp.Sheet.getLastRow': 1,
      'SpreadsheetApp.Sheet.getRange': 1,
      'SpreadsheetApp.SpreadsheetApp.newDataValidation': 1,
    });
  });

  it('can be made to fail through the fault plan', () => {
    const { ctx, sheet } = bound();
    ctx.faults.add({ service: 'SpreadsheetApp', method: 'Range.setValues', message: 'Service Spreadsheets timed out' });
    expect(() => sheet.getRange('A1').setValues([[1]])).toThrow('Service Spreadsheets timed out');
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('a large sheet of 50,000 rows × 30 columns', () => {
  it('is written and read back in bulk quickly', () => {
    const { sheet } = bound();
    sheet.insertRowsAfter(1000, 49_000);
    sheet.insertColumnsAfter(26, 4);
    const rows = Array.from({ length: 50_000 }, (_, r) =>
      Array.from({ length: 30 }, (_, c) => (c === 0 ? r : c === 1 ? `Nguyễn Văn ${r}` : `ô ${r}-${c}`)),
    );
    const started = performance.now();
    sheet.getRange(1, 1, 50_000, 30).setValues(rows);
    const back = sheet.getDataRange().getValues();
    const elapsed = performance.now() - started;
    expect(back).toHaveLength(50_000);
    expect(back[49_999][1]).toBe('Nguyễn Văn 49999');
    expect(sheet.getLastColumn()).toBe(30);
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe('the stand-in shapes', () => {
  it('follow the signatures Google declares (checked by tsc)', () => {
    type RangeShape = Mirror<GoogleAppsScript.Spreadsheet.Range, 'getValues' | 'getNumRows'>;
    // @ts-expect-error getValues must return a 2-D array, as Google's does
    const wrong: RangeShape = { getValues: () => 'x', getNumRows: () => 1 };
    const right: RangeShape = { getValues: () => [['x']], getNumRows: () => 1 };
    expect(right.getValues()).toEqual([['x']]);
    expect(wrong).toBeDefined();
  });
});
