// Defines SheetData: one sheet's grid (values and formats in layers) and the read/write rules of Sheets,
// with no call counting; FakeSheet and FakeRange put Google's API over it. Rows and columns are 0-based here.
import { cellA1 } from './a1';
import { FORMULA_VALUE, Formula, Layer, SerialDate, type Stored } from './cells';
import { type CellEnv, type Entered, enterValue } from './coerce';
import type { FakeDataValidation } from './data-validation';
import { CELL_CHAR_LIMIT, fail, MSG } from './messages';
import { displayText, formatKind } from './number-format';
import { serialToDate } from './time-zone';

export const FORMAT_KEYS = [
  'numberFormat',
  'background',
  'fontColor',
  'fontWeight',
  'fontStyle',
  'fontFamily',
  'fontSize',
  'horizontalAlignment',
  'verticalAlignment',
  'wrapStrategy',
] as const;
export type FormatKey = (typeof FORMAT_KEYS)[number];

/** Defaults Google reports for a cell nobody formatted. */
export const FORMAT_DEFAULTS: Record<FormatKey, string | number> = {
  numberFormat: '0.###############',
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontFamily: 'Arial',
  fontSize: 10,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrapStrategy: 'OVERFLOW',
};

export interface BorderSide {
  color: string;
  style: string;
}

export interface CellBorder {
  top?: BorderSide;
  left?: BorderSide;
  bottom?: BorderSide;
  right?: BorderSide;
}

export interface Rect {
  r: number;
  c: number;
  nr: number;
  nc: number;
}

export interface SheetHost {
  env(): CellEnv;
  /** Throws Google's error when adding `cells` would pass the workbook limit. */
  reserveCells(cells: number): void;
}

export class SheetData {
  readonly values = new Layer<Stored>();
  readonly notes = new Layer<string>();
  readonly validations = new Layer<FakeDataValidation>();
  readonly borders = new Layer<CellBorder>();
  readonly formats = Object.fromEntries(FORMAT_KEYS.map((k) => [k, new Layer<string | number>()])) as Record<
    FormatKey,
    Layer<string | number>
  >;
  columnWidths: (number | undefined)[] = [];
  hiddenColumns: boolean[] = [];
  hiddenRows: boolean[] = [];
  merges: Rect[] = [];
  frozenRows = 0;
  frozenColumns = 0;

