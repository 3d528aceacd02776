// Defines the intake rules for one form response: validate, resolve the unit, period, sender check, keys.
import {
  ARTICLE_FORM,
  type ArticleAnswers,
  EXEMPLAR_FORM,
  type ExemplarAnswers,
  parseArticleAnswers,
  parseExemplarAnswers,
} from './forms';
import { articleKey, fingerprint, nameKey, nomineeKey } from './keys';
import { periodOf } from './period';
import type { Problem } from './problems';
import { cleanText } from './text';
import type { PeriodConfig, PeriodId, Unit } from './types';
import { isRegisteredSender, type UnitMatcher } from './units';

export type FormKind = 'exemplar' | 'article';

/** A response as Google stores it: id, timestamp, respondent email, answers keyed by question title. */
export interface RawResponse {
  id: string;
  timestamp: Date;
  email: string;
  answers: Record<string, string | string[]>;
}

interface Accepted {
  ok: true;
  unit: Unit;
  period: PeriodId;
  verified: boolean;
  fingerprint: string;
}

export type IntakeResult =
  | (Accepted & { kind: 'exemplar'; answers: ExemplarAnswers; key: string; nameKey: string })
  | (Accepted & { kind: 'article'; answers: ArticleAnswers; key: string })
  | { ok: false; kind: FormKind; problems: Problem[]; unitAnswer: string; fingerprint: string };

export function formOf(kind: FormKind) {
  return kind === 'exemplar' ? EXEMPLAR_FORM : ARTICLE_FORM;
}

export function unitQuestionTitle(kind: FormKind): string {
  const q = formOf(kind).questions.find((x) => x.unitList);
  if (!q) throw new Error(`Form ${kind} has no unit question`);
  return q.title;
}

/** Identical timestamp, email and answers = the same response delivered again (SPEC §4). */
export function responseFingerprint(raw: RawResponse): string {
  const titles = Object.keys(raw.answers).sort();
  return fingerprint([
    raw.timestamp,
    cleanText(raw.email).toLowerCase(),
    ...titles.flatMap((t) => [t, raw.answers[t]]),
  ]);
}

export function intake(
  kind: FormKind,
  raw: RawResponse,
  ctx: { matcher: UnitMatcher; periodConfig: PeriodConfig },
): IntakeResult {
  const fp = responseFingerprint(raw);
  const unitRaw = raw.answers[unitQuestionTitle(kind)];
  const unitAnswer = cleanText(Array.isArray(unitRaw) ? unitRaw.join(', ') : unitRaw);
  const parsed = kind === 'exemplar' ? parseExemplarAnswers(raw.answers) : parseArticleAnswers(raw.answers);
  const problems: Problem[] = parsed.ok ? [] : [...parsed.problems];
  let unit: Unit | undefined;
  if (unitAnswer) {
    unit = ctx.matcher.match(unitAnswer);
    if (!unit) {
      const many = ctx.matcher.ambiguous(unitAnswer);
      problems.unshift(
        many.length > 1
          ? { code: 'UNIT_AMBIGUOUS', value: unitAnswer, detail: many.map((u) => u.code).join(', ') }
          : { code: 'UNIT_NOT_FOUND', value: unitAnswer },
      );
    }
  }
  if (!parsed.ok || !unit || problems.length > 0) return { ok: false, kind, problems, unitAnswer, fingerprint: fp };
  const base: Accepted = {
    ok: true,
    unit,
    period: periodOf(raw.timestamp, ctx.periodConfig),
    verified: isRegisteredSender(unit, raw.email),
    fingerprint: fp,
  };
  if (parsed.kind === 'exemplar') {
    const a = parsed.value;
    return {
      ...base,
      kind: 'exemplar',
      answers: a,
      key: nomineeKey(unit.code, a.name, a.birthYear),
      nameKey: nameKey(a.name),
    };
  }
  return { ...base, kind: 'article', answers: parsed.value, key: articleKey(unit.code, parsed.value.title) };
}
