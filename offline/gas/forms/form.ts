// Defines FakeForm (Google's Form): settings, publishing state, items, stored responses, and the offline submit hooks.
//
// Known differences:
// - getResponses(timestamp) returns responses strictly after the timestamp. Google's reference only says "after";
//   the Forms REST API distinguishes "> N" from ">= N". Callers that reconcile should not rely on either.
// - An unpublished form reports isAcceptingResponses() false whatever setAcceptingResponses stored, as the Forms
//   REST API forces it; setPublished(true) also opens the form, as Google's publishing guide says.
// - setPublished on a form without advanced responder permissions (a legacy form) throws; the wording is ours.
// - deleteItem/moveItem with a bad index, getResponse with an unknown id: the error wording is ours.
// - Editors, quizzes, page breaks, grids, dates, scales, images and videos are not implemented.
import { createHash } from 'node:crypto';
import { FakeFormResponse } from './form-response.ts';
import {
  FakeCheckboxItem,
  FakeItem,
  FakeListItem,
  FakeMultipleChoiceItem,
  FakeParagraphTextItem,
  FakeSectionHeaderItem,
  FakeTextItem,
  itemOwner,
} from './items.ts';
import {
  DestinationType,
  EmailCollectionType,
  type EmailCollectionTypeName,
  Errors,
  type FormState,
  type ItemRecord,
  ItemType,
  type ItemTypeName,
  SERVICE,
} from './model.ts';
import { type AnswersByTitle, type ImportedResponse, importStoredResponse, submitAsRespondent } from './respondent.ts';

export type { AnswersByTitle, ImportedResponse } from './respondent.ts';

export class FakeForm {
  constructor(private readonly state: FormState) {}

  /** Internal: the state behind a form object, for FormApp and other stand-ins. */
  static stateOf(form: FakeForm): FormState {
    return form.state;
  }

  private call(method: string): void {
    this.state.ctx.call(SERVICE, `Form.${method}`);
  }

  private setting<K extends keyof FormState['settings']>(
    method: string,
    key: K,
    value: FormState['settings'][K],
  ): this {
    this.call(method);
    this.state.settings[key] = value;
    return this;
  }

