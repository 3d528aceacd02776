// Defines text search for the Docs stand-ins: Google's RangeElement, findText over Text elements, and
// replaceText that keeps each match's formatting.
import { type DocHandle, wrap } from './element.ts';
import { deleteRunText, insertRunText, type TextNode } from './model.ts';
import type { FakeText, Segment } from './text.ts';

/** Google's RangeElement: a found match inside a Text element. */
export class FakeRangeElement {
  constructor(
    private readonly h: DocHandle,
    readonly element: FakeText,
    private readonly start: number,
    private readonly endInclusive: number,
  ) {}
  // https://developers.google.com/apps-script/reference/document/range-element#getElement()
  getElement(): FakeText {
    this.h.call('RangeElement.getElement');
    return this.element;
  }
  // https://developers.google.com/apps-script/reference/document/range-element#getStartOffset()
  getStartOffset(): number {
    this.h.call('RangeElement.getStartOffset');
    return this.start;
  }
  // https://developers.google.com/apps-script/reference/document/range-element#getEndOffsetInclusive()
  getEndOffsetInclusive(): number {
    this.h.call('RangeElement.getEndOffsetInclusive');
    return this.endInclusive;
  }
  // https://developers.google.com/apps-script/reference/document/range-element#isPartial()
  isPartial(): boolean {
    this.h.call('RangeElement.isPartial');
    const len = this.element.node.runs.reduce((n, r) => n + r.text.length, 0);
    return !(this.start === 0 && this.endInclusive === len - 1);
  }
}

/** Searches Text elements in order; Google's patterns are RE2 regular expressions, matched per Text element. */
export function findInSegments(
  h: DocHandle,
  segments: Segment[],
  pattern: string,
  from: FakeRangeElement | null,
): FakeRangeElement | null {
  const re = new RegExp(pattern, 'g');
  let started = from === null;
  for (const s of segments) {
    if ('sep' in s) continue;
    let startAt = 0;
    if (!started) {
      if (from && s.node === from.element.node) {
        started = true;
        startAt = from.getEndOffsetInclusive() + 1;
      } else continue;
    }
    const text = s.node.runs.map((r) => r.text).join('');
    re.lastIndex = startAt;
    const m = re.exec(text);
    if (m && m[0].length > 0) {
      const el = wrap<FakeText>(h, s.node, s.owner);
      return new FakeRangeElement(h, el, m.index, m.index + m[0].length - 1);
    }
  }
  return null;
}

/** Replaces matches keeping the formatting of each match's first character. */
export function replaceInNode(node: TextNode, pattern: string, replacement: string): void {
  const re = new RegExp(pattern, 'g');
  const text = node.runs.map((r) => r.text).join('');
  const matches = [...text.matchAll(re)].filter((m) => m[0].length > 0);
  for (const m of matches.reverse()) {
    const start = m.index ?? 0;
    const repl = m[0].replace(new RegExp(pattern), replacement);
    insertRunText(node, start + 1, repl);
    deleteRunText(node, start + 1 + repl.length, start + 1 + repl.length + m[0].length - 1);
    deleteRunText(node, start, start + 1);
  }
}
