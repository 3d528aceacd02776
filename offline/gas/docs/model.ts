// Defines the plain document tree behind the DocumentApp stand-in (document → sections → blocks → runs),
// which the .docx exporter and the PDF renderer read, plus the text-run helpers that edit it.

/** Attribute values keyed by `DocumentApp.Attribute` names; a missing key means "not set" (Google returns null). */
export type AttrMap = Record<string, unknown>;

export interface Run {
  text: string;
  attrs: AttrMap;
}
export interface TextNode {
  type: 'TEXT';
  runs: Run[];
}
export interface PageBreakNode {
  type: 'PAGE_BREAK';
}
export interface HorizontalRuleNode {
  type: 'HORIZONTAL_RULE';
}
export type InlineNode = TextNode | PageBreakNode | HorizontalRuleNode;

export interface ParagraphNode {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  attrs: AttrMap;
  children: InlineNode[];
}
export interface TableCellNode {
  type: 'TABLE_CELL';
  attrs: AttrMap;
  children: BlockNode[];
}
export interface TableRowNode {
  type: 'TABLE_ROW';
  attrs: AttrMap;
  children: TableCellNode[];
}
export interface TableNode {
  type: 'TABLE';
  attrs: AttrMap;
  /** Points per column; null = never set (Google leaves the width to the editor's layout). */
  columnWidths: (number | null)[];
  children: TableRowNode[];
}
export type BlockNode = ParagraphNode | TableNode;

export interface SectionNode {
  type: 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION';
  attrs: AttrMap;
  children: BlockNode[];
}
export type ContainerNode = SectionNode | TableCellNode;
export type AnyNode = SectionNode | BlockNode | TableRowNode | TableCellNode | InlineNode;

export interface DocModel {
  body: SectionNode;
  header: SectionNode | null;
  footer: SectionNode | null;
}

/** What `FakeDocument.toJSON()` returns: the tree plus identity, as plain data. */
export interface DocumentJSON extends DocModel {
  id: string;
  name: string;
}

