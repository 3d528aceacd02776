// Defines validation of form answers (SPEC §5) with zod, keyed by question title as Google gives them,
// turning zod issues into Problems so no English schema message ever reaches a clerk.
import * as z from 'zod';
import {
  ARTICLE_FORM,
  ARTICLE_GENRES,
  AWARD_PROPOSALS,
  EXEMPLAR_CRITERIA,
  EXEMPLAR_FIELDS,
  EXEMPLAR_FORM,
  EXEMPLAR_KINDS,
  EXEMPLAR_SOURCES,
  type FormDefinition,
  type FormQuestion,
  MAX_ANSWER_LENGTH,
} from './form-questions';
import { type Problem, problem } from './problems';
import { cleanMultiline, cleanText, normalizeText } from './text';

export * from './form-questions';

export type RawAnswers = Record<string, string | string[]>;

const YEAR = /^(19\d{2}|20\d{2}|2100)$/;
// No URL global in Apps Script, so the shape is checked by pattern: scheme, a dotted host, no spaces.
const HTTP_URL = /^https?:\/\/(?:[^\s/?#@]+@)?(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/iu;
const SCORE = /^\d{1,3}(?:[.,]\d+)?$/;

function flat(v: unknown, clean: (s: unknown) => string): string {
  return Array.isArray(v) ? clean(v.join(', ')) : clean(v);
}

/** Checkbox answers: a string[] from a trigger, or one ', '-joined string from the sheet or a CSV export. */
export function splitChoices(v: unknown): string[] {
  const parts = Array.isArray(v) ? v.map(cleanText) : cleanText(v).split(',').map(cleanText);
  return parts.filter((p, i) => p !== '' && parts.indexOf(p) === i);
}

function toScore(v: unknown): unknown {
  if (typeof v === 'number') return v;
  const s = flat(v, cleanText);
  if (s === '') return null;
  return SCORE.test(s) ? Number(s.replace(',', '.')) : Number.NaN;
}

const text = (required: boolean, clean: (s: unknown) => string = cleanText) =>
  z.preprocess(
    (v) => flat(v, clean),
    z
      .string()
      .min(required ? 1 : 0)
      .max(MAX_ANSWER_LENGTH),
  );
/**
 * A paragraph answer has no upper bound here (issue 6): the sheet keeps what fits in a cell and flags the
 * row `Cắt bớt`, the form keeps the whole answer. Short answers keep MAX_ANSWER_LENGTH: a name or title of
 * 49,000 characters is a paste accident, and it would make the `Khoá trùng` key overflow its cell.
 */
const longText = (required: boolean) => z.preprocess((v) => flat(v, cleanMultiline), z.string().min(required ? 1 : 0));
const choice = <T extends readonly [string, ...string[]]>(choices: T) =>
  z.preprocess((v) => flat(v, cleanText), z.enum(choices));
const optionalChoice = <T extends readonly [string, ...string[]]>(choices: T) =>
  z.preprocess((v) => flat(v, cleanText), z.union([z.literal(''), z.enum(choices)]));
const checkboxes = <T extends readonly [string, ...string[]]>(choices: T, required: boolean) =>
  z.preprocess(splitChoices, z.array(z.enum(choices)).min(required ? 1 : 0));
const pattern = (re: RegExp, required: boolean) => {
  const filled = z.string().regex(re).max(MAX_ANSWER_LENGTH);
  return z.preprocess((v) => flat(v, cleanText), required ? filled : z.union([z.literal(''), filled]));
};

/** Exemplar answers keyed by question key (see EXEMPLAR_FORM). */
export const exemplarAnswersSchema = z.object({
  unit: text(true),
  name: text(true),
  kind: choice(EXEMPLAR_KINDS),
  birthYear: pattern(YEAR, false),
  position: text(false),
  field: choice(EXEMPLAR_FIELDS),
  criteria: checkboxes(EXEMPLAR_CRITERIA, true),
  source: choice(EXEMPLAR_SOURCES),
  summary: longText(true),
  award: optionalChoice(AWARD_PROPOSALS),
  evidence: pattern(HTTP_URL, false),
});

/** Article answers keyed by question key (see ARTICLE_FORM). */
export const articleAnswersSchema = z.object({
  unit: text(true),
  title: text(true),
  author: text(true),
  genre: choice(ARTICLE_GENRES),
  subject: text(true),
  url: pattern(HTTP_URL, true),
  score: z.preprocess(toScore, z.number().min(0).max(100).nullable()),
});

export type ExemplarAnswers = z.infer<typeof exemplarAnswersSchema>;
export type ArticleAnswers = z.infer<typeof articleAnswersSchema>;

export type ParseResult<K extends string, T> = { ok: true; kind: K; value: T } | { ok: false; problems: Problem[] };

/** Picks each question's answer by exact title, falling back to a normalised title (CSV headers drift). */
function byQuestionKey(form: FormDefinition, answers: RawAnswers): Record<string, unknown> {
  const exact = new Map<string, unknown>(Object.entries(answers));
  const loose = new Map<string, unknown>();
  for (const [title, v] of exact) loose.set(normalizeText(title), v);
  const out: Record<string, unknown> = {};
  for (const q of form.questions) {
    out[q.key] = exact.has(q.title) ? exact.get(q.title) : loose.get(normalizeText(q.title));
  }
  return out;
}

function issueToProblem(issue: z.core.$ZodIssue, q: FormQuestion, raw: unknown): Problem {
  const at = { field: q.key, column: q.title };
  const element = typeof issue.path[1] === 'number' ? splitChoices(raw)[issue.path[1]] : undefined;
  const value = element ?? flat(raw, cleanText);
  if (issue.code === 'too_big' && q.validation !== 'score')
    return problem('TOO_LONG', { ...at, limit: MAX_ANSWER_LENGTH });
  if (value === '' && (q.required || q.kind === 'checkbox')) return problem('REQUIRED', at);
  if (q.validation === 'year') return problem('INVALID_YEAR', { ...at, value });
  if (q.validation === 'url') return problem('INVALID_URL', { ...at, value });
  if (q.validation === 'score') return problem('INVALID_SCORE', { ...at, value, limit: 100 });
  if (q.choices) return problem('INVALID_CHOICE', { ...at, value, allowed: q.choices });
  return problem('REQUIRED', { ...at, detail: `unexpected zod issue ${issue.code}` });
}

function parseWith<K extends string, T>(
  kind: K,
  form: FormDefinition,
  schema: z.ZodType<T>,
  answers: RawAnswers,
): ParseResult<K, T> {
  const raw = byQuestionKey(form, answers);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, kind, value: parsed.data };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const q = form.questions.find((x) => x.key === issue.path[0]);
    if (!q) continue;
    const p = issueToProblem(issue, q, raw[q.key]);
    const id = `${p.code}|${p.field}|${p.value ?? ''}`;
    if (!seen.has(id)) problems.push(p);
    seen.add(id);
  }
  // Keep the form's question order so messages read top to bottom.
  const order = (p: Problem) => form.questions.findIndex((x) => x.key === p.field);
  problems.sort((a, b) => order(a) - order(b));
  return { ok: false, problems };
}

export function parseExemplarAnswers(answers: RawAnswers): ParseResult<'exemplar', ExemplarAnswers> {
  return parseWith('exemplar', EXEMPLAR_FORM, exemplarAnswersSchema, answers);
}

export function parseArticleAnswers(answers: RawAnswers): ParseResult<'article', ArticleAnswers> {
  return parseWith('article', ARTICLE_FORM, articleAnswersSchema, answers);
}
