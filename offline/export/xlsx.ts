// Defines writeXlsx: every sheet of a FakeSpreadsheet as Nội vụ would see it, written to an .xlsx file
// (values with their types, formulas, formats, frozen panes, widths, hidden columns, dropdowns, notes).
// Known limits: charts, conditional formats and protections are not written (exceljs cannot write
// charts; Excel's protection model differs). Text over Excel's 32,767-character cell limit is cut, with a note.
import ExcelJS from 'exceljs';
import { Formula, SerialDate } from '../gas/spreadsheet/cells';
import { parseEntered } from '../gas/spreadsheet/coerce';
import type { FakeDataValidation } from '../gas/spreadsheet/data-validation';
import { formatKind } from '../gas/spreadsheet/number-format';
import type { FakeSheet } from '../gas/spreadsheet/sheet';
import { type CellBorder, FORMAT_DEFAULTS, type SheetData } from '../gas/spreadsheet/sheet-data';
import type { FakeSpreadsheet } from '../gas/spreadsheet/spreadsheet';
import { serialToWall } from '../gas/spreadsheet/time-zone';

const EXCEL_CELL_LIMIT = 32_767;
const LIST_SHEET = 'Danh sách chọn';
const CUT_NOTE =
  'Nội dung dài hơn 32.767 ký tự (giới hạn của Excel) nên đã bị cắt; bản đầy đủ nằm trong Google Trang tính.';

/** Sheets number format → Excel's: Excel reads m/d/y/h/s in lower case; quoted text is kept. */
export function excelNumberFormat(format: string): string {
  return format.replace(/"[^"]*"|am\/pm|[A-Za-z]+/gi, (tok) =>
    tok.startsWith('"')
      ? tok
      : /^am\/pm$/i.test(tok)
        ? 'AM/PM'
        : /^general$/i.test(tok)
          ? 'General'
          : tok.toLowerCase(),
  );
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Whether Excel (or a person editing the cell) would read this text as something else. */
function looksTyped(text: string, ss: FakeSpreadsheet): boolean {
  if (/^[=+\-@]/.test(text)) return true;
  const parsed = parseEntered(text, ss.env());
  return typeof parsed.value !== 'string';
}

function sheetNameFor(name: string, used: Set<string>): string {
  // Excel forbids []:*?/\ and names over 31 characters; Google allows both.
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let out = base;
  for (let n = 2; used.has(out.toLowerCase()); n++) out = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  used.add(out.toLowerCase());
  return out;
}

class ListSheet {
  private sheet: ExcelJS.Worksheet | null = null;
  private readonly refs = new Map<string, string>();
  constructor(private readonly wb: ExcelJS.Workbook) {}

  /** A formula for a dropdown: inline when Excel allows it (≤ 255 characters, no commas), else a range. */
  formula(values: string[]): string {
    const inline = values.join(',');
    if (inline.length <= 250 && !values.some((v) => v.includes(',') || v.includes('"'))) return `"${inline}"`;
    const key = JSON.stringify(values);
    let ref = this.refs.get(key);
    if (!ref) {
      if (!this.sheet) {
        this.sheet = this.wb.addWorksheet(LIST_SHEET);
        this.sheet.state = 'veryHidden';
      }
      const col = this.refs.size + 1;
      values.forEach((v, i) => {
        (this.sheet as ExcelJS.Worksheet).getCell(i + 1, col).value = v;
      });
      const letter = this.sheet.getColumn(col).letter;
      ref = `'${LIST_SHEET}'!$${letter}$1:$${letter}$${Math.max(1, values.length)}`;
      this.refs.set(key, ref);
    }
    return ref;
  }
}

