// Defines the flags and `Được tính` of every stored row, recomputed from all rows with the counting rules.
import { classifyArticles, classifyNominations } from '../domain/counting';
import type { ArticleRecord, NominationRecord, Unit } from '../domain/types';
import { isRegisteredSender } from '../domain/units';
import { COL, FLAG } from './layout';
import { articleOf, NO, nominationOf, periodKey, YES } from './rows';

type RowRecord = Record<string, unknown>;

export interface DerivedColumns {
  flags: string[];
  counted: string[];
  periodKeys: string[];
}

/** Flags a row should carry, in a fixed order so rewriting an unchanged sheet writes the same text. */
function flagText(f: { repeat: boolean; unverified: boolean; otherUnit: boolean; truncated: boolean }): string {
  const out: string[] = [];
  if (f.repeat) out.push(FLAG.repeat);
  if (f.unverified) out.push(FLAG.unverified);
  if (f.otherUnit) out.push(FLAG.otherUnit);
  if (f.truncated) out.push(FLAG.truncated);
  return out.join('; ');
}

const truncatedFlag = (r: RowRecord) => String(r[COL.flags] ?? '').includes(FLAG.truncated);

/**
 * Recomputes `Cờ`, `Được tính` and `Khoá kỳ` for every row: ingestion order may differ from
 * response order (reconcile), Nội vụ may mark `Không đạt`, and the registry's emails may change.
 */
export function deriveColumns(
  kind: 'exemplar' | 'article',
  rows: readonly RowRecord[],
  units: readonly Unit[],
  countUnverified: boolean,
): DerivedColumns {
  const byCode = new Map(units.map((u) => [u.code.toUpperCase(), u]));
  const verifiedOf = (r: RowRecord) => {
    const u = byCode.get(String(r[COL.unitCode] ?? '').toUpperCase());
    return u ? isRegisteredSender(u, String(r[COL.email] ?? '')) : false;
  };
  const recs = rows.map((r) => (kind === 'exemplar' ? nominationOf(r) : articleOf(r)));
  const withVerified = recs.map((rec, i) => (rec ? { ...rec, verified: verifiedOf(rows[i]) } : null));
  const valid = withVerified.filter((x): x is NonNullable<typeof x> => x !== null);
  const classes =
    kind === 'exemplar'
      ? classifyNominations(valid as NominationRecord[])
      : (classifyArticles(valid as ArticleRecord[]) as Map<string, { repeat: boolean; otherUnits?: string[] }>);
  const out: DerivedColumns = { flags: [], counted: [], periodKeys: [] };
  rows.forEach((r, i) => {
    const rec = withVerified[i];
    if (!rec) {
      out.flags.push(String(r[COL.flags] ?? ''));
      out.counted.push(String(r[COL.counted] ?? NO));
      out.periodKeys.push(String(r[COL.periodKey] ?? ''));
      return;
    }
    const c = classes.get(rec.id) as { repeat: boolean; otherUnits?: string[] } | undefined;
    const repeat = c?.repeat ?? false;
    const counted = !repeat && rec.status !== 'Không đạt' && (rec.verified || countUnverified);
    out.flags.push(
      flagText({
        repeat,
        unverified: !rec.verified,
        otherUnit: (c?.otherUnits?.length ?? 0) > 0,
        truncated: truncatedFlag(r),
      }),
    );
    out.counted.push(counted ? YES : NO);
    out.periodKeys.push(periodKey(String(r[COL.period] ?? ''), rec.unitCode, counted));
  });
  return out;
}
