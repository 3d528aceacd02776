// Defines the base of every Docs element stand-in (Element in Google's reference): identity through the
// model node, parent/sibling navigation, casts, and the per-document handle that logs calls and guards closing.
import type { ServiceContext } from '../context.ts';
import type { FakeBody, FakeFooterSection, FakeHeaderSection } from './container.ts';
import { Attribute } from './enums.ts';
import type { AnyNode, AttrMap, DocModel } from './model.ts';
import type { FakeHorizontalRule, FakeListItem, FakePageBreak, FakeParagraph } from './paragraph.ts';
import type { FakeTable, FakeTableCell, FakeTableRow } from './table.ts';
import type { FakeText } from './text.ts';

/** The link from every element to its document: call logging, the closed check, the live tree. */
export interface DocHandle {
  readonly ctx: ServiceContext;
  readonly model: DocModel;
  /** Records `DocumentApp.<method>`, then throws if the document handle was closed by saveAndClose. */
  call(method: string): void;
}

export type ChildNode = AnyNode;
type WrapperCtor = new (h: DocHandle, node: never, parent: FakeElement | null) => FakeElement;
const registry = new Map<string, WrapperCtor>();

/** Each element module registers its class here, so wrapping needs no circular imports. */
export function registerWrapper(type: string, ctor: WrapperCtor): void {
  registry.set(type, ctor);
}

export function wrap<T extends FakeElement = FakeElement>(h: DocHandle, node: AnyNode, parent: FakeElement | null): T {
  const ctor = registry.get(node.type);
  if (!ctor) throw new Error(`No stand-in for element type ${node.type}`);
  return new ctor(h, node as never, parent) as T;
}

const TYPE_NAMES: Record<string, string> = {
  BODY_SECTION: 'Body',
  HEADER_SECTION: 'HeaderSection',
  FOOTER_SECTION: 'FooterSection',
  PARAGRAPH: 'Paragraph',
  LIST_ITEM: 'ListItem',
  TABLE: 'Table',
  TABLE_ROW: 'TableRow',
  TABLE_CELL: 'TableCell',
  TEXT: 'Text',
  PAGE_BREAK: 'PageBreak',
  HORIZONTAL_RULE: 'HorizontalRule',
};

/** Every Attribute key, null unless set: Google returns the full map with nulls for inherited values. */
export function fullAttributeMap(set: AttrMap): AttrMap {
  const out: AttrMap = {};
  for (const k of Object.keys(Attribute)) out[k] = k in set ? set[k] : null;
  return out;
}

export abstract class FakeElement<N extends AnyNode = AnyNode> {
  constructor(
    readonly h: DocHandle,
    readonly node: N,
    readonly parent: FakeElement | null,
  ) {}

  protected get className(): string {
    return TYPE_NAMES[this.node.type] ?? 'Element';
  }

  protected call(method: string): void {
    this.h.call(`${this.className}.${method}`);
  }

  /** Attributes as Google reports them for this element; subclasses add their own. */
  protected attributeView(): AttrMap {
    return fullAttributeMap({});
  }

  /** Applies the keys this element understands; subclasses override. */
  protected applyAttributes(_attrs: AttrMap): void {}

  protected siblings(): AnyNode[] | null {
    if (!this.parent) return null;
    return (this.parent.node as { children?: AnyNode[] }).children ?? null;
  }

  protected indexInParent(): number {
    return this.siblings()?.indexOf(this.node) ?? -1;
  }

  // https://developers.google.com/apps-script/reference/document/element#getType()
  getType(): GoogleAppsScript.Document.ElementType {
    this.call('getType');
    return this.node.type as unknown as GoogleAppsScript.Document.ElementType;
  }

  // https://developers.google.com/apps-script/reference/document/element#getParent()
  getParent(): FakeElement | null {
    this.call('getParent');
    return this.parent;
  }

  // https://developers.google.com/apps-script/reference/document/element#getNextSibling()
  getNextSibling(): FakeElement | null {
    this.call('getNextSibling');
    const sib = this.siblings();
    const next = sib?.[this.indexInParent() + 1];
    return next ? wrap(this.h, next, this.parent) : null;
  }

  // https://developers.google.com/apps-script/reference/document/element#getPreviousSibling()
  getPreviousSibling(): FakeElement | null {
    this.call('getPreviousSibling');
    const i = this.indexInParent();
    const sib = this.siblings();
    return sib && i > 0 ? wrap(this.h, sib[i - 1], this.parent) : null;
  }

