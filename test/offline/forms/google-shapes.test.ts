import { describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../offline/gas/context.ts';
import {
  createFormApp,
  type FakeCheckboxItem,
  type FakeChoice,
  type FakeForm,
  type FakeFormApp,
  type FakeFormResponse,
  type FakeItem,
  type FakeItemResponse,
  type FakeListItem,
  type FakeMultipleChoiceItem,
  type FakeParagraphTextItem,
  type FakeSectionHeaderItem,
  type FakeTextItem,
} from '../../../offline/gas/form-app.ts';
import { createMailApp } from '../../../offline/gas/mail-app.ts';

// Each implemented method must accept the arguments Google's signature (its last overload) declares,
// so code typed against @types/google-apps-script can call the stand-in. Return types are the fakes'.
type Fn<T> = T extends (...a: infer A) => unknown ? (...a: A) => unknown : never;
type Methods<G, F> = { [K in Extract<keyof G, keyof F>]: G[K] extends (...a: never[]) => unknown ? K : never }[Extract<
  keyof G,
  keyof F
>];
type Shape<G, F> = { [K in Methods<G, F>]: Fn<G[K]> };

describe('the FormApp stand-in classes', () => {
  it('accept the arguments of Google’s signatures for every method they implement', () => {
    // Compile-time checks: a mismatch fails `tsc`; at run time each line just returns its argument.
    const fits = <S>(x: S): S => x;
    const any = <F>() => null as unknown as F;
    fits<Shape<GoogleAppsScript.Forms.FormApp, FakeFormApp>>(any<FakeFormApp>());
    fits<Shape<GoogleAppsScript.Forms.Form, FakeForm>>(any<FakeForm>());
    fits<Shape<GoogleAppsScript.Forms.FormResponse, FakeFormResponse>>(any<FakeFormResponse>());
    fits<Shape<GoogleAppsScript.Forms.ItemResponse, FakeItemResponse>>(any<FakeItemResponse>());
    fits<Shape<GoogleAppsScript.Forms.Item, FakeItem>>(any<FakeItem>());
    fits<Shape<GoogleAppsScript.Forms.TextItem, FakeTextItem>>(any<FakeTextItem>());
    fits<Shape<GoogleAppsScript.Forms.ParagraphTextItem, FakeParagraphTextItem>>(any<FakeParagraphTextItem>());
    fits<Shape<GoogleAppsScript.Forms.ListItem, FakeListItem>>(any<FakeListItem>());
    fits<Shape<GoogleAppsScript.Forms.MultipleChoiceItem, FakeMultipleChoiceItem>>(any<FakeMultipleChoiceItem>());
    fits<Shape<GoogleAppsScript.Forms.CheckboxItem, FakeCheckboxItem>>(any<FakeCheckboxItem>());
    fits<Shape<GoogleAppsScript.Forms.SectionHeaderItem, FakeSectionHeaderItem>>(any<FakeSectionHeaderItem>());
    fits<Shape<GoogleAppsScript.Forms.Choice, FakeChoice>>(any<FakeChoice>());
    type WrongItem = { setTitle(title: number): unknown };
    // @ts-expect-error a setTitle that takes a number does not fit Google's Item
    fits<Shape<GoogleAppsScript.Forms.Item, WrongItem>>(any<WrongItem>());
    expect(Object.keys(fits<Record<string, number>>({ ok: 1 }))).toEqual(['ok']);
  });

  it('implement every method the project relies on', () => {
    const app = createFormApp(new ServiceContext());
    const form = app.create('x');
    const wanted: [object, string[]][] = [
      [app, ['create', 'openById', 'openByUrl', 'getActiveForm', 'createTextValidation', 'createCheckboxValidation']],
      [
        form,
        [
          'setPublished',
          'isPublished',
          'supportsAdvancedResponderPermissions',
          'setEmailCollectionType',
          'setCollectEmail',
        ],
      ],
      [form, ['getResponses', 'getResponse', 'createResponse', 'setDestination', 'getPublishedUrl', 'moveItem']],
      [form.addListItem(), ['setChoiceValues', 'createResponse', 'setRequired', 'getChoices']],
      [form.addCheckboxItem(), ['setValidation', 'showOtherOption', 'createResponse']],
      [form.createResponse(), ['withItemResponse', 'submit', 'toPrefilledUrl', 'getRespondentEmail']],
    ];
    for (const [obj, names] of wanted) {
      for (const name of names) expect(typeof (obj as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});

describe('the MailApp stand-in', () => {
  it('implements Google’s MailApp interface', () => {
    const mail: GoogleAppsScript.Mail.MailApp = createMailApp(new ServiceContext());
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });
});
