// Defines writeXlsxCopy: an .xlsx copy of a sample CSV, typed the way Google Sheets exports a responses sheet.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../offline/input/csv';

const GOOGLE_TIMESTAMP = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Sheets stores what it can parse as dates and numbers (a Vietnamese-locale sheet reads '85,5' as
 * 85.5), so the copy does too: timestamps become date cells holding the displayed local time,
 * digit strings and decimal-comma numbers become numbers; everything else stays text, including
 * text that starts with '='.
 */
export async function writeXlsxCopy(csvPath: string, xlsxPath: string): Promise<void> {
  const rows = parseCsv(await readFile(csvPath, 'utf8'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Câu trả lời biểu mẫu 1');
  rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      const ts = r > 0 && c === 0 ? GOOGLE_TIMESTAMP.exec(text) : null;
      if (ts && isCalendarDate(ts)) {
        const [, d, mo, y, h, mi, s] = ts;
        cell.value = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +(s ?? 0)));
        cell.numFmt = 'dd/mm/yyyy hh:mm:ss';
      } else if (r > 0 && /^(0|[1-9]\d{0,8})$/.test(text)) {
        cell.value = Number(text);
      } else if (r > 0 && /^\d{1,3},\d{1,2}$/.test(text)) {
        cell.value = Number(text.replace(',', '.'));
      } else {
        cell.value = text;
      }
    });
    row.commit();
  });
  await workbook.xlsx.writeFile(xlsxPath);
}

/** '32/05/2023' is not a date to Sheets either: it stays text. */
function isCalendarDate(m: RegExpExecArray): boolean {
  const [, d, mo, y] = m.map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
