// Defines the Google Forms adapter: create or repair Form A/B from their definitions, read responses, prefilled links.

import { VALIDATION_RULES } from '../domain/forms';
import type { FormKind, RawResponse } from '../domain/intake';
import { formOf } from '../domain/intake';
import { isTransient } from './retry';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type Question = ReturnType<typeof formOf>['questions'][number];

/** Null when the form is gone (deleted, no access); a transient Forms error is thrown for the caller's retry. */
function openForm(id: string): Form | null {
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch (e) {
    // Taking a passing outage for "no form" would make setup create a second form.
    if (isTransient(e)) throw e;
    return null;
  }
}

/** Adds the item, returned as a generic Item: typed items (ListItem…) have no asListItem(). */
function addItem(form: Form, q: Question): Item {
  const added = (() => {
    switch (q.kind) {
      case 'list':
        return form.addListItem();
      case 'paragraph':
        return form.addParagraphTextItem();
      case 'multipleChoice':
        return form.addMultipleChoiceItem();
      case 'checkbox':
        return form.addCheckboxItem();
      default:
        return form.addTextItem();
    }
  })();
  added.setTitle(q.title);
  return form.getItemById(added.getId());
}

/** The form validates what the rules core validates again on intake (VALIDATION_RULES is shared). */
function validationFor(q: Question): GoogleAppsScript.Forms.TextValidation | null {
  const b = FormApp.createTextValidation();
  switch (q.validation) {
    case 'year':
      return b.requireTextMatchesPattern(VALIDATION_RULES.year.pattern).setHelpText(VALIDATION_RULES.year.help).build();
    case 'url':
      return b.requireTextIsUrl().setHelpText(VALIDATION_RULES.url.help).build();
    case 'score':
      return b
        .requireNumberBetween(VALIDATION_RULES.score.min, VALIDATION_RULES.score.max)
        .setHelpText(VALIDATION_RULES.score.help)
        .build();
    default:
      return null;
  }
}

/** Brings one item in line with its definition; `choices` overrides the definition's (the unit list). */
function applyQuestion(item: Item, q: Question, choices?: readonly string[]): void {
  const values = [...(choices ?? q.choices ?? [])];
  switch (q.kind) {
    case 'list': {
      const li = item.asListItem().setRequired(q.required);
      if (values.length) li.setChoiceValues(values);
      if (q.help) li.setHelpText(q.help);
      return;
    }
    case 'multipleChoice': {
      const mc = item.asMultipleChoiceItem().setRequired(q.required);
      if (values.length) mc.setChoiceValues(values);
      if (q.help) mc.setHelpText(q.help);
      return;
    }
    case 'checkbox': {
      const cb = item.asCheckboxItem().setRequired(q.required);
      if (values.length) cb.setChoiceValues(values);
      if (q.help) cb.setHelpText(q.help);
      return;
    }
    case 'paragraph': {
      const p = item.asParagraphTextItem().setRequired(q.required);
      if (q.help) p.setHelpText(q.help);
      return;
    }
    default: {
      const t = item.asTextItem().setRequired(q.required);
      const v = validationFor(q);
      if (v) t.setValidation(v);
      if (q.help) t.setHelpText(q.help);
    }
  }
}

/**
 * Opens the form with `id` or creates it, then repairs title, settings and every question; never
 * deletes an item (responses hang on items). Returns the form and whether it was created.
 * https://developers.google.com/apps-script/reference/forms/form
 */
export function ensureForm(kind: FormKind, id: string, unitNames: readonly string[]): { form: Form; created: boolean } {
  const def = formOf(kind);
  let form = openForm(id);
  const created = !form;
  if (!form) form = FormApp.create(def.title);
  form.setTitle(def.title).setDescription(def.description);
  try {
    // Undocumented but working (SPEC §11), so absent from the type definitions; fall back to setCollectEmail.
    const f = form as Form & { setEmailCollectionType(t: unknown): Form };
    f.setEmailCollectionType(
      (FormApp as unknown as { EmailCollectionType: { VERIFIED: unknown } }).EmailCollectionType.VERIFIED,
    );
  } catch {
    form.setCollectEmail(true);
  }
  form.setPublishingSummary(false).setAllowResponseEdits(false).setShowLinkToRespondAgain(false);
  const items = form.getItems();
  for (const q of def.questions) {
    const existing = items.find((it) => it.getTitle().normalize('NFC').trim() === q.title);
    applyQuestion(existing ?? addItem(form, q), q, q.unitList ? unitNames : undefined);
  }
  publish(form);
  return { form, created };
}