function cellValue(data: SheetData, r: number, c: number, ss: FakeSpreadsheet, cell: ExcelJS.Cell): void {
  const v = data.raw(r, c);
  const format = data.formats.numberFormat.get(r, c) as string | undefined;
  const kind = formatKind(format);
  if (v === undefined) return;
  if (v instanceof Formula) {
    cell.value = { formula: v.text.slice(1) } as ExcelJS.CellFormulaValue;
  } else if (typeof v === 'string') {
    let text = v;
    if (text.length > EXCEL_CELL_LIMIT) {
      text = text.slice(0, EXCEL_CELL_LIMIT);
      cell.note = CUT_NOTE;
    }
    cell.value = text;
    if (kind === 'text' || looksTyped(text, ss)) cell.numFmt = '@';
    return;
  } else if (typeof v === 'boolean') {
    cell.value = v;
  } else if (v instanceof SerialDate || kind === 'date') {
    const serial = v instanceof SerialDate ? v.serial : v;
    if (kind === 'number') cell.value = serial;
    else {
      cell.value = new Date(serialToWall(serial));
      const dateFormat = kind === 'date' ? (format as string) : ss.env().loc.dateTimeFormat;
      cell.numFmt = excelNumberFormat(dateFormat);
      return;
    }
  } else {
    cell.value = v;
  }
  if (kind === 'number' || kind === 'text') cell.numFmt = excelNumberFormat(format as string);
}

function cellStyle(data: SheetData, r: number, c: number, cell: ExcelJS.Cell): void {
  const f = (k: keyof typeof FORMAT_DEFAULTS) => data.formats[k].get(r, c);
  const bold = f('fontWeight') === 'bold';
  const italic = f('fontStyle') === 'italic';
  const color = f('fontColor') as string | undefined;
  const size = f('fontSize') as number | undefined;
  const family = f('fontFamily') as string | undefined;
  if (bold || italic || color || size || family) {
    cell.font = {
      ...(bold ? { bold } : {}),
      ...(italic ? { italic } : {}),
      ...(color ? { color: { argb: argb(color) } } : {}),
      ...(size ? { size } : {}),
      ...(family ? { name: family } : {}),
    };
  }
  const bg = f('background') as string | undefined;
  if (bg && bg !== FORMAT_DEFAULTS.background) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(bg) } };
  }
  const h = f('horizontalAlignment') as string | undefined;
  const va = f('verticalAlignment') as string | undefined;
  const wrap = f('wrapStrategy') === 'WRAP';
  if ((h && h !== 'general' && h !== 'normal') || va || wrap) {
    cell.alignment = {
      ...(h && h !== 'general' && h !== 'normal' ? { horizontal: h as 'left' | 'center' | 'right' } : {}),
      ...(va ? { vertical: va as 'top' | 'middle' | 'bottom' } : {}),
      ...(wrap ? { wrapText: true } : {}),
    };
  }
  const b = data.borders.get(r, c);
  if (b) cell.border = excelBorder(b);
  const note = data.notes.get(r, c);
  if (note) cell.note = note;
}

function excelBorder(b: CellBorder): Partial<ExcelJS.Borders> {
  const style = (s: string): ExcelJS.BorderStyle =>
    s === 'DOTTED'
      ? 'dotted'
      : s === 'DASHED'
        ? 'dashed'
        : s === 'SOLID_MEDIUM'
          ? 'medium'
          : s === 'SOLID_THICK'
            ? 'thick'
            : s === 'DOUBLE'
              ? 'double'
              : 'thin';
  const out: Partial<ExcelJS.Borders> = {};
  for (const side of ['top', 'left', 'bottom', 'right'] as const) {
    const s = b[side];
    if (s) out[side] = { style: style(s.style), color: { argb: argb(s.color) } };
  }
  return out;
}

function validationModel(rule: FakeDataValidation, lists: ListSheet): ExcelJS.DataValidation | null {
  const base = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    prompt: rule.helpText || undefined,
    showInputMessage: !!rule.helpText,
  };
  const a = rule.args;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return { ...base, type: 'list', formulae: [lists.formula(a[0] as string[])] };
    case 'CHECKBOX':
      return { ...base, type: 'list', formulae: ['"TRUE,FALSE"'] };
    case 'NUMBER_BETWEEN':
      return { ...base, type: 'decimal', operator: 'between', formulae: [Number(a[0]), Number(a[1])] };
    default:
      return null;
  }
}

