// Defines the form item stand-ins: the generic Item, the question items this project uses, Choice and SectionHeaderItem.
//
// Known differences:
// - Only TEXT, PARAGRAPH_TEXT, LIST, MULTIPLE_CHOICE, CHECKBOX and SECTION_HEADER items exist; as*Item for the other
//   types throws "Invalid conversion" like a mismatched type would. Quiz members (points, feedback) are left out.
// - Choices carry no page navigation (getPageNavigationType() is always CONTINUE).
// - The wording of the createResponse refusal and of the empty-choice / duplicate-choice refusals is not documented
//   by Google; see Errors in model.ts.
import type { ServiceContext } from '../context.ts';
import { FakeItemResponse } from './item-response.ts';
import {
  type Answer,
  Errors,
  type FormState,
  type ItemRecord,
  ItemType,
  type ItemTypeName,
  PageNavigationType,
  SERVICE,
} from './model.ts';
import { FakeCheckboxValidation, FakeTextValidation } from './validation.ts';

const owners = new WeakMap<object, { state: FormState; rec: ItemRecord }>();

/** The form and record behind any item view, or undefined for an object that is not one of ours. */
export function itemOwner(view: unknown): { state: FormState; rec: ItemRecord } | undefined {
  return typeof view === 'object' && view !== null ? owners.get(view) : undefined;
}

// https://developers.google.com/apps-script/reference/forms/choice
export class FakeChoice {
  readonly #ctx: ServiceContext;
  readonly #value: string;
  constructor(ctx: ServiceContext, value: string) {
    this.#ctx = ctx;
    this.#value = String(value);
  }
  static valueOf(choice: FakeChoice): string {
    return choice.#value;
  }
  // https://developers.google.com/apps-script/reference/forms/choice#getValue()
  getValue(): string {
    this.#ctx.call(SERVICE, 'Choice.getValue');
    return this.#value;
  }
  // https://developers.google.com/apps-script/reference/forms/choice#isCorrectAnswer()
  isCorrectAnswer(): boolean {
    this.#ctx.call(SERVICE, 'Choice.isCorrectAnswer');
    return false;
  }
  // https://developers.google.com/apps-script/reference/forms/choice#getPageNavigationType()
  getPageNavigationType(): string {
    this.#ctx.call(SERVICE, 'Choice.getPageNavigationType');
    return PageNavigationType.CONTINUE;
  }
}

abstract class BaseItem {
  protected abstract readonly className: string;
  constructor(
    protected readonly state: FormState,
    protected readonly rec: ItemRecord,
  ) {
    owners.set(this, { state, rec });
  }

  protected call(method: string): void {
    this.state.ctx.call(SERVICE, `${this.className}.${method}`);
    if (this.rec.deleted) throw new Error(Errors.itemDeleted);
  }

  // https://developers.google.com/apps-script/reference/forms/item#getId()
  getId(): number {
    this.call('getId');
    return this.rec.id;
  }
  // https://developers.google.com/apps-script/reference/forms/item#getTitle()
  getTitle(): string {
    this.call('getTitle');
    return this.rec.title;
  }
  // https://developers.google.com/apps-script/reference/forms/item#setTitle(String)
  setTitle(title: string): this {
    this.call('setTitle');
    this.rec.title = String(title);
    return this;
  }
  // https://developers.google.com/apps-script/reference/forms/item#getHelpText()
  getHelpText(): string {
    this.call('getHelpText');
    return this.rec.helpText;
  }
  // https://developers.google.com/apps-script/reference/forms/item#setHelpText(String)
  setHelpText(text: string): this {
    this.call('setHelpText');
    this.rec.helpText = String(text);
    return this;
  }
  // https://developers.google.com/apps-script/reference/forms/item#getType()
  getType(): ItemTypeName {
    this.call('getType');
    return this.rec.type;
  }
  // https://developers.google.com/apps-script/reference/forms/item#getIndex()
  getIndex(): number {
    this.call('getIndex');
    return this.state.indexOf(this.rec);
  }
  // https://developers.google.com/apps-script/reference/forms/item#duplicate()
  duplicate(): this {
    this.call('duplicate');
    const copy = this.state.newItem(this.rec.type);
    Object.assign(copy, { ...this.rec, id: copy.id, choices: this.rec.choices.map((c) => ({ ...c })) });
    const Ctor = this.constructor as new (state: FormState, rec: ItemRecord) => this;
    return new Ctor(this.state, copy);
  }
}

// https://developers.google.com/apps-script/reference/forms/item
export class FakeItem extends BaseItem {
  protected readonly className = 'Item';

