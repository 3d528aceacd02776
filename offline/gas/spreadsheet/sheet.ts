// Defines FakeSheet, the stand-in for SpreadsheetApp's Sheet: ranges, rows and columns, freezing, widths,
// protections, conditional formats and embedded charts, over a SheetData grid.
// Known differences:
// - A new sheet is 1000 × 26 like Google's; appendRow grows it by one row (and columns when needed).
// - Protections, merges, charts and conditional formats keep their coordinates when rows move.
import type { ServiceContext } from '../context';
import { parseA1 } from './a1';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './chart';
import type { FakeConditionalFormatRule } from './conditional-format';
import { ProtectionType } from './enums';
import { describeArgs, fail, MSG } from './messages';
import { FakeProtection } from './protection';
import { FakeRange, normalizeColor } from './range';
import type { Mirror } from './shape';
import { type Rect, SheetData } from './sheet-data';
import { SheetDimensions } from './sheet-dimensions';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeTextFinder } from './text-finder';

type Methods =
  | 'activate'
  | 'appendRow'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'createTextFinder'
  | 'deleteColumns'
  | 'deleteRows'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getTabColor'
  | 'hideColumns'
  | 'insertChart'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'insertColumnsAfter'
  | 'isColumnHiddenByUser'
  | 'isSheetHidden'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setTabColor'
  | 'showColumns'
  | 'updateChart';

export class FakeSheet extends SheetDimensions implements Mirror<GoogleAppsScript.Spreadsheet.Sheet, Methods> {
  readonly protections: FakeProtection[] = [];
  charts: FakeEmbeddedChart[] = [];
  conditionalRules: FakeConditionalFormatRule[] = [];
  tabColor: string | null = null;
  hidden = false;

  constructor(
    ctx: ServiceContext,
    readonly parent: FakeSpreadsheet,
    public name: string,
    readonly sheetId: number,
    rows = 1000,
    columns = 26,
  ) {
    super(ctx, new SheetData(parent, rows, columns));
  }

  /** A range by 1-based position, checked as Google checks it (no call recorded: callers record their own). */
  rangeAt(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    if (row < 1) fail(MSG.rowTooSmall);
    if (column < 1) fail(MSG.columnTooSmall);
    if (numRows < 1) fail(MSG.numRowsTooSmall);
    if (numColumns < 1) fail(MSG.numColumnsTooSmall);
    if (row + numRows - 1 > this.data.maxRows || column + numColumns - 1 > this.data.maxColumns) fail(MSG.outsideSheet);
    return new FakeRange(this.ctx, this, row, column, numRows, numColumns);
  }

