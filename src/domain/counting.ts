// Defines the counting rules of SPEC §4: which records are repeats, which names other units also sent,
// and whether a record counts toward its unit's quota.
import { articleKey, nameKey, nomineeKey } from './keys';
import { normalizeText } from './text';
import type { ArticleRecord, NominationRecord } from './types';

export interface NominationClass {
  repeat: boolean;
  /** Id of the earlier record this one repeats. */
  firstId?: string;
  /** Codes of other units that nominated the same name, at any time (for review). */
  otherUnits: string[];
}

export interface ArticleClass {
  repeat: boolean;
  firstId?: string;
}

/** Oldest first; ties by id so two runs over the same rows agree. Unreadable times go last. */
function byTimeThenId<T extends { id: string; timestamp: Date }>(records: readonly T[]): T[] {
  const time = (r: T) => {
    const t = r.timestamp instanceof Date ? r.timestamp.getTime() : Number.NaN;
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  return [...records].sort((a, b) => time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A nomination is a repeat when the same unit nominated the same nominee earlier, in any period and
 * whatever the review status of the earlier one.
 */
export function classifyNominations(records: NominationRecord[]): Map<string, NominationClass> {
  const firstByKey = new Map<string, string>();
  const unitsByName = new Map<string, Map<string, string>>();
  for (const r of records) {
    const units = unitsByName.get(nameKey(r.nomineeName)) ?? new Map<string, string>();
    if (!units.has(normalizeText(r.unitCode))) units.set(normalizeText(r.unitCode), r.unitCode);
    unitsByName.set(nameKey(r.nomineeName), units);
  }
  const out = new Map<string, NominationClass>();
  for (const r of byTimeThenId(records)) {
    const key = nomineeKey(r.unitCode, r.nomineeName, r.birthYear);
    const firstId = firstByKey.get(key);
    if (firstId === undefined) firstByKey.set(key, r.id);
    const own = normalizeText(r.unitCode);
    const otherUnits = [...(unitsByName.get(nameKey(r.nomineeName)) ?? new Map()).entries()]
      .filter(([k]) => k !== own)
      .map(([, code]) => code)
      .sort();
    out.set(r.id, firstId === undefined ? { repeat: false, otherUnits } : { repeat: true, firstId, otherUnits });
  }
  return out;
}

/** An article is a repeat when the same unit sent the same title earlier. */
export function classifyArticles(records: ArticleRecord[]): Map<string, ArticleClass> {
  const firstByKey = new Map<string, string>();
  const out = new Map<string, ArticleClass>();
  for (const r of byTimeThenId(records)) {
    const key = articleKey(r.unitCode, r.title);
    const firstId = firstByKey.get(key);
    if (firstId === undefined) {
      firstByKey.set(key, r.id);
      out.set(r.id, { repeat: false });
    } else {
      out.set(r.id, { repeat: true, firstId });
    }
  }
  return out;
}

/** Counts when new, not rejected by Nội vụ, and sent from a registered address unless the setting allows others. */
export function isCounted(
  rec: NominationRecord | ArticleRecord,
  cls: { repeat: boolean } | undefined,
  opts: { countUnverified: boolean },
): boolean {
  if (!cls || cls.repeat) return false;
  if (rec.status === 'Không đạt') return false;
  return rec.verified || opts.countUnverified;
}