  private as<T>(method: string, type: ItemTypeName, Ctor: new (s: FormState, r: ItemRecord) => T): T {
    this.call(method);
    if (this.rec.type !== type) throw new Error(Errors.invalidConversion(this.rec.type));
    return new Ctor(this.state, this.rec);
  }
  // https://developers.google.com/apps-script/reference/forms/item#asTextItem()
  asTextItem(): FakeTextItem {
    return this.as('asTextItem', ItemType.TEXT, FakeTextItem);
  }
  // https://developers.google.com/apps-script/reference/forms/item#asParagraphTextItem()
  asParagraphTextItem(): FakeParagraphTextItem {
    return this.as('asParagraphTextItem', ItemType.PARAGRAPH_TEXT, FakeParagraphTextItem);
  }
  // https://developers.google.com/apps-script/reference/forms/item#asListItem()
  asListItem(): FakeListItem {
    return this.as('asListItem', ItemType.LIST, FakeListItem);
  }
  // https://developers.google.com/apps-script/reference/forms/item#asMultipleChoiceItem()
  asMultipleChoiceItem(): FakeMultipleChoiceItem {
    return this.as('asMultipleChoiceItem', ItemType.MULTIPLE_CHOICE, FakeMultipleChoiceItem);
  }
  // https://developers.google.com/apps-script/reference/forms/item#asCheckboxItem()
  asCheckboxItem(): FakeCheckboxItem {
    return this.as('asCheckboxItem', ItemType.CHECKBOX, FakeCheckboxItem);
  }
  // https://developers.google.com/apps-script/reference/forms/item#asSectionHeaderItem()
  asSectionHeaderItem(): FakeSectionHeaderItem {
    return this.as('asSectionHeaderItem', ItemType.SECTION_HEADER, FakeSectionHeaderItem);
  }
  // https://developers.google.com/apps-script/reference/forms/item#asPageBreakItem()
  asPageBreakItem(): never {
    return this.as('asPageBreakItem', ItemType.PAGE_BREAK, FakeItem as never);
  }
  // https://developers.google.com/apps-script/reference/forms/item#asDateItem()
  asDateItem(): never {
    return this.as('asDateItem', ItemType.DATE, FakeItem as never);
  }
  // https://developers.google.com/apps-script/reference/forms/item#asScaleItem()
  asScaleItem(): never {
    return this.as('asScaleItem', ItemType.SCALE, FakeItem as never);
  }
  // https://developers.google.com/apps-script/reference/forms/item#asGridItem()
  asGridItem(): never {
    return this.as('asGridItem', ItemType.GRID, FakeItem as never);
  }
}

export class FakeSectionHeaderItem extends BaseItem {
  protected readonly className = 'SectionHeaderItem';
}

abstract class QuestionItem extends BaseItem {
  // https://developers.google.com/apps-script/reference/forms/text-item#isRequired()
  isRequired(): boolean {
    this.call('isRequired');
    return this.rec.required;
  }
  // https://developers.google.com/apps-script/reference/forms/text-item#setRequired(Boolean)
  setRequired(enabled: boolean): this {
    this.call('setRequired');
    this.rec.required = Boolean(enabled);
    return this;
  }
  protected respond(value: Answer): FakeItemResponse {
    return new FakeItemResponse(this.state.ctx, new FakeItem(this.state, this.rec), value);
  }
}

// https://developers.google.com/apps-script/reference/forms/text-item
export class FakeTextItem extends QuestionItem {
  protected readonly className: string = 'TextItem';
  // https://developers.google.com/apps-script/reference/forms/text-item#setValidation(TextValidation)
  setValidation(
    validation:
      | FakeTextValidation
      | GoogleAppsScript.Forms.TextValidation
      | GoogleAppsScript.Forms.ParagraphTextValidation,
  ): this {
    this.call('setValidation');
    if (!(validation instanceof FakeTextValidation)) throw new Error('Invalid argument: validation');
    this.rec.validation = validation;
    return this;
  }
  // https://developers.google.com/apps-script/reference/forms/text-item#clearValidation()
  clearValidation(): this {
    this.call('clearValidation');
    this.rec.validation = null;
    return this;
  }
  /** Offline inspection of what setValidation stored (Google has no getter). */
  getValidationForTest(): FakeTextValidation | null {
    return this.rec.validation as FakeTextValidation | null;
  }
  // https://developers.google.com/apps-script/reference/forms/text-item#createResponse(String)
  // Google documents no validation here: any text is accepted (validation binds human respondents only).
  createResponse(response: string): FakeItemResponse {
    this.call('createResponse');
    return this.respond(String(response));
  }
}

// https://developers.google.com/apps-script/reference/forms/paragraph-text-item
export class FakeParagraphTextItem extends FakeTextItem {
  protected override readonly className = 'ParagraphTextItem';
}