  // https://developers.google.com/apps-script/reference/forms/form#getId()
  getId(): string {
    this.call('getId');
    return this.state.id;
  }
  // https://developers.google.com/apps-script/reference/forms/form#getTitle()
  getTitle(): string {
    this.call('getTitle');
    return this.state.settings.title;
  }
  // https://developers.google.com/apps-script/reference/forms/form#setTitle(String)
  setTitle(title: string): this {
    return this.setting('setTitle', 'title', String(title));
  }
  // https://developers.google.com/apps-script/reference/forms/form#getDescription()
  getDescription(): string {
    this.call('getDescription');
    return this.state.settings.description;
  }
  // https://developers.google.com/apps-script/reference/forms/form#setDescription(String)
  setDescription(description: string): this {
    return this.setting('setDescription', 'description', String(description));
  }
  // https://developers.google.com/apps-script/reference/forms/form#getConfirmationMessage()
  getConfirmationMessage(): string {
    this.call('getConfirmationMessage');
    return this.state.settings.confirmationMessage;
  }
  // https://developers.google.com/apps-script/reference/forms/form#setConfirmationMessage(String)
  setConfirmationMessage(message: string): this {
    return this.setting('setConfirmationMessage', 'confirmationMessage', String(message));
  }
  // https://developers.google.com/apps-script/reference/forms/form#getCustomClosedFormMessage()
  getCustomClosedFormMessage(): string {
    this.call('getCustomClosedFormMessage');
    return this.state.settings.customClosedFormMessage;
  }
  // https://developers.google.com/apps-script/reference/forms/form#setCustomClosedFormMessage(String)
  setCustomClosedFormMessage(message: string): this {
    return this.setting('setCustomClosedFormMessage', 'customClosedFormMessage', String(message));
  }
  // https://developers.google.com/apps-script/reference/forms/form#collectsEmail()
  collectsEmail(): boolean {
    this.call('collectsEmail');
    return this.state.collectsEmail();
  }
  // https://developers.google.com/apps-script/reference/forms/form#setCollectEmail(Boolean)
  setCollectEmail(collect: boolean): this {
    const current = this.state.settings.emailCollection;
    const next = collect
      ? current === EmailCollectionType.DO_NOT_COLLECT
        ? EmailCollectionType.VERIFIED
        : current
      : EmailCollectionType.DO_NOT_COLLECT;
    return this.setting('setCollectEmail', 'emailCollection', next);
  }
  // Undocumented in Google's reference (SPEC §11): modelled after the Forms UI setting.
  getEmailCollectionType(): EmailCollectionTypeName {
    this.call('getEmailCollectionType');
    return this.state.settings.emailCollection;
  }
  setEmailCollectionType(type: EmailCollectionTypeName): this {
    if (!Object.values(EmailCollectionType).includes(type)) {
      this.call('setEmailCollectionType');
      throw new Error(`Invalid argument: type`);
    }
    return this.setting('setEmailCollectionType', 'emailCollection', type);
  }
  // https://developers.google.com/apps-script/reference/forms/form#isPublishingSummary()
  isPublishingSummary(): boolean {
    this.call('isPublishingSummary');
    return this.state.settings.publishingSummary;
  }
  // https://developers.google.com/apps-script/reference/forms/form#setPublishingSummary(Boolean)
  setPublishingSummary(enabled: boolean): this {
    return this.setting('setPublishingSummary', 'publishingSummary', Boolean(enabled));
  }
  // https://developers.google.com/apps-script/reference/forms/form#canEditResponse()
  canEditResponse(): boolean {
    this.call('canEditResponse');
    return this.state.settings.allowResponseEdits;
  }
  // https://developers.google.com/apps-script/reference/forms/form#setAllowResponseEdits(Boolean)
  setAllowResponseEdits(enabled: boolean): this {
    return this.setting('setAllowResponseEdits', 'allowResponseEdits', Boolean(enabled));
  }
  // https://developers.google.com/apps-script/reference/forms/form#hasLimitOneResponsePerUser()
  hasLimitOneResponsePerUser(): boolean {
    this.call('hasLimitOneResponsePerUser');
    return this.state.settings.limitOneResponsePerUser;
  }
  // https://developers.google.com/apps-script/reference/forms/form#setLimitOneResponsePerUser(Boolean)
  setLimitOneResponsePerUser(enabled: boolean): this {
    return this.setting('setLimitOneResponsePerUser', 'limitOneResponsePerUser', Boolean(enabled));
  }
  // https://developers.google.com/apps-script/reference/forms/form#hasRespondAgainLink()
  hasRespondAgainLink(): boolean {
    this.call('hasRespondAgainLink');
    return this.state.settings.showLinkToRespondAgain;
  }
  // https://developers.google.com/apps-script/reference/forms/form#setShowLinkToRespondAgain(Boolean)
  setShowLinkToRespondAgain(enabled: boolean): this {
    return this.setting('setShowLinkToRespondAgain', 'showLinkToRespondAgain', Boolean(enabled));
  }
  // https://developers.google.com/apps-script/reference/forms/form#hasProgressBar()
  hasProgressBar(): boolean {
    this.call('hasProgressBar');
    return this.state.settings.progressBar;
  }
  // https://developers.google.com/apps-script/reference/forms/form#setProgressBar(Boolean)
  setProgressBar(enabled: boolean): this {
    return this.setting('setProgressBar', 'progressBar', Boolean(enabled));
  }
  // https://developers.google.com/apps-script/reference/forms/form#getShuffleQuestions()
  getShuffleQuestions(): boolean {
    this.call('getShuffleQuestions');
    return this.state.settings.shuffleQuestions;
  }
  // https://developers.google.com/apps-script/reference/forms/form#setShuffleQuestions(Boolean)
  setShuffleQuestions(shuffle: boolean): this {
    return this.setting('setShuffleQuestions', 'shuffleQuestions', Boolean(shuffle));
  }
  // https://developers.google.com/apps-script/reference/forms/form#isQuiz()
  isQuiz(): boolean {
    this.call('isQuiz');
    return false;
  }
  // https://developers.google.com/apps-script/reference/forms/form#requiresLogin()
  requiresLogin(): boolean {
    this.call('requiresLogin');
    return false;
  }
  // https://developers.google.com/apps-script/reference/forms/form#isAcceptingResponses()
  isAcceptingResponses(): boolean {
    this.call('isAcceptingResponses');
    return this.state.isOpen();
  }
  // https://developers.google.com/apps-script/reference/forms/form#setAcceptingResponses(Boolean)
  setAcceptingResponses(enabled: boolean): this {
    return this.setting('setAcceptingResponses', 'acceptingResponses', Boolean(enabled));
  }
  // https://developers.google.com/apps-script/reference/forms/form#isPublished()
  isPublished(): boolean {
    this.call('isPublished');
    return this.state.settings.published;
  }
  // https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
  setPublished(enabled: boolean): this {
    this.call('setPublished');
    if (!this.state.settings.advancedResponderPermissions) {
      throw new Error('This form does not support publishing settings (legacy form).');
    }
    this.state.settings.published = Boolean(enabled);
    this.state.settings.acceptingResponses = Boolean(enabled);
    return this;
  }
  // https://developers.google.com/apps-script/reference/forms/form#supportsAdvancedResponderPermissions()
  supportsAdvancedResponderPermissions(): boolean {
    this.call('supportsAdvancedResponderPermissions');
    return this.state.settings.advancedResponderPermissions;
  }
  // https://developers.google.com/apps-script/reference/forms/form#getPublishedUrl()
  getPublishedUrl(): string {
    this.call('getPublishedUrl');
    return this.state.publishedUrl();
  }
  // https://developers.google.com/apps-script/reference/forms/form#getEditUrl()
  getEditUrl(): string {
    this.call('getEditUrl');
    return `https://docs.google.com/forms/d/${this.state.id}/edit`;
  }
  // https://developers.google.com/apps-script/reference/forms/form#getSummaryUrl()
  getSummaryUrl(): string {
    this.call('getSummaryUrl');
    return `https://docs.google.com/forms/d/${this.state.id}/viewanalytics`;
  }
  // https://developers.google.com/apps-script/reference/forms/form#shortenFormUrl(String)
  shortenFormUrl(url: string): string {
    this.call('shortenFormUrl');
    const code = createHash('sha256').update(String(url)).digest('base64url').replace(/[-_]/g, 'x').slice(0, 17);
    return `https://forms.gle/${code}`;
  }