/** Forms made through the API may start unpublished (2026): publish where the form supports it. */
function publish(form: Form): void {
  const f = form as Form & {
    supportsAdvancedResponderPermissions?: () => boolean;
    isPublished?: () => boolean;
    setPublished?: (b: boolean) => Form;
  };
  if (f.supportsAdvancedResponderPermissions?.() && f.isPublished && !f.isPublished()) f.setPublished?.(true);
  form.setAcceptingResponses(true);
}

export function isFormPublished(form: Form): boolean {
  const f = form as Form & { isPublished?: () => boolean };
  return f.isPublished ? f.isPublished() : true;
}

/** `keepExisting`: add the names without dropping current choices (the registry has a row in error). */
export function setUnitChoices(form: Form, kind: FormKind, unitNames: readonly string[], keepExisting = false): void {
  const q = formOf(kind).questions.find((x) => x.unitList)!;
  const item = form.getItems().find((it) => it.getTitle().normalize('NFC').trim() === q.title);
  if (!item || unitNames.length === 0) return;
  const list = item.asListItem();
  const kept = keepExisting
    ? list
        .getChoices()
        .map((c) => String(c.getValue()))
        .filter((c) => !unitNames.includes(c))
    : [];
  list.setChoiceValues([...unitNames, ...kept]);
}

export function toRawResponse(r: GoogleAppsScript.Forms.FormResponse): RawResponse {
  const answers: Record<string, string | string[]> = {};
  for (const ir of r.getItemResponses()) {
    const v = ir.getResponse() as unknown;
    answers[ir.getItem().getTitle()] = Array.isArray(v) ? v.map(String) : String(v ?? '');
  }
  return {
    id: r.getId(),
    timestamp: r.getTimestamp() as unknown as Date,
    email: r.getRespondentEmail() ?? '',
    answers,
  };
}

export function openFormById(id: string): Form | null {
  return openForm(id);
}

const encodeParam = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
const decodeParam = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};

/**
 * Links to the form with the unit already chosen (nothing is stored: no submit), for many units at
 * a constant number of Forms calls: Google builds one link (createResponse throws unless the value
 * is exactly a choice) and the unit's parameter is rewritten for the others. Apps Script has no URL
 * class, so the query is split by hand.
 */
export function prefilledUrlMaker(form: Form, kind: FormKind): (unitName: string) => string {
  const q = formOf(kind).questions.find((x) => x.unitList)!;
  const item = form.getItems().find((it) => it.getTitle().normalize('NFC').trim() === q.title);
  const fallback = form.getPublishedUrl();
  if (!item) return () => fallback;
  const choices = item
    .asListItem()
    .getChoices()
    .map((c) => String(c.getValue()));
  if (choices.length === 0) return () => fallback;
  const sample = choices[0];
  let template: string;
  try {
    template = form.createResponse().withItemResponse(item.asListItem().createResponse(sample)).toPrefilledUrl();
  } catch {
    return () => fallback;
  }
  const [base, query = ''] = template.split('?');
  const params = query.split('&');
  const at = params.findIndex((p) => decodeParam(p.slice(p.indexOf('=') + 1)) === sample);
  if (at < 0) return () => fallback;
  const key = params[at].slice(0, params[at].indexOf('='));
  const allowed = new Set(choices);
  return (unitName) => {
    // A name that is not a choice would be refused by the form: send the plain link instead.
    if (!allowed.has(unitName)) return fallback;
    const next = [...params];
    next[at] = `${key}=${encodeParam(unitName)}`;
    return `${base}?${next.join('&')}`;
  };
}
