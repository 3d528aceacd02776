// Defines the block containers: the shared behaviour of Body, HeaderSection, FooterSection and TableCell
// (paragraphs, list items, tables), and the three section classes. Page size and margins live on the Body.
import { checkChildIndex, detach, FakeElement, fullAttributeMap, registerWrapper, wrap } from './element.ts';
import {
  type AttrMap,
  type BlockNode,
  type ContainerNode,
  cloneNode,
  LIST_ATTRIBUTES,
  newParagraph,
  newTable,
  newTextNode,
  PARAGRAPH_ATTRIBUTES,
  type ParagraphNode,
  paragraphsOf,
  SECTION_ATTRIBUTES,
  type SectionNode,
  type TableNode,
  type TextNode,
  textOf,
} from './model.ts';
import type { FakeHorizontalRule, FakeListItem, FakePageBreak, FakeParagraph, FakeParagraphBase } from './paragraph.ts';
import { type FakeRangeElement, findInSegments, replaceInNode } from './range-element.ts';
import type { FakeTable } from './table.ts';
import { applyTextAttrs, FakeText, type Segment } from './text.ts';

/** Paragraph wrappers under an element, each with its real parent chain (so getParent works on results). */
export function paragraphWrappers(el: FakeElement): FakeParagraphBase[] {
  const n = el.node;
  if (n.type === 'PARAGRAPH' || n.type === 'LIST_ITEM') return [el as FakeParagraphBase];
  if (!('children' in n)) return [];
  return (n.children as BlockNode[]).flatMap((c) => paragraphWrappers(wrap(el.h, c, el)));
}

/** Text of a container as editAsText() shows it: paragraphs separated by '\n'. */
export function containerSegments(el: FakeElement): Segment[] {
  const out: Segment[] = [];
  paragraphWrappers(el).forEach((p, i) => {
    if (i > 0) out.push({ sep: '\n' });
    for (const c of p.node.children) if (c.type === 'TEXT') out.push({ node: c, owner: p });
  });
  return out;
}

/** An element given to append/insert must be a detached copy, as in Google. */
function adopt<T extends BlockNode>(el: FakeElement, type: T['type'] | T['type'][]): T {
  const types = Array.isArray(type) ? type : [type];
  if (el.parent) throw new Error('Element must be detached.');
  if (!types.includes(el.node.type as T['type'])) throw new Error(`Invalid argument: ${el.node.type}`);
  return cloneNode(el.node as T);
}

export abstract class FakeContainer<N extends ContainerNode = ContainerNode> extends FakeElement<N> {
  protected insertBlock(index: number, node: BlockNode): void {
    this.node.children.splice(index, 0, node);
    // A section or cell always ends with a paragraph: Google adds an empty one after a trailing table.
    if (node.type === 'TABLE' && index === this.node.children.length - 1) this.node.children.push(newParagraph(''));
  }

  protected listItemNode(text: string, index: number): ParagraphNode {
    const node = newParagraph(text, 'LIST_ITEM');
    const prev = this.node.children[index - 1];
    // A list item placed right after another joins its list, as in the editor.
    if (prev?.type === 'LIST_ITEM') {
      node.attrs.LIST_ID = prev.attrs.LIST_ID;
      node.attrs.GLYPH_TYPE = prev.attrs.GLYPH_TYPE;
    } else {
      node.attrs.LIST_ID = `kix.${this.h.ctx.nextId('list')}`;
      node.attrs.GLYPH_TYPE = 'BULLET';
    }
    node.attrs.NESTING_LEVEL = 0;
    return node;
  }

  protected textSource(): { segments(): Segment[]; ensureNode(): TextNode } {
    return {
      segments: () => containerSegments(this),
      ensureNode: () => {
        const paras = paragraphsOf(this.node);
        const p = paras[paras.length - 1];
        const t = newTextNode('');
        p.children.push(t);
        return t;
      },
    };
  }

  protected override attributeView(): AttrMap {
    return fullAttributeMap({});
  }