  private add<T>(method: string, type: ItemTypeName, Ctor: new (s: FormState, r: ItemRecord) => T): T {
    this.call(method);
    return new Ctor(this.state, this.state.newItem(type));
  }
  // https://developers.google.com/apps-script/reference/forms/form#addTextItem()
  addTextItem(): FakeTextItem {
    return this.add('addTextItem', ItemType.TEXT, FakeTextItem);
  }
  // https://developers.google.com/apps-script/reference/forms/form#addParagraphTextItem()
  addParagraphTextItem(): FakeParagraphTextItem {
    return this.add('addParagraphTextItem', ItemType.PARAGRAPH_TEXT, FakeParagraphTextItem);
  }
  // https://developers.google.com/apps-script/reference/forms/form#addListItem()
  addListItem(): FakeListItem {
    return this.add('addListItem', ItemType.LIST, FakeListItem);
  }
  // https://developers.google.com/apps-script/reference/forms/form#addMultipleChoiceItem()
  addMultipleChoiceItem(): FakeMultipleChoiceItem {
    return this.add('addMultipleChoiceItem', ItemType.MULTIPLE_CHOICE, FakeMultipleChoiceItem);
  }
  // https://developers.google.com/apps-script/reference/forms/form#addCheckboxItem()
  addCheckboxItem(): FakeCheckboxItem {
    return this.add('addCheckboxItem', ItemType.CHECKBOX, FakeCheckboxItem);
  }
  // https://developers.google.com/apps-script/reference/forms/form#addSectionHeaderItem()
  addSectionHeaderItem(): FakeSectionHeaderItem {
    return this.add('addSectionHeaderItem', ItemType.SECTION_HEADER, FakeSectionHeaderItem);
  }

  // https://developers.google.com/apps-script/reference/forms/form#getItems(ItemType)
  getItems(itemType?: ItemTypeName | GoogleAppsScript.Forms.ItemType): FakeItem[] {
    this.call('getItems');
    const wanted = itemType === undefined ? null : String(itemType);
    return this.state.items.filter((r) => wanted === null || r.type === wanted).map((r) => new FakeItem(this.state, r));
  }
  // https://developers.google.com/apps-script/reference/forms/form#getItemById(Integer)
  getItemById(id: number): FakeItem | null {
    this.call('getItemById');
    const rec = this.state.itemById(Number(id));
    return rec ? new FakeItem(this.state, rec) : null;
  }