abstract class ChoiceItem extends QuestionItem {
  // https://developers.google.com/apps-script/reference/forms/list-item#createChoice(String)
  createChoice(value: string): FakeChoice {
    this.call('createChoice');
    return new FakeChoice(this.state.ctx, value);
  }
  // https://developers.google.com/apps-script/reference/forms/list-item#getChoices()
  getChoices(): FakeChoice[] {
    this.call('getChoices');
    return this.rec.choices.map((c) => new FakeChoice(this.state.ctx, c.value));
  }
  // https://developers.google.com/apps-script/reference/forms/list-item#setChoices(Choice)
  setChoices(choices: (FakeChoice | { getValue(): string })[]): this {
    this.call('setChoices');
    return this.replaceChoices(choices.map((c) => (c instanceof FakeChoice ? FakeChoice.valueOf(c) : c.getValue())));
  }
  // https://developers.google.com/apps-script/reference/forms/list-item#setChoiceValues(String)
  setChoiceValues(values: string[]): this {
    this.call('setChoiceValues');
    return this.replaceChoices(values.map(String));
  }
  private replaceChoices(values: string[]): this {
    if (!values || values.length === 0) throw new Error(Errors.emptyChoices);
    if (new Set(values).size !== values.length) throw new Error(Errors.invalidDataUpdating);
    this.rec.choices = values.map((value) => ({ value }));
    return this;
  }
  /** A response must equal a choice exactly (case, spaces, diacritics), unless "Other" is on. */
  protected requireChoice(value: string): void {
    if (this.rec.otherOption) return;
    if (!this.rec.choices.some((c) => c.value === value)) throw new Error(Errors.invalidResponse);
  }
}

// https://developers.google.com/apps-script/reference/forms/list-item
export class FakeListItem extends ChoiceItem {
  protected readonly className = 'ListItem';
  // https://developers.google.com/apps-script/reference/forms/list-item#createResponse(String)
  createResponse(response: string): FakeItemResponse {
    this.call('createResponse');
    this.requireChoice(String(response));
    return this.respond(String(response));
  }
}

abstract class OtherOptionItem extends ChoiceItem {
  // https://developers.google.com/apps-script/reference/forms/multiple-choice-item#showOtherOption(Boolean)
  showOtherOption(enabled: boolean): this {
    this.call('showOtherOption');
    this.rec.otherOption = Boolean(enabled);
    return this;
  }
  // https://developers.google.com/apps-script/reference/forms/multiple-choice-item#hasOtherOption()
  hasOtherOption(): boolean {
    this.call('hasOtherOption');
    return this.rec.otherOption;
  }
}

// https://developers.google.com/apps-script/reference/forms/multiple-choice-item
export class FakeMultipleChoiceItem extends OtherOptionItem {
  protected readonly className = 'MultipleChoiceItem';
  // https://developers.google.com/apps-script/reference/forms/multiple-choice-item#createResponse(String)
  createResponse(response: string): FakeItemResponse {
    this.call('createResponse');
    this.requireChoice(String(response));
    return this.respond(String(response));
  }
}

// https://developers.google.com/apps-script/reference/forms/checkbox-item
export class FakeCheckboxItem extends OtherOptionItem {
  protected readonly className = 'CheckboxItem';
  // https://developers.google.com/apps-script/reference/forms/checkbox-item#setValidation(CheckboxValidation)
  setValidation(validation: FakeCheckboxValidation | GoogleAppsScript.Forms.CheckboxValidation): this {
    this.call('setValidation');
    if (!(validation instanceof FakeCheckboxValidation)) throw new Error('Invalid argument: validation');
    this.rec.validation = validation;
    return this;
  }
  // https://developers.google.com/apps-script/reference/forms/checkbox-item#clearValidation()
  clearValidation(): this {
    this.call('clearValidation');
    this.rec.validation = null;
    return this;
  }
  /** Offline inspection of what setValidation stored (Google has no getter). */
  getValidationForTest(): FakeCheckboxValidation | null {
    return this.rec.validation as FakeCheckboxValidation | null;
  }
  // https://developers.google.com/apps-script/reference/forms/checkbox-item#createResponse(String)
  createResponse(responses: string[]): FakeItemResponse {
    this.call('createResponse');
    const values = [...responses].map(String);
    for (const v of values) this.requireChoice(v);
    return this.respond(values);
  }
}

/** The typed view Form.add*Item returns for a record. */
export function typedView(state: FormState, rec: ItemRecord): BaseItem {
  switch (rec.type) {
    case ItemType.TEXT:
      return new FakeTextItem(state, rec);
    case ItemType.PARAGRAPH_TEXT:
      return new FakeParagraphTextItem(state, rec);
    case ItemType.LIST:
      return new FakeListItem(state, rec);
    case ItemType.MULTIPLE_CHOICE:
      return new FakeMultipleChoiceItem(state, rec);
    case ItemType.CHECKBOX:
      return new FakeCheckboxItem(state, rec);
    default:
      return new FakeSectionHeaderItem(state, rec);
  }
}

export type { BaseItem };
