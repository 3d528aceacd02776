// Defines the Table, TableRow and TableCell stand-ins. Cell text alignment is set on the cell's paragraph,
// as in Google; a cell width is its column's width.
import { FakeContainer } from './container.ts';
import { checkChildIndex, FakeElement, fullAttributeMap, registerWrapper, wrap } from './element.ts';
import {
  type AttrMap,
  CELL_ATTRIBUTES,
  cloneNode,
  newCell,
  newRow,
  ROW_ATTRIBUTES,
  TABLE_ATTRIBUTES,
  type TableCellNode,
  type TableNode,
  type TableRowNode,
  textNodesOf,
  textOf,
} from './model.ts';
import { findInSegments, replaceInNode } from './range-element.ts';
import { FakeText } from './text.ts';

function pick(attrs: AttrMap, keys: readonly string[], into: AttrMap): void {
  for (const k of keys) {
    if (!(k in attrs)) continue;
    if (attrs[k] === null) delete into[k];
    else into[k] = attrs[k];
  }
}

export class FakeTable extends FakeElement<TableNode> {
  protected override attributeView(): AttrMap {
    return fullAttributeMap({ ...this.node.attrs });
  }

  protected override applyAttributes(attrs: AttrMap): void {
    pick(attrs, TABLE_ATTRIBUTES, this.node.attrs);
  }

  // https://developers.google.com/apps-script/reference/document/table#getNumRows()
  getNumRows(): number {
    this.call('getNumRows');
    return this.node.children.length;
  }

  // https://developers.google.com/apps-script/reference/document/table#getRow(Integer)
  getRow(rowIndex: number): FakeTableRow {
    this.call('getRow');
    checkChildIndex(rowIndex, this.node.children.length, false);
    return wrap<FakeTableRow>(this.h, this.node.children[rowIndex], this);
  }

  // https://developers.google.com/apps-script/reference/document/table#getCell(Integer,Integer)
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    this.call('getCell');
    checkChildIndex(rowIndex, this.node.children.length, false);
    const row = this.node.children[rowIndex];
    checkChildIndex(cellIndex, row.children.length, false);
    return wrap<FakeTableCell>(this.h, row.children[cellIndex], wrap(this.h, row, this));
  }

  // https://developers.google.com/apps-script/reference/document/table#getNumChildren()
  getNumChildren(): number {
    this.call('getNumChildren');
    return this.node.children.length;
  }

  // https://developers.google.com/apps-script/reference/document/table#getChild(Integer)
  getChild(childIndex: number): FakeTableRow {
    this.call('getChild');
    checkChildIndex(childIndex, this.node.children.length, false);
    return wrap<FakeTableRow>(this.h, this.node.children[childIndex], this);
  }

  // https://developers.google.com/apps-script/reference/document/table#getChildIndex(Element)
  getChildIndex(child: FakeElement): number {
    this.call('getChildIndex');
    const i = this.node.children.indexOf(child.node as TableRowNode);
    if (i < 0) throw new Error('Element does not contain the specified child element.');
    return i;
  }

  // https://developers.google.com/apps-script/reference/document/table#appendTableRow()
  appendTableRow(tableRow?: FakeTableRow): FakeTableRow {
    this.call('appendTableRow');
    if (tableRow?.parent) throw new Error('Element must be detached.');
    const node = tableRow ? cloneNode(tableRow.node) : newRow([]);
    this.node.children.push(node);
    return wrap<FakeTableRow>(this.h, node, this);
  }

  // https://developers.google.com/apps-script/reference/document/table#insertTableRow(Integer)
  insertTableRow(childIndex: number, tableRow?: FakeTableRow | null): FakeTableRow {
    this.call('insertTableRow');
    checkChildIndex(childIndex, this.node.children.length, true);
    if (tableRow?.parent) throw new Error('Element must be detached.');
    const node = tableRow ? cloneNode(tableRow.node) : newRow([]);
    this.node.children.splice(childIndex, 0, node);
    return wrap<FakeTableRow>(this.h, node, this);
  }

  // https://developers.google.com/apps-script/reference/document/table#removeRow(Integer)
  removeRow(rowIndex: number): FakeTableRow {
    this.call('removeRow');
    checkChildIndex(rowIndex, this.node.children.length, false);
    const [node] = this.node.children.splice(rowIndex, 1);
    return wrap<FakeTableRow>(this.h, node, null);
  }

  // https://developers.google.com/apps-script/reference/document/table#setBorderWidth(Number)
  setBorderWidth(width: number): this {
    this.call('setBorderWidth');
    this.node.attrs.BORDER_WIDTH = width;
    return this;
  }
  // https://developers.google.com/apps-script/reference/document/table#getBorderWidth()
  getBorderWidth(): number {
    this.call('getBorderWidth');
    return this.node.attrs.BORDER_WIDTH as number;
  }
  // https://developers.google.com/apps-script/reference/document/table#setBorderColor(String)
  setBorderColor(color: string): this {
    this.call('setBorderColor');
    this.node.attrs.BORDER_COLOR = color;
    return this;
  }
  // https://developers.google.com/apps-script/reference/document/table#getBorderColor()
  getBorderColor(): string {
    this.call('getBorderColor');
    return this.node.attrs.BORDER_COLOR as string;
  }

  // https://developers.google.com/apps-script/reference/document/table#setColumnWidth(Integer,Number)
  setColumnWidth(columnIndex: number, width: number): this {
    this.call('setColumnWidth');
    checkChildIndex(columnIndex, this.node.columnWidths.length, false);
    this.node.columnWidths[columnIndex] = width;
    return this;
  }
  // https://developers.google.com/apps-script/reference/document/table#getColumnWidth(Integer)
  getColumnWidth(columnIndex: number): number | null {
    this.call('getColumnWidth');
    checkChildIndex(columnIndex, this.node.columnWidths.length, false);
    return this.node.columnWidths[columnIndex];
  }

  // https://developers.google.com/apps-script/reference/document/table#getText()
  getText(): string {
    this.call('getText');
    return textOf(this.node);
  }

  // https://developers.google.com/apps-script/reference/document/table#editAsText()
  editAsText(): FakeText {
    this.call('editAsText');
    const segments = () => textNodesOf(this.node).map((node) => ({ node, owner: null }));
    return new FakeText(this.h, { type: 'TEXT', runs: [] }, this, { segments });
  }

  // https://developers.google.com/apps-script/reference/document/table#findText(String)
  findText(searchPattern: string): ReturnType<typeof findInSegments> {
    this.call('findText');
    return findInSegments(
      this.h,
      textNodesOf(this.node).map((node) => ({ node, owner: null })),
      searchPattern,
      null,
    );
  }

  // https://developers.google.com/apps-script/reference/document/table#replaceText(String,String)
  replaceText(searchPattern: string, replacement: string): this {
    this.call('replaceText');
    for (const t of textNodesOf(this.node)) replaceInNode(t, searchPattern, replacement);
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/table#copy()
  copy(): FakeTable {
    this.call('copy');
    return new FakeTable(this.h, cloneNode(this.node), null);
  }
}

