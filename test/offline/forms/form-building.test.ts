import { beforeEach, describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../offline/gas/context.ts';
import { createFormApp, type FakeFormApp, ItemType } from '../../../offline/gas/form-app.ts';

let ctx: ServiceContext;
let FormApp: FakeFormApp;

beforeEach(() => {
  ctx = new ServiceContext();
  FormApp = createFormApp(ctx);
});

describe('a form built with every item type the campaign uses', () => {
  function build() {
    const form = FormApp.create('Giới thiệu gương ĐHTT, NTVT');
    form.setDescription('Mô tả').setConfirmationMessage('Cảm ơn đơn vị đã gửi.');
    form.addSectionHeaderItem().setTitle('Phần 1').setHelpText('Thông tin đơn vị');
    const unit = form
      .addListItem()
      .setTitle('Đơn vị giới thiệu')
      .setChoiceValues(['UBND phường Cầu Diễn', 'Phòng Nội vụ']);
    unit.setRequired(true);
    form.addTextItem().setTitle('Họ và tên (hoặc tên tập thể, hộ gia đình)').setRequired(true);
    const kind = form.addMultipleChoiceItem().setTitle('Đối tượng');
    kind.setChoices([kind.createChoice('Cá nhân'), kind.createChoice('Tập thể'), kind.createChoice('Hộ gia đình')]);
    form.addCheckboxItem().setTitle('Tiêu chí đáp ứng').setChoiceValues(['Học tập', 'Công tác']);
    form.addParagraphTextItem().setTitle('Tóm tắt thành tích').setRequired(true);
    return form;
  }

  it('reads back titles, types, order, choices and the required flags', () => {
    const form = build();
    const items = form.getItems();
    expect(items.map((i) => [i.getIndex(), i.getType(), i.getTitle()])).toEqual([
      [0, 'SECTION_HEADER', 'Phần 1'],
      [1, 'LIST', 'Đơn vị giới thiệu'],
      [2, 'TEXT', 'Họ và tên (hoặc tên tập thể, hộ gia đình)'],
      [3, 'MULTIPLE_CHOICE', 'Đối tượng'],
      [4, 'CHECKBOX', 'Tiêu chí đáp ứng'],
      [5, 'PARAGRAPH_TEXT', 'Tóm tắt thành tích'],
    ]);
    expect(items[0].getHelpText()).toBe('Thông tin đơn vị');
    expect(items[1].asListItem().isRequired()).toBe(true);
    expect(items[3].asMultipleChoiceItem().isRequired()).toBe(false);
    expect(
      items[3]
        .asMultipleChoiceItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['Cá nhân', 'Tập thể', 'Hộ gia đình']);
    expect(
      items[4]
        .asCheckboxItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['Học tập', 'Công tác']);
    expect(items[5].asParagraphTextItem().isRequired()).toBe(true);
    expect(form.getDescription()).toBe('Mô tả');
    expect(form.getConfirmationMessage()).toBe('Cảm ơn đơn vị đã gửi.');
  });

  it('filters by item type and finds items by their integer id', () => {
    const form = build();
    const lists = form.getItems(FormApp.ItemType.LIST);
    expect(lists.map((i) => i.getTitle())).toEqual(['Đơn vị giới thiệu']);
    const id = lists[0].getId();
    expect(Number.isInteger(id)).toBe(true);
    expect(form.getItemById(id)?.getTitle()).toBe('Đơn vị giới thiệu');
    expect(form.getItemById(12345)).toBeNull();
  });

  it('refuses to view an item as another type, with Google’s wording', () => {
    const text = build().getItems(ItemType.TEXT)[0];
    expect(() => text.asListItem()).toThrow('Invalid conversion for item type: TEXT');
    expect(() => text.asCheckboxItem()).toThrow('Invalid conversion for item type: TEXT');
  });

  it('generic items do not expose the typed methods', () => {
    const item = build().getItems()[1] as unknown as Record<string, unknown>;
    expect(item.setChoiceValues).toBeUndefined();
    expect(item.isRequired).toBeUndefined();
  });

  it('moves and deletes items by index or by item, renumbering the rest', () => {
    const form = build();
    form.moveItem(5, 0);
    expect(form.getItems()[0].getTitle()).toBe('Tóm tắt thành tích');
    form.deleteItem(form.getItems()[1]);
    expect(form.getItems().map((i) => i.getTitle())[0]).toBe('Tóm tắt thành tích');
    expect(form.getItems()).toHaveLength(5);
    form.deleteItem(0);
    expect(form.getItems()[0].getTitle()).toBe('Đơn vị giới thiệu');
    expect(() => form.deleteItem(99)).toThrow(/Index out of range/);
  });

  it('duplicate() appends a copy with a new id and the same choices', () => {
    const form = build();
    const list = form.getItems(ItemType.LIST)[0].asListItem();
    const copy = list.duplicate();
    expect(copy.getId()).not.toBe(list.getId());
    expect(copy.getIndex()).toBe(6);
    expect(copy.getChoices().map((c) => c.getValue())).toEqual(['UBND phường Cầu Diễn', 'Phòng Nội vụ']);
  });

  it('refuses an empty or duplicated choice list', () => {
    const list = FormApp.create('x').addListItem();
    expect(() => list.setChoiceValues([])).toThrow();
    expect(() => list.setChoiceValues(['A', 'A'])).toThrow('Invalid data updating form.');
  });

  it('keeps the text validation it was given, for setup checks', () => {
    const form = FormApp.create('x');
    const v = FormApp.createTextValidation().setHelpText('Năm 4 chữ số').requireNumberBetween(1900, 2100).build();
    const item = form.addTextItem().setValidation(v);
    expect(item.getValidationForTest()?.rule).toEqual({ kind: 'numberBetween', start: 1900, end: 2100 });
    item.clearValidation();
    expect(item.getValidationForTest()).toBeNull();
  });
});

describe('opening forms', () => {
  it('opens a created form by id and by either URL', () => {
    const form = FormApp.create('Bài viết');
    expect(FormApp.openById(form.getId())).toBe(form);
    expect(FormApp.openByUrl(form.getEditUrl())).toBe(form);
    expect(FormApp.openByUrl(form.getPublishedUrl())).toBe(form);
  });

  it('throws for an id that does not exist', () => {
    expect(() => FormApp.openById('1DoesNotExist')).toThrow(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
  });

  it('gives ids and URLs shaped like Google’s, the same on every run', () => {
    const form = FormApp.create('Bài viết');
    expect(form.getId()).toMatch(/^1[A-Za-z0-9_-]{43}$/);
    expect(form.getPublishedUrl()).toMatch(
      /^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQLS[A-Za-z0-9_-]{48}\/viewform$/,
    );
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    const again = createFormApp(new ServiceContext()).create('Bài viết');
    expect(again.getId()).toBe(form.getId());
  });

  it('has no active form offline until a test sets one', () => {
    expect(FormApp.getActiveForm()).toBeNull();
    const form = FormApp.create('x');
    FormApp.setActiveFormForTest(form);
    expect(FormApp.getActiveForm()).toBe(form);
  });

  it('records every call under the FormApp service', () => {
    const form = FormApp.create('x');
    form.addTextItem().setTitle('a');
    form.getItems();
    expect(ctx.calls.count('FormApp', 'FormApp.create')).toBe(1);
    expect(ctx.calls.count('FormApp', 'TextItem.setTitle')).toBe(1);
    expect(ctx.calls.count('FormApp', 'Form.getItems')).toBe(1);
  });

  it('lets an injected fault fail a call', () => {
    ctx.faults.add({ service: 'FormApp', method: 'FormApp.openById', message: 'Service error: Forms' });
    expect(() => FormApp.openById('x')).toThrow('Service error: Forms');
  });
});

describe('destination and email collection settings', () => {
  it('records the destination and throws when there is none', () => {
    const form = FormApp.create('x');
    expect(() => form.getDestinationId()).toThrow('The form currently has no response destination.');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'sheet-1');
    expect(form.getDestinationId()).toBe('sheet-1');
    form.removeDestination();
    expect(() => form.getDestinationId()).toThrow();
  });

  it('maps setCollectEmail onto the email collection type', () => {
    const form = FormApp.create('x');
    expect(form.getEmailCollectionType()).toBe('DO_NOT_COLLECT');
    form.setCollectEmail(true);
    expect(form.collectsEmail()).toBe(true);
    expect(form.getEmailCollectionType()).toBe(FormApp.EmailCollectionType.VERIFIED);
    form.setEmailCollectionType(FormApp.EmailCollectionType.RESPONDER_INPUT);
    expect(form.collectsEmail()).toBe(true);
    form.setCollectEmail(false);
    expect(form.getEmailCollectionType()).toBe('DO_NOT_COLLECT');
  });
});
