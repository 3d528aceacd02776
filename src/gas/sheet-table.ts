// Defines SheetTable: batched reads and writes of one master sheet, addressed by header text.
import { columnMissing, sheetMissing } from '../domain/app-error';
import { columnLetter, toCell } from '../sheets/cells';
import type { ColumnDef, SheetDef } from '../sheets/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type RowRecord = Record<string, unknown>;

export const NUMBER_FORMATS: Record<ColumnDef['format'], string> = {
  text: '@',
  datetime: 'dd/MM/yyyy HH:mm:ss',
  date: 'dd/MM/yyyy',
  number: '0.##',
  checkbox: 'General',
};

/**
 * Every method does a constant number of Sheet calls, whatever the number of rows: whole
 * blocks through getValues/setValues, lookups through TextFinder (searched server-side).
 */
export class SheetTable {
  private headerRow: string[] | null = null;

  constructor(
    readonly sheet: Sheet,
    readonly def: SheetDef,
  ) {}

  static open(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, def: SheetDef): SheetTable {
    const sheet = ss.getSheetByName(def.name);
    if (!sheet) throw sheetMissing(def.name);
    return new SheetTable(sheet, def);
  }

  /** The sheet's actual header row: Nội vụ may have reordered columns; rows are mapped by header. */
  headers(): string[] {
    if (!this.headerRow) {
      const width = Math.max(1, this.sheet.getLastColumn());
      this.headerRow = this.sheet
        .getRange(1, 1, 1, width)
        .getValues()[0]
        .map((h) => String(h).normalize('NFC').trim());
    }
    return this.headerRow;
  }

  /** A column unknown to the definition (added by Nội vụ) is treated as text. */
  formatOf(header: string): ColumnDef['format'] {
    return this.def.columns.find((c) => c.header === header)?.format ?? 'text';
  }

  /** 1-based column of a header. */
  col(header: string): number {
    const i = this.headers().indexOf(header);
    if (i < 0) throw columnMissing(this.def.name, header);
    return i + 1;
  }

  /** Every data row as a record keyed by header, with its 1-based sheet row. One read. */
  readAll(): { row: number; record: RowRecord }[] {
    const last = this.sheet.getLastRow();
    if (last < 2) return [];
    const headers = this.headers();
    const values = this.sheet.getRange(2, 1, last - 1, headers.length).getValues();
    return values.map((v, i) => ({
      row: i + 2,
      record: Object.fromEntries(headers.map((h, j) => [h, v[j]])),
    }));
  }

  /** Appends records in one write; sets the column formats first so text is never coerced. Returns truncated headers per row. */
  append(records: readonly RowRecord[]): { firstRow: number; truncated: string[][] } {
    const firstRow = this.sheet.getLastRow() + 1;
    if (records.length === 0) return { firstRow, truncated: [] };
    const { rows, truncated } = this.toRows(records);
    this.writeBlock(firstRow, rows);
    return { firstRow, truncated };
  }

  /**
   * Replaces every data row with `records` in one write; rows past the new end are blanked by the same
   * write. A failure leaves the old rows or the new ones, never an empty sheet in between.
   */
  replaceAll(records: readonly RowRecord[]): void {
    const old = Math.max(0, this.sheet.getLastRow() - 1);
    const height = Math.max(records.length, old);
    if (height === 0) return;
    const { rows } = this.toRows(records);
    const blank = this.headers().map(() => '');
    while (rows.length < height) rows.push(blank);
    this.writeBlock(2, rows);
  }

  private toRows(records: readonly RowRecord[]): { rows: unknown[][]; truncated: string[][] } {
    const headers = this.headers();
    const truncated: string[][] = [];
    const rows = records.map((r) => {
      const cut: string[] = [];
      const row = headers.map((h) => {
        const c = toCell(r[h], this.formatOf(h) === 'text');
        if (c.truncated) cut.push(h);
        return c.value;
      });
      truncated.push(cut);
      return row;
    });
    return { rows, truncated };
  }

  /** Formats first so text is never coerced, then the values: two calls, whatever the number of rows. */
  private writeBlock(firstRow: number, rows: unknown[][]): void {
    const headers = this.headers();
    const formats = headers.map((h) => NUMBER_FORMATS[this.formatOf(h)]);
    this.ensureRows(firstRow + rows.length - 1);
    const range = this.sheet.getRange(firstRow, 1, rows.length, headers.length);
    range.setNumberFormats(rows.map(() => formats));
    range.setValues(rows);
  }

  /**
   * getRange beyond the sheet's last row throws ("The coordinates of the range are outside the
   * dimensions of the sheet."): grow in blocks of 1,000 so growing costs one call per 1,000 rows.
   */
  private ensureRows(lastRow: number): void {
    const max = this.sheet.getMaxRows();
    if (lastRow > max) this.sheet.insertRowsAfter(max, Math.max(1000, lastRow - max));
  }

  /**
   * How many cells in `header` equal `text` (or match the RE2 `pattern`), searched server-side. Only
   * the count: asking each match for its row would cost a call per match.
   */
  countRows(header: string, text: string, opts: { regex?: boolean } = {}): number {
    const finder = this.finder(header, text);
    if (opts.regex) finder.useRegularExpression(true);
    return finder.findAll().length;
  }

  firstRow(header: string, text: string): number | null {
    if (!text) return null;
    const hit = this.finder(header, text).findNext();
    return hit ? hit.getRow() : null;
  }

  /** A whole-cell, case-sensitive search of one column's data rows. */
  private finder(header: string, text: string): GoogleAppsScript.Spreadsheet.TextFinder {
    const letter = columnLetter(this.col(header));
    return this.sheet.getRange(`${letter}2:${letter}`).createTextFinder(text).matchEntireCell(true).matchCase(true);
  }

  /** Writes one column for all data rows (e.g. recomputed flags) in one call. */
  writeColumn(header: string, values: readonly unknown[]): void {
    if (values.length === 0) return;
    this.sheet
      .getRange(2, this.col(header), values.length, 1)
      .setValues(values.map((v) => [toCell(v, this.formatOf(header) === 'text').value]));
  }

  setCell(row: number, header: string, value: unknown): void {
    this.sheet.getRange(row, this.col(header)).setValue(toCell(value, this.formatOf(header) === 'text').value);
  }
}
