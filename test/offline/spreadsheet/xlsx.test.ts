import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelNumberFormat, readXlsxValues, writeXlsx } from '../../../offline/export/xlsx';
import { bound } from './setup';

async function roundTrip() {
  const { app, ss, sheet } = bound();
  sheet.setName('Gương');
  sheet.getRange('A1:F1').setValues([['Mã', 'Họ và tên', 'Năm sinh', 'Thời điểm', 'Điểm', 'Đề xuất']]);
  sheet.getRange('A1:F1').setFontWeight('bold').setBackground('#d9ead3').setFontColor('#1c4587');
  sheet.setFrozenRows(1);
  sheet.getRange('A2:B').setNumberFormat('@');
  sheet.getRange('D2:D').setNumberFormat('dd/MM/yyyy HH:mm:ss');
  sheet.getRange('F2:F3').insertCheckboxes();
  sheet.getRange('C2:C').setDataValidation(app.newDataValidation().requireValueInList(['1980', '1990'], true).build());
  sheet.getRange(2, 1, 2, 5).setValues([
    ['0123', '=cmd|calc', 1985, new Date('2023-05-20T07:30:00Z'), 8.5],
    ['PH02', 'Nguyễn Văn An', '', '20/05/2023 14:30:00', '=E2*2'],
  ]);
  sheet.getRange('B2').setNote('Tên có dấu =');
  sheet.setColumnWidth(2, 240);
  sheet.hideColumns(5);
  const units = ss.insertSheet('Đơn vị');
  units.appendRow(['PH01', 'UBND phường Cầu Diễn']);
  units.getRange('C1').setDataValidation(
    app
      .newDataValidation()
      .requireValueInList(Array.from({ length: 40 }, (_, i) => `UBND phường số ${i + 1}`))
      .build(),
  );
  const file = join(mkdtempSync(join(tmpdir(), 'gs-xlsx-')), 'so-tong-hop.xlsx');
  await writeXlsx(ss, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { file, wb };
}

describe('a spreadsheet written to .xlsx and read back', () => {
  it('keeps every sheet in order, with values of the right types', async () => {
    const { file } = await roundTrip();
    const sheets = await readXlsxValues(file);
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ['Gương', 'visible'],
      ['Đơn vị', 'visible'],
      ['Danh sách chọn', 'veryHidden'],
    ]);
    const [gs] = sheets;
    expect(gs.rows[0]).toEqual(['Mã', 'Họ và tên', 'Năm sinh', 'Thời điểm', 'Điểm', 'Đề xuất']);
    // exceljs returns the wall-clock time of the sheet as a UTC instant: 14:30 in Hà Nội.
    expect(gs.rows[1]).toEqual(['0123', '=cmd|calc', 1985, new Date('2023-05-20T14:30:00Z'), 8.5, false]);
    expect(gs.rows[2]).toEqual([
      'PH02',
      'Nguyễn Văn An',
      '',
      new Date('2023-05-20T14:30:00Z'),
      { formula: 'E2*2' },
      false,
    ]);
  });

  it('marks text that looks like a number or formula as text, and keeps formats and layout', async () => {
    const { wb } = await roundTrip();
    const ws = wb.getWorksheet('Gương')!;
    expect(ws.getCell('A2').numFmt).toBe('@');
    expect(ws.getCell('B2').numFmt).toBe('@');
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('D2').numFmt).toBe('dd/mm/yyyy hh:mm:ss');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').font.color?.argb).toBe('FF1C4587');
    expect((ws.getCell('A1').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9EAD3');
    expect(ws.getColumn(2).width).toBeCloseTo(33.57, 1);
    expect(ws.getColumn(5).hidden).toBe(true);
    expect(ws.getCell('B2').note).toBe('Tên có dấu =');
  });

  it('writes dropdowns and checkboxes as list validations over whole ranges', async () => {
    const { wb } = await roundTrip();
    const ws = wb.getWorksheet('Gương')!;
    expect(ws.getCell('C500').dataValidation).toMatchObject({ type: 'list', formulae: ['"1980,1990"'] });
    expect(ws.getCell('F3').dataValidation).toMatchObject({ type: 'list', formulae: ['"TRUE,FALSE"'] });
    const units = wb.getWorksheet('Đơn vị')!;
    // Lists over Excel's 255-character formula limit point at a hidden sheet instead.
    expect(units.getCell('C1').dataValidation.formulae?.[0]).toBe("'Danh sách chọn'!$A$1:$A$40");
  });
});

describe('Sheets number formats in Excel', () => {
  it('lower-cases date tokens and keeps quoted text and AM/PM', () => {
    expect(excelNumberFormat('dd/MM/yyyy HH:mm:ss')).toBe('dd/mm/yyyy hh:mm:ss');
    expect(excelNumberFormat('h:mm:ss AM/PM')).toBe('h:mm:ss AM/PM');
    expect(excelNumberFormat('#,##0 "Đồng"')).toBe('#,##0 "Đồng"');
  });
});
