import { describe, expect, it } from 'vitest';
import { bound, thrown } from './setup';

/** Local wall time in Asia/Ho_Chi_Minh (UTC+7, no DST) as an instant. */
const hcm = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => new Date(Date.UTC(y, mo - 1, d, h - 7, mi, s));

describe('a string written with setValue in a vi_VN spreadsheet', () => {
  const cases: [string, unknown][] = [
    ['0123', 123],
    ['+1', 1],
    ['-5', -5],
    ['1,5', 1.5],
    ['1.500.000', 1_500_000],
    ['1.5', '1.5'],
    ['1E3', 1000],
    ['50%', 0.5],
    ['12,5%', 0.125],
    ['TRUE', true],
    ['false', false],
    ['20/05/2023', hcm(2023, 5, 20)],
    ['5/3/2023', hcm(2023, 3, 5)],
    ['2023-05-20', hcm(2023, 5, 20)],
    ['20/05/2023 14:30:00', hcm(2023, 5, 20, 14, 30)],
    ['2023-05-20 14:30', hcm(2023, 5, 20, 14, 30)],
    ['31/02/2023', '31/02/2023'],
    ['-abc', '-abc'],
    ['+x', '+x'],
    ['@abc', '@abc'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['  ', '  '],
    ["'0123", '0123'],
    ["'=1+1", '=1+1'],
    ['', ''],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} back as ${expected instanceof Date ? expected.toISOString() : JSON.stringify(expected)}`, () => {
      const { sheet } = bound();
      const cell = sheet.getRange('B2');
      cell.setValue(input);
      expect(cell.getValue()).toEqual(expected);
    });
  }

  it('reads a year-less date as this year in the spreadsheet zone', () => {
    const { sheet, ctx } = bound();
    ctx.clock.set(new Date('2024-12-31T18:00:00Z')); // already 2025 in Hà Nội
    sheet.getRange('A1').setValue('20/5');
    expect(sheet.getRange('A1').getValue()).toEqual(hcm(2025, 5, 20));
  });

  it('gives recognised dates and percentages a matching number format and display', () => {
    const { sheet } = bound();
    const row = sheet.getRange(1, 1, 1, 4);
    row.setValues([['20/05/2023', '20/05/2023 14:30:00', '50%', '1,5']]);
    expect(row.getNumberFormats()).toEqual([['dd/MM/yyyy', 'dd/MM/yyyy HH:mm:ss', '0%', '0.###############']]);
    expect(row.getDisplayValues()).toEqual([['20/05/2023', '20/05/2023 14:30:00', '50%', '1,5']]);
  });
});

describe('a string written into a column formatted as plain text (@)', () => {
  it('keeps every string exactly as written', () => {
    const { sheet } = bound();
    sheet.getRange('A2:A').setNumberFormat('@');
    const inputs = ['0123', '1,5', '50%', 'TRUE', '20/05/2023', '=1+1', "'x", '+84912345678'];
    sheet.getRange(2, 1, inputs.length, 1).setValues(inputs.map((v) => [v]));
    expect(sheet.getRange(2, 1, inputs.length, 1).getValues().flat()).toEqual(inputs);
    expect(sheet.getRange(2, 1, inputs.length, 1).getFormulas().flat()).toEqual(inputs.map(() => ''));
  });

  it('still stores numbers and dates given as such', () => {
    const { sheet } = bound();
    sheet.getRange('A1:B1').setNumberFormat('@');
    sheet.getRange('A1:B1').setValues([[42, true]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[42, true]]);
  });
});

describe('a string starting with "=" (formula injection)', () => {
  it('becomes a formula whose value the stand-in does not compute', () => {
    const { sheet } = bound();
    sheet.getRange('A1').setValue('=1+1');
    expect(sheet.getRange('A1').getFormula()).toBe('=1+1');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
  });

  it('stays text when prefixed with an apostrophe, which is not stored', () => {
    const { sheet } = bound();
    sheet.getRange('A1').setValue("'=1+1");
    expect(sheet.getRange('A1').getFormula()).toBe('');
    expect(sheet.getRange('A1').getValue()).toBe('=1+1');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('=1+1');
  });

  it('becomes a formula through appendRow too', () => {
    const { sheet } = bound();
    sheet.appendRow(['=HYPERLINK("http://x")', 'ok']);
    expect(sheet.getRange('A1').getFormula()).toBe('=HYPERLINK("http://x")');
  });
});

describe('non-string values', () => {
  it('reads a Date back as the same instant and shows it in the spreadsheet zone', () => {
    const { sheet } = bound();
    const d = new Date('2023-05-20T07:30:15Z');
    sheet.getRange('A1').setValue(d);
    const back = sheet.getRange('A1').getValue() as Date;
    expect(back).toBeInstanceOf(Date);
    expect(back.getTime()).toBe(d.getTime());
    expect(sheet.getRange('A1').getDisplayValue()).toBe('20/05/2023 14:30:15');
  });

  it('reads a number under a date format as a Date, and a date under a number format as its serial', () => {
    const { sheet } = bound();
    sheet.getRange('A1').setNumberFormat('dd/MM/yyyy').setValue(45066);
    expect(sheet.getRange('A1').getValue()).toEqual(hcm(2023, 5, 20));
    sheet.getRange('B1').setValue('20/05/2023');
    sheet.getRange('B1').setNumberFormat('0');
    expect(sheet.getRange('B1').getValue()).toBe(45066);
  });

  it('empties the cell for null and undefined', () => {
    const { sheet } = bound();
    sheet.getRange('A1:B1').setValues([['x', 'y']]);
    sheet.getRange('A1:B1').setValues([[null, undefined]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('an en_US spreadsheet', () => {
  it('reads "." as the decimal mark and month-first dates', () => {
    const { sheet } = bound({ locale: 'en_US', timeZone: 'Asia/Ho_Chi_Minh' });
    sheet.getRange('A1:C1').setValues([['1.5', '1,5', '5/3/2023']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1.5, '1,5', hcm(2023, 5, 3)]]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1.5');
  });
});

describe('a string over 50,000 characters', () => {
  it('is refused with Google message, in a text column too', () => {
    const { sheet } = bound();
    const long = 'a'.repeat(50_001);
    expect(thrown(() => sheet.getRange('A1').setValue(long))).toBe(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    sheet.getRange('B1').setNumberFormat('@');
    expect(thrown(() => sheet.getRange('B1').setValue(long))).toContain('maximum of 50000 characters');
    sheet.getRange('C1').setValue('a'.repeat(50_000));
    expect((sheet.getRange('C1').getValue() as string).length).toBe(50_000);
  });
});

describe('a spreadsheet whose time zone changes', () => {
  it('keeps the wall-clock time of stored dates, as Sheets stores serials', () => {
    const { ss, sheet } = bound();
    sheet.getRange('A1').setValue('20/05/2023 08:00:00');
    ss.setSpreadsheetTimeZone('Asia/Tokyo');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('20/05/2023 08:00:00');
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2023-05-19T23:00:00Z'));
  });
});

describe('a Date made in another realm (the bundle runs in a vm context)', () => {
  it('is stored as a date, not as its text', async () => {
    const { runInNewContext } = await import('node:vm');
    const { sheet } = bound();
    const foreign = runInNewContext('new Date(Date.UTC(2023, 4, 20, 7, 30))') as Date;
    expect(foreign instanceof Date).toBe(false);
    sheet.getRange('A1').setValue(foreign);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('20/05/2023 14:30:00');
  });
});