export class FakeTableRow extends FakeElement<TableRowNode> {
  protected override attributeView(): AttrMap {
    return fullAttributeMap({ ...this.node.attrs });
  }

  protected override applyAttributes(attrs: AttrMap): void {
    pick(attrs, ROW_ATTRIBUTES, this.node.attrs);
  }

  // https://developers.google.com/apps-script/reference/document/table-row#getNumCells()
  getNumCells(): number {
    this.call('getNumCells');
    return this.node.children.length;
  }

  // https://developers.google.com/apps-script/reference/document/table-row#getNumChildren()
  getNumChildren(): number {
    this.call('getNumChildren');
    return this.node.children.length;
  }

  // https://developers.google.com/apps-script/reference/document/table-row#getCell(Integer)
  getCell(cellIndex: number): FakeTableCell {
    this.call('getCell');
    checkChildIndex(cellIndex, this.node.children.length, false);
    return wrap<FakeTableCell>(this.h, this.node.children[cellIndex], this);
  }

  // https://developers.google.com/apps-script/reference/document/table-row#getChild(Integer)
  getChild(childIndex: number): FakeTableCell {
    this.call('getChild');
    checkChildIndex(childIndex, this.node.children.length, false);
    return wrap<FakeTableCell>(this.h, this.node.children[childIndex], this);
  }

  // https://developers.google.com/apps-script/reference/document/table-row#appendTableCell(String)
  appendTableCell(textContents?: string | null): FakeTableCell {
    this.call('appendTableCell');
    const node = newCell(textContents ?? '');
    this.node.children.push(node);
    this.syncColumns();
    return wrap<FakeTableCell>(this.h, node, this);
  }

  // https://developers.google.com/apps-script/reference/document/table-row#removeCell(Integer)
  removeCell(cellIndex: number): FakeTableCell {
    this.call('removeCell');
    checkChildIndex(cellIndex, this.node.children.length, false);
    const [node] = this.node.children.splice(cellIndex, 1);
    return wrap<FakeTableCell>(this.h, node, null);
  }

  // https://developers.google.com/apps-script/reference/document/table-row#getText()
  getText(): string {
    this.call('getText');
    return textOf(this.node);
  }

  // https://developers.google.com/apps-script/reference/document/table-row#setMinimumHeight(Number)
  setMinimumHeight(minHeight: number): this {
    this.call('setMinimumHeight');
    this.node.attrs.MINIMUM_HEIGHT = minHeight;
    return this;
  }
  // https://developers.google.com/apps-script/reference/document/table-row#getMinimumHeight()
  getMinimumHeight(): number {
    this.call('getMinimumHeight');
    return (this.node.attrs.MINIMUM_HEIGHT as number | undefined) ?? 0;
  }

  // https://developers.google.com/apps-script/reference/document/table-row#getParentTable()
  getParentTable(): FakeTable | null {
    this.call('getParentTable');
    return this.parent as FakeTable | null;
  }

