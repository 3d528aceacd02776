// Defines conditional format rules (boolean conditions only) and their builder.
// Known differences: gradient rules are not modelled; rules are stored, never applied to displayed colours.
import type { ServiceContext } from '../context';
import { BooleanCriteria } from './enums';
import { fail } from './messages';
import type { FakeRange } from './range';
import { normalizeColor } from './range';

const SERVICE = 'SpreadsheetApp';
type Criteria = (typeof BooleanCriteria)[keyof typeof BooleanCriteria];

interface RuleState {
  criteria: Criteria | null;
  args: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  ranges: FakeRange[];
}

// https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition
export class FakeBooleanCondition {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly s: RuleState,
  ) {}
  private call(method: string): void {
    this.ctx.call(SERVICE, `BooleanCondition.${method}`);
  }
  getBackground(): string | null {
    this.call('getBackground');
    return this.s.background;
  }
  getBold(): boolean | null {
    this.call('getBold');
    return this.s.bold;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    this.call('getCriteriaType');
    return this.s.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues(): unknown[] {
    this.call('getCriteriaValues');
    return [...this.s.args];
  }
  getFontColor(): string | null {
    this.call('getFontColor');
    return this.s.fontColor;
  }
  getItalic(): boolean | null {
    this.call('getItalic');
    return this.s.italic;
  }
}

// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule
export class FakeConditionalFormatRule {
  constructor(
    private readonly ctx: ServiceContext,
    readonly state: RuleState,
  ) {}
  copy(): FakeConditionalFormatRuleBuilder {
    this.ctx.call(SERVICE, 'ConditionalFormatRule.copy');
    return new FakeConditionalFormatRuleBuilder(this.ctx, { ...this.state, ranges: [...this.state.ranges] });
  }
  getBooleanCondition(): FakeBooleanCondition | null {
    this.ctx.call(SERVICE, 'ConditionalFormatRule.getBooleanCondition');
    return this.state.criteria ? new FakeBooleanCondition(this.ctx, this.state) : null;
  }
  getRanges(): FakeRange[] {
    this.ctx.call(SERVICE, 'ConditionalFormatRule.getRanges');
    return [...this.state.ranges];
  }
}

// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
export class FakeConditionalFormatRuleBuilder {
  private readonly s: RuleState;

  constructor(
    private readonly ctx: ServiceContext,
    state?: RuleState,
  ) {
    this.s = state ?? {
      criteria: null,
      args: [],
      background: null,
      fontColor: null,
      bold: null,
      italic: null,
      ranges: [],
    };
  }

  private call(method: string): void {
    this.ctx.call(SERVICE, `ConditionalFormatRuleBuilder.${method}`);
  }

  private when(method: string, criteria: Criteria, args: unknown[]): this {
    this.call(method);
    this.s.criteria = criteria;
    this.s.args = args;
    return this;
  }

  build(): FakeConditionalFormatRule {
    this.call('build');
    if (!this.s.criteria) fail('A conditional format rule needs a condition.');
    return new FakeConditionalFormatRule(this.ctx, { ...this.s, ranges: [...this.s.ranges] });
  }
  copy(): FakeConditionalFormatRuleBuilder {
    this.call('copy');
    return new FakeConditionalFormatRuleBuilder(this.ctx, { ...this.s, ranges: [...this.s.ranges] });
  }
  getRanges(): FakeRange[] {
    this.call('getRanges');
    return [...this.s.ranges];
  }
  setBackground(color: string | null): this {
    this.call('setBackground');
    this.s.background = normalizeColor(color) ?? null;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.call('setBold');
    this.s.bold = bold;
    return this;
  }
  setFontColor(color: string | null): this {
    this.call('setFontColor');
    this.s.fontColor = normalizeColor(color) ?? null;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.call('setItalic');
    this.s.italic = italic;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.call('setRanges');
    this.s.ranges = [...ranges];
    return this;
  }
  whenCellEmpty(): this {
    return this.when('whenCellEmpty', BooleanCriteria.CELL_EMPTY, []);
  }
  whenCellNotEmpty(): this {
    return this.when('whenCellNotEmpty', BooleanCriteria.CELL_NOT_EMPTY, []);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('whenFormulaSatisfied', BooleanCriteria.CUSTOM_FORMULA, [formula]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when('whenNumberBetween', BooleanCriteria.NUMBER_BETWEEN, [start, end]);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('whenNumberEqualTo', BooleanCriteria.NUMBER_EQUAL_TO, [n]);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('whenNumberGreaterThan', BooleanCriteria.NUMBER_GREATER_THAN, [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('whenNumberGreaterThanOrEqualTo', BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]);
  }
  whenNumberLessThan(n: number): this {
    return this.when('whenNumberLessThan', BooleanCriteria.NUMBER_LESS_THAN, [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when('whenNumberLessThanOrEqualTo', BooleanCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [n]);
  }
  whenTextContains(text: string): this {
    return this.when('whenTextContains', BooleanCriteria.TEXT_CONTAINS, [text]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('whenTextEqualTo', BooleanCriteria.TEXT_EQUAL_TO, [text]);
  }
  whenTextStartsWith(text: string): this {
    return this.when('whenTextStartsWith', BooleanCriteria.TEXT_STARTS_WITH, [text]);
  }
}
