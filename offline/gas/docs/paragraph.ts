// Defines the Paragraph and ListItem stand-ins (paragraph-level formatting over inline Text, PageBreak and
// HorizontalRule children) and the PageBreak and HorizontalRule elements themselves.
import { checkChildIndex, FakeElement, fullAttributeMap, registerWrapper, wrap } from './element.ts';
import {
  type AttrMap,
  cloneNode,
  type InlineNode,
  LIST_ATTRIBUTES,
  newTextNode,
  PARAGRAPH_ATTRIBUTES,
  type ParagraphNode,
  replaceRunText,
  runAttrsAt,
  TEXT_ATTRIBUTES,
  type TextNode,
  textNodesOf,
  textOf,
} from './model.ts';
import { type FakeRangeElement, findInSegments, replaceInNode } from './range-element.ts';
import { applyTextAttrs, FakeText, type Segment, uniformTextAttrs } from './text.ts';

/** What a NORMAL_TEXT paragraph reports when nothing was set on it (Google Docs' default named style). */
export const PARAGRAPH_DEFAULTS: AttrMap = {
  HEADING: 'NORMAL',
  HORIZONTAL_ALIGNMENT: 'LEFT',
  INDENT_END: 0,
  INDENT_FIRST_LINE: 0,
  INDENT_START: 0,
  LEFT_TO_RIGHT: true,
  LINE_SPACING: 1.15,
  SPACING_AFTER: 0,
  SPACING_BEFORE: 0,
};

export abstract class FakeParagraphBase extends FakeElement<ParagraphNode> {
  protected para(key: string): unknown {
    return this.node.attrs[key] ?? PARAGRAPH_DEFAULTS[key] ?? null;
  }

  protected setPara(method: string, key: string, value: unknown): this {
    this.call(method);
    if (value === null || value === undefined) delete this.node.attrs[key];
    else this.node.attrs[key] = value;
    return this;
  }

  protected getPara(method: string, key: string): unknown {
    this.call(method);
    return this.para(key);
  }

  protected override attributeView(): AttrMap {
    const set: AttrMap = { ...PARAGRAPH_DEFAULTS, ...this.node.attrs };
    const view = uniformTextAttrs(this.textSource().segments());
    for (const k of TEXT_ATTRIBUTES) if (view[k] !== null && view[k] !== undefined) set[k] = view[k];
    return fullAttributeMap(set);
  }

  protected override applyAttributes(attrs: AttrMap): void {
    for (const k of [...PARAGRAPH_ATTRIBUTES, ...(this.node.type === 'LIST_ITEM' ? LIST_ATTRIBUTES : [])]) {
      if (!(k in attrs)) continue;
      if (attrs[k] === null) delete this.node.attrs[k];
      else this.node.attrs[k] = attrs[k];
    }
    applyTextAttrs(this.textSource().segments(), attrs);
  }

