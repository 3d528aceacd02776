// Defines RangeFormats: the formatting part of the Range stand-in (number formats, fonts, colours,
// alignment, wrap, borders, notes, clearing), over RangeValues.
// Known differences: colours are kept as given in hex (lower-cased, "#abc" widened) and a few CSS names;
// borders are stored per cell for export, not drawn.
import { RangeValues } from './range-values';
import { type BorderSide, FORMAT_DEFAULTS, type FormatKey } from './sheet-data';

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
};

/** undefined resets the cell to Google's default. */
export function normalizeColor(color: string | null | undefined): string | undefined {
  if (color === null || color === undefined || color === '') return undefined;
  const c = color.trim().toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}`;
  return NAMED[c] ?? c;
}

export class RangeFormats extends RangeValues {
  protected setFormat(method: string, key: FormatKey, v: string | number | undefined): this {
    this.call(method);
    this.editable();
    const { r, c, nr, nc } = this.rect();
    this.sheet.data.formats[key].fill(r, c, nr, nc, v);
    return this;
  }

  protected setFormatGrid<T>(
    method: string,
    key: FormatKey,
    m: T[][],
    map: (v: T) => string | number | undefined,
  ): this {
    this.call(method);
    this.checkShape(m, method);
    this.editable();
    const { r, c } = this.rect();
    const layer = this.sheet.data.formats[key];
    m.forEach((row, i) => {
      row.forEach((v, j) => {
        layer.set(r + i, c + j, map(v));
      });
    });
    return this;
  }

  protected getFormat<T extends string | number>(method: string, key: FormatKey): T {
    this.call(method);
    return this.sheet.data.format(key, this.row - 1, this.column - 1) as T;
  }

  protected getFormatGrid<T extends string | number>(method: string, key: FormatKey): T[][] {
    this.call(method);
    const data = this.sheet.data;
    return this.grid((r, c) => data.format(key, r, c) as T);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#clear(Object)
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): this {
    this.call('clear');
    this.editable();
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    this.sheet.data.clear(this.rect(), {
      contents: !any || o.contentsOnly,
      formats: !any || o.formatOnly,
      validations: o.validationsOnly,
      notes: o.commentsOnly,
    });
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#clearFormat()
  clearFormat(): this {
    this.call('clearFormat');
    this.editable();
    this.sheet.data.clear(this.rect(), { formats: true });
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#clearNote()
  clearNote(): this {
    this.call('clearNote');
    this.sheet.data.clear(this.rect(), { notes: true });
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getBackground()
  getBackground(): string {
    return this.getFormat('getBackground', 'background');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getBackgrounds()
  getBackgrounds(): string[][] {
    return this.getFormatGrid('getBackgrounds', 'background');
  }

  /** Deprecated in Google's reference but still served; kept for exporters and older scripts. */
  getFontColor(): string {
    return this.getFormat('getFontColor', 'fontColor');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFontFamily()
  getFontFamily(): string {
    return this.getFormat('getFontFamily', 'fontFamily');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFontSize()
  getFontSize(): number {
    return this.getFormat('getFontSize', 'fontSize');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFontWeight()
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getFormat('getFontWeight', 'fontWeight');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getFontWeights()
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.getFormatGrid('getFontWeights', 'fontWeight');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getHorizontalAlignment()
  getHorizontalAlignment(): string {
    return this.getFormat('getHorizontalAlignment', 'horizontalAlignment');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getNote()
  getNote(): string {
    this.call('getNote');
    return this.sheet.data.notes.get(this.row - 1, this.column - 1) ?? '';
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getNotes()
  getNotes(): string[][] {
    this.call('getNotes');
    const notes = this.sheet.data.notes;
    return this.grid((r, c) => notes.get(r, c) ?? '');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getNumberFormat()
  getNumberFormat(): string {
    return this.getFormat('getNumberFormat', 'numberFormat');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getNumberFormats()
  getNumberFormats(): string[][] {
    return this.getFormatGrid('getNumberFormats', 'numberFormat');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getVerticalAlignment()
  getVerticalAlignment(): string {
    return this.getFormat('getVerticalAlignment', 'verticalAlignment');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getWrap()
  getWrap(): boolean {
    return this.getFormat('getWrap', 'wrapStrategy') === 'WRAP';
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setBackground(String)
  setBackground(color: string | null): this {
    return this.setFormat('setBackground', 'background', normalizeColor(color));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setBackgrounds(String)
  setBackgrounds(colors: (string | null)[][]): this {
    return this.setFormatGrid('setBackgrounds', 'background', colors, normalizeColor);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setBorder(Boolean,Boolean,Boolean,Boolean,Boolean,Boolean,String,BorderStyle)
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): this {
    this.call('setBorder');
    this.editable();
    const side: BorderSide = { color: normalizeColor(color) ?? '#000000', style: String(style ?? 'SOLID') };
    const pick = (flag: boolean | null, current: BorderSide | undefined) =>
      flag === null ? current : flag ? side : undefined;
    const { r, c, nr, nc } = this.rect();
    const layer = this.sheet.data.borders;
    for (let i = r; i < r + nr; i++) {
      for (let j = c; j < c + nc; j++) {
        const b = { ...(layer.get(i, j) ?? {}) };
        b.top = pick(i === r ? top : horizontal, b.top);
        b.bottom = pick(i === r + nr - 1 ? bottom : horizontal, b.bottom);
        b.left = pick(j === c ? left : vertical, b.left);
        b.right = pick(j === c + nc - 1 ? right : vertical, b.right);
        layer.set(i, j, b.top || b.bottom || b.left || b.right ? b : undefined);
      }
    }
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontColor(String)
  setFontColor(color: string | null): this {
    return this.setFormat('setFontColor', 'fontColor', normalizeColor(color));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontColors(Object)
  setFontColors(colors: (string | null)[][]): this {
    return this.setFormatGrid('setFontColors', 'fontColor', colors, normalizeColor);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontFamily(String)
  setFontFamily(fontFamily: string | null): this {
    return this.setFormat('setFontFamily', 'fontFamily', fontFamily ?? undefined);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontSize(Integer)
  setFontSize(size: number): this {
    return this.setFormat('setFontSize', 'fontSize', size);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontStyle(String)
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): this {
    return this.setFormat('setFontStyle', 'fontStyle', fontStyle ?? undefined);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontWeight(String)
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    return this.setFormat('setFontWeight', 'fontWeight', fontWeight ?? undefined);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontWeights(Object)
  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): this {
    return this.setFormatGrid('setFontWeights', 'fontWeight', fontWeights, (v) => v ?? undefined);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setHorizontalAlignment(String)
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): this {
    return this.setFormat('setHorizontalAlignment', 'horizontalAlignment', alignment ?? undefined);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setNote(String)
  setNote(note: string | null): this {
    this.call('setNote');
    const { r, c, nr, nc } = this.rect();
    this.sheet.data.notes.fill(r, c, nr, nc, note || undefined);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setNotes(Object)
  setNotes(notes: (string | null)[][]): this {
    this.call('setNotes');
    this.checkShape(notes, 'setNotes');
    const { r, c } = this.rect();
    notes.forEach((row, i) => {
      row.forEach((v, j) => {
        this.sheet.data.notes.set(r + i, c + j, v || undefined);
      });
    });
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)
  setNumberFormat(numberFormat: string): this {
    return this.setFormat('setNumberFormat', 'numberFormat', numberFormat);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormats(Object)
  setNumberFormats(numberFormats: string[][]): this {
    return this.setFormatGrid('setNumberFormats', 'numberFormat', numberFormats, (v) => v);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setVerticalAlignment(String)
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): this {
    return this.setFormat('setVerticalAlignment', 'verticalAlignment', alignment ?? undefined);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setWrap(Boolean)
  setWrap(isWrapEnabled: boolean): this {
    return this.setFormat('setWrap', 'wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setWrapStrategy(WrapStrategy)
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): this {
    return this.setFormat('setWrapStrategy', 'wrapStrategy', String(strategy) || FORMAT_DEFAULTS.wrapStrategy);
  }
}
