// Defines the progress table of a period: units grouped by type in the letter's order, a subtotal per type,
// a district total, and the share of units meeting quota per type (for the `Tiến độ` sheet and the report).
import { missingFor } from './compliance';
import type { UnitResult, UnitTypeCode } from './types';
import { UNIT_TYPES } from './unit-types';

export const RESULT_MET = 'Đạt';
export const RESULT_NOT_MET = 'Chưa đạt';

export interface Tally {
  units: number;
  unitsMet: number;
  exemplarsCounted: number;
  exemplarsRequired: number;
  articlesCounted: number;
  articlesRequired: number;
}

export interface TypeGroup {
  type: UnitTypeCode;
  label: string;
  /** Roman numeral of the group among the groups shown (I, II…). */
  ordinal: string;
  units: UnitResult[];
  tally: Tally;
}

export interface Progress {
  /** Only the types that have at least one active unit, in the letter's order. */
  groups: TypeGroup[];
  total: Tally;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export function emptyTally(): Tally {
  return { units: 0, unitsMet: 0, exemplarsCounted: 0, exemplarsRequired: 0, articlesCounted: 0, articlesRequired: 0 };
}

export function tally(units: readonly UnitResult[]): Tally {
  const t = emptyTally();
  for (const u of units) {
    t.units++;
    if (u.met) t.unitsMet++;
    t.exemplarsCounted += u.exemplars.counted;
    t.exemplarsRequired += u.exemplars.required;
    t.articlesCounted += u.articles.counted;
    t.articlesRequired += u.articles.required;
  }
  return t;
}

/** Units met / units, 0 when there are none. */
export function shareMet(t: Tally): number {
  return t.units === 0 ? 0 : t.unitsMet / t.units;
}

export function resultText(u: UnitResult): string {
  return u.met ? RESULT_MET : RESULT_NOT_MET;
}

/** What a unit still lacks, in words: `Thiếu 1 gương, 3 bài viết`; '' when it meets both streams. */
export function missingText(u: UnitResult): string {
  const m = missingFor(u);
  const parts: string[] = [];
  if (m.exemplars > 0) parts.push(`${m.exemplars} gương`);
  if (m.articles > 0) parts.push(`${m.articles} bài viết`);
  return parts.length ? `Thiếu ${parts.join(', ')}` : '';
}

/** Groups the units of a compliance result; units keep their order inside a type (code, natural order). */
export function buildProgress(units: readonly UnitResult[]): Progress {
  const groups: TypeGroup[] = [];
  for (const t of UNIT_TYPES) {
    const list = units.filter((u) => u.type === t.code);
    if (list.length === 0) continue;
    groups.push({ type: t.code, label: t.label, ordinal: ROMAN[groups.length], units: list, tally: tally(list) });
  }
  return { groups, total: tally(units) };
}

/** Share of units meeting quota for every one of the five types (0 for a type without units), for the chart. */
export function sharesByType(progress: Progress): { type: UnitTypeCode; label: string; tally: Tally; share: number }[] {
  return UNIT_TYPES.map((t) => {
    const g = progress.groups.find((x) => x.type === t.code);
    const tl = g ? g.tally : emptyTally();
    return { type: t.code, label: t.label, tally: tl, share: shareMet(tl) };
  });
}

/** `3/5`. */
export function ratio(counted: number, required: number): string {
  return `${counted}/${required}`;
}

/** `60,0%` the Vietnamese way (decimal comma). */
export function percentVi(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits).replace('.', ',')}%`;
}