  protected override applyAttributes(attrs: AttrMap): void {
    for (const p of paragraphsOf(this.node)) {
      for (const k of [...PARAGRAPH_ATTRIBUTES, ...(p.type === 'LIST_ITEM' ? LIST_ATTRIBUTES : [])]) {
        if (!(k in attrs)) continue;
        if (attrs[k] === null) delete p.attrs[k];
        else p.attrs[k] = attrs[k];
      }
    }
    applyTextAttrs(containerSegments(this), attrs);
  }

  // https://developers.google.com/apps-script/reference/document/body#appendParagraph(String)
  appendParagraph(textOrParagraph: string | FakeParagraph): FakeParagraph {
    this.call('appendParagraph');
    const node =
      typeof textOrParagraph === 'string'
        ? newParagraph(textOrParagraph)
        : adopt<ParagraphNode>(textOrParagraph, 'PARAGRAPH');
    this.insertBlock(this.node.children.length, node);
    return wrap<FakeParagraph>(this.h, node, this);
  }

  // https://developers.google.com/apps-script/reference/document/body#insertParagraph(Integer,String)
  insertParagraph(childIndex: number, textOrParagraph: string | FakeParagraph): FakeParagraph {
    this.call('insertParagraph');
    checkChildIndex(childIndex, this.node.children.length, true);
    const node =
      typeof textOrParagraph === 'string'
        ? newParagraph(textOrParagraph)
        : adopt<ParagraphNode>(textOrParagraph, 'PARAGRAPH');
    this.insertBlock(childIndex, node);
    return wrap<FakeParagraph>(this.h, node, this);
  }

  // https://developers.google.com/apps-script/reference/document/body#appendListItem(String)
  appendListItem(textOrItem: string | FakeListItem): FakeListItem {
    this.call('appendListItem');
    const index = this.node.children.length;
    const node =
      typeof textOrItem === 'string'
        ? this.listItemNode(textOrItem, index)
        : adopt<ParagraphNode>(textOrItem, 'LIST_ITEM');
    this.insertBlock(index, node);
    return wrap<FakeListItem>(this.h, node, this);
  }

  // https://developers.google.com/apps-script/reference/document/body#insertListItem(Integer,String)
  insertListItem(childIndex: number, textOrItem: string | FakeListItem): FakeListItem {
    this.call('insertListItem');
    checkChildIndex(childIndex, this.node.children.length, true);
    const node =
      typeof textOrItem === 'string'
        ? this.listItemNode(textOrItem, childIndex)
        : adopt<ParagraphNode>(textOrItem, 'LIST_ITEM');
    this.insertBlock(childIndex, node);
    return wrap<FakeListItem>(this.h, node, this);
  }

  // https://developers.google.com/apps-script/reference/document/body#appendTable(String)
  appendTable(cellsOrTable?: string[][] | FakeTable | null): FakeTable {
    this.call('appendTable');
    const node =
      Array.isArray(cellsOrTable) || !cellsOrTable
        ? newTable(cellsOrTable ?? undefined)
        : adopt<TableNode>(cellsOrTable, 'TABLE');
    this.insertBlock(this.node.children.length, node);
    return wrap<FakeTable>(this.h, node, this);
  }

  // https://developers.google.com/apps-script/reference/document/body#insertTable(Integer,String)
  insertTable(childIndex: number, cellsOrTable?: string[][] | FakeTable | null): FakeTable {
    this.call('insertTable');
    checkChildIndex(childIndex, this.node.children.length, true);
    const node =
      Array.isArray(cellsOrTable) || !cellsOrTable
        ? newTable(cellsOrTable ?? undefined)
        : adopt<TableNode>(cellsOrTable, 'TABLE');
    this.insertBlock(childIndex, node);
    return wrap<FakeTable>(this.h, node, this);
  }

  // https://developers.google.com/apps-script/reference/document/body#appendHorizontalRule()
  appendHorizontalRule(): FakeHorizontalRule {
    this.call('appendHorizontalRule');
    const p = newParagraph('');
    p.children.push({ type: 'HORIZONTAL_RULE' });
    this.insertBlock(this.node.children.length, p);
    return wrap<FakeHorizontalRule>(this.h, p.children[0], wrap(this.h, p, this));
  }

