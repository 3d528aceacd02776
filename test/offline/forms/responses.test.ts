import { beforeEach, describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../offline/gas/context.ts';
import {
  createFormApp,
  type FakeForm,
  type FakeFormApp,
  type FakeFormResponse,
} from '../../../offline/gas/form-app.ts';

const UNIT = 'Đơn vị giới thiệu';
const NAME = 'Họ và tên (hoặc tên tập thể, hộ gia đình)';
const KIND = 'Đối tượng';
const CRITERIA = 'Tiêu chí đáp ứng';
const LINK = 'Đường dẫn minh chứng';

let ctx: ServiceContext;
let FormApp: FakeFormApp;
let form: FakeForm;
let seen: { formId: string; response: FakeFormResponse }[];

function buildForm(): FakeForm {
  const f = FormApp.create('Giới thiệu gương ĐHTT, NTVT');
  f.addListItem().setTitle(UNIT).setChoiceValues(['UBND phường Cầu Diễn', 'Phòng Nội vụ']).setRequired(true);
  f.addTextItem().setTitle(NAME).setRequired(true);
  f.addMultipleChoiceItem().setTitle(KIND).setChoiceValues(['Cá nhân', 'Tập thể', 'Hộ gia đình']);
  f.addCheckboxItem().setTitle(CRITERIA).setChoiceValues(['Học tập', 'Công tác', 'Có mô hình mới và cách làm hay']);
  f.addTextItem().setTitle(LINK).setValidation(FormApp.createTextValidation().requireTextIsUrl().build());
  return f;
}

function item(title: string) {
  const found = form.getItems().find((i) => i.getTitle() === title);
  if (!found) throw new Error(title);
  return found;
}

beforeEach(() => {
  ctx = new ServiceContext();
  ctx.clock.set(new Date('2023-05-10T03:00:00Z'));
  FormApp = createFormApp(ctx);
  form = buildForm();
  seen = [];
  ctx.formSubmitListeners.push((formId, response) => seen.push({ formId, response: response as FakeFormResponse }));
});

describe('createResponse on a choice question', () => {
  it('accepts a value equal to a choice', () => {
    const r = item(UNIT).asListItem().createResponse('UBND phường Cầu Diễn');
    expect(r.getResponse()).toBe('UBND phường Cầu Diễn');
    expect(r.getItem().getTitle()).toBe(UNIT);
  });

  it.each([
    ['diacritics', 'UBND phuong Cau Dien'],
    ['case', 'ubnd phường cầu diễn'],
    ['spaces', 'UBND  phường Cầu Diễn'],
    ['trailing space', 'UBND phường Cầu Diễn '],
    ['decomposed Unicode', 'UBND phường Cầu Diễn'.normalize('NFD')],
  ])('refuses a value that differs only by %s', (_why, value) => {
    expect(() => item(UNIT).asListItem().createResponse(value)).toThrow(
      'Invalid response submitted to the form. Please check the response.',
    );
  });

  it('checks every checkbox value, and lets any value through when "Other" is shown', () => {
    const box = item(CRITERIA).asCheckboxItem();
    expect(box.createResponse(['Học tập', 'Công tác']).getResponse()).toEqual(['Học tập', 'Công tác']);
    expect(() => box.createResponse(['Học tập', 'học tập'])).toThrow(/Invalid response/);
    const mc = item(KIND).asMultipleChoiceItem();
    expect(() => mc.createResponse('Khác')).toThrow(/Invalid response/);
    mc.showOtherOption(true);
    expect(mc.createResponse('Khác').getResponse()).toBe('Khác');
  });

  it('accepts any text on a text question, validation included (Google checks only respondents)', () => {
    expect(item(LINK).asTextItem().createResponse('không phải đường dẫn').getResponse()).toBe('không phải đường dẫn');
  });
});

describe('a prefilled link', () => {
  it('has Google’s shape and percent-encodes Vietnamese as UTF-8', () => {
    const r = form
      .createResponse()
      .withItemResponse(item(UNIT).asListItem().createResponse('UBND phường Cầu Diễn'))
      .withItemResponse(item(CRITERIA).asCheckboxItem().createResponse(['Học tập', 'Công tác']));
    const url = r.toPrefilledUrl();
    const unitId = item(UNIT).getId();
    const critId = item(CRITERIA).getId();
    expect(url.startsWith(`${form.getPublishedUrl()}?usp=pp_url&entry.${unitId}=`)).toBe(true);
    expect(url).toContain(`entry.${unitId}=UBND+ph%C6%B0%E1%BB%9Dng+C%E1%BA%A7u+Di%E1%BB%85n`);
    const params = new URL(url).searchParams;
    expect(params.get(`entry.${unitId}`)).toBe('UBND phường Cầu Diễn');
    expect(params.getAll(`entry.${critId}`)).toEqual(['Học tập', 'Công tác']);
  });

  it('stores nothing unless submitted', () => {
    form.createResponse().withItemResponse(item(NAME).asTextItem().createResponse('Nguyễn Văn An')).toPrefilledUrl();
    expect(form.getResponses()).toHaveLength(0);
    expect(seen).toHaveLength(0);
  });

  it('keeps the last answer given to the same item', () => {
    const text = item(NAME).asTextItem();
    const r = form
      .createResponse()
      .withItemResponse(text.createResponse('A'))
      .withItemResponse(text.createResponse('B'));
    expect(r.getItemResponses().map((x) => x.getResponse())).toEqual(['B']);
  });
});

describe('publishing', () => {
  it('starts unpublished, closed, and able to publish', () => {
    expect(form.isPublished()).toBe(false);
    expect(form.isAcceptingResponses()).toBe(false);
    expect(form.supportsAdvancedResponderPermissions()).toBe(true);
  });

  it('refuses a submission until published, then accepts it', () => {
    const answer = () =>
      form
        .createResponse()
        .withItemResponse(item(UNIT).asListItem().createResponse('Phòng Nội vụ'))
        .withItemResponse(item(NAME).asTextItem().createResponse('Nguyễn Văn An'));
    expect(() => answer().submit()).toThrow(/not published/);
    form.setPublished(true);
    expect(form.isAcceptingResponses()).toBe(true);
    expect(answer().submit().getId()).toMatch(/^2_ABaOnu/);
  });

  it('refuses a submission when the form stops accepting responses', () => {
    form.setPublished(true).setAcceptingResponses(false);
    const r = form.createResponse().withItemResponse(item(NAME).asTextItem().createResponse('A'));
    expect(() => r.submit()).toThrow(/no longer accepting/);
    expect(() => form.submitAs('a@example.vn', { [NAME]: 'A' })).toThrow(/no longer accepting/);
  });

  it('keeps an unpublished form closed even if accepting is switched on', () => {
    form.setAcceptingResponses(true);
    expect(form.isAcceptingResponses()).toBe(false);
  });

  it('creates published forms in the older mode and legacy forms that cannot change it', () => {
    FormApp.newForms = 'legacy';
    const legacy = FormApp.create('cũ');
    expect(legacy.isPublished()).toBe(true);
    expect(legacy.supportsAdvancedResponderPermissions()).toBe(false);
    expect(() => legacy.setPublished(false)).toThrow();
  });
});

describe('submitting', () => {
  beforeEach(() => {
    form.setPublished(true);
  });

  it('stamps the clock time, stores the response and tells every listener', () => {
    const r = form
      .createResponse()
      .withItemResponse(item(UNIT).asListItem().createResponse('Phòng Nội vụ'))
      .withItemResponse(item(NAME).asTextItem().createResponse('Nguyễn Văn An'))
      .submit();
    expect(r.getTimestamp()?.toISOString()).toBe('2023-05-10T03:00:00.000Z');
    expect(seen).toHaveLength(1);
    expect(seen[0].formId).toBe(form.getId());
    expect(seen[0].response.getId()).toBe(r.getId());
    expect(form.getResponse(r.getId() as string).getItemResponses()).toHaveLength(2);
    expect(() => r.submit()).toThrow(/already been submitted/);
  });

  it('refuses a response that leaves a required question blank', () => {
    const r = form.createResponse().withItemResponse(item(NAME).asTextItem().createResponse('Nguyễn Văn An'));
    expect(() => r.submit()).toThrow(`A required question was not answered: "${UNIT}".`);
    expect(form.getResponses()).toHaveLength(0);
  });

  it('passes the respondent email to listeners when the form collects it', () => {
    form.setCollectEmail(true);
    form.submitAs('vanthu.caudien@example.vn', { [UNIT]: 'UBND phường Cầu Diễn', [NAME]: 'Nguyễn Văn An' });
    expect(seen[0].response.getRespondentEmail()).toBe('vanthu.caudien@example.vn');
    expect(seen[0].response.getItemResponses().map((x) => [x.getItem().getTitle(), x.getResponse()])).toEqual([
      [UNIT, 'UBND phường Cầu Diễn'],
      [NAME, 'Nguyễn Văn An'],
    ]);
  });

  it('records no respondent email when the form does not collect it', () => {
    form.submitAs('vanthu.caudien@example.vn', { [UNIT]: 'Phòng Nội vụ', [NAME]: 'A' });
    expect(form.getResponses()[0].getRespondentEmail()).toBe('');
  });

  it('applies what the form page enforces to a respondent', () => {
    const base = { [UNIT]: 'Phòng Nội vụ', [NAME]: 'A' };
    expect(() => form.submitAs('a@x.vn', { ...base, [UNIT]: 'Phong Noi vu' })).toThrow(/Invalid response/);
    expect(() => form.submitAs('a@x.vn', { ...base, [LINK]: 'không phải đường dẫn' })).toThrow(/fails validation/);
    expect(() => form.submitAs('a@x.vn', { [NAME]: 'A' })).toThrow(/required question/);
    expect(() => form.submitAs('a@x.vn', { ...base, 'Không có câu này': 'x' })).toThrow(/No question titled/);
    form.submitAs('a@x.vn', { ...base, [LINK]: 'https://example.vn/bai-viet' });
    expect(form.getResponses()).toHaveLength(1);
  });
});

describe('responses already stored by Google (importResponse)', () => {
  it('keeps a unit name that is no longer in the dropdown, the email and the export’s timestamp', () => {
    const at = new Date('2023-04-25T02:30:00Z');
    const r = form.importResponse({
      email: 'cu@example.vn',
      timestamp: at,
      answers: { [UNIT]: 'Phòng Văn hóa (tên cũ)', [NAME]: 'Trần Thị Bình', [CRITERIA]: 'Học tập, Công tác' },
    });
    expect(r.getTimestamp()?.getTime()).toBe(at.getTime());
    expect(r.getRespondentEmail()).toBe('cu@example.vn');
    expect(r.getResponseForItem(item(UNIT))?.getResponse()).toBe('Phòng Văn hóa (tên cũ)');
    expect(r.getResponseForItem(item(CRITERIA))?.getResponse()).toEqual(['Học tập', 'Công tác']);
    expect(r.getResponseForItem(item(KIND))).toBeNull();
    expect(seen.map((s) => s.response.getId())).toEqual([r.getId()]);
  });

  it('works on an unpublished form, since Google already holds the response', () => {
    expect(form.isPublished()).toBe(false);
    form.importResponse({ answers: { [NAME]: 'A' } });
    expect(form.getResponses()).toHaveLength(1);
  });
});

describe('getResponses(timestamp)', () => {
  it('lists responses strictly after the timestamp, in time order', () => {
    const t = (iso: string) => new Date(iso);
    form.importResponse({ timestamp: t('2023-05-02T00:00:00.000Z'), answers: { [NAME]: 'b' } });
    form.importResponse({ timestamp: t('2023-05-01T00:00:00.000Z'), answers: { [NAME]: 'a' } });
    form.importResponse({ timestamp: t('2023-05-02T00:00:00.001Z'), answers: { [NAME]: 'c' } });
    const names = (rs: FakeFormResponse[]) => rs.map((r) => r.getItemResponses()[0].getResponse());
    expect(names(form.getResponses())).toEqual(['a', 'b', 'c']);
    expect(names(form.getResponses(t('2023-05-02T00:00:00.000Z')))).toEqual(['c']);
    expect(names(form.getResponses(t('2023-05-01T23:59:59.999Z')))).toEqual(['b', 'c']);
  });

  it('forgets deleted responses', () => {
    const r = form.importResponse({ answers: { [NAME]: 'a' } });
    form.importResponse({ answers: { [NAME]: 'b' } });
    form.deleteResponse(r.getId() as string);
    expect(form.getResponses()).toHaveLength(1);
    form.deleteAllResponses();
    expect(form.getResponses()).toHaveLength(0);
    expect(() => form.getResponse(r.getId() as string)).toThrow();
  });
});
