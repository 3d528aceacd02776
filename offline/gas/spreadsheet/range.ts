// Defines FakeRange, the stand-in for SpreadsheetApp's Range: RangeFormats plus data validation,
// checkboxes and merges, held to Google's declared signatures.
// Known differences: merges do not follow inserted or deleted rows.
import { FakeDataValidation } from './data-validation';
import { fail } from './messages';
import { RangeFormats } from './range-format';
import type { Mirror } from './shape';
import type { Rect } from './sheet-data';

export { normalizeColor } from './range-format';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type Methods =
  | 'activate'
  | 'breakApart'
  | 'canEdit'
  | 'check'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'createTextFinder'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontFamily'
  | 'getFontSize'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getWidth'
  | 'getWrap'
  | 'insertCheckboxes'
  | 'isBlank'
  | 'isChecked'
  | 'isPartOfMerge'
  | 'merge'
  | 'offset'
  | 'protect'
  | 'removeCheckboxes'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setBorder'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontFamily'
  | 'setFontSize'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setWrapStrategy'
  | 'uncheck';

export class FakeRange extends RangeFormats implements Mirror<GasRange, Methods> {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#breakApart()
  breakApart(): this {
    this.call('breakApart');
    const mine = this.rect();
    this.sheet.data.merges = this.sheet.data.merges.filter((m) => !inside(m, mine));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#check()
  check(): this {
    this.call('check');
    return this.setCheckState(true);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#uncheck()
  uncheck(): this {
    this.call('uncheck');
    return this.setCheckState(false);
  }

  private checkboxValues(r: number, c: number): [unknown, unknown] | null {
    const rule = this.sheet.data.validations.get(r, c);
    if (rule?.criteria !== 'CHECKBOX') return null;
    return rule.args.length === 0 ? [true, false] : [rule.args[0], rule.args[1] ?? ''];
  }

  private setCheckState(checked: boolean): this {
    this.editable();
    const data = this.sheet.data;
    const { r, c, nr, nc } = this.rect();
    for (let i = r; i < r + nr; i++) {
      for (let j = c; j < c + nc; j++) {
        const pair = this.checkboxValues(i, j);
        if (!pair) continue;
        const current = data.read(i, j);
        // Cells holding neither the checked nor the unchecked value are left alone, as documented.
        if (current !== pair[0] && current !== pair[1] && !(current === '' && pair[1] === '')) continue;
        data.write(i, j, [[checked ? pair[0] : pair[1]]]);
      }
    }
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#clearDataValidations()
  clearDataValidations(): this {
    this.call('clearDataValidations');
    this.editable();
    this.sheet.data.clear(this.rect(), { validations: true });
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getDataValidation()
  getDataValidation(): FakeDataValidation | null {
    this.call('getDataValidation');
    return this.sheet.data.validations.get(this.row - 1, this.column - 1) ?? null;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getDataValidations()
  getDataValidations(): (FakeDataValidation | null)[][] {
    this.call('getDataValidations');
    const v = this.sheet.data.validations;
    return this.grid((r, c) => v.get(r, c) ?? null);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#insertCheckboxes()
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    this.call('insertCheckboxes');
    this.editable();
    const args =
      checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    const rule = new FakeDataValidation(this.ctx, 'CHECKBOX', args, true, '');
    const { r, c, nr, nc } = this.rect();
    this.sheet.data.validations.fill(r, c, nr, nc, rule);
    // Google sets every cell to the unchecked value (false by default).
    const unchecked = checkedValue === undefined ? false : (uncheckedValue ?? '');
    this.sheet.data.write(r, c, this.filled(unchecked));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#isChecked()
  isChecked(): boolean | null {
    this.call('isChecked');
    const { r, c, nr, nc } = this.rect();
    let checked = 0;
    let unchecked = 0;
    for (let i = r; i < r + nr; i++) {
      for (let j = c; j < c + nc; j++) {
        const pair = this.checkboxValues(i, j);
        if (!pair) return null;
        const v = this.sheet.data.read(i, j);
        if (v === pair[0]) checked++;
        else unchecked++;
      }
    }
    if (checked > 0 && unchecked > 0) return null;
    return checked > 0;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#isPartOfMerge()
  isPartOfMerge(): boolean {
    this.call('isPartOfMerge');
    const mine = this.rect();
    return this.sheet.data.merges.some((m) => overlaps(m, mine));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#merge()
  merge(): this {
    this.call('merge');
    this.editable();
    const mine = this.rect();
    const data = this.sheet.data;
    if (data.merges.some((m) => overlaps(m, mine) && !inside(m, mine))) {
      fail('You must select all cells in a merged range to merge or unmerge them.');
    }
    data.merges = data.merges.filter((m) => !inside(m, mine));
    if (mine.nr > 1 || mine.nc > 1) data.merges.push(mine);
    // Merging keeps only the top-left value.
    const keep = data.raw(mine.r, mine.c);
    data.clear(mine, { contents: true });
    data.values.set(mine.r, mine.c, keep);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#removeCheckboxes()
  removeCheckboxes(): this {
    this.call('removeCheckboxes');
    const { r, c, nr, nc } = this.rect();
    for (let i = r; i < r + nr; i++) {
      for (let j = c; j < c + nc; j++) {
        const pair = this.checkboxValues(i, j);
        if (!pair) continue;
        const v = this.sheet.data.read(i, j);
        if (v === pair[0] || v === pair[1]) this.sheet.data.values.set(i, j, undefined);
        this.sheet.data.validations.set(i, j, undefined);
      }
    }
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation)
  setDataValidation(rule: FakeDataValidation | null): this {
    this.call('setDataValidation');
    this.editable();
    const { r, c, nr, nc } = this.rect();
    this.sheet.data.validations.fill(r, c, nr, nc, rule ?? undefined);
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidations(DataValidation)
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    this.call('setDataValidations');
    this.checkShape(rules, 'setDataValidations');
    this.editable();
    const { r, c } = this.rect();
    rules.forEach((row, i) => {
      row.forEach((v, j) => {
        this.sheet.data.validations.set(r + i, c + j, v ?? undefined);
      });
    });
    return this;
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.r < b.r + b.nr && b.r < a.r + a.nr && a.c < b.c + b.nc && b.c < a.c + a.nc;
}

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.r >= outer.r &&
    inner.c >= outer.c &&
    inner.r + inner.nr <= outer.r + outer.nr &&
    inner.c + inner.nc <= outer.c + outer.nc
  );
}
