// Defines FakeTextFinder: a search over displayed cell text that costs one recorded call per find,
// whatever the number of rows, as Google's server-side search does.
// Known differences: regular expressions are JavaScript's, not RE2 (the common syntax agrees);
// replaceAllWith writes the replaced text back as typed input (so it is coerced like setValue).
import type { ServiceContext } from '../context';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { Rect } from './sheet-data';

const SERVICE = 'SpreadsheetApp';

export interface SearchArea {
  sheet: FakeSheet;
  /** null = the sheet's data range at search time (spreadsheet-wide finders). */
  rect: Rect | null;
}

interface Hit {
  sheet: FakeSheet;
  r: number;
  c: number;
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

export class FakeTextFinder {
  private matchCaseOn = false;
  private entireCell = false;
  private formulaText = false;
  private noDiacritics = false;
  private regex = false;
  private current: Hit | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly areas: SearchArea[],
    private readonly findText: string,
  ) {}

  private call(method: string): void {
    this.ctx.call(SERVICE, `TextFinder.${method}`);
  }

  private matcher(): (text: string) => boolean {
    const fold = (s: string) => {
      let t = this.noDiacritics ? stripMarks(s) : s;
      if (!this.matchCaseOn) t = t.toLowerCase();
      return t;
    };
    if (this.regex) {
      const source = this.entireCell ? `^(?:${this.findText})$` : this.findText;
      const re = new RegExp(source, this.matchCaseOn ? 'u' : 'iu');
      return (text) => re.test(this.noDiacritics ? stripMarks(text) : text);
    }
    const needle = fold(this.findText);
    return this.entireCell ? (text) => fold(text) === needle : (text) => fold(text).includes(needle);
  }

  private cellText(sheet: FakeSheet, r: number, c: number): string {
    if (this.formulaText) {
      const f = sheet.data.formula(r, c);
      if (f) return f;
    }
    return sheet.data.display(r, c);
  }

  /** Every hit in search order: areas in turn, row by row. */
  private *hits(): Generator<Hit> {
    const test = this.matcher();
    for (const { sheet, rect } of this.areas) {
      const area = rect ?? { r: 0, c: 0, nr: sheet.data.lastRow(), nc: sheet.data.lastColumn() };
      const lastRow = Math.min(area.r + area.nr, sheet.data.lastRow());
      for (let r = area.r; r < lastRow; r++) {
        const row = sheet.data.values.rows[r];
        if (row === undefined) continue;
        const lastCol = Math.min(area.c + area.nc, row.length);
        for (let c = area.c; c < lastCol; c++) {
          if (row[c] === undefined) continue;
          if (test(this.cellText(sheet, r, c))) yield { sheet, r, c };
        }
      }
    }
  }

  private toRange(h: Hit | null): FakeRange | null {
    return h ? h.sheet.rangeAt(h.r + 1, h.c + 1, 1, 1) : null;
  }

  private static after(a: Hit, b: Hit, order: FakeSheet[]): boolean {
    const sa = order.indexOf(a.sheet);
    const sb = order.indexOf(b.sheet);
    return sa !== sb ? sa > sb : a.r !== b.r ? a.r > b.r : a.c > b.c;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#findAll()
  findAll(): FakeRange[] {
    this.call('findAll');
    return [...this.hits()].map((h) => this.toRange(h) as FakeRange);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#findNext()
  findNext(): FakeRange | null {
    this.call('findNext');
    const order = this.areas.map((a) => a.sheet);
    let next: Hit | null = null;
    for (const h of this.hits()) {
      if (!this.current || FakeTextFinder.after(h, this.current, order)) {
        next = h;
        break;
      }
    }
    if (next) this.current = next;
    return this.toRange(next);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#findPrevious()
  findPrevious(): FakeRange | null {
    this.call('findPrevious');
    const order = this.areas.map((a) => a.sheet);
    let prev: Hit | null = null;
    for (const h of this.hits()) {
      if (this.current && !FakeTextFinder.after(this.current, h, order)) break;
      prev = h;
    }
    if (prev) this.current = prev;
    return this.toRange(prev);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#getCurrentMatch()
  getCurrentMatch(): FakeRange | null {
    this.call('getCurrentMatch');
    return this.toRange(this.current);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#ignoreDiacritics(Boolean)
  ignoreDiacritics(ignoreDiacritics: boolean): this {
    this.call('ignoreDiacritics');
    this.noDiacritics = ignoreDiacritics;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#matchCase(Boolean)
  matchCase(matchCase: boolean): this {
    this.call('matchCase');
    this.matchCaseOn = matchCase;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#matchEntireCell(Boolean)
  matchEntireCell(matchEntireCell: boolean): this {
    this.call('matchEntireCell');
    this.entireCell = matchEntireCell;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#matchFormulaText(Boolean)
  matchFormulaText(matchFormulaText: boolean): this {
    this.call('matchFormulaText');
    this.formulaText = matchFormulaText;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#replaceAllWith(String)
  replaceAllWith(replaceText: string): number {
    this.call('replaceAllWith');
    const hits = [...this.hits()];
    for (const h of hits) this.replaceIn(h, replaceText);
    return hits.length;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#replaceWith(String)
  replaceWith(replaceText: string): number {
    this.call('replaceWith');
    if (!this.current) return 0;
    this.replaceIn(this.current, replaceText);
    return 1;
  }

  private replaceIn(h: Hit, replaceText: string): void {
    h.sheet.assertEditable({ r: h.r, c: h.c, nr: 1, nc: 1 });
    const text = h.sheet.data.display(h.r, h.c);
    const flags = this.matchCaseOn ? 'gu' : 'giu';
    const source = this.regex ? this.findText : this.findText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const next = this.entireCell ? replaceText : text.replace(new RegExp(source, flags), replaceText);
    h.sheet.data.write(h.r, h.c, [[next]]);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#startFrom(Range)
  startFrom(startRange: FakeRange): this {
    this.call('startFrom');
    this.current = { sheet: startRange.sheet, r: startRange.row - 1, c: startRange.column - 1 };
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/text-finder#useRegularExpression(Boolean)
  useRegularExpression(useRegEx: boolean): this {
    this.call('useRegularExpression');
    this.regex = useRegEx;
    return this;
  }
}
