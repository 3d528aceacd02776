// Defines the FormApp validation builders (text, paragraph, checkbox) and the checks a respondent's answer must pass.
//
// Known differences:
// - Google keeps one rule per builder (the last require* call wins); so does this stand-in.
// - requireTextIsUrl accepts http(s) URLs and bare host names with a dot ("example.vn/x"); Google's exact
//   URL grammar is not documented. Patterns use JavaScript RegExp, Google uses RE2 (no back-references there).
// - Validation is only enforced by FakeForm.submitAs (the respondent path). Script submissions through
//   FormResponse.submit() skip it: Google documents no validation for createResponse()/submit().
import type { ServiceContext } from '../context.ts';
import { SERVICE } from './model.ts';

export type TextRule =
  | { kind: 'number' }
  | { kind: 'wholeNumber' }
  | { kind: 'numberBetween'; start: number; end: number }
  | { kind: 'numberNotBetween'; start: number; end: number }
  | { kind: 'numberCompare'; op: '=' | '!=' | '>' | '>=' | '<' | '<='; value: number }
  | { kind: 'pattern'; mode: 'matches' | 'notMatches' | 'contains' | 'notContains'; pattern: string }
  | { kind: 'email' }
  | { kind: 'url' }
  | { kind: 'lengthAtMost'; n: number }
  | { kind: 'lengthAtLeast'; n: number };

export type CheckboxRule = { kind: 'atLeast' | 'atMost' | 'exactly'; n: number };

/** A built TextValidation / ParagraphTextValidation; `rule` is readable offline for tests of form setup. */
export class FakeTextValidation {
  constructor(
    readonly rule: TextRule | null,
    readonly helpText: string,
  ) {}
}

export class FakeCheckboxValidation {
  constructor(
    readonly rule: CheckboxRule | null,
    readonly helpText: string,
  ) {}
}

/** Shared by TextValidationBuilder and ParagraphTextValidationBuilder; the class name feeds the call log. */
export class FakeTextValidationBuilder {
  private rule: TextRule | null = null;
  private helpText = '';
  constructor(
    private readonly ctx: ServiceContext,
    private readonly className: 'TextValidationBuilder' | 'ParagraphTextValidationBuilder' = 'TextValidationBuilder',
  ) {}