  /** Resolves A1 notation on this sheet, open ends ("A2:A", "A:C", "3:3") reaching the sheet's edge. */
  rangeA1(a1: string): FakeRange {
    const ref = parseA1(a1);
    if (!ref) fail(MSG.rangeNotFound);
    const row = ref.row ?? 1;
    const col = ref.col ?? 1;
    const endRow = ref.endRow ?? (ref.row !== undefined && ref.col === undefined ? ref.row : this.data.maxRows);
    const endCol = ref.endCol ?? this.data.maxColumns;
    const [r1, r2] = row <= endRow ? [row, endRow] : [endRow, row];
    const [c1, c2] = col <= endCol ? [col, endCol] : [endCol, col];
    return this.rangeAt(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
  }

  canEditRect(rect: Rect): boolean {
    const me = this.ctx.effectiveUser;
    return !this.protections.some((p) => p.covers(rect) && p.blocks(me));
  }

  assertEditable(rect: Rect): void {
    if (!this.canEditRect(rect)) fail(MSG.protectedCell);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#activate()
  activate(): this {
    this.call('activate');
    this.parent.activateSheet(this);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)
  appendRow(rowContents: unknown[]): this {
    this.call('appendRow');
    if (!Array.isArray(rowContents)) fail(MSG.signature(describeArgs([rowContents]), 'Sheet.appendRow'));
    const row = this.data.lastRow();
    const width = Math.max(1, rowContents.length);
    this.assertEditable({ r: row, c: 0, nr: 1, nc: width });
    if (row + 1 > this.data.maxRows) this.data.insertRows(this.data.maxRows, row + 1 - this.data.maxRows);
    if (width > this.data.maxColumns) this.data.insertColumns(this.data.maxColumns, width - this.data.maxColumns);
    this.data.write(row, 0, [rowContents]);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear()
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.call('clear');
    const all = { r: 0, c: 0, nr: this.data.maxRows, nc: this.data.maxColumns };
    this.assertEditable(all);
    const only = options?.contentsOnly || options?.formatOnly;
    this.data.clear(all, { contents: !only || options?.contentsOnly, formats: !only || options?.formatOnly });
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clearContents()
  clearContents(): this {
    this.call('clearContents');
    const all = { r: 0, c: 0, nr: this.data.maxRows, nc: this.data.maxColumns };
    this.assertEditable(all);
    this.data.clear(all, { contents: true });
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clearFormats()
  clearFormats(): this {
    this.call('clearFormats');
    this.data.clear({ r: 0, c: 0, nr: this.data.maxRows, nc: this.data.maxColumns }, { formats: true });
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clearNotes()
  clearNotes(): this {
    this.call('clearNotes');
    this.data.notes.clear();
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clearConditionalFormatRules()
  clearConditionalFormatRules(): void {
    this.call('clearConditionalFormatRules');
    this.conditionalRules = [];
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#createTextFinder(String)
  createTextFinder(findText: string): FakeTextFinder {
    this.call('createTextFinder');
    return new FakeTextFinder(this.ctx, [{ sheet: this, rect: null }], findText);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getCharts()
  getCharts(): FakeEmbeddedChart[] {
    this.call('getCharts');
    return [...this.charts];
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getConditionalFormatRules()
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.call('getConditionalFormatRules');
    return [...this.conditionalRules];
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange()
  getDataRange(): FakeRange {
    this.call('getDataRange');
    return this.rangeAt(1, 1, Math.max(1, this.data.lastRow()), Math.max(1, this.data.lastColumn()));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getIndex()
  getIndex(): number {
    this.call('getIndex');
    return this.parent.sheetList().indexOf(this) + 1;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getName()
  getName(): string {
    this.call('getName');
    return this.name;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getParent()
  getParent(): FakeSpreadsheet {
    this.call('getParent');
    return this.parent;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getProtections(ProtectionType)
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType | keyof typeof ProtectionType): FakeProtection[] {
    this.call('getProtections');
    return this.protections.filter((p) => p.type === String(type));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    this.call('getRange');
    if (typeof a === 'string' && column === undefined) {
      const bang = a.lastIndexOf('!');
      if (bang >= 0) return this.parent.rangeByA1(a);
      return this.rangeA1(a);
    }
    const args = [a, column, numRows, numColumns].filter((x) => x !== undefined);
    if (
      typeof a !== 'number' ||
      typeof column !== 'number' ||
      args.some((x) => typeof x !== 'number' || Number.isNaN(x))
    ) {
      fail(MSG.signature(describeArgs(args), 'Sheet.getRange'));
    }
    return this.rangeAt(a, column, numRows ?? 1, numColumns ?? 1);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetId()
  getSheetId(): number {
    this.call('getSheetId');
    return this.sheetId;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetName()
  getSheetName(): string {
    this.call('getSheetName');
    return this.name;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getTabColor()
  getTabColor(): string | null {
    this.call('getTabColor');
    return this.tabColor;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet()
  hideSheet(): this {
    this.call('hideSheet');
    this.hidden = true;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertChart(EmbeddedChart)
  insertChart(chart: FakeEmbeddedChart): void {
    this.call('insertChart');
    this.charts.push(new FakeEmbeddedChart(this.ctx, this, chart.state, this.parent.nextChartId()));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#isSheetHidden()
  isSheetHidden(): boolean {
    this.call('isSheetHidden');
    return this.hidden;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#newChart()
  newChart(): FakeEmbeddedChartBuilder {
    this.call('newChart');
    return new FakeEmbeddedChartBuilder(this.ctx, this);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()
  protect(): FakeProtection {
    this.call('protect');
    const existing = this.protections.find((p) => p.type === ProtectionType.SHEET);
    if (existing) return existing;
    const p = new FakeProtection(this.ctx, ProtectionType.SHEET, this, null);
    this.protections.push(p);
    return p;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#removeChart(EmbeddedChart)
  removeChart(chart: FakeEmbeddedChart): void {
    this.call('removeChart');
    this.charts = this.charts.filter((c) => c.chartId !== chart.chartId);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.call('setConditionalFormatRules');
    this.conditionalRules = [...rules];
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String)
  setName(name: string): this {
    this.call('setName');
    this.parent.assertFreeName(name, this);
    this.name = name;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setTabColor(String)
  setTabColor(color: string | null): this {
    this.call('setTabColor');
    this.tabColor = normalizeColor(color) ?? null;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#showSheet()
  showSheet(): this {
    this.call('showSheet');
    this.hidden = false;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#updateChart(EmbeddedChart)
  updateChart(chart: FakeEmbeddedChart): void {
    this.call('updateChart');
    this.charts = this.charts.map((c) => (c.chartId === chart.chartId ? chart : c));
  }
}