  textSource(): { segments(): Segment[]; ensureNode(): TextNode } {
    return {
      segments: () =>
        this.node.children.filter((c): c is TextNode => c.type === 'TEXT').map((node) => ({ node, owner: this })),
      ensureNode: () => {
        const t = newTextNode('');
        this.node.children.push(t);
        return t;
      },
    };
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#getText()
  getText(): string {
    this.call('getText');
    return textOf(this.node);
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#setText(String)
  setText(text: string): void {
    this.call('setText');
    const first = textNodesOf(this.node)[0] ?? newTextNode('');
    replaceRunText(first, String(text));
    this.node.children = first.runs.length ? [first] : [];
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#appendText(String)
  appendText(text: string): FakeText {
    this.call('appendText');
    // New text continues the formatting of the text before it, as typing at the paragraph's end would.
    const texts = textNodesOf(this.node);
    const last = texts[texts.length - 1];
    const attrs = last ? runAttrsAt(last, Number.MAX_SAFE_INTEGER) : {};
    const node = newTextNode(String(text), attrs);
    this.node.children.push(node);
    return wrap<FakeText>(this.h, node, this);
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#insertText(Integer,String)
  insertText(childIndex: number, text: string): FakeText {
    this.call('insertText');
    checkChildIndex(childIndex, this.node.children.length, true);
    const node = newTextNode(String(text));
    this.node.children.splice(childIndex, 0, node);
    return wrap<FakeText>(this.h, node, this);
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#editAsText()
  editAsText(): FakeText {
    this.call('editAsText');
    return new FakeText(this.h, newTextNode(''), this, this.textSource());
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#clear()
  clear(): this {
    this.call('clear');
    this.node.children = [];
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#copy()
  copy(): this {
    this.call('copy');
    return wrap<this>(this.h, cloneNode(this.node), null);
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#getNumChildren()
  getNumChildren(): number {
    this.call('getNumChildren');
    return this.node.children.length;
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#getChild(Integer)
  getChild(childIndex: number): FakeElement {
    this.call('getChild');
    checkChildIndex(childIndex, this.node.children.length, false);
    return wrap(this.h, this.node.children[childIndex], this);
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#getChildIndex(Element)
  getChildIndex(child: FakeElement): number {
    this.call('getChildIndex');
    const i = this.node.children.indexOf(child.node as InlineNode);
    if (i < 0) throw new Error('Element does not contain the specified child element.');
    return i;
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#removeChild(Element)
  removeChild(child: FakeElement): this {
    this.call('removeChild');
    const i = this.node.children.indexOf(child.node as InlineNode);
    if (i < 0) throw new Error('Element does not contain the specified child element.');
    this.node.children.splice(i, 1);
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#appendPageBreak()
  appendPageBreak(): FakePageBreak {
    this.call('appendPageBreak');
    if (this.parent?.node.type === 'TABLE_CELL') throw new Error('PageBreak cannot be inserted into a TableCell.');
    const node: InlineNode = { type: 'PAGE_BREAK' };
    this.node.children.push(node);
    return wrap<FakePageBreak>(this.h, node, this);
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#appendHorizontalRule()
  appendHorizontalRule(): FakeHorizontalRule {
    this.call('appendHorizontalRule');
    const node: InlineNode = { type: 'HORIZONTAL_RULE' };
    this.node.children.push(node);
    return wrap<FakeHorizontalRule>(this.h, node, this);
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#setAlignment(HorizontalAlignment)
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): this {
    return this.setPara('setAlignment', 'HORIZONTAL_ALIGNMENT', alignment);
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#getAlignment()
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return this.getPara('getAlignment', 'HORIZONTAL_ALIGNMENT') as GoogleAppsScript.Document.HorizontalAlignment;
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#setHeading(ParagraphHeading)
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): this {
    return this.setPara('setHeading', 'HEADING', heading);
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#getHeading()
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return this.getPara('getHeading', 'HEADING') as GoogleAppsScript.Document.ParagraphHeading;
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#setIndentStart(Number)
  setIndentStart(indentStart: number): this {
    return this.setPara('setIndentStart', 'INDENT_START', indentStart);
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#getIndentStart()
  getIndentStart(): number {
    return this.getPara('getIndentStart', 'INDENT_START') as number;
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#setIndentEnd(Number)
  setIndentEnd(indentEnd: number): this {
    return this.setPara('setIndentEnd', 'INDENT_END', indentEnd);
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#getIndentEnd()
  getIndentEnd(): number {
    return this.getPara('getIndentEnd', 'INDENT_END') as number;
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#setIndentFirstLine(Number)
  setIndentFirstLine(indentFirstLine: number): this {
    return this.setPara('setIndentFirstLine', 'INDENT_FIRST_LINE', indentFirstLine);
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#getIndentFirstLine()
  getIndentFirstLine(): number {
    return this.getPara('getIndentFirstLine', 'INDENT_FIRST_LINE') as number;
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#setSpacingBefore(Number)
  setSpacingBefore(spacingBefore: number): this {
    return this.setPara('setSpacingBefore', 'SPACING_BEFORE', spacingBefore);
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#getSpacingBefore()
  getSpacingBefore(): number {
    return this.getPara('getSpacingBefore', 'SPACING_BEFORE') as number;
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#setSpacingAfter(Number)
  setSpacingAfter(spacingAfter: number): this {
    return this.setPara('setSpacingAfter', 'SPACING_AFTER', spacingAfter);
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#getSpacingAfter()
  getSpacingAfter(): number {
    return this.getPara('getSpacingAfter', 'SPACING_AFTER') as number;
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#setLineSpacing(Number)
  setLineSpacing(multiplier: number): this {
    return this.setPara('setLineSpacing', 'LINE_SPACING', multiplier);
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#getLineSpacing()
  getLineSpacing(): number {
    return this.getPara('getLineSpacing', 'LINE_SPACING') as number;
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#setLeftToRight(Boolean)
  setLeftToRight(leftToRight: boolean): this {
    return this.setPara('setLeftToRight', 'LEFT_TO_RIGHT', leftToRight);
  }
  // https://developers.google.com/apps-script/reference/document/paragraph#isLeftToRight()
  isLeftToRight(): boolean {
    return this.getPara('isLeftToRight', 'LEFT_TO_RIGHT') as boolean;
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#findText(String,RangeElement)
  findText(searchPattern: string, from?: FakeRangeElement | null): FakeRangeElement | null {
    this.call('findText');
    return findInSegments(this.h, this.textSource().segments(), searchPattern, from ?? null);
  }

  // https://developers.google.com/apps-script/reference/document/paragraph#replaceText(String,String)
  replaceText(searchPattern: string, replacement: string): this {
    this.call('replaceText');
    for (const t of textNodesOf(this.node)) replaceInNode(t, searchPattern, replacement);
    return this;
  }
}

export class FakeParagraph extends FakeParagraphBase {}

export class FakeListItem extends FakeParagraphBase {
  // https://developers.google.com/apps-script/reference/document/list-item#setGlyphType(GlyphType)
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): this {
    return this.setPara('setGlyphType', 'GLYPH_TYPE', glyphType);
  }
  // https://developers.google.com/apps-script/reference/document/list-item#getGlyphType()
  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    return this.getPara('getGlyphType', 'GLYPH_TYPE') as GoogleAppsScript.Document.GlyphType;
  }
  // https://developers.google.com/apps-script/reference/document/list-item#setNestingLevel(Integer)
  setNestingLevel(nestingLevel: number): this {
    return this.setPara('setNestingLevel', 'NESTING_LEVEL', nestingLevel);
  }
  // https://developers.google.com/apps-script/reference/document/list-item#getNestingLevel()
  getNestingLevel(): number {
    return this.getPara('getNestingLevel', 'NESTING_LEVEL') as number;
  }
  // https://developers.google.com/apps-script/reference/document/list-item#getListId()
  getListId(): string {
    return this.getPara('getListId', 'LIST_ID') as string;
  }
  // https://developers.google.com/apps-script/reference/document/list-item#setListId(ListItem)
  setListId(listItem: FakeListItem): this {
    return this.setPara('setListId', 'LIST_ID', listItem.node.attrs.LIST_ID);
  }
}

export class FakePageBreak extends FakeElement<{ type: 'PAGE_BREAK' }> {
  // https://developers.google.com/apps-script/reference/document/page-break#copy()
  copy(): FakePageBreak {
    this.call('copy');
    return new FakePageBreak(this.h, { type: 'PAGE_BREAK' }, null);
  }
}

export class FakeHorizontalRule extends FakeElement<{ type: 'HORIZONTAL_RULE' }> {
  // https://developers.google.com/apps-script/reference/document/horizontal-rule#copy()
  copy(): FakeHorizontalRule {
    this.call('copy');
    return new FakeHorizontalRule(this.h, { type: 'HORIZONTAL_RULE' }, null);
  }
}

registerWrapper('PARAGRAPH', FakeParagraph as never);
registerWrapper('LIST_ITEM', FakeListItem as never);
registerWrapper('PAGE_BREAK', FakePageBreak as never);
registerWrapper('HORIZONTAL_RULE', FakeHorizontalRule as never);