  constructor(
    private readonly host: SheetHost,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  private layers(): Layer<unknown>[] {
    return [this.values, this.notes, this.validations, this.borders, ...Object.values(this.formats)];
  }

  /** The value getValue() reports: '' for empty, Date for date-formatted numbers, number for number-formatted dates. */
  read(r: number, c: number): unknown {
    const v = this.values.get(r, c);
    if (v === undefined) return '';
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    if (v instanceof Formula) return FORMULA_VALUE;
    const kind = formatKind(this.formats.numberFormat.get(r, c) as string | undefined);
    if (typeof v === 'number') return kind === 'date' ? serialToDate(v, this.host.env().timeZone) : v;
    return kind === 'number' ? v.serial : serialToDate(v.serial, this.host.env().timeZone);
  }

  display(r: number, c: number): string {
    return displayText(
      this.values.get(r, c),
      this.formats.numberFormat.get(r, c) as string | undefined,
      this.host.env().loc,
    );
  }

  formula(r: number, c: number): string {
    const v = this.values.get(r, c);
    return v instanceof Formula ? v.text : '';
  }

  format(key: FormatKey, r: number, c: number): string | number {
    return this.formats[key].get(r, c) ?? FORMAT_DEFAULTS[key];
  }

  /** Writes a block of script values as Sheets would: coercion, validation, then all cells at once. */
  write(r: number, c: number, matrix: readonly (readonly unknown[])[]): void {
    const env = this.host.env();
    const nf = this.formats.numberFormat;
    const staged: Entered[][] = matrix.map((row, i) =>
      row.map((raw, j) => enterValue(raw, nf.get(r + i, c + j) as string | undefined, env)),
    );
    this.checkValidation(r, c, staged);
    staged.forEach((row, i) => {
      row.forEach((e, j) => {
        this.commit(r + i, c + j, e);
      });
    });
  }

  /** Writes formulas; a formula without '=' is typed in like a value. */
  writeFormulas(r: number, c: number, matrix: readonly (readonly string[])[]): void {
    const env = this.host.env();
    const staged = matrix.map((row, i) =>
      row.map((f, j): Entered => {
        const text = String(f ?? '');
        if (text.length > CELL_CHAR_LIMIT) fail(MSG.cellTooLong);
        if (text.startsWith('=')) return { value: new Formula(text) };
        return enterValue(text, this.formats.numberFormat.get(r + i, c + j) as string | undefined, env);
      }),
    );
    staged.forEach((row, i) => {
      row.forEach((e, j) => {
        this.commit(r + i, c + j, e);
      });
    });
  }

  private commit(r: number, c: number, e: Entered): void {
    this.values.set(r, c, e.value);
    if (e.format && formatKind(this.formats.numberFormat.get(r, c) as string | undefined) === 'general') {
      this.formats.numberFormat.set(r, c, e.format);
    }
  }

  private checkValidation(r: number, c: number, staged: Entered[][]): void {
    const loc = this.host.env().loc;
    staged.forEach((row, i) => {
      row.forEach((e, j) => {
        const rule = this.validations.get(r + i, c + j);
        if (!rule || rule.allowInvalid) return;
        const format = (e.format ?? this.formats.numberFormat.get(r + i, c + j)) as string | undefined;
        if (!rule.accepts(e.value, displayText(e.value, format, loc)))
          fail(MSG.validation(cellA1(r + i + 1, c + j + 1)));
      });
    });
  }

  lastRow(): number {
    return this.values.lastRow();
  }

  lastColumn(): number {
    return this.values.lastColumn();
  }

  clear(rect: Rect, what: { contents?: boolean; formats?: boolean; validations?: boolean; notes?: boolean }): void {
    const { r, c, nr, nc } = rect;
    if (what.contents) this.values.fill(r, c, nr, nc, undefined);
    if (what.formats) {
      for (const layer of Object.values(this.formats)) layer.fill(r, c, nr, nc, undefined);
      this.borders.fill(r, c, nr, nc, undefined);
    }
    if (what.validations) this.validations.fill(r, c, nr, nc, undefined);
    if (what.notes) this.notes.fill(r, c, nr, nc, undefined);
  }

  insertRows(at: number, count: number): void {
    this.host.reserveCells(count * this.maxColumns);
    // New rows take the formatting of the row above (of the row below when inserted at the top), as in Sheets.
    const from = at > 0 ? at - 1 : count;
    for (const layer of this.layers()) {
      layer.spliceRows(at, 0, count);
      if (layer === this.values || layer === this.notes) continue;
      const template = layer.rows[from];
      if (template) for (let i = at; i < at + count; i++) layer.rows[i] = template.slice();
    }
    if (this.hiddenRows.length > at) this.hiddenRows.splice(at, 0, ...Array<boolean>(count).fill(false));
    this.maxRows += count;
  }

  deleteRows(at: number, count: number): void {
    for (const layer of this.layers()) layer.spliceRows(at, count, 0);
    this.hiddenRows.splice(at, count);
    this.maxRows -= count;
  }

  insertColumns(at: number, count: number): void {
    this.host.reserveCells(count * this.maxRows);
    const from = at > 0 ? at - 1 : undefined;
    for (const layer of this.layers()) {
      const inherit = layer === this.values || layer === this.notes ? undefined : from;
      layer.spliceColumns(at, 0, count, inherit);
    }
    if (this.columnWidths.length > at)
      this.columnWidths.splice(at, 0, ...Array(count).fill(this.columnWidths[from ?? at]));
    if (this.hiddenColumns.length > at) this.hiddenColumns.splice(at, 0, ...Array<boolean>(count).fill(false));
    this.maxColumns += count;
  }

  deleteColumns(at: number, count: number): void {
    for (const layer of this.layers()) layer.spliceColumns(at, count, 0);
    this.columnWidths.splice(at, count);
    this.hiddenColumns.splice(at, count);
    this.maxColumns -= count;
  }

  /** Number of cells the grid counts toward the workbook limit. */
  cellCount(): number {
    return this.maxRows * this.maxColumns;
  }

  /** The typed value of a cell for exporters: Date in the zone given, numbers, text, booleans, formula. */
  raw(r: number, c: number): Stored | undefined {
    return this.values.get(r, c);
  }

  isDateCell(r: number, c: number): boolean {
    const v = this.values.get(r, c);
    const kind = formatKind(this.formats.numberFormat.get(r, c) as string | undefined);
    return (v instanceof SerialDate && kind !== 'number') || (typeof v === 'number' && kind === 'date');
  }
}