export const TEXT_ATTRIBUTES = [
  'BACKGROUND_COLOR',
  'BOLD',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'ITALIC',
  'LINK_URL',
  'STRIKETHROUGH',
  'UNDERLINE',
] as const;
export const PARAGRAPH_ATTRIBUTES = [
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'SPACING_AFTER',
  'SPACING_BEFORE',
] as const;
export const LIST_ATTRIBUTES = ['GLYPH_TYPE', 'LIST_ID', 'NESTING_LEVEL'] as const;
export const SECTION_ATTRIBUTES = [
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
] as const;
export const TABLE_ATTRIBUTES = ['BORDER_COLOR', 'BORDER_WIDTH'] as const;
export const ROW_ATTRIBUTES = ['MINIMUM_HEIGHT'] as const;
export const CELL_ATTRIBUTES = [
  'BACKGROUND_COLOR',
  'HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const;

/** A new Google document: US Letter (612 × 792 pt) with 1-inch (72 pt) margins, one empty paragraph. */
export function newDocModel(): DocModel {
  return {
    body: {
      type: 'BODY_SECTION',
      attrs: {
        PAGE_WIDTH: 612,
        PAGE_HEIGHT: 792,
        MARGIN_TOP: 72,
        MARGIN_BOTTOM: 72,
        MARGIN_LEFT: 72,
        MARGIN_RIGHT: 72,
      },
      children: [newParagraph('')],
    },
    header: null,
    footer: null,
  };
}

export function newParagraph(text: string, type: ParagraphNode['type'] = 'PARAGRAPH'): ParagraphNode {
  return { type, attrs: {}, children: text === '' ? [] : [newTextNode(text)] };
}

export function newTextNode(text: string, attrs: AttrMap = {}): TextNode {
  return { type: 'TEXT', runs: text === '' ? [] : [{ text, attrs: { ...attrs } }] };
}

/** Google's appendTable(cells): one row per array, one cell per string; short rows are padded (see document-app.ts). */
export function newTable(cells: string[][] | undefined): TableNode {
  const rows = cells ?? [];
  const width = rows.reduce((n, r) => Math.max(n, r.length), 0);
  return {
    type: 'TABLE',
    attrs: { BORDER_WIDTH: 1, BORDER_COLOR: '#000000' },
    columnWidths: Array.from({ length: width }, () => null),
    children: rows.map((r) => newRow(Array.from({ length: width }, (_, i) => String(r[i] ?? '')))),
  };
}

export function newRow(texts: string[]): TableRowNode {
  return { type: 'TABLE_ROW', attrs: {}, children: texts.map(newCell) };
}

export function newCell(text: string): TableCellNode {
  return { type: 'TABLE_CELL', attrs: {}, children: [newParagraph(text)] };
}

export function cloneNode<T>(node: T): T {
  return structuredClone(node);
}

export function textOf(node: AnyNode): string {
  switch (node.type) {
    case 'TEXT':
      return node.runs.map((r) => r.text).join('');
    case 'PAGE_BREAK':
    case 'HORIZONTAL_RULE':
      return '';
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return node.children.map(textOf).join('');
    case 'TABLE_ROW':
      return node.children.map(textOf).join('\t');
    default:
      return node.children.map(textOf).join('\n');
  }
}

/** Every TEXT node under a node, in reading order. */
export function textNodesOf(node: AnyNode): TextNode[] {
  if (node.type === 'TEXT') return [node];
  if (node.type === 'PAGE_BREAK' || node.type === 'HORIZONTAL_RULE') return [];
  const out: TextNode[] = [];
  for (const c of node.children as AnyNode[]) out.push(...textNodesOf(c));
  return out;
}

/** Every paragraph or list item under a node (tables included), in reading order. */
export function paragraphsOf(node: AnyNode): ParagraphNode[] {
  if (node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM') return [node];
  if (node.type === 'TEXT' || node.type === 'PAGE_BREAK' || node.type === 'HORIZONTAL_RULE') return [];
  const out: ParagraphNode[] = [];
  for (const c of node.children as AnyNode[]) out.push(...paragraphsOf(c));
  return out;
}

export function tablesOf(node: AnyNode): TableNode[] {
  if (node.type === 'TEXT' || node.type === 'PAGE_BREAK' || node.type === 'HORIZONTAL_RULE') return [];
  if (node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM') return [];
  const out: TableNode[] = node.type === 'TABLE' ? [node] : [];
  for (const c of node.children as AnyNode[]) out.push(...tablesOf(c));
  return out;
}

function sameAttrs(a: AttrMap, b: AttrMap): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

/** Drops empty runs and merges neighbours with equal attributes, so runs stay canonical for tests and export. */
export function normalizeRuns(node: TextNode): void {
  const out: Run[] = [];
  for (const r of node.runs) {
    if (r.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameAttrs(last.attrs, r.attrs)) last.text += r.text;
    else out.push({ text: r.text, attrs: { ...r.attrs } });
  }
  node.runs = out;
}

/** Splits runs so that `offset` falls on a run boundary; returns the index of the run starting there. */
function splitAt(node: TextNode, offset: number): number {
  let pos = 0;
  for (let i = 0; i < node.runs.length; i++) {
    const r = node.runs[i];
    if (offset === pos) return i;
    if (offset < pos + r.text.length) {
      const cut = offset - pos;
      node.runs.splice(
        i,
        1,
        { text: r.text.slice(0, cut), attrs: { ...r.attrs } },
        { text: r.text.slice(cut), attrs: { ...r.attrs } },
      );
      return i + 1;
    }
    pos += r.text.length;
  }
  return node.runs.length;
}

/** Applies attributes to [start, endExclusive); a null value clears the attribute back to inherited. */
export function setRunAttrs(node: TextNode, start: number, endExclusive: number, attrs: AttrMap): void {
  if (endExclusive <= start) return;
  const from = splitAt(node, start);
  const to = splitAt(node, endExclusive);
  for (let i = from; i < to; i++) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined) delete node.runs[i].attrs[k];
      else node.runs[i].attrs[k] = v;
    }
  }
  normalizeRuns(node);
}

/** Attributes of the character at offset (the last character when offset is the length). */
export function runAttrsAt(node: TextNode, offset: number): AttrMap {
  let pos = 0;
  for (const r of node.runs) {
    if (offset < pos + r.text.length) return r.attrs;
    pos += r.text.length;
  }
  return node.runs[node.runs.length - 1]?.attrs ?? {};
}

/** Inserted text takes the formatting of the character before it, as typing does in the editor. */
export function insertRunText(node: TextNode, offset: number, text: string): void {
  const attrs = { ...runAttrsAt(node, offset > 0 ? offset - 1 : 0) };
  const at = splitAt(node, offset);
  node.runs.splice(at, 0, { text, attrs });
  normalizeRuns(node);
}

export function deleteRunText(node: TextNode, start: number, endExclusive: number): void {
  const from = splitAt(node, start);
  const to = splitAt(node, endExclusive);
  node.runs.splice(from, to - from);
  normalizeRuns(node);
}

/** Replaces the whole text, keeping the formatting of the first character. */
export function replaceRunText(node: TextNode, text: string): void {
  const attrs = { ...(node.runs[0]?.attrs ?? {}) };
  node.runs = text === '' ? [] : [{ text, attrs }];
}
