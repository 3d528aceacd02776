// Defines DataValidation and its builder, and the check Sheets applies when a rule rejects invalid input.
// Known differences: criteria are checked on script writes only when setAllowInvalid(false), for the
// list, checkbox, number, email, URL and date criteria; CUSTOM_FORMULA and VALUE_IN_RANGE always pass.
import type { ServiceContext } from '../context';
import { SerialDate, type Stored } from './cells';
import type { DataValidationCriteria, EnumValue } from './enums';
import { fail } from './messages';

type Criteria = EnumValue<typeof DataValidationCriteria>;
type GasCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
const SERVICE = 'SpreadsheetApp';

export class FakeDataValidation {
  constructor(
    private readonly ctx: ServiceContext,
    readonly criteria: Criteria,
    readonly args: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#copy()
  copy(): FakeDataValidationBuilder {
    this.ctx.call(SERVICE, 'DataValidation.copy');
    const b = new FakeDataValidationBuilder(this.ctx);
    b.withCriteria(this.criteria as unknown as GasCriteria, [...this.args]);
    return b.setAllowInvalid(this.allowInvalid).setHelpText(this.helpText);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getAllowInvalid()
  getAllowInvalid(): boolean {
    this.ctx.call(SERVICE, 'DataValidation.getAllowInvalid');
    return this.allowInvalid;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getCriteriaType()
  getCriteriaType(): GasCriteria {
    this.ctx.call(SERVICE, 'DataValidation.getCriteriaType');
    return this.criteria as unknown as GasCriteria;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getCriteriaValues()
  getCriteriaValues(): unknown[] {
    this.ctx.call(SERVICE, 'DataValidation.getCriteriaValues');
    return this.args.map((a) => (Array.isArray(a) ? [...a] : a));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getHelpText()
  getHelpText(): string {
    this.ctx.call(SERVICE, 'DataValidation.getHelpText');
    return this.helpText;
  }

  /** The list of a VALUE_IN_LIST rule, for exporters. */
  listValues(): string[] | null {
    return this.criteria === 'VALUE_IN_LIST' ? [...(this.args[0] as string[])] : null;
  }

  /** Whether a stored value satisfies the rule (used only when invalid input is rejected). */
  accepts(v: Stored | undefined, display: string): boolean {
    if (v === undefined) return true;
    const a = this.args;
    const num = typeof v === 'number' ? v : v instanceof SerialDate ? v.serial : Number.NaN;
    switch (this.criteria) {
      case 'VALUE_IN_LIST':
        return (a[0] as string[]).includes(display);
      case 'CHECKBOX':
        if (a.length === 0) return typeof v === 'boolean';
        return [a[0], a[1]].some((x) => x !== undefined && String(x) === display);
      case 'NUMBER_BETWEEN':
        return num >= Number(a[0]) && num <= Number(a[1]);
      case 'NUMBER_NOT_BETWEEN':
        return !(num >= Number(a[0]) && num <= Number(a[1]));
      case 'NUMBER_GREATER_THAN':
        return num > Number(a[0]);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return num >= Number(a[0]);
      case 'NUMBER_LESS_THAN':
        return num < Number(a[0]);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return num <= Number(a[0]);
      case 'NUMBER_EQUAL_TO':
        return num === Number(a[0]);
      case 'NUMBER_NOT_EQUAL_TO':
        return !Number.isNaN(num) && num !== Number(a[0]);
      case 'TEXT_IS_VALID_EMAIL':
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(display);
      case 'TEXT_IS_VALID_URL':
        return /^(https?|ftp):\/\/[^\s]+$/i.test(display) || /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(display);
      case 'TEXT_CONTAINS':
        return display.includes(String(a[0]));
      case 'TEXT_DOES_NOT_CONTAIN':
        return !display.includes(String(a[0]));
      case 'TEXT_EQUAL_TO':
        return display === String(a[0]);
      case 'DATE_IS_VALID_DATE':
        return v instanceof SerialDate;
      default:
        return true;
    }
  }
}

// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
export class FakeDataValidationBuilder {
  private criteria: Criteria | null = null;
  private args: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';

  constructor(private readonly ctx: ServiceContext) {}

  private set(method: string, criteria: Criteria, args: unknown[]): this {
    this.ctx.call(SERVICE, `DataValidationBuilder.${method}`);
    this.criteria = criteria;
    this.args = args;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#build()
  build(): FakeDataValidation {
    this.ctx.call(SERVICE, 'DataValidationBuilder.build');
    // Google's wording for a rule without criteria is not documented; this text is the stand-in's own.
    if (this.criteria === null) fail('A data validation rule needs a criteria type.');
    return new FakeDataValidation(this.ctx, this.criteria, [...this.args], this.allowInvalid, this.helpText);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#copy()
  copy(): FakeDataValidationBuilder {
    this.ctx.call(SERVICE, 'DataValidationBuilder.copy');
    const b = new FakeDataValidationBuilder(this.ctx);
    Object.assign(b, {
      criteria: this.criteria,
      args: [...this.args],
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
    return b;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#getAllowInvalid()
  getAllowInvalid(): boolean {
    this.ctx.call(SERVICE, 'DataValidationBuilder.getAllowInvalid');
    return this.allowInvalid;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#getCriteriaType()
  getCriteriaType(): GasCriteria {
    this.ctx.call(SERVICE, 'DataValidationBuilder.getCriteriaType');
    return this.criteria as unknown as GasCriteria;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#getCriteriaValues()
  getCriteriaValues(): unknown[] {
    this.ctx.call(SERVICE, 'DataValidationBuilder.getCriteriaValues');
    return [...this.args];
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#getHelpText()
  getHelpText(): string | null {
    this.ctx.call(SERVICE, 'DataValidationBuilder.getHelpText');
    return this.helpText || null;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireCheckbox()
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const args =
      checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.set('requireCheckbox', 'CHECKBOX', args);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireDate()
  requireDate(): this {
    return this.set('requireDate', 'DATE_IS_VALID_DATE', []);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireDateAfter(Date)
  requireDateAfter(date: Date): this {
    return this.set('requireDateAfter', 'DATE_AFTER', [date]);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireDateBefore(Date)
  requireDateBefore(date: Date): this {
    return this.set('requireDateBefore', 'DATE_BEFORE', [date]);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireFormulaSatisfied(String)
  requireFormulaSatisfied(formula: string): this {
    return this.set('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireNumberBetween(Number,Number)
  requireNumberBetween(start: number, end: number): this {
    return this.set('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireNumberGreaterThanOrEqualTo(Number)
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireNumberLessThanOrEqualTo(Number)
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.set('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireTextIsEmail()
  requireTextIsEmail(): this {
    return this.set('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireTextIsUrl()
  requireTextIsUrl(): this {
    return this.set('requireTextIsUrl', 'TEXT_IS_VALID_URL', []);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInList(String,Boolean)
  requireValueInList(values: string[], showDropdown = true): this {
    return this.set('requireValueInList', 'VALUE_IN_LIST', [[...values], showDropdown]);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)
  setAllowInvalid(allowInvalidData: boolean): this {
    this.ctx.call(SERVICE, 'DataValidationBuilder.setAllowInvalid');
    this.allowInvalid = allowInvalidData;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setHelpText(String)
  setHelpText(helpText: string): this {
    this.ctx.call(SERVICE, 'DataValidationBuilder.setHelpText');
    this.helpText = helpText;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#withCriteria(DataValidationCriteria,Object)
  withCriteria(criteria: GasCriteria, args: unknown[]): this {
    return this.set('withCriteria', criteria as unknown as Criteria, [...args]);
  }
}