  // https://developers.google.com/apps-script/reference/document/body#clear()
  clear(): this {
    this.call('clear');
    // Google keeps one empty paragraph: a section is never without one.
    this.node.children = [newParagraph('')];
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/body#getNumChildren()
  getNumChildren(): number {
    this.call('getNumChildren');
    return this.node.children.length;
  }

  // https://developers.google.com/apps-script/reference/document/body#getChild(Integer)
  getChild(childIndex: number): FakeElement {
    this.call('getChild');
    checkChildIndex(childIndex, this.node.children.length, false);
    return wrap(this.h, this.node.children[childIndex], this);
  }

  // https://developers.google.com/apps-script/reference/document/body#getChildIndex(Element)
  getChildIndex(child: FakeElement): number {
    this.call('getChildIndex');
    const i = this.node.children.indexOf(child.node as BlockNode);
    if (i < 0) throw new Error('Element does not contain the specified child element.');
    return i;
  }

  // https://developers.google.com/apps-script/reference/document/body#removeChild(Element)
  removeChild(child: FakeElement): this {
    this.call('removeChild');
    if (this.node.children.indexOf(child.node as BlockNode) < 0) {
      throw new Error('Element does not contain the specified child element.');
    }
    detach(wrap(this.h, child.node, this));
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/body#getParagraphs()
  getParagraphs(): FakeParagraphBase[] {
    this.call('getParagraphs');
    return paragraphWrappers(this);
  }

  // https://developers.google.com/apps-script/reference/document/body#getListItems()
  getListItems(): FakeListItem[] {
    this.call('getListItems');
    return paragraphWrappers(this).filter((p) => p.node.type === 'LIST_ITEM') as FakeListItem[];
  }

  // https://developers.google.com/apps-script/reference/document/body#getTables()
  getTables(): FakeTable[] {
    this.call('getTables');
    const out: FakeTable[] = [];
    const visit = (el: FakeElement) => {
      for (const c of (el.node as ContainerNode).children) {
        if (c.type !== 'TABLE') continue;
        const table = wrap<FakeTable>(this.h, c, el);
        out.push(table);
        for (const row of c.children) {
          const rowEl = wrap(this.h, row, table);
          for (const cell of row.children) visit(wrap(this.h, cell, rowEl));
        }
      }
    };
    visit(this);
    return out;
  }

  // https://developers.google.com/apps-script/reference/document/body#getText()
  getText(): string {
    this.call('getText');
    return textOf(this.node);
  }

  // https://developers.google.com/apps-script/reference/document/body#setText(String)
  setText(text: string): this {
    this.call('setText');
    this.node.children = [newParagraph(String(text))];
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/body#editAsText()
  editAsText(): FakeText {
    this.call('editAsText');
    return new FakeText(this.h, newTextNode(''), this, this.textSource());
  }

  // https://developers.google.com/apps-script/reference/document/body#findText(String,RangeElement)
  findText(searchPattern: string, from?: FakeRangeElement | null): FakeRangeElement | null {
    this.call('findText');
    return findInSegments(this.h, containerSegments(this), searchPattern, from ?? null);
  }

  // https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
  replaceText(searchPattern: string, replacement: string): this {
    this.call('replaceText');
    for (const s of containerSegments(this)) if (!('sep' in s)) replaceInNode(s.node, searchPattern, replacement);
    return this;
  }
}

abstract class FakeSection extends FakeContainer<SectionNode> {
  // https://developers.google.com/apps-script/reference/document/header-section#copy()
  copy(): this {
    this.call('copy');
    return wrap<this>(this.h, cloneNode(this.node), null);
  }
}

export class FakeBody extends FakeSection {
  private page(method: string, key: string, value?: number): number | this {
    this.call(method);
    if (value === undefined) return this.node.attrs[key] as number;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`Invalid argument: ${key}`);
    this.node.attrs[key] = value;
    return this;
  }

  protected override attributeView(): AttrMap {
    const set: AttrMap = {};
    for (const k of SECTION_ATTRIBUTES) set[k] = this.node.attrs[k];
    return fullAttributeMap(set);
  }

  protected override applyAttributes(attrs: AttrMap): void {
    for (const k of SECTION_ATTRIBUTES) if (typeof attrs[k] === 'number') this.node.attrs[k] = attrs[k];
    super.applyAttributes(attrs);
  }

  // https://developers.google.com/apps-script/reference/document/body#setPageWidth(Number)
  setPageWidth(pageWidth: number): this {
    return this.page('setPageWidth', 'PAGE_WIDTH', pageWidth) as this;
  }
  // https://developers.google.com/apps-script/reference/document/body#getPageWidth()
  getPageWidth(): number {
    return this.page('getPageWidth', 'PAGE_WIDTH') as number;
  }
  // https://developers.google.com/apps-script/reference/document/body#setPageHeight(Number)
  setPageHeight(pageHeight: number): this {
    return this.page('setPageHeight', 'PAGE_HEIGHT', pageHeight) as this;
  }
  // https://developers.google.com/apps-script/reference/document/body#getPageHeight()
  getPageHeight(): number {
    return this.page('getPageHeight', 'PAGE_HEIGHT') as number;
  }
  // https://developers.google.com/apps-script/reference/document/body#setMarginTop(Number)
  setMarginTop(marginTop: number): this {
    return this.page('setMarginTop', 'MARGIN_TOP', marginTop) as this;
  }
  // https://developers.google.com/apps-script/reference/document/body#getMarginTop()
  getMarginTop(): number {
    return this.page('getMarginTop', 'MARGIN_TOP') as number;
  }
  // https://developers.google.com/apps-script/reference/document/body#setMarginBottom(Number)
  setMarginBottom(marginBottom: number): this {
    return this.page('setMarginBottom', 'MARGIN_BOTTOM', marginBottom) as this;
  }
  // https://developers.google.com/apps-script/reference/document/body#getMarginBottom()
  getMarginBottom(): number {
    return this.page('getMarginBottom', 'MARGIN_BOTTOM') as number;
  }
  // https://developers.google.com/apps-script/reference/document/body#setMarginLeft(Number)
  setMarginLeft(marginLeft: number): this {
    return this.page('setMarginLeft', 'MARGIN_LEFT', marginLeft) as this;
  }
  // https://developers.google.com/apps-script/reference/document/body#getMarginLeft()
  getMarginLeft(): number {
    return this.page('getMarginLeft', 'MARGIN_LEFT') as number;
  }
  // https://developers.google.com/apps-script/reference/document/body#setMarginRight(Number)
  setMarginRight(marginRight: number): this {
    return this.page('setMarginRight', 'MARGIN_RIGHT', marginRight) as this;
  }
  // https://developers.google.com/apps-script/reference/document/body#getMarginRight()
  getMarginRight(): number {
    return this.page('getMarginRight', 'MARGIN_RIGHT') as number;
  }

  // https://developers.google.com/apps-script/reference/document/body#appendPageBreak()
  appendPageBreak(): FakePageBreak {
    this.call('appendPageBreak');
    // The PageBreak lives inside a new paragraph, as Google's Body.appendPageBreak creates it.
    const p = newParagraph('');
    p.children.push({ type: 'PAGE_BREAK' });
    this.insertBlock(this.node.children.length, p);
    return wrap<FakePageBreak>(this.h, p.children[0], wrap(this.h, p, this));
  }

  // https://developers.google.com/apps-script/reference/document/body#insertPageBreak(Integer)
  insertPageBreak(childIndex: number): FakePageBreak {
    this.call('insertPageBreak');
    checkChildIndex(childIndex, this.node.children.length, true);
    const p = newParagraph('');
    p.children.push({ type: 'PAGE_BREAK' });
    this.insertBlock(childIndex, p);
    return wrap<FakePageBreak>(this.h, p.children[0], wrap(this.h, p, this));
  }
}

export class FakeHeaderSection extends FakeSection {}
export class FakeFooterSection extends FakeSection {}

registerWrapper('BODY_SECTION', FakeBody as never);
registerWrapper('HEADER_SECTION', FakeHeaderSection as never);
registerWrapper('FOOTER_SECTION', FakeFooterSection as never);
