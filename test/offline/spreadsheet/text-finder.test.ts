import { describe, expect, it } from 'vitest';
import { bound } from './setup';

function fill(rows: number) {
  const f = bound();
  // A sheet has 1000 rows until told otherwise, as in Google.
  if (rows > 1000) f.sheet.insertRowsAfter(1000, rows - 1000);
  const values = Array.from({ length: rows }, (_, i) => [`PH${String(i + 1).padStart(5, '0')}`, `Nguyễn Văn ${i % 7}`]);
  f.sheet.getRange(1, 1, rows, 2).setValues(values);
  f.ctx.calls.reset();
  return f;
}

describe('a text finder over 10,000 rows', () => {
  it('finds a cell far down in one recorded call, without reading values', () => {
    const { ctx, sheet } = fill(10_000);
    const hit = sheet.getRange('A1:A').createTextFinder('PH09876').matchEntireCell(true).findNext();
    expect(hit?.getRow()).toBe(9876);
    expect(ctx.calls.count('SpreadsheetApp', 'TextFinder.findNext')).toBe(1);
    expect(ctx.calls.count('SpreadsheetApp', 'Range.getValues')).toBe(0);
  });

  it('findAll returns every match in one call', () => {
    const { ctx, sheet } = fill(10_000);
    const hits = sheet.createTextFinder('nguyễn văn 3').matchEntireCell(true).findAll();
    expect(hits).toHaveLength(Math.floor((10_000 - 4) / 7) + 1);
    expect(hits[0].getA1Notation()).toBe('B4');
    expect(ctx.calls.count('SpreadsheetApp', 'TextFinder.findAll')).toBe(1);
  });
});

describe('text finder options', () => {
  it('matches case and entire cells only when asked', () => {
    const { sheet } = bound();
    sheet.getRange('A1:A3').setValues([['Mỹ Đình'], ['mỹ đình 1'], ['Cầu Diễn']]);
    expect(sheet.createTextFinder('mỹ đình').findAll()).toHaveLength(2);
    expect(sheet.createTextFinder('mỹ đình').matchCase(true).findAll()).toHaveLength(1);
    expect(sheet.createTextFinder('mỹ đình').matchEntireCell(true).findAll()).toHaveLength(1);
    expect(sheet.createTextFinder('cau dien').ignoreDiacritics(true).findAll()).toHaveLength(1);
    expect(sheet.createTextFinder('Cầu Diễn').findAll()[0].getRow()).toBe(3);
  });

  it('treats a regular expression with entire-cell matching as anchored', () => {
    const { sheet } = bound();
    sheet.getRange('A1:A3').setValues([['GS-2023-05-001'], ['x GS-2023-05-002'], ['GS-2023-06-001']]);
    const rows = sheet.createTextFinder('GS-2023-05-.*').useRegularExpression(true).matchEntireCell(true).findAll();
    expect(rows.map((r) => r.getRow())).toEqual([1]);
  });

  it('steps through matches with findNext and stops with null', () => {
    const { sheet } = bound();
    sheet.getRange('A1:B2').setValues([
      ['a', 'x'],
      ['a', 'a'],
    ]);
    const finder = sheet.createTextFinder('a');
    const seen = [finder.findNext(), finder.findNext(), finder.findNext(), finder.findNext()];
    expect(seen.map((r) => r?.getA1Notation() ?? null)).toEqual(['A1', 'A2', 'B2', null]);
  });

  it('searches displayed text, so dates match as shown', () => {
    const { sheet } = bound();
    sheet.getRange('A1').setValue(new Date('2023-05-20T03:00:00Z'));
    expect(sheet.createTextFinder('20/05/2023').findAll()).toHaveLength(1);
  });
});
