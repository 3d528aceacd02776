// Defines the FormApp stand-in (FakeFormApp, createFormApp) and re-exports the form classes it hands out.
//
// Known differences (see also the lists in offline/gas/forms/*.ts):
// - Enum values (ItemType, EmailCollectionType, DestinationType…) are their names as strings; Google's are objects
//   whose toString() is the name, so `==`, `===` against FormApp.ItemType.X and String(x) behave the same.
// - openById/openByUrl of an unknown id throw Drive's "No item with the given ID…" wording; FormApp's exact text
//   for a missing form is not documented.
// - New forms start unpublished (the 2026 Forms change, SPEC §11) unless `newForms` says otherwise.
// - getActiveForm() is null unless a test sets one with setActiveFormForTest; getUi() is not implemented.
// - Form, item and response ids are deterministic (from ctx.nextId and a counter), shaped like Google's.
import { createHash } from 'node:crypto';
import type { ServiceContext } from './context.ts';
import { FakeForm } from './forms/form.ts';
import {
  DestinationType,
  EmailCollectionType,
  Errors,
  type FormSettings,
  FormState,
  ItemType,
  PageNavigationType,
  SERVICE,
} from './forms/model.ts';
import { FakeCheckboxValidationBuilder, FakeTextValidationBuilder } from './forms/validation.ts';

export type { AnswersByTitle, ImportedResponse } from './forms/form.ts';
export { FakeForm } from './forms/form.ts';
export { FakeFormResponse } from './forms/form-response.ts';
export { FakeItemResponse } from './forms/item-response.ts';
export {
  FakeCheckboxItem,
  FakeChoice,
  FakeItem,
  FakeListItem,
  FakeMultipleChoiceItem,
  FakeParagraphTextItem,
  FakeSectionHeaderItem,
  FakeTextItem,
} from './forms/items.ts';
export { DestinationType, EmailCollectionType, ItemType, PageNavigationType } from './forms/model.ts';
export {
  FakeCheckboxValidation,
  FakeCheckboxValidationBuilder,
  FakeTextValidation,
  FakeTextValidationBuilder,
} from './forms/validation.ts';

/**
 * How FormApp.create() starts a form: 'unpublished' (API-created forms from mid-2026), 'published' (API-created
 * forms before that), or 'legacy' (published, without publishing settings).
 */
export type NewFormMode = 'unpublished' | 'published' | 'legacy';

function idChars(seed: string, length: number): string {
  return createHash('sha256').update(seed).digest('base64url').repeat(2).slice(0, length);
}

// https://developers.google.com/apps-script/reference/forms/form-app
export class FakeFormApp {
  readonly ItemType = ItemType;
  readonly EmailCollectionType = EmailCollectionType;
  readonly DestinationType = DestinationType;
  readonly PageNavigationType = PageNavigationType;

  /** Test hook: the state FormApp.create() gives new forms. */
  newForms: NewFormMode = 'unpublished';
  private readonly forms = new Map<string, FakeForm>();
  private activeForm: FakeForm | null = null;
  private itemSeq = 0;

  constructor(private readonly ctx: ServiceContext) {}

  // https://developers.google.com/apps-script/reference/forms/form-app#create(String)
  create(title: string): FakeForm {
    this.ctx.call(SERVICE, 'FormApp.create');
    const seed = this.ctx.nextId('form-');
    const id = `1${idChars(`edit:${seed}`, 43)}`;
    const publishedId = `1FAIpQLS${idChars(`pub:${seed}`, 48)}`;
    const mode = this.newForms;
    const settings: FormSettings = {
      title: String(title),
      description: '',
      confirmationMessage: '',
      customClosedFormMessage: '',
      emailCollection: EmailCollectionType.DO_NOT_COLLECT,
      publishingSummary: false,
      allowResponseEdits: false,
      limitOneResponsePerUser: false,
      showLinkToRespondAgain: true,
      progressBar: false,
      shuffleQuestions: false,
      published: mode !== 'unpublished',
      acceptingResponses: mode !== 'unpublished',
      advancedResponderPermissions: mode !== 'legacy',
      destinationId: null,
    };
    // Google's item ids are 9-10 digit integers, unique across the user's forms.
    const state = new FormState(this.ctx, id, publishedId, settings, () => 1_000_000_000 + 7 * ++this.itemSeq);
    const form = new FakeForm(state);
    this.forms.set(id, form);
    return form;
  }

  // https://developers.google.com/apps-script/reference/forms/form-app#openById(String)
  openById(id: string): FakeForm {
    this.ctx.call(SERVICE, 'FormApp.openById');
    const form = this.forms.get(String(id));
    if (!form) throw new Error(Errors.noSuchForm);
    return form;
  }

  // https://developers.google.com/apps-script/reference/forms/form-app#openByUrl(String)
  openByUrl(url: string): FakeForm {
    this.ctx.call(SERVICE, 'FormApp.openByUrl');
    const m = /^https:\/\/docs\.google\.com\/forms\/d\/(e\/)?([A-Za-z0-9_-]+)(\/|\?|$)/.exec(String(url));
    if (!m) throw new Error('Invalid argument: url');
    const form = m[1]
      ? [...this.forms.values()].find((f) => FakeForm.stateOf(f).publishedId === m[2])
      : this.forms.get(m[2]);
    if (!form) throw new Error(Errors.noSuchForm);
    return form;
  }

  // https://developers.google.com/apps-script/reference/forms/form-app#getActiveForm()
  getActiveForm(): FakeForm | null {
    this.ctx.call(SERVICE, 'FormApp.getActiveForm');
    return this.activeForm;
  }

  // https://developers.google.com/apps-script/reference/forms/form-app#createTextValidation()
  createTextValidation(): FakeTextValidationBuilder {
    this.ctx.call(SERVICE, 'FormApp.createTextValidation');
    return new FakeTextValidationBuilder(this.ctx);
  }

  // https://developers.google.com/apps-script/reference/forms/form-app#createParagraphTextValidation()
  createParagraphTextValidation(): FakeTextValidationBuilder {
    this.ctx.call(SERVICE, 'FormApp.createParagraphTextValidation');
    return new FakeTextValidationBuilder(this.ctx, 'ParagraphTextValidationBuilder');
  }

  // https://developers.google.com/apps-script/reference/forms/form-app#createCheckboxValidation()
  createCheckboxValidation(): FakeCheckboxValidationBuilder {
    this.ctx.call(SERVICE, 'FormApp.createCheckboxValidation');
    return new FakeCheckboxValidationBuilder(this.ctx);
  }

  /** Test hook: the form a form-bound script would see as active. */
  setActiveFormForTest(form: FakeForm | null): void {
    this.activeForm = form;
  }

  /** Test hook: every form created so far, in creation order. */
  allFormsForTest(): FakeForm[] {
    return [...this.forms.values()];
  }
}

export function createFormApp(ctx: ServiceContext): FakeFormApp {
  return new FakeFormApp(ctx);
}
