// Defines the Text stand-in: a rich-text view over one Text element or, through editAsText(), over all the
// text of a paragraph or container (paragraphs separated by '\n', as Google presents it).
import { type DocHandle, FakeElement, fullAttributeMap, registerWrapper } from './element.ts';
import {
  type AttrMap,
  deleteRunText,
  insertRunText,
  replaceRunText,
  runAttrsAt,
  setRunAttrs,
  TEXT_ATTRIBUTES,
  type TextNode,
} from './model.ts';
import { type FakeRangeElement, findInSegments, replaceInNode } from './range-element.ts';

/** A piece of the viewed text: a TEXT node, or a paragraph separator that is read-only. */
export type Segment = { node: TextNode; owner: FakeElement | null } | { sep: string };

/** Where text comes from: a fixed Text element, or a live view recomputed on every call. */
export interface TextSource {
  segments(): Segment[];
  /** Creates a TEXT node to write into when the viewed element has none (an empty paragraph). */
  ensureNode?(): TextNode;
}

export class FakeText extends FakeElement<TextNode> {
  private readonly source: TextSource;

  constructor(h: DocHandle, node: TextNode, parent: FakeElement | null, source?: TextSource) {
    super(h, node, parent);
    this.source = source ?? { segments: () => [{ node, owner: parent }] };
  }

  protected override get className(): string {
    return 'Text';
  }

  private content(): string {
    return this.source
      .segments()
      .map((s) => ('sep' in s ? s.sep : s.node.runs.map((r) => r.text).join('')))
      .join('');
  }

  /** Calls fn for each TEXT node overlapping [start, endExclusive), with node-local offsets. */
  private eachPiece(start: number, endExclusive: number, fn: (node: TextNode, from: number, to: number) => void): void {
    let pos = 0;
    for (const s of this.source.segments()) {
      const len = 'sep' in s ? s.sep.length : s.node.runs.reduce((n, r) => n + r.text.length, 0);
      if (!('sep' in s)) {
        const from = Math.max(start, pos) - pos;
        const to = Math.min(endExclusive, pos + len) - pos;
        if (to > from) fn(s.node, from, to);
      }
      pos += len;
    }
  }

  private locate(offset: number): { node: TextNode; local: number } | null {
    let pos = 0;
    let last: { node: TextNode; local: number } | null = null;
    for (const s of this.source.segments()) {
      const len = 'sep' in s ? s.sep.length : s.node.runs.reduce((n, r) => n + r.text.length, 0);
      if (!('sep' in s)) {
        if (offset >= pos && offset < pos + len) return { node: s.node, local: offset - pos };
        last = { node: s.node, local: offset - pos };
      }
      pos += len;
    }
    if (last && offset === pos) return last;
    return null;
  }

  private checkRange(start: number, endInclusive: number): void {
    const len = this.content().length;
    if (!Number.isInteger(start) || start < 0 || start >= len) {
      throw new Error(`Index (${start}) must be less than the content length (${len}).`);
    }
    if (!Number.isInteger(endInclusive) || endInclusive >= len) {
      throw new Error(`Index (${endInclusive}) must be less than the content length (${len}).`);
    }
    if (endInclusive < start) {
      throw new Error(`Start offset (${start}) must be less than or equal to end offset (${endInclusive}).`);
    }
  }

  private format(method: string, args: unknown[], key: string): this {
    this.call(method);
    const value = args[args.length - 1];
    if (args.length >= 3) {
      const [start, end] = args as [number, number];
      this.checkRange(start, end);
      this.eachPiece(start, end + 1, (n, a, b) => setRunAttrs(n, a, b, { [key]: value }));
    } else {
      this.eachPiece(0, Number.MAX_SAFE_INTEGER, (n, a, b) => setRunAttrs(n, a, b, { [key]: value }));
    }
    return this;
  }

  private attrAt(method: string, key: string, offset?: number | null): unknown {
    this.call(method);
    if (offset === undefined || offset === null) return this.uniform()[key] ?? null;
    const len = this.content().length;
    if (offset < 0 || offset >= len)
      throw new Error(`Index (${offset}) must be less than the content length (${len}).`);
    const at = this.locate(offset);
    return at ? (runAttrsAt(at.node, at.local)[key] ?? null) : null;
  }

  private uniform(): AttrMap {
    return uniformTextAttrs(this.source.segments());
  }

  protected override attributeView(): AttrMap {
    const u = this.uniform();
    const set: AttrMap = {};
    for (const k of TEXT_ATTRIBUTES) if (u[k] !== null && u[k] !== undefined) set[k] = u[k];
    return fullAttributeMap(set);
  }

  protected override applyAttributes(attrs: AttrMap): void {
    applyTextAttrs(this.source.segments(), attrs);
  }

  // https://developers.google.com/apps-script/reference/document/text#getText()
  getText(): string {
    this.call('getText');
    return this.content();
  }

