import { describe, expect, it } from 'vitest';
import { bound, thrown } from './setup';

describe('setValues with data of the wrong shape', () => {
  it('names the row counts in Google words', () => {
    const { sheet } = bound();
    expect(thrown(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]]))).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('names the column counts in Google words', () => {
    const { sheet } = bound();
    expect(
      thrown(() =>
        sheet.getRange(1, 1, 2, 2).setValues([
          [1, 2],
          [3, 4, 5],
        ]),
      ),
    ).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('refuses a flat array as a signature mismatch and writes nothing', () => {
    const { sheet } = bound();
    expect(thrown(() => sheet.getRange(1, 1, 1, 2).setValues([1, 2] as unknown as unknown[][]))).toBe(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('getValues over a partly filled range', () => {
  it('gives "" for empty cells and fresh arrays every time', () => {
    const { sheet } = bound();
    sheet.getRange('B2').setValue('x');
    const values = sheet.getRange('A1:C3').getValues();
    expect(values).toEqual([
      ['', '', ''],
      ['', 'x', ''],
      ['', '', ''],
    ]);
    values[1][1] = 'changed';
    expect(sheet.getRange('B2').getValue()).toBe('x');
  });

  it('hands out Date copies that cannot change the cell', () => {
    const { sheet } = bound();
    sheet.getRange('A1').setValue(new Date('2023-05-20T00:00:00Z'));
    (sheet.getRange('A1').getValue() as Date).setFullYear(1999);
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2023-05-20T00:00:00.000Z');
  });
});

describe('getRange outside the grid', () => {
  it('throws Google messages for each kind of bad coordinate', () => {
    const { sheet } = bound();
    expect(thrown(() => sheet.getRange(0, 1))).toBe('The starting row of the range is too small.');
    expect(thrown(() => sheet.getRange(1, 0))).toBe('The starting column of the range is too small.');
    expect(thrown(() => sheet.getRange(1, 1, 0, 1))).toBe('The number of rows in the range must be at least 1.');
    expect(thrown(() => sheet.getRange(1, 1, 1, 0))).toBe('The number of columns in the range must be at least 1.');
    expect(thrown(() => sheet.getRange(1000, 1, 2, 1))).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(thrown(() => sheet.getRange('not a range'))).toBe('Range not found');
  });

  it('resolves open-ended A1 ranges to the sheet edge', () => {
    const { sheet } = bound();
    expect(sheet.getRange('A2:A').getA1Notation()).toBe('A2:A1000');
    expect(sheet.getRange('B:C').getA1Notation()).toBe('B1:C1000');
    expect(sheet.getRange('3:3').getA1Notation()).toBe('A3:Z3');
    expect(sheet.getRange("'Trang tính1'!B2").getA1Notation()).toBe('B2');
  });
});

describe('a column with a strict dropdown', () => {
  it('refuses a value outside the list and accepts one inside', () => {
    const { app, sheet } = bound();
    const rule = app.newDataValidation().requireValueInList(['Đạt', 'Không đạt'], true).setAllowInvalid(false).build();
    sheet.getRange('C2:C').setDataValidation(rule);
    expect(thrown(() => sheet.getRange('C5').setValue('Khác'))).toBe(
      'The data you entered in cell C5 violates the data validation rules set on this cell.',
    );
    sheet.getRange('C5').setValue('Đạt');
    expect(sheet.getRange('C5').getValue()).toBe('Đạt');
    expect(sheet.getRange('C5').getDataValidation()?.getCriteriaValues()).toEqual([['Đạt', 'Không đạt'], true]);
    expect(sheet.getRange('C1').getDataValidation()).toBeNull();
  });

  it('lets any value through when invalid input is only warned about', () => {
    const { app, sheet } = bound();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireValueInList(['a']).build());
    sheet.getRange('A1').setValue('b');
    expect(sheet.getRange('A1').getValue()).toBe('b');
  });
});

describe('checkboxes', () => {
  it('start unchecked, follow check/uncheck, and report a mixed state as null', () => {
    const { sheet } = bound();
    const range = sheet.getRange('D2:D4').insertCheckboxes();
    expect(range.getValues()).toEqual([[false], [false], [false]]);
    expect(range.isChecked()).toBe(false);
    sheet.getRange('D3').check();
    expect(sheet.getRange('D3').getValue()).toBe(true);
    expect(range.isChecked()).toBeNull();
    range.check();
    expect(range.isChecked()).toBe(true);
    expect(sheet.getRange('D2').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
    expect(sheet.getRange('E2').isChecked()).toBeNull();
  });
});

describe('formats and notes', () => {
  it('read back what was set, and Google defaults elsewhere', () => {
    const { sheet } = bound();
    const header = sheet.getRange(1, 1, 1, 2);
    header.setFontWeight('bold').setBackground('#D9EAD3').setFontColor('red').setWrap(true).setNote('Tiêu đề');
    expect(header.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(header.getBackgrounds()).toEqual([['#d9ead3', '#d9ead3']]);
    expect(header.getWrap()).toBe(true);
    expect(header.getNotes()).toEqual([['Tiêu đề', 'Tiêu đề']]);
    expect(sheet.getRange('C3').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('C3').getFontWeight()).toBe('normal');
    expect(sheet.getRange('C3').getNumberFormat()).toBe('0.###############');
  });

  it('merging keeps only the top-left value', () => {
    const { sheet } = bound();
    sheet.getRange('A1:B1').setValues([['a', 'b']]);
    sheet.getRange('A1:B1').merge();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', '']]);
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
  });
});

describe('a protected range', () => {
  it('blocks a user who is not an editor, but never the owner', () => {
    const { ctx, sheet } = bound();
    const p = sheet.getRange('A1:B1').protect().setDescription('Tiêu đề');
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['noivu@example.vn']);
    sheet.getRange('A1').setValue('chủ sở hữu');
    ctx.effectiveUser = 'khac@example.vn';
    expect(thrown(() => sheet.getRange('A1').setValue('x'))).toContain('protected cell');
    sheet.getRange('A2').setValue('ngoài vùng bảo vệ');
    p.setWarningOnly(true);
    sheet.getRange('A1').setValue('cảnh báo thôi');
    expect(sheet.getProtections('RANGE')).toEqual([p]);
    expect(sheet.getParent().getProtections('SHEET')).toEqual([]);
  });
});
