// Defines SheetDimensions: the rows-and-columns part of the Sheet stand-in (sizes, last row and column,
// inserting, deleting, hiding, widths, freezing), over a SheetData grid.
// Known differences: inserted rows and columns inherit the formats and validation of the row or column
// before them; row heights and filter-hidden rows are not modelled; autoResizeColumns estimates 7 px a character.
import type { ServiceContext } from '../context';
import { fail, MSG } from './messages';
import type { SheetData } from './sheet-data';

const SERVICE = 'SpreadsheetApp';
const DEFAULT_COLUMN_WIDTH = 100;

export class SheetDimensions {
  constructor(
    protected readonly ctx: ServiceContext,
    readonly data: SheetData,
  ) {}

  protected call(method: string): void {
    this.ctx.call(SERVICE, `Sheet.${method}`);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#autoResizeColumns(Integer,Integer)
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.call('autoResizeColumns');
    const last = this.data.lastRow();
    for (let c = startColumn - 1; c < startColumn - 1 + numColumns; c++) {
      let longest = 0;
      for (let r = 0; r < last; r++) {
        for (const line of this.data.display(r, c).split('\n')) longest = Math.max(longest, line.length);
      }
      this.data.columnWidths[c] = Math.max(21, longest * 7 + 16);
    }
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteColumn(Integer)
  deleteColumn(columnPosition: number): this {
    this.call('deleteColumn');
    return this.removeColumns(columnPosition, 1);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteColumns(Integer,Integer)
  deleteColumns(columnPosition: number, howMany = 1): void {
    this.call('deleteColumns');
    this.removeColumns(columnPosition, howMany);
  }

  private removeColumns(at: number, count: number): this {
    if (at < 1 || count < 1 || at + count - 1 > this.data.maxColumns) fail(MSG.columnsOutOfBounds);
    if (this.data.maxColumns - count <= this.data.frozenColumns) fail(MSG.deleteAllColumns);
    this.data.deleteColumns(at - 1, count);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRow(Integer)
  deleteRow(rowPosition: number): this {
    this.call('deleteRow');
    return this.removeRows(rowPosition, 1);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)
  deleteRows(rowPosition: number, howMany = 1): void {
    this.call('deleteRows');
    this.removeRows(rowPosition, howMany);
  }

  private removeRows(at: number, count: number): this {
    if (at < 1 || count < 1 || at + count - 1 > this.data.maxRows) fail(MSG.rowsOutOfBounds);
    if (this.data.maxRows - count <= this.data.frozenRows) fail(MSG.deleteAllRows);
    this.data.deleteRows(at - 1, count);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getColumnWidth(Integer)
  getColumnWidth(columnPosition: number): number {
    this.call('getColumnWidth');
    return this.data.columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFrozenColumns()
  getFrozenColumns(): number {
    this.call('getFrozenColumns');
    return this.data.frozenColumns;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFrozenRows()
  getFrozenRows(): number {
    this.call('getFrozenRows');
    return this.data.frozenRows;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastColumn()
  getLastColumn(): number {
    this.call('getLastColumn');
    return this.data.lastColumn();
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()
  getLastRow(): number {
    this.call('getLastRow');
    return this.data.lastRow();
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getMaxColumns()
  getMaxColumns(): number {
    this.call('getMaxColumns');
    return this.data.maxColumns;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getMaxRows()
  getMaxRows(): number {
    this.call('getMaxRows');
    return this.data.maxRows;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideColumns(Integer,Integer)
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.call('hideColumns');
    if (columnIndex < 1 || columnIndex + numColumns - 1 > this.data.maxColumns) fail(MSG.columnsOutOfBounds);
    for (let c = columnIndex - 1; c < columnIndex - 1 + numColumns; c++) this.data.hiddenColumns[c] = true;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideRows(Integer,Integer)
  hideRows(rowIndex: number, numRows = 1): void {
    this.call('hideRows');
    if (rowIndex < 1 || rowIndex + numRows - 1 > this.data.maxRows) fail(MSG.rowsOutOfBounds);
    for (let r = rowIndex - 1; r < rowIndex - 1 + numRows; r++) this.data.hiddenRows[r] = true;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnAfter(Integer)
  insertColumnAfter(afterPosition: number): this {
    this.call('insertColumnAfter');
    return this.addColumns(afterPosition, 1);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer)
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.call('insertColumnsAfter');
    return this.addColumns(afterPosition, howMany);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsBefore(Integer,Integer)
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.call('insertColumnsBefore');
    if (beforePosition < 1 || beforePosition > this.data.maxColumns) fail(MSG.columnsOutOfBounds);
    this.data.insertColumns(beforePosition - 1, howMany);
    return this;
  }

  private addColumns(after: number, count: number): this {
    if (after < 1 || after > this.data.maxColumns) fail(MSG.columnsOutOfBounds);
    this.data.insertColumns(after, count);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowAfter(Integer)
  insertRowAfter(afterPosition: number): this {
    this.call('insertRowAfter');
    return this.addRows(afterPosition, 1);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.call('insertRowsAfter');
    return this.addRows(afterPosition, howMany);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowBefore(Integer)
  insertRowBefore(beforePosition: number): this {
    this.call('insertRowBefore');
    return this.addRows(beforePosition - 1, 1, true);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsBefore(Integer,Integer)
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.call('insertRowsBefore');
    return this.addRows(beforePosition - 1, howMany, true);
  }

  private addRows(after: number, count: number, before = false): this {
    const position = before ? after + 1 : after;
    if (position < 1 || position > this.data.maxRows) fail(MSG.rowsOutOfBounds);
    this.data.insertRows(after, count);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#isColumnHiddenByUser(Integer)
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.call('isColumnHiddenByUser');
    return this.data.hiddenColumns[columnPosition - 1] === true;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#isRowHiddenByUser(Integer)
  isRowHiddenByUser(rowPosition: number): boolean {
    this.call('isRowHiddenByUser');
    return this.data.hiddenRows[rowPosition - 1] === true;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidth(Integer,Integer)
  setColumnWidth(columnPosition: number, width: number): this {
    this.call('setColumnWidth');
    this.data.columnWidths[columnPosition - 1] = width;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidths(Integer,Integer,Integer)
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.call('setColumnWidths');
    for (let c = startColumn - 1; c < startColumn - 1 + numColumns; c++) this.data.columnWidths[c] = width;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setFrozenColumns(Integer)
  setFrozenColumns(columns: number): void {
    this.call('setFrozenColumns');
    this.data.frozenColumns = columns;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setFrozenRows(Integer)
  setFrozenRows(rows: number): void {
    this.call('setFrozenRows');
    this.data.frozenRows = rows;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#showColumns(Integer,Integer)
  showColumns(columnIndex: number, numColumns = 1): void {
    this.call('showColumns');
    for (let c = columnIndex - 1; c < columnIndex - 1 + numColumns; c++) this.data.hiddenColumns[c] = false;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#showRows(Integer,Integer)
  showRows(rowIndex: number, numRows = 1): void {
    this.call('showRows');
    for (let r = rowIndex - 1; r < rowIndex - 1 + numRows; r++) this.data.hiddenRows[r] = false;
  }
}
