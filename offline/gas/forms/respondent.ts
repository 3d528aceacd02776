// Defines the offline submit paths behind FakeForm.submitAs (a respondent on the form's page) and importResponse.
import { commitResponse, type FakeFormResponse, missingRequired } from './form-response.ts';
import {
  type Answer,
  Errors,
  type FormState,
  type ItemRecord,
  ItemType,
  isChoiceType,
  isQuestionType,
} from './model.ts';
import { checkboxPasses, FakeCheckboxValidation, FakeTextValidation, textPasses } from './validation.ts';

/** Answers keyed by question title, as a respondent or an export sees them. */
export type AnswersByTitle = Record<string, string | string[]>;

export interface ImportedResponse {
  email?: string;
  /** When Google stored the response; defaults to the clock. */
  timestamp?: Date;
  answers: AnswersByTitle;
}

export function submitAsRespondent(state: FormState, email: string, answers: AnswersByTitle): FakeFormResponse {
  if (!state.settings.published) throw new Error(Errors.notPublished);
  if (!state.settings.acceptingResponses) throw new Error(Errors.notAccepting);
  const byId = resolveAnswers(state, answers, false);
  for (const rec of state.items) {
    const value = byId.get(rec.id);
    if (value !== undefined) checkRespondentAnswer(rec, value);
  }
  const missing = missingRequired(state, byId);
  if (missing !== null) throw new Error(Errors.requiredMissing(missing));
  const collected = state.collectsEmail() ? String(email) : '';
  if (collected && state.settings.limitOneResponsePerUser && state.responses.some((r) => r.email === collected)) {
    throw new Error("You've already responded");
  }
  return commitResponse(state, byId, collected, state.ctx.clock.now());
}

export function importStoredResponse(state: FormState, response: ImportedResponse): FakeFormResponse {
  const byId = resolveAnswers(state, response.answers, true);
  const at = response.timestamp ?? state.ctx.clock.now();
  return commitResponse(state, byId, response.email ?? '', at);
}

/** Maps titles to item ids (the first question with that exact title). An unknown title is a caller's mistake. */
function resolveAnswers(state: FormState, answers: AnswersByTitle, splitJoined: boolean): Map<number, Answer> {
  const out = new Map<number, Answer>();
  for (const [title, raw] of Object.entries(answers)) {
    const rec = state.items.find((r) => r.title === title && isQuestionType(r.type));
    if (!rec) throw new Error(`No question titled "${title}" in form "${state.settings.title}".`);
    let value: Answer = Array.isArray(raw) ? raw.map(String) : String(raw);
    if (rec.type === ItemType.CHECKBOX && !Array.isArray(value)) {
      // Google's exports join checkbox answers with ", " (SPEC §5 keeps commas out of the options).
      value = value === '' ? [] : splitJoined ? value.split(', ') : [value];
    }
    if (rec.type !== ItemType.CHECKBOX && Array.isArray(value)) {
      throw new Error(`Question "${title}" takes one answer, got ${value.length}.`);
    }
    out.set(rec.id, value);
  }
  return out;
}

/** What the form's page would refuse for one question; blank answers are left to the required check. */
function checkRespondentAnswer(rec: ItemRecord, value: Answer): void {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0 || value === '') return;
  if (isChoiceType(rec.type) && !rec.otherOption) {
    for (const v of values) if (!rec.choices.some((c) => c.value === v)) throw new Error(Errors.invalidResponse);
  }
  const validation = rec.validation;
  const passes =
    validation instanceof FakeTextValidation && validation.rule
      ? textPasses(validation.rule, String(value))
      : validation instanceof FakeCheckboxValidation && validation.rule
        ? checkboxPasses(validation.rule, values.length)
        : true;
  if (!passes) {
    const why = validation?.helpText || validation?.rule?.kind;
    throw new Error(`Answer to "${rec.title}" fails validation: ${why}`);
  }
}