  // https://developers.google.com/apps-script/reference/document/element#isAtDocumentEnd()
  isAtDocumentEnd(): boolean {
    this.call('isAtDocumentEnd');
    let el: FakeElement = this as FakeElement;
    while (el.parent) {
      const sib = el.siblings();
      if (!sib || sib[sib.length - 1] !== el.node) return false;
      el = el.parent;
    }
    return el.node.type === 'BODY_SECTION';
  }

  // https://developers.google.com/apps-script/reference/document/element#removeFromParent()
  removeFromParent(): this {
    this.call('removeFromParent');
    detach(this);
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/element#getAttributes()
  getAttributes(): AttrMap {
    this.call('getAttributes');
    return this.attributeView();
  }

  // https://developers.google.com/apps-script/reference/document/element#setAttributes(Object)
  setAttributes(attributes: AttrMap): this {
    this.call('setAttributes');
    this.applyAttributes({ ...attributes });
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/element#asParagraph()
  asParagraph(): FakeParagraph {
    return this.cast<FakeParagraph>('asParagraph', 'PARAGRAPH');
  }
  // https://developers.google.com/apps-script/reference/document/element#asListItem()
  asListItem(): FakeListItem {
    return this.cast<FakeListItem>('asListItem', 'LIST_ITEM');
  }
  // https://developers.google.com/apps-script/reference/document/element#asTable()
  asTable(): FakeTable {
    return this.cast<FakeTable>('asTable', 'TABLE');
  }
  // https://developers.google.com/apps-script/reference/document/element#asTableRow()
  asTableRow(): FakeTableRow {
    return this.cast<FakeTableRow>('asTableRow', 'TABLE_ROW');
  }
  // https://developers.google.com/apps-script/reference/document/element#asTableCell()
  asTableCell(): FakeTableCell {
    return this.cast<FakeTableCell>('asTableCell', 'TABLE_CELL');
  }
  // https://developers.google.com/apps-script/reference/document/element#asText()
  asText(): FakeText {
    return this.cast<FakeText>('asText', 'TEXT');
  }
  // https://developers.google.com/apps-script/reference/document/element#asBody()
  asBody(): FakeBody {
    return this.cast<FakeBody>('asBody', 'BODY_SECTION');
  }
  // https://developers.google.com/apps-script/reference/document/element#asHeaderSection()
  asHeaderSection(): FakeHeaderSection {
    return this.cast<FakeHeaderSection>('asHeaderSection', 'HEADER_SECTION');
  }
  // https://developers.google.com/apps-script/reference/document/element#asFooterSection()
  asFooterSection(): FakeFooterSection {
    return this.cast<FakeFooterSection>('asFooterSection', 'FOOTER_SECTION');
  }
  // https://developers.google.com/apps-script/reference/document/element#asPageBreak()
  asPageBreak(): FakePageBreak {
    return this.cast<FakePageBreak>('asPageBreak', 'PAGE_BREAK');
  }
  // https://developers.google.com/apps-script/reference/document/element#asHorizontalRule()
  asHorizontalRule(): FakeHorizontalRule {
    return this.cast<FakeHorizontalRule>('asHorizontalRule', 'HORIZONTAL_RULE');
  }

  private cast<T>(method: string, type: string): T {
    this.call(method);
    // Where Google reports a wrong cast (at the cast or at first use) is unverified; failing at the cast is the
    // stricter choice and points at the real mistake.
    if (this.node.type !== type) {
      throw new Error(`Cannot cast ${this.className} to ${TYPE_NAMES[type] ?? type}.`);
    }
    return this as unknown as T;
  }
}

/** Removes an element from its parent, enforcing Google's rule that a section keeps its final paragraph. */
export function detach(el: FakeElement): void {
  const parent = el.parent;
  if (!parent) return;
  const list = (parent.node as { children: AnyNode[] }).children;
  const i = list.indexOf(el.node);
  if (i < 0) return;
  const p = parent.node.type;
  if ((p === 'BODY_SECTION' || p === 'HEADER_SECTION' || p === 'FOOTER_SECTION') && i === list.length - 1) {
    throw new Error("Can't remove the last paragraph in a document section.");
  }
  list.splice(i, 1);
}

/** Google's wording for a child index out of range. */
export function checkChildIndex(index: number, count: number, inclusive: boolean): void {
  if (!Number.isInteger(index) || index < 0 || (inclusive ? index > count : index >= count)) {
    throw new Error(
      inclusive
        ? `Child index (${index}) must be less than or equal to the number of child elements (${count}).`
        : `Child index (${index}) must be less than the number of child elements (${count}).`,
    );
  }
}