  private recordAt(target: unknown): ItemRecord {
    if (typeof target === 'number') {
      const rec = this.state.items[target];
      if (!Number.isInteger(target) || !rec) throw new Error(Errors.indexOutOfRange(target));
      return rec;
    }
    const owner = itemOwner(target);
    if (!owner || owner.state !== this.state || owner.rec.deleted) throw new Error(Errors.itemNotInForm);
    return owner.rec;
  }
  // https://developers.google.com/apps-script/reference/forms/form#deleteItem(Integer)
  deleteItem(target: number | FakeItem | object): void {
    this.call('deleteItem');
    const rec = this.recordAt(target);
    this.state.items.splice(this.state.indexOf(rec), 1);
    rec.deleted = true;
  }
  // https://developers.google.com/apps-script/reference/forms/form#moveItem(Item,Integer)
  moveItem(from: number | FakeItem | object, toIndex: number): FakeItem {
    this.call('moveItem');
    const rec = this.recordAt(from);
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= this.state.items.length) {
      throw new Error(Errors.indexOutOfRange(toIndex));
    }
    this.state.items.splice(this.state.indexOf(rec), 1);
    this.state.items.splice(toIndex, 0, rec);
    return new FakeItem(this.state, rec);
  }

  // https://developers.google.com/apps-script/reference/forms/form#createResponse()
  createResponse(): FakeFormResponse {
    this.call('createResponse');
    return new FakeFormResponse(this.state);
  }
  // https://developers.google.com/apps-script/reference/forms/form#getResponses(Date)
  getResponses(timestamp?: Date | GoogleAppsScript.Base.Date): FakeFormResponse[] {
    this.call('getResponses');
    const after = timestamp === undefined ? Number.NEGATIVE_INFINITY : new Date(timestamp as Date).getTime();
    return this.state.responses
      .filter((r) => r.timestamp.getTime() > after)
      .map((r) => new FakeFormResponse(this.state, r));
  }
  // https://developers.google.com/apps-script/reference/forms/form#getResponse(String)
  getResponse(responseId: string): FakeFormResponse {
    this.call('getResponse');
    const rec = this.state.responses.find((r) => r.id === responseId);
    if (!rec) throw new Error(Errors.noSuchResponse(responseId));
    return new FakeFormResponse(this.state, rec);
  }
  // https://developers.google.com/apps-script/reference/forms/form#deleteResponse(String)
  deleteResponse(responseId: string): this {
    this.call('deleteResponse');
    const at = this.state.responses.findIndex((r) => r.id === responseId);
    if (at < 0) throw new Error(Errors.noSuchResponse(responseId));
    this.state.responses.splice(at, 1);
    return this;
  }
  // https://developers.google.com/apps-script/reference/forms/form#deleteAllResponses()
  deleteAllResponses(): this {
    this.call('deleteAllResponses');
    this.state.responses.length = 0;
    return this;
  }

  // https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
  setDestination(type: string | GoogleAppsScript.Forms.DestinationType, id: string): this {
    this.call('setDestination');
    if (String(type) !== DestinationType.SPREADSHEET) throw new Error('Invalid argument: type');
    this.state.settings.destinationId = String(id);
    return this;
  }
  // https://developers.google.com/apps-script/reference/forms/form#getDestinationId()
  getDestinationId(): string {
    this.call('getDestinationId');
    if (this.state.settings.destinationId === null) throw new Error(Errors.noDestination);
    return this.state.settings.destinationId;
  }
  // https://developers.google.com/apps-script/reference/forms/form#getDestinationType()
  getDestinationType(): string {
    this.call('getDestinationType');
    if (this.state.settings.destinationId === null) throw new Error(Errors.noDestination);
    return DestinationType.SPREADSHEET;
  }
  // https://developers.google.com/apps-script/reference/forms/form#removeDestination()
  removeDestination(): this {
    this.call('removeDestination');
    this.state.settings.destinationId = null;
    return this;
  }

  /**
   * Offline hook: a respondent submits through the form's page at the current clock time. Everything the page
   * enforces applies: open form, exact choices, required questions, text and checkbox validation, one response
   * per user. Fires the submit listeners like submit().
   */
  submitAs(email: string, answers: AnswersByTitle): FakeFormResponse {
    this.call('submitAs');
    return submitAsRespondent(this.state, email, answers);
  }

  /**
   * Offline hook: stores a response that Google already holds (a row of an earlier export) without any check,
   * since the form may have changed since (a unit name no longer in the dropdown). The email is kept as given.
   * A checkbox answer may be the export's ", "-joined text. Fires the submit listeners like submit().
   */
  importResponse(response: ImportedResponse): FakeFormResponse {
    this.call('importResponse');
    return importStoredResponse(this.state, response);
  }
}