  // https://developers.google.com/apps-script/reference/document/text#setText(String)
  setText(text: string): this {
    this.call('setText');
    const nodes = this.source.segments().filter((s) => !('sep' in s)) as { node: TextNode }[];
    const target = nodes[0]?.node ?? this.source.ensureNode?.();
    if (!target) return this;
    replaceRunText(target, String(text));
    for (const s of nodes.slice(1)) s.node.runs = [];
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/text#appendText(String)
  appendText(text: string): this {
    this.call('appendText');
    const nodes = this.source.segments().filter((s) => !('sep' in s)) as { node: TextNode }[];
    const target = nodes[nodes.length - 1]?.node ?? this.source.ensureNode?.();
    if (!target) return this;
    insertRunText(
      target,
      target.runs.reduce((n, r) => n + r.text.length, 0),
      String(text),
    );
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/text#insertText(Integer,String)
  insertText(offset: number, text: string): this {
    this.call('insertText');
    const len = this.content().length;
    if (offset < 0 || offset > len)
      throw new Error(`Index (${offset}) must be less than or equal to the content length (${len}).`);
    const at = this.locate(offset);
    const target = at ?? (this.source.ensureNode ? { node: this.source.ensureNode(), local: 0 } : null);
    if (target) insertRunText(target.node, target.local, String(text));
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/text#deleteText(Integer,Integer)
  deleteText(startOffset: number, endOffsetInclusive: number): this {
    this.call('deleteText');
    this.checkRange(startOffset, endOffsetInclusive);
    // Collect first: deleting shifts offsets of the pieces that follow.
    const pieces: [TextNode, number, number][] = [];
    this.eachPiece(startOffset, endOffsetInclusive + 1, (n, a, b) => pieces.push([n, a, b]));
    for (const [n, a, b] of pieces) deleteRunText(n, a, b);
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/text#getTextAttributeIndices()
  getTextAttributeIndices(): number[] {
    this.call('getTextAttributeIndices');
    const out: number[] = [];
    let pos = 0;
    for (const s of this.source.segments()) {
      if ('sep' in s) {
        pos += s.sep.length;
        continue;
      }
      for (const r of s.node.runs) {
        if (out[out.length - 1] !== pos) out.push(pos);
        pos += r.text.length;
      }
    }
    return out.length ? out : [0];
  }

  // https://developers.google.com/apps-script/reference/document/text#setAttributes(Integer,Integer,Object)
  override setAttributes(...args: unknown[]): this {
    if (args.length < 3) return super.setAttributes(args[0] as AttrMap);
    this.call('setAttributes');
    const [start, end, attrs] = args as [number, number, AttrMap];
    this.checkRange(start, end);
    const picked: AttrMap = {};
    for (const k of TEXT_ATTRIBUTES) if (k in attrs) picked[k] = attrs[k];
    this.eachPiece(start, end + 1, (n, a, b) => setRunAttrs(n, a, b, picked));
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/text#getAttributes(Integer)
  override getAttributes(offset?: number | null): AttrMap {
    if (offset === undefined || offset === null) return super.getAttributes();
    this.call('getAttributes');
    const len = this.content().length;
    if (offset < 0 || offset >= len)
      throw new Error(`Index (${offset}) must be less than the content length (${len}).`);
    const at = this.locate(offset);
    return fullAttributeMap(at ? runAttrsAt(at.node, at.local) : {});
  }

  // https://developers.google.com/apps-script/reference/document/text#setBold(Integer,Integer,Boolean)
  setBold(...args: [boolean] | [number, number, boolean]): this {
    return this.format('setBold', args, 'BOLD');
  }
  // https://developers.google.com/apps-script/reference/document/text#setItalic(Integer,Integer,Boolean)
  setItalic(...args: [boolean] | [number, number, boolean]): this {
    return this.format('setItalic', args, 'ITALIC');
  }
  // https://developers.google.com/apps-script/reference/document/text#setUnderline(Integer,Integer,Boolean)
  setUnderline(...args: [boolean] | [number, number, boolean]): this {
    return this.format('setUnderline', args, 'UNDERLINE');
  }
  // https://developers.google.com/apps-script/reference/document/text#setStrikethrough(Integer,Integer,Boolean)
  setStrikethrough(...args: [boolean] | [number, number, boolean]): this {
    return this.format('setStrikethrough', args, 'STRIKETHROUGH');
  }
  // https://developers.google.com/apps-script/reference/document/text#setFontFamily(Integer,Integer,String)
  setFontFamily(...args: [string] | [number, number, string]): this {
    return this.format('setFontFamily', args, 'FONT_FAMILY');
  }
  // https://developers.google.com/apps-script/reference/document/text#setFontSize(Integer,Integer,Number)
  setFontSize(...args: [number] | [number, number, number]): this {
    return this.format('setFontSize', args, 'FONT_SIZE');
  }
  // https://developers.google.com/apps-script/reference/document/text#setForegroundColor(Integer,Integer,String)
  setForegroundColor(...args: [string] | [number, number, string]): this {
    return this.format('setForegroundColor', args, 'FOREGROUND_COLOR');
  }
  // https://developers.google.com/apps-script/reference/document/text#setBackgroundColor(Integer,Integer,String)
  setBackgroundColor(...args: [string] | [number, number, string]): this {
    return this.format('setBackgroundColor', args, 'BACKGROUND_COLOR');
  }
  // https://developers.google.com/apps-script/reference/document/text#setLinkUrl(Integer,Integer,String)
  setLinkUrl(...args: [string] | [number, number, string]): this {
    return this.format('setLinkUrl', args, 'LINK_URL');
  }

  // https://developers.google.com/apps-script/reference/document/text#isBold(Integer)
  isBold(offset?: number | null): boolean | null {
    return this.attrAt('isBold', 'BOLD', offset) as boolean | null;
  }
  // https://developers.google.com/apps-script/reference/document/text#isItalic(Integer)
  isItalic(offset?: number | null): boolean | null {
    return this.attrAt('isItalic', 'ITALIC', offset) as boolean | null;
  }
  // https://developers.google.com/apps-script/reference/document/text#isUnderline(Integer)
  isUnderline(offset?: number | null): boolean | null {
    return this.attrAt('isUnderline', 'UNDERLINE', offset) as boolean | null;
  }
  // https://developers.google.com/apps-script/reference/document/text#isStrikethrough(Integer)
  isStrikethrough(offset?: number | null): boolean | null {
    return this.attrAt('isStrikethrough', 'STRIKETHROUGH', offset) as boolean | null;
  }
  // https://developers.google.com/apps-script/reference/document/text#getFontFamily(Integer)
  getFontFamily(offset?: number | null): string | null {
    return this.attrAt('getFontFamily', 'FONT_FAMILY', offset) as string | null;
  }
  // https://developers.google.com/apps-script/reference/document/text#getFontSize(Integer)
  getFontSize(offset?: number | null): number | null {
    return this.attrAt('getFontSize', 'FONT_SIZE', offset) as number | null;
  }
  // https://developers.google.com/apps-script/reference/document/text#getForegroundColor(Integer)
  getForegroundColor(offset?: number | null): string | null {
    return this.attrAt('getForegroundColor', 'FOREGROUND_COLOR', offset) as string | null;
  }
  // https://developers.google.com/apps-script/reference/document/text#getBackgroundColor(Integer)
  getBackgroundColor(offset?: number | null): string | null {
    return this.attrAt('getBackgroundColor', 'BACKGROUND_COLOR', offset) as string | null;
  }
  // https://developers.google.com/apps-script/reference/document/text#getLinkUrl(Integer)
  getLinkUrl(offset?: number | null): string | null {
    return this.attrAt('getLinkUrl', 'LINK_URL', offset) as string | null;
  }

  // https://developers.google.com/apps-script/reference/document/text#editAsText()
  editAsText(): this {
    this.call('editAsText');
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/text#findText(String,RangeElement)
  findText(searchPattern: string, from?: FakeRangeElement | null): FakeRangeElement | null {
    this.call('findText');
    return findInSegments(this.h, this.source.segments(), searchPattern, from ?? null);
  }

  // https://developers.google.com/apps-script/reference/document/text#replaceText(String,String)
  replaceText(searchPattern: string, replacement: string): this {
    this.call('replaceText');
    for (const s of this.source.segments()) {
      if ('sep' in s) continue;
      replaceInNode(s.node, searchPattern, replacement);
    }
    return this;
  }
}

/** Element-level attributes: a value where every character agrees, null where they differ or none is set. */
export function uniformTextAttrs(segments: Segment[]): AttrMap {
  const out: AttrMap = {};
  let first = true;
  for (const s of segments) {
    if ('sep' in s) continue;
    for (const r of s.node.runs) {
      for (const k of TEXT_ATTRIBUTES) {
        const v = r.attrs[k] ?? null;
        if (first) out[k] = v;
        else if (out[k] !== v) out[k] = null;
      }
      first = false;
    }
  }
  return out;
}

/** Applies the text keys of an attribute map to every character of the segments. */
export function applyTextAttrs(segments: Segment[], attrs: AttrMap): void {
  const picked: AttrMap = {};
  for (const k of TEXT_ATTRIBUTES) if (k in attrs) picked[k] = attrs[k];
  if (!Object.keys(picked).length) return;
  for (const s of segments) {
    if ('sep' in s) continue;
    const len = s.node.runs.reduce((n, r) => n + r.text.length, 0);
    setRunAttrs(s.node, 0, len, picked);
  }
}

registerWrapper('TEXT', FakeText as never);
