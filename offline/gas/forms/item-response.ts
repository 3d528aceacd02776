// Defines FakeItemResponse, the answer to one form item (Google's ItemResponse).
//
// Known differences:
// - Quiz members (getScore, setScore, getFeedback, setFeedback) are not implemented: the forms here are not quizzes.
import type { ServiceContext } from '../context.ts';
import type { FakeItem } from './items.ts';
import { type Answer, SERVICE } from './model.ts';

export class FakeItemResponse {
  readonly #ctx: ServiceContext;
  readonly #item: FakeItem;
  readonly #value: Answer;

  constructor(ctx: ServiceContext, item: FakeItem, value: Answer) {
    this.#ctx = ctx;
    this.#item = item;
    this.#value = Array.isArray(value) ? [...value] : value;
  }

  /** Internal access for FormResponse (the item id and the raw value), not part of Google's API. */
  static partsOf(r: FakeItemResponse): { item: FakeItem; value: Answer } {
    return { item: r.#item, value: r.#value };
  }

  // https://developers.google.com/apps-script/reference/forms/item-response#getItem()
  getItem(): FakeItem {
    this.#ctx.call(SERVICE, 'ItemResponse.getItem');
    return this.#item;
  }

  // https://developers.google.com/apps-script/reference/forms/item-response#getResponse()
  getResponse(): string | string[] {
    this.#ctx.call(SERVICE, 'ItemResponse.getResponse');
    return Array.isArray(this.#value) ? [...this.#value] : this.#value;
  }
}
