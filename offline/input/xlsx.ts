// Defines reading the first worksheet of an .xlsx workbook into plain cells (text, numbers, booleans).
import ExcelJS from 'exceljs';

/** A cell as the readers hand it on. Dates are text, see `localDateText`. */
export type TableCell = string | number | boolean;

/** Rows of the first worksheet, in sheet order; index 0 is sheet row 1. Blank rows are kept as []. */
export async function readFirstWorksheet(path: string): Promise<TableCell[][] | undefined> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) return undefined;
  const rows: TableCell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values;
    const cells: TableCell[] = [];
    if (Array.isArray(values)) {
      // exceljs's row.values is 1-based: index 0 is always empty.
      for (let c = 1; c < values.length; c++) cells.push(cellValue(values[c]));
    }
    rows.push(cells);
  }
  return rows;
}

/**
 * exceljs turns a date serial into the UTC instant whose UTC fields are the time displayed in the
 * sheet: the workbook records no zone. Handing on that Date would make every caller guess a zone, so
 * the displayed time is written out in Google's Vietnamese export shape instead, and the caller
 * parses it exactly like a CSV timestamp. Rounded to the second: serials are floating days.
 */
export function localDateText(d: Date): string {
  const t = new Date(Math.round(d.getTime() / 1000) * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ` +
    `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`
  );
}

function cellValue(v: ExcelJS.CellValue): TableCell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return localDateText(v);
  if ('richText' in v) return richText(v);
  if ('error' in v) return v.error;
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v.result;
    if (result === undefined) return '';
    return cellValue(result);
  }
  if ('hyperlink' in v) {
    const text: unknown = v.text;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) return richText(text as ExcelJS.CellRichTextValue);
    return v.hyperlink;
  }
  return '';
}

function richText(v: ExcelJS.CellRichTextValue): string {
  return v.richText.map((part) => part.text).join('');
}
