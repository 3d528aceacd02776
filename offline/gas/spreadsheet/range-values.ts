// Defines RangeValues, the part of the Range stand-in that reads and writes values, formulas and display values.
// Known differences:
// - Formulas are stored, never evaluated: getValue() of a formula cell is '#ERROR!'; getFormula() returns the
//   text as written (Google normalises case and spacing); setFormula on many cells does not shift references.
// - getA1Notation() of an open-ended range ("A2:A") prints its resolved end ("A2:A1000").
// - Range protections are checked against the effective user; the owner always passes, as in Google.
import type { ServiceContext } from '../context';
import { rangeA1 } from './a1';
import { ProtectionType } from './enums';
import { describeArgs, fail, MSG } from './messages';
import { FakeProtection } from './protection';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { Rect } from './sheet-data';
import { FakeTextFinder } from './text-finder';

export const SERVICE = 'SpreadsheetApp';

export class RangeValues {
  constructor(
    protected readonly ctx: ServiceContext,
    readonly sheet: FakeSheet,
    /** 1-based position and size, as Google reports them. */
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  protected call(method: string): void {
    this.ctx.call(SERVICE, `Range.${method}`);
  }

  /** 0-based rectangle for the sheet's grid. */
  rect(): Rect {
    return { r: this.row - 1, c: this.column - 1, nr: this.numRows, nc: this.numColumns };
  }

  protected grid<T>(cell: (r: number, c: number) => T): T[][] {
    const out: T[][] = new Array(this.numRows);
    const r0 = this.row - 1;
    const c0 = this.column - 1;
    for (let i = 0; i < this.numRows; i++) {
      const line: T[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j++) line[j] = cell(r0 + i, c0 + j);
      out[i] = line;
    }
    return out;
  }

  /** Checks a 2-D argument the way Google does: signature first, then rows, then each row's columns. */
  protected checkShape(values: unknown, method: string): asserts values is unknown[][] {
    if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) {
      fail(MSG.signature(describeArgs([values]), `Range.${method}`));
    }
    if (values.length !== this.numRows) fail(MSG.rowsMismatch(values.length, this.numRows));
    for (const r of values as unknown[][]) {
      if (r.length !== this.numColumns) fail(MSG.columnsMismatch(r.length, this.numColumns));
    }
  }

  /** The same value for every cell of the range. */
  protected filled<T>(v: T): T[][] {
    return Array.from({ length: this.numRows }, () => new Array<T>(this.numColumns).fill(v));
  }

  protected editable(): void {
    this.sheet.assertEditable(this.rect());
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#activate()
  activate(): this {
    this.call('activate');
    this.sheet.parent.activateRange(this as unknown as FakeRange);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#canEdit()
  canEdit(): boolean {
    this.call('canEdit');
    return this.sheet.canEditRect(this.rect());
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#clearContent()
  clearContent(): this {
    this.call('clearContent');
    this.editable();
    this.sheet.data.clear(this.rect(), { contents: true });
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#createTextFinder(String)
  createTextFinder(findText: string): FakeTextFinder {
    this.call('createTextFinder');
    return new FakeTextFinder(this.ctx, [{ sheet: this.sheet, rect: this.rect() }], findText);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getA1Notation()
  getA1Notation(): string {
    this.call('getA1Notation');
    return rangeA1(this.row, this.column, this.numRows, this.numColumns);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getCell(Integer,Integer)
  getCell(row: number, column: number): FakeRange {
    this.call('getCell');
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) fail(MSG.outsideSheet);
    return this.sheet.rangeAt(this.row + row - 1, this.column + column - 1, 1, 1);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getColumn()
  getColumn(): number {
    this.call('getColumn');
    return this.column;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValue()
  getDisplayValue(): string {
    this.call('getDisplayValue');
    return this.sheet.data.display(this.row - 1, this.column - 1);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues()
  getDisplayValues(): string[][] {
    this.call('getDisplayValues');
    const data = this.sheet.data;
    return this.grid((r, c) => data.display(r, c));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFormula()
  getFormula(): string {
    this.call('getFormula');
    return this.sheet.data.formula(this.row - 1, this.column - 1);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas()
  getFormulas(): string[][] {
    this.call('getFormulas');
    const data = this.sheet.data;
    return this.grid((r, c) => data.formula(r, c));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getGridId()
  getGridId(): number {
    this.call('getGridId');
    return this.sheet.sheetId;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getHeight()
  getHeight(): number {
    this.call('getHeight');
    return this.numRows;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getLastColumn()
  getLastColumn(): number {
    this.call('getLastColumn');
    return this.column + this.numColumns - 1;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getLastRow()
  getLastRow(): number {
    this.call('getLastRow');
    return this.row + this.numRows - 1;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getNumColumns()
  getNumColumns(): number {
    this.call('getNumColumns');
    return this.numColumns;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getNumRows()
  getNumRows(): number {
    this.call('getNumRows');
    return this.numRows;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getRow()
  getRow(): number {
    this.call('getRow');
    return this.row;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getRowIndex()
  getRowIndex(): number {
    this.call('getRowIndex');
    return this.row;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getSheet()
  getSheet(): FakeSheet {
    this.call('getSheet');
    return this.sheet;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getValue()
  getValue(): unknown {
    this.call('getValue');
    return this.sheet.data.read(this.row - 1, this.column - 1);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
  getValues(): unknown[][] {
    this.call('getValues');
    const data = this.sheet.data;
    return this.grid((r, c) => data.read(r, c));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getWidth()
  getWidth(): number {
    this.call('getWidth');
    return this.numColumns;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#isBlank()
  isBlank(): boolean {
    this.call('isBlank');
    const { r, c, nr, nc } = this.rect();
    for (let i = r; i < r + nr; i++)
      for (let j = c; j < c + nc; j++) if (this.sheet.data.raw(i, j) !== undefined) return false;
    return true;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#offset(Integer,Integer,Integer,Integer)
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    this.call('offset');
    return this.sheet.rangeAt(
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#protect()
  protect(): FakeProtection {
    this.call('protect');
    const p = new FakeProtection(this.ctx, ProtectionType.RANGE, this.sheet, this.rect());
    this.sheet.protections.push(p);
    return p;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFormula(String)
  setFormula(formula: string): this {
    this.call('setFormula');
    this.editable();
    this.sheet.data.writeFormulas(this.row - 1, this.column - 1, this.filled(formula));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFormulas(String)
  setFormulas(formulas: string[][]): this {
    this.call('setFormulas');
    this.checkShape(formulas, 'setFormulas');
    this.editable();
    this.sheet.data.writeFormulas(this.row - 1, this.column - 1, formulas as string[][]);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
  setValue(value: unknown): this {
    this.call('setValue');
    this.editable();
    this.sheet.data.write(this.row - 1, this.column - 1, this.filled(value));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
  setValues(values: unknown[][]): this {
    this.call('setValues');
    this.checkShape(values, 'setValues');
    this.editable();
    this.sheet.data.write(this.row - 1, this.column - 1, values);
    return this;
  }
}