/** exceljs accepts range addresses here ("C2:C1000") but its typings omit the collection. */
function rangeValidations(ws: ExcelJS.Worksheet): { add(address: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
}

/** Writes each run of cells sharing one rule as one range, so 50,000 rows stay one entry. */
function writeValidations(data: SheetData, ws: ExcelJS.Worksheet, lists: ListSheet): void {
  const layer = data.validations;
  let columns = 0;
  // A plain loop: the rows array has holes, which map() and spreading would turn into NaN.
  for (const row of layer.rows) columns = Math.max(columns, row?.length ?? 0);
  for (let c = 0; c < columns; c++) {
    let start = -1;
    let current: FakeDataValidation | undefined;
    const flush = (end: number) => {
      if (!current || start < 0) return;
      const model = validationModel(current, lists);
      const letter = ws.getColumn(c + 1).letter;
      if (model) rangeValidations(ws).add(`${letter}${start + 1}:${letter}${end}`, model);
    };
    for (let r = 0; r <= layer.rows.length; r++) {
      const rule = r < layer.rows.length ? layer.get(r, c) : undefined;
      if (rule === current) continue;
      flush(r);
      current = rule;
      start = r;
    }
  }
}

function writeSheet(sheet: FakeSheet, ws: ExcelJS.Worksheet, ss: FakeSpreadsheet, lists: ListSheet): void {
  const data = sheet.data;
  const rows = data.lastRow();
  const cols = Math.max(data.lastColumn(), data.columnWidths.length, data.hiddenColumns.length);
  if (data.frozenRows || data.frozenColumns) {
    ws.views = [{ state: 'frozen', xSplit: data.frozenColumns, ySplit: data.frozenRows }];
  }
  for (let c = 0; c < cols; c++) {
    const col = ws.getColumn(c + 1);
    const px = data.columnWidths[c];
    // Excel measures widths in characters of about 7 px plus 5 px of padding.
    col.width = Math.max(1, Math.round((((px ?? 100) - 5) / 7) * 100) / 100);
    if (data.hiddenColumns[c]) col.hidden = true;
  }
  const layers = [data.values, data.notes, data.borders, ...Object.values(data.formats)];
  // Row 1 is written even when empty: a styled header row without text is still what Nội vụ sees.
  for (let r = 0; r < Math.max(rows, 1); r++) {
    const row = ws.getRow(r + 1);
    if (data.hiddenRows[r]) row.hidden = true;
    for (let c = 0; c < cols; c++) {
      // Only cells holding something become exceljs cells, which keeps 50,000-row sheets affordable.
      if (!layers.some((l) => l.get(r, c) !== undefined)) continue;
      const cell = row.getCell(c + 1);
      cellValue(data, r, c, ss, cell);
      cellStyle(data, r, c, cell);
    }
  }
  for (const m of data.merges) ws.mergeCells(m.r + 1, m.c + 1, m.r + m.nr, m.c + m.nc);
  writeValidations(data, ws, lists);
  if (sheet.tabColor) ws.properties.tabColor = { argb: argb(sheet.tabColor) };
  if (sheet.hidden) ws.state = 'hidden';
}

export async function writeXlsx(ss: FakeSpreadsheet, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gương Sáng';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const used = new Set<string>([LIST_SHEET.toLowerCase()]);
  const lists = new ListSheet(wb);
  const pairs = ss.sheetList().map((sheet) => ({ sheet, ws: wb.addWorksheet(sheetNameFor(sheet.name, used)) }));
  for (const { sheet, ws } of pairs) writeSheet(sheet, ws, ss, lists);
  await wb.xlsx.writeFile(file);
}

export interface XlsxSheetValues {
  name: string;
  state: string;
  rows: unknown[][];
}

/** Reads every worksheet back as exceljs sees it (a test helper): row-major, 0-based, '' for empty cells. */
export async function readXlsxValues(file: string): Promise<XlsxSheetValues[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const line: unknown[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = row.getCell(c).value;
        line.push(v === null || v === undefined ? '' : v);
      }
      rows.push(line);
    }
    return { name: ws.name, state: ws.state, rows };
  });
}
