// Defines FakeFormResponse (Google's FormResponse): a draft being built, or a view of a stored response.
//
// Known differences:
// - submit() refuses a response that leaves a required question blank. Google does not document what a script
//   submission does then; the stand-in is strict so such a gap shows up offline.
// - submit() refuses when the form is unpublished or closed (Google's wording is not documented).
// - A script submission records no respondent email (Google would record the script's user if it records one at
//   all); use FakeForm.submitAs / importResponse to submit as a given respondent.
// - toPrefilledUrl() uses the item id as the entry number; Google's entry numbers are different ids.

import { FakeItemResponse } from './item-response.ts';
import { FakeItem, itemOwner } from './items.ts';
import { type Answer, Errors, type FormState, isQuestionType, type ResponseRecord, SERVICE } from './model.ts';

function isBlank(value: Answer): boolean {
  return Array.isArray(value) ? value.length === 0 : value === '';
}

/**
 * Stores answers as one response and fires the submit listeners; shared by submit(), submitAs and importResponse.
 * `email` is what the response records: callers decide whether the form collected it.
 */
export function commitResponse(
  state: FormState,
  answers: Map<number, Answer>,
  email: string,
  timestamp: Date,
): FakeFormResponse {
  const kept = new Map<number, Answer>();
  for (const [id, v] of answers) if (!isBlank(v)) kept.set(id, Array.isArray(v) ? [...v] : v);
  const rec: ResponseRecord = {
    id: state.ctx.nextId('2_ABaOnu'),
    timestamp: new Date(timestamp.getTime()),
    email,
    answers: kept,
  };
  let view: FakeFormResponse | undefined;
  state.store(rec, (r) => {
    view = new FakeFormResponse(state, r);
    return view;
  });
  return view as FakeFormResponse;
}

/** The first required question left blank, if any. */
export function missingRequired(state: FormState, answers: Map<number, Answer>): string | null {
  for (const rec of state.items) {
    if (!rec.required || !isQuestionType(rec.type)) continue;
    const v = answers.get(rec.id);
    if (v === undefined || isBlank(v)) return rec.title;
  }
  return null;
}

// https://developers.google.com/apps-script/reference/forms/form-response
export class FakeFormResponse {
  readonly #state: FormState;
  #record: ResponseRecord | null;
  readonly #answers: Map<number, Answer>;

  constructor(state: FormState, record: ResponseRecord | null = null) {
    this.#state = state;
    this.#record = record;
    this.#answers = new Map(record ? record.answers : []);
  }

  private call(method: string): void {
    this.#state.ctx.call(SERVICE, `FormResponse.${method}`);
  }

  /** Answered items that still exist, in form order. */
  private answered(): { item: FakeItem; value: Answer }[] {
    const out: { item: FakeItem; value: Answer }[] = [];
    for (const rec of this.#state.items) {
      const value = this.#answers.get(rec.id);
      if (value === undefined || rec.deleted) continue;
      out.push({ item: new FakeItem(this.#state, rec), value });
    }
    return out;
  }

  // https://developers.google.com/apps-script/reference/forms/form-response#getId()
  getId(): string | null {
    this.call('getId');
    return this.#record ? this.#record.id : null;
  }

  // https://developers.google.com/apps-script/reference/forms/form-response#getTimestamp()
  getTimestamp(): Date | null {
    this.call('getTimestamp');
    return this.#record ? new Date(this.#record.timestamp.getTime()) : null;
  }

  // https://developers.google.com/apps-script/reference/forms/form-response#getRespondentEmail()
  getRespondentEmail(): string {
    this.call('getRespondentEmail');
    return this.#record ? this.#record.email : '';
  }

  // https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses()
  getItemResponses(): FakeItemResponse[] {
    this.call('getItemResponses');
    return this.answered().map(({ item, value }) => new FakeItemResponse(this.#state.ctx, item, value));
  }

  // https://developers.google.com/apps-script/reference/forms/form-response#getGradableItemResponses()
  getGradableItemResponses(): FakeItemResponse[] {
    this.call('getGradableItemResponses');
    return this.answered().map(({ item, value }) => new FakeItemResponse(this.#state.ctx, item, value));
  }

  // https://developers.google.com/apps-script/reference/forms/form-response#getResponseForItem(Item)
  getResponseForItem(item: unknown): FakeItemResponse | null {
    this.call('getResponseForItem');
    const owner = itemOwner(item);
    if (!owner || owner.state !== this.#state) throw new Error(Errors.itemNotInForm);
    const value = this.#answers.get(owner.rec.id);
    if (value === undefined || owner.rec.deleted) return null;
    return new FakeItemResponse(this.#state.ctx, new FakeItem(this.#state, owner.rec), value);
  }

  // https://developers.google.com/apps-script/reference/forms/form-response#withItemResponse(ItemResponse)
  withItemResponse(response: FakeItemResponse | GoogleAppsScript.Forms.ItemResponse): this {
    this.call('withItemResponse');
    if (!(response instanceof FakeItemResponse)) throw new Error(Errors.invalidResponse);
    const { item, value } = FakeItemResponse.partsOf(response);
    const owner = itemOwner(item);
    if (!owner || owner.state !== this.#state) throw new Error(Errors.itemNotInForm);
    this.#answers.set(owner.rec.id, value);
    return this;
  }

  // https://developers.google.com/apps-script/reference/forms/form-response#submit()
  submit(): this {
    this.call('submit');
    if (this.#record) throw new Error(Errors.alreadySubmitted);
    const { settings } = this.#state;
    if (!settings.published) throw new Error(Errors.notPublished);
    if (!settings.acceptingResponses) throw new Error(Errors.notAccepting);
    const missing = missingRequired(this.#state, this.#answers);
    if (missing !== null) throw new Error(Errors.requiredMissing(missing));
    const stored = commitResponse(this.#state, this.#answers, '', this.#state.ctx.clock.now());
    this.#record = stored.#record;
    return this;
  }

  // https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
  toPrefilledUrl(): string {
    this.call('toPrefilledUrl');
    const params = new URLSearchParams({ usp: 'pp_url' });
    for (const { item, value } of this.answered()) {
      const id = itemOwner(item)?.rec.id;
      for (const v of Array.isArray(value) ? value : [value]) params.append(`entry.${id}`, v);
    }
    return `${this.#state.publishedUrl()}?${params.toString()}`;
  }

  // https://developers.google.com/apps-script/reference/forms/form-response#getEditResponseUrl()
  getEditResponseUrl(): string {
    this.call('getEditResponseUrl');
    if (!this.#record) throw new Error('The response has not been submitted, so it has no edit URL.');
    return `${this.#state.publishedUrl()}?edit2=${this.#record.id}`;
  }
}