  private set(method: string, rule: TextRule): this {
    this.ctx.call(SERVICE, `${this.className}.${method}`);
    this.rule = rule;
    return this;
  }

  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireNumber()
  requireNumber(): this {
    return this.set('requireNumber', { kind: 'number' });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireWholeNumber()
  requireWholeNumber(): this {
    return this.set('requireWholeNumber', { kind: 'wholeNumber' });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireNumberBetween(Number,Number)
  requireNumberBetween(start: number, end: number): this {
    return this.set('requireNumberBetween', { kind: 'numberBetween', start, end });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireNumberNotBetween(Number,Number)
  requireNumberNotBetween(start: number, end: number): this {
    return this.set('requireNumberNotBetween', { kind: 'numberNotBetween', start, end });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireNumberEqualTo(Number)
  requireNumberEqualTo(value: number): this {
    return this.set('requireNumberEqualTo', { kind: 'numberCompare', op: '=', value });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireNumberNotEqualTo(Number)
  requireNumberNotEqualTo(value: number): this {
    return this.set('requireNumberNotEqualTo', { kind: 'numberCompare', op: '!=', value });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireNumberGreaterThan(Number)
  requireNumberGreaterThan(value: number): this {
    return this.set('requireNumberGreaterThan', { kind: 'numberCompare', op: '>', value });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireNumberGreaterThanOrEqualTo(Number)
  requireNumberGreaterThanOrEqualTo(value: number): this {
    return this.set('requireNumberGreaterThanOrEqualTo', { kind: 'numberCompare', op: '>=', value });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireNumberLessThan(Number)
  requireNumberLessThan(value: number): this {
    return this.set('requireNumberLessThan', { kind: 'numberCompare', op: '<', value });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireNumberLessThanOrEqualTo(Number)
  requireNumberLessThanOrEqualTo(value: number): this {
    return this.set('requireNumberLessThanOrEqualTo', { kind: 'numberCompare', op: '<=', value });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireTextMatchesPattern(String)
  requireTextMatchesPattern(pattern: string): this {
    return this.set('requireTextMatchesPattern', { kind: 'pattern', mode: 'matches', pattern });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireTextDoesNotMatchPattern(String)
  requireTextDoesNotMatchPattern(pattern: string): this {
    return this.set('requireTextDoesNotMatchPattern', { kind: 'pattern', mode: 'notMatches', pattern });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireTextContainsPattern(String)
  requireTextContainsPattern(pattern: string): this {
    return this.set('requireTextContainsPattern', { kind: 'pattern', mode: 'contains', pattern });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireTextDoesNotContainPattern(String)
  requireTextDoesNotContainPattern(pattern: string): this {
    return this.set('requireTextDoesNotContainPattern', { kind: 'pattern', mode: 'notContains', pattern });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireTextIsEmail()
  requireTextIsEmail(): this {
    return this.set('requireTextIsEmail', { kind: 'email' });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireTextIsUrl()
  requireTextIsUrl(): this {
    return this.set('requireTextIsUrl', { kind: 'url' });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireTextLengthLessThanOrEqualTo(Integer)
  requireTextLengthLessThanOrEqualTo(n: number): this {
    return this.set('requireTextLengthLessThanOrEqualTo', { kind: 'lengthAtMost', n });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireTextLengthGreaterThanOrEqualTo(Integer)
  requireTextLengthGreaterThanOrEqualTo(n: number): this {
    return this.set('requireTextLengthGreaterThanOrEqualTo', { kind: 'lengthAtLeast', n });
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#setHelpText(String)
  setHelpText(text: string): this {
    this.ctx.call(SERVICE, `${this.className}.setHelpText`);
    this.helpText = text;
    return this;
  }
  // https://developers.google.com/apps-script/reference/forms/text-validation-builder#build()
  build(): FakeTextValidation {
    this.ctx.call(SERVICE, `${this.className}.build`);
    return new FakeTextValidation(this.rule, this.helpText);
  }
}

export class FakeCheckboxValidationBuilder {
  private rule: CheckboxRule | null = null;
  private helpText = '';
  constructor(private readonly ctx: ServiceContext) {}

  private set(method: string, rule: CheckboxRule): this {
    this.ctx.call(SERVICE, `CheckboxValidationBuilder.${method}`);
    this.rule = rule;
    return this;
  }
  // https://developers.google.com/apps-script/reference/forms/checkbox-validation-builder#requireSelectAtLeast(Integer)
  requireSelectAtLeast(n: number): this {
    return this.set('requireSelectAtLeast', { kind: 'atLeast', n });
  }
  // https://developers.google.com/apps-script/reference/forms/checkbox-validation-builder#requireSelectAtMost(Integer)
  requireSelectAtMost(n: number): this {
    return this.set('requireSelectAtMost', { kind: 'atMost', n });
  }
  // https://developers.google.com/apps-script/reference/forms/checkbox-validation-builder#requireSelectExactly(Integer)
  requireSelectExactly(n: number): this {
    return this.set('requireSelectExactly', { kind: 'exactly', n });
  }
  // https://developers.google.com/apps-script/reference/forms/checkbox-validation-builder#setHelpText(String)
  setHelpText(text: string): this {
    this.ctx.call(SERVICE, 'CheckboxValidationBuilder.setHelpText');
    this.helpText = text;
    return this;
  }
  // https://developers.google.com/apps-script/reference/forms/checkbox-validation-builder#build()
  build(): FakeCheckboxValidation {
    this.ctx.call(SERVICE, 'CheckboxValidationBuilder.build');
    return new FakeCheckboxValidation(this.rule, this.helpText);
  }
}

function parseNumber(text: string): number | null {
  const t = text.trim();
  if (t === '' || !/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  return Number(t);
}

const URL_LIKE = /^(https?:\/\/)?([\p{L}\p{N}-]+\.)+[\p{L}]{2,}(:\d+)?([/?#]\S*)?$/u;
const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether a respondent's text passes a text rule (Google checks only non-empty answers). */
export function textPasses(rule: TextRule, text: string): boolean {
  const n = parseNumber(text);
  switch (rule.kind) {
    case 'number':
      return n !== null;
    case 'wholeNumber':
      return n !== null && Number.isInteger(n);
    case 'numberBetween':
      return n !== null && n >= Math.min(rule.start, rule.end) && n <= Math.max(rule.start, rule.end);
    case 'numberNotBetween':
      return n !== null && (n < Math.min(rule.start, rule.end) || n > Math.max(rule.start, rule.end));
    case 'numberCompare':
      if (n === null) return false;
      return {
        '=': n === rule.value,
        '!=': n !== rule.value,
        '>': n > rule.value,
        '>=': n >= rule.value,
        '<': n < rule.value,
        '<=': n <= rule.value,
      }[rule.op];
    case 'pattern': {
      const whole = new RegExp(`^(?:${rule.pattern})$`, 'u').test(text);
      const part = new RegExp(rule.pattern, 'u').test(text);
      return { matches: whole, notMatches: !whole, contains: part, notContains: !part }[rule.mode];
    }
    case 'email':
      return EMAIL_LIKE.test(text.trim());
    case 'url':
      return URL_LIKE.test(text.trim());
    case 'lengthAtMost':
      return [...text].length <= rule.n;
    case 'lengthAtLeast':
      return [...text].length >= rule.n;
  }
}

export function checkboxPasses(rule: CheckboxRule, count: number): boolean {
  if (rule.kind === 'atLeast') return count >= rule.n;
  if (rule.kind === 'atMost') return count <= rule.n;
  return count === rule.n;
}