  /** A row wider than the table widens the column list, so column widths stay addressable. */
  private syncColumns(): void {
    const table = this.parent?.node as TableNode | undefined;
    if (!table) return;
    while (table.columnWidths.length < this.node.children.length) table.columnWidths.push(null);
  }
}

export class FakeTableCell extends FakeContainer<TableCellNode> {
  private table(): TableNode | null {
    return (this.parent?.parent?.node as TableNode | undefined) ?? null;
  }

  private cellAttr(method: string, key: string, value?: unknown): unknown {
    this.call(method);
    if (value === undefined) return this.node.attrs[key] ?? null;
    this.node.attrs[key] = value;
    return this;
  }

  protected override attributeView(): AttrMap {
    return fullAttributeMap({ ...this.node.attrs });
  }

  protected override applyAttributes(attrs: AttrMap): void {
    pick(attrs, CELL_ATTRIBUTES, this.node.attrs);
    // BACKGROUND_COLOR belongs to the cell; the remaining text and paragraph keys go to its contents.
    const rest = { ...attrs };
    delete rest.BACKGROUND_COLOR;
    super.applyAttributes(rest);
  }

  // https://developers.google.com/apps-script/reference/document/table-cell#setWidth(Number)
  setWidth(width: number): this {
    this.call('setWidth');
    this.node.attrs.WIDTH = width;
    const table = this.table();
    const col = this.parent ? (this.parent.node as TableRowNode).children.indexOf(this.node) : -1;
    if (table && col >= 0) table.columnWidths[col] = width;
    return this;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#getWidth()
  getWidth(): number | null {
    this.call('getWidth');
    const table = this.table();
    const col = this.parent ? (this.parent.node as TableRowNode).children.indexOf(this.node) : -1;
    return (
      (table && col >= 0 ? table.columnWidths[col] : null) ?? (this.node.attrs.WIDTH as number | undefined) ?? null
    );
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#setBackgroundColor(String)
  setBackgroundColor(color: string): this {
    return this.cellAttr('setBackgroundColor', 'BACKGROUND_COLOR', color) as this;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#getBackgroundColor()
  getBackgroundColor(): string | null {
    return this.cellAttr('getBackgroundColor', 'BACKGROUND_COLOR') as string | null;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#setPaddingTop(Number)
  setPaddingTop(paddingTop: number): this {
    return this.cellAttr('setPaddingTop', 'PADDING_TOP', paddingTop) as this;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#getPaddingTop()
  getPaddingTop(): number | null {
    return this.cellAttr('getPaddingTop', 'PADDING_TOP') as number | null;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#setPaddingBottom(Number)
  setPaddingBottom(paddingBottom: number): this {
    return this.cellAttr('setPaddingBottom', 'PADDING_BOTTOM', paddingBottom) as this;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#getPaddingBottom()
  getPaddingBottom(): number | null {
    return this.cellAttr('getPaddingBottom', 'PADDING_BOTTOM') as number | null;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#setPaddingLeft(Number)
  setPaddingLeft(paddingLeft: number): this {
    return this.cellAttr('setPaddingLeft', 'PADDING_LEFT', paddingLeft) as this;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#getPaddingLeft()
  getPaddingLeft(): number | null {
    return this.cellAttr('getPaddingLeft', 'PADDING_LEFT') as number | null;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#setPaddingRight(Number)
  setPaddingRight(paddingRight: number): this {
    return this.cellAttr('setPaddingRight', 'PADDING_RIGHT', paddingRight) as this;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#getPaddingRight()
  getPaddingRight(): number | null {
    return this.cellAttr('getPaddingRight', 'PADDING_RIGHT') as number | null;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#setVerticalAlignment(VerticalAlignment)
  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): this {
    return this.cellAttr('setVerticalAlignment', 'VERTICAL_ALIGNMENT', alignment) as this;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#getVerticalAlignment()
  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment | null {
    return this.cellAttr(
      'getVerticalAlignment',
      'VERTICAL_ALIGNMENT',
    ) as GoogleAppsScript.Document.VerticalAlignment | null;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#getColSpan()
  getColSpan(): number {
    this.call('getColSpan');
    return 1;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#getRowSpan()
  getRowSpan(): number {
    this.call('getRowSpan');
    return 1;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#getParentRow()
  getParentRow(): FakeTableRow | null {
    this.call('getParentRow');
    return this.parent as FakeTableRow | null;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#getParentTable()
  getParentTable(): FakeTable | null {
    this.call('getParentTable');
    return (this.parent?.parent as FakeTable | undefined) ?? null;
  }
  // https://developers.google.com/apps-script/reference/document/table-cell#copy()
  copy(): FakeTableCell {
    this.call('copy');
    return new FakeTableCell(this.h, cloneNode(this.node), null);
  }
}

registerWrapper('TABLE', FakeTable as never);
registerWrapper('TABLE_ROW', FakeTableRow as never);
registerWrapper('TABLE_CELL', FakeTableCell as never);
