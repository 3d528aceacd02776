import { describe, expect, it } from 'vitest';
import { ServiceContext } from '../../offline/gas/context';
import { createFormApp } from '../../offline/gas/form-app';
import { prefilledUrlMaker } from '../../src/gas/forms';

const UNITS = [
  'UBND phường Cầu Diễn',
  'Phòng Lao động, Thương binh và Xã hội',
  'Trường Mầm non A & B',
  'Hội Cựu chiến binh quận',
];

function formWithUnits() {
  const ctx = new ServiceContext();
  const app = createFormApp(ctx);
  const form = app.create('Giới thiệu gương ĐHTT, NTVT');
  form.addTextItem().setTitle('Câu hỏi khác');
  form.addListItem().setTitle('Đơn vị giới thiệu').setChoiceValues(UNITS);
  return { ctx, form };
}

describe('prefilled links for many units', () => {
  it('equal the link Google builds for each unit', () => {
    const { form } = formWithUnits();
    const make = prefilledUrlMaker(form as unknown as GoogleAppsScript.Forms.Form, 'exemplar');
    const item = form.getItems()[1].asListItem();
    for (const unit of UNITS) {
      expect(make(unit)).toBe(form.createResponse().withItemResponse(item.createResponse(unit)).toPrefilledUrl());
    }
  });

  it('cost the same Forms calls for 4 units as for 1', () => {
    const { ctx, form } = formWithUnits();
    ctx.calls.reset();
    const make = prefilledUrlMaker(form as unknown as GoogleAppsScript.Forms.Form, 'exemplar');
    make(UNITS[0]);
    const one = ctx.calls.count('FormApp');
    for (const u of UNITS) make(u);
    expect(ctx.calls.count('FormApp')).toBe(one);
  });

  it('fall back to the plain link for a name that is not a choice', () => {
    const { form } = formWithUnits();
    const make = prefilledUrlMaker(form as unknown as GoogleAppsScript.Forms.Form, 'exemplar');
    expect(make('Đơn vị lạ')).toBe(form.getPublishedUrl());
  });
});
