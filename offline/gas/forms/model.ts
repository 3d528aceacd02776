// Defines the FormApp enums, the stored shapes of forms, items and responses, and the shared form state.
import type { ServiceContext } from '../context.ts';
import type { FakeCheckboxValidation, FakeTextValidation } from './validation.ts';

export const SERVICE = 'FormApp';

// Google's enums are objects whose toString() is the name; strings keep `==`/`===` comparisons working.
// https://developers.google.com/apps-script/reference/forms/item-type
export const ItemType = {
  CHECKBOX: 'CHECKBOX',
  CHECKBOX_GRID: 'CHECKBOX_GRID',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  DURATION: 'DURATION',
  GRID: 'GRID',
  IMAGE: 'IMAGE',
  LIST: 'LIST',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  PAGE_BREAK: 'PAGE_BREAK',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  SCALE: 'SCALE',
  SECTION_HEADER: 'SECTION_HEADER',
  TEXT: 'TEXT',
  TIME: 'TIME',
  VIDEO: 'VIDEO',
  FILE_UPLOAD: 'FILE_UPLOAD',
  RATING: 'RATING',
} as const;
export type ItemTypeName = (typeof ItemType)[keyof typeof ItemType];

// Not in the published type definitions; SPEC §11 notes setEmailCollectionType works although undocumented.
export const EmailCollectionType = {
  DO_NOT_COLLECT: 'DO_NOT_COLLECT',
  VERIFIED: 'VERIFIED',
  RESPONDER_INPUT: 'RESPONDER_INPUT',
} as const;
export type EmailCollectionTypeName = (typeof EmailCollectionType)[keyof typeof EmailCollectionType];

// https://developers.google.com/apps-script/reference/forms/destination-type
export const DestinationType = { SPREADSHEET: 'SPREADSHEET' } as const;

// https://developers.google.com/apps-script/reference/forms/page-navigation-type
export const PageNavigationType = {
  CONTINUE: 'CONTINUE',
  GO_TO_PAGE: 'GO_TO_PAGE',
  RESTART: 'RESTART',
  SUBMIT: 'SUBMIT',
} as const;

/** Error texts copied from Google where known; the others are listed as known differences. */
export const Errors = {
  noSuchForm: 'No item with the given ID could be found, or you do not have permission to access it.',
  invalidConversion: (type: string) => `Invalid conversion for item type: ${type}`,
  invalidResponse: 'Invalid response submitted to the form. Please check the response.',
  invalidDataUpdating: 'Invalid data updating form.',
  noDestination: 'The form currently has no response destination.',
  alreadySubmitted: 'This response has already been submitted.',
  notPublished: 'This form is not published, so it cannot accept responses.',
  notAccepting: 'This form is no longer accepting responses.',
  itemNotInForm: 'The item does not belong to this form.',
  noSuchResponse: (id: string) => `No response with ID ${id} exists for this form.`,
  indexOutOfRange: (i: number) => `Index out of range: ${i}`,
  emptyChoices: 'The choices array must not be empty.',
  itemDeleted: 'The item has been deleted from the form.',
  requiredMissing: (title: string) => `A required question was not answered: "${title}".`,
} as const;

export type Answer = string | string[];

export interface ChoiceRecord {
  value: string;
}

export interface ItemRecord {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: ChoiceRecord[];
  otherOption: boolean;
  validation: FakeTextValidation | FakeCheckboxValidation | null;
  deleted: boolean;
}

export interface ResponseRecord {
  id: string;
  timestamp: Date;
  email: string;
  /** Answers by item id; unanswered items are absent, as in Google's getItemResponses(). */
  answers: Map<number, Answer>;
}

export interface FormSettings {
  title: string;
  description: string;
  confirmationMessage: string;
  customClosedFormMessage: string;
  emailCollection: EmailCollectionTypeName;
  publishingSummary: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  showLinkToRespondAgain: boolean;
  progressBar: boolean;
  shuffleQuestions: boolean;
  published: boolean;
  acceptingResponses: boolean;
  advancedResponderPermissions: boolean;
  destinationId: string | null;
}

/** Everything one form holds; the public classes are views over it. */
export class FormState {
  readonly items: ItemRecord[] = [];
  readonly responses: ResponseRecord[] = [];
  constructor(
    readonly ctx: ServiceContext,
    readonly id: string,
    readonly publishedId: string,
    readonly settings: FormSettings,
    private readonly allocateItemId: () => number,
  ) {}

  newItem(type: ItemTypeName): ItemRecord {
    const rec: ItemRecord = {
      id: this.allocateItemId(),
      type,
      title: '',
      helpText: '',
      required: false,
      choices: [],
      otherOption: false,
      validation: null,
      deleted: false,
    };
    this.items.push(rec);
    return rec;
  }

  indexOf(rec: ItemRecord): number {
    return this.items.indexOf(rec);
  }

  itemById(id: number): ItemRecord | undefined {
    return this.items.find((r) => r.id === id);
  }

  collectsEmail(): boolean {
    return this.settings.emailCollection !== EmailCollectionType.DO_NOT_COLLECT;
  }

  /** A form takes responses only when published and open (an unpublished form is forced closed). */
  isOpen(): boolean {
    return this.settings.published && this.settings.acceptingResponses;
  }

  publishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.publishedId}/viewform`;
  }

  /** Stores a response in timestamp order (ties keep arrival order) and runs the submit listeners. */
  store(rec: ResponseRecord, announce: (rec: ResponseRecord) => unknown): void {
    let at = this.responses.length;
    while (at > 0 && this.responses[at - 1].timestamp.getTime() > rec.timestamp.getTime()) at--;
    this.responses.splice(at, 0, rec);
    const response = announce(rec);
    for (const listener of [...this.ctx.formSubmitListeners]) listener(this.id, response);
  }
}

export function isChoiceType(type: ItemTypeName): boolean {
  return type === ItemType.LIST || type === ItemType.MULTIPLE_CHOICE || type === ItemType.CHECKBOX;
}

export function isQuestionType(type: ItemTypeName): boolean {
  return isChoiceType(type) || type === ItemType.TEXT || type === ItemType.PARAGRAPH_TEXT;
}
