// Defines the columns derived from every stored row (`Kỳ`, `Cờ`, `Được tính`, `Khoá kỳ`), recomputed with the counting rules.
import { classifyArticles, classifyNominations } from '../domain/counting';
import { periodOf } from '../domain/period';
import type { ArticleRecord, NominationRecord, PeriodConfig, Unit } from '../domain/types';
import { isRegisteredSender } from '../domain/units';
import { COL, FLAG } from './layout';
import { articleOf, NO, nominationOf, periodKey, YES } from './rows';

type RowRecord = Record<string, unknown>;

export interface DerivedColumns {
  periods: string[];
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
 * Recomputes `Kỳ`, `Cờ`, `Được tính` and `Khoá kỳ` for every row: ingestion order may differ from
 * response order (reconcile), Nội vụ may mark `Không đạt`, the registry's emails may change, and a new
 * cutoff day (`Cấu hình`) moves responses between periods. A row without a readable timestamp keeps its cells.
 */
export function deriveColumns(
  kind: 'exemplar' | 'article',
  rows: readonly RowRecord[],
  units: readonly Unit[],
  countUnverified: boolean,
  periodConfig: PeriodConfig,
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
  const out: DerivedColumns = { periods: [], flags: [], counted: [], periodKeys: [] };
  rows.forEach((r, i) => {
    const rec = withVerified[i];
    if (!rec) {
      out.periods.push(String(r[COL.period] ?? ''));
      out.flags.push(String(r[COL.flags] ?? ''));
      out.counted.push(String(r[COL.counted] ?? NO));
      out.periodKeys.push(String(r[COL.periodKey] ?? ''));
      return;
    }
    const c = classes.get(rec.id) as { repeat: boolean; otherUnits?: string[] } | undefined;
    const repeat = c?.repeat ?? false;
    const counted = !repeat && rec.status !== 'Không đạt' && (rec.verified || countUnverified);
    const period = periodOf(rec.timestamp, periodConfig);
    out.periods.push(period);
    out.flags.push(
      flagText({
        repeat,
        unverified: !rec.verified,
        otherUnit: (c?.otherUnits?.length ?? 0) > 0,
        truncated: truncatedFlag(r),
      }),
    );
    out.counted.push(counted ? YES : NO);
    out.periodKeys.push(periodKey(period, rec.unitCode, counted));
  });
  return out;
}

/**
 * The derived columns whose recomputed values differ from the stored cells, each with its whole new column:
 * an unchanged column is not rewritten, so a quiet hour writes nothing.
 */
export function changedColumns(rows: readonly RowRecord[], d: DerivedColumns): { header: string; values: string[] }[] {
  const columns: [string, string[]][] = [
    [COL.period, d.periods],
    [COL.flags, d.flags],
    [COL.counted, d.counted],
    [COL.periodKey, d.periodKeys],
  ];
  return columns
    .filter(([header, values]) => values.some((v, i) => String(rows[i]?.[header] ?? '') !== v))
    .map(([header, values]) => ({ header, values }));
}
