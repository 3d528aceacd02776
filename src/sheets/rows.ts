// Defines the mapping between intake results and sheet rows, and from sheet rows back to counting records.
import { type FormKind, formOf, type IntakeResult, type RawResponse } from '../domain/intake';
import { problemsMessageVi } from '../domain/messages-vi';
import { cleanText } from '../domain/text';
import { type ArticleRecord, type NominationRecord, REVIEW_STATUSES, type ReviewStatus } from '../domain/types';
import { toCell } from './cells';
import { COL, ERROR_COL, FLAG } from './layout';

type RowRecord = Record<string, unknown>;
type Accepted = Extract<IntakeResult, { ok: true }>;

export const YES = 'Có';
export const NO = 'Không';

export const FORM_LABEL: Record<FormKind, string> = {
  exemplar: 'Giới thiệu gương',
  article: 'Bài viết dự thi',
};

/** `Khoá kỳ`: period|unit|counted — lets a receipt count a unit's month with one server-side search. */
export function periodKey(period: string, unitCode: string, counted: boolean): string {
  return `${period}|${unitCode.toUpperCase()}|${counted ? YES : NO}`;
}

export function answerRecord(kind: FormKind, answers: Record<string, unknown>): RowRecord {
  const out: RowRecord = {};
  for (const q of formOf(kind).questions) {
    if (q.unitList) continue;
    const v = answers[q.key];
    out[q.title] = Array.isArray(v) ? v.join(', ') : (v ?? '');
  }
  return out;
}

/**
 * The stored row of an accepted response. An answer longer than a cell holds is cut by the sheet adapter
 * (cells.ts); the row says so with `Cắt bớt`, and the whole answer stays in the form. Done here so every
 * path (trigger, reconcile, rebuild) flags it and the flag survives the recomputation of `Cờ` (flags.ts).
 */
export function acceptedRecord(r: Accepted, raw: RawResponse, flags: readonly string[], counted: boolean): RowRecord {
  const answers = answerRecord(r.kind, r.answers as unknown as Record<string, unknown>);
  const cut = Object.values(answers).some((v) => toCell(v, true).truncated);
  const allFlags = cut && !flags.includes(FLAG.truncated) ? [...flags, FLAG.truncated] : flags;
  return {
    [COL.responseId]: raw.id,
    [COL.timestamp]: raw.timestamp,
    [COL.period]: r.period,
    [COL.unitCode]: r.unit.code,
    [COL.unitName]: r.unit.name,
    [COL.email]: cleanText(raw.email),
    ...answers,
    [COL.flags]: allFlags.join('; '),
    [COL.counted]: counted ? YES : NO,
    [COL.status]: 'Mới',
    [COL.key]: r.key,
    [COL.periodKey]: periodKey(r.period, r.unit.code, counted),
    [COL.fingerprint]: r.fingerprint,
  };
}

export function rejectedRecord(
  r: Extract<IntakeResult, { ok: false }>,
  raw: { id: string; timestamp: Date | string; email: string; answers: Record<string, unknown> },
  timestampText: string,
  sourceRow?: number,
): RowRecord {
  return {
    [COL.responseId]: raw.id,
    [COL.timestamp]: timestampText,
    [ERROR_COL.form]: FORM_LABEL[r.kind],
    [COL.email]: cleanText(raw.email),
    [ERROR_COL.unitAnswer]: r.unitAnswer,
    [ERROR_COL.reason]: problemsMessageVi(r.problems),
    [ERROR_COL.codes]: r.problems.map((p) => p.code).join(', '),
    [ERROR_COL.raw]: JSON.stringify(raw.answers),
    [ERROR_COL.sourceRow]: sourceRow ?? '',
    [ERROR_COL.handled]: false,
    [COL.fingerprint]: r.fingerprint,
  };
}

function statusOf(v: unknown): ReviewStatus | '' {
  const s = cleanText(v);
  return (REVIEW_STATUSES as readonly string[]).includes(s) ? (s as ReviewStatus) : '';
}

function dateOf(v: unknown): Date | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v;
  return null;
}

const hasFlag = (v: unknown, flag: string) =>
  String(v ?? '')
    .split(';')
    .map((x) => x.trim())
    .includes(flag);

const nameTitle = formOf('exemplar').questions.find((q) => q.key === 'name')!.title;
const yearTitle = formOf('exemplar').questions.find((q) => q.key === 'birthYear')!.title;
const titleTitle = formOf('article').questions.find((q) => q.key === 'title')!.title;

/** A row of `Gương ĐHTT-NTVT` as the counting rules see it; rows without a readable timestamp are skipped. */
export function nominationOf(r: RowRecord): NominationRecord | null {
  const timestamp = dateOf(r[COL.timestamp]);
  const id = cleanText(r[COL.responseId]);
  if (!timestamp || !id) return null;
  return {
    id,
    timestamp,
    unitCode: cleanText(r[COL.unitCode]),
    nomineeName: cleanText(r[nameTitle]),
    birthYear: cleanText(r[yearTitle]),
    status: statusOf(r[COL.status]),
    verified: !hasFlag(r[COL.flags], FLAG.unverified),
  };
}

export function articleOf(r: RowRecord): ArticleRecord | null {
  const timestamp = dateOf(r[COL.timestamp]);
  const id = cleanText(r[COL.responseId]);
  if (!timestamp || !id) return null;
  return {
    id,
    timestamp,
    unitCode: cleanText(r[COL.unitCode]),
    title: cleanText(r[titleTitle]),
    status: statusOf(r[COL.status]),
    verified: !hasFlag(r[COL.flags], FLAG.unverified),
  };
}

export const NOMINEE_NAME_TITLE = nameTitle;
export const ARTICLE_TITLE_TITLE = titleTitle;
