// Defines the monthly standing of every active unit against its quota (SPEC §4, §7 `units` and `totals`).
import { type ArticleClass, classifyArticles, classifyNominations, isCounted, type NominationClass } from './counting';
import { periodOf, periodsBetween } from './period';
import { DEFAULT_QUOTAS, requiredArticles } from './quota';
import { naturalCompare, normalizeText } from './text';
import type {
  ArticleQuotaMode,
  ArticleRecord,
  NominationRecord,
  PeriodConfig,
  PeriodId,
  QuotaTable,
  StreamResult,
  Totals,
  Unit,
  UnitResult,
} from './types';
import { unitTypeOrder } from './unit-types';

export interface ComplianceInput {
  units: Unit[];
  quotas: QuotaTable;
  nominations: NominationRecord[];
  articles: ArticleRecord[];
  period: PeriodId;
  periodConfig: PeriodConfig;
  countUnverified: boolean;
  articleQuotaMode: ArticleQuotaMode;
  /** First period of the campaign for the cumulative article quota; default January of the period's year. */
  campaignStart?: PeriodId;
}

export interface ComplianceResult {
  units: UnitResult[];
  totals: Totals;
}

type Rec = NominationRecord | ArticleRecord;

function groupByUnit<T extends Rec>(records: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of records) {
    const k = normalizeText(r.unitCode);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

function stream<T extends Rec>(
  records: readonly T[],
  classes: Map<string, NominationClass | ArticleClass>,
  inWindow: (r: T) => boolean,
  required: number,
  countUnverified: boolean,
): StreamResult {
  let counted = 0;
  let repeats = 0;
  for (const r of records) {
    if (!inWindow(r)) continue;
    const cls = classes.get(r.id);
    if (cls?.repeat) repeats++;
    if (isCounted(r, cls, { countUnverified })) counted++;
  }
  return { counted, required, met: counted >= required, repeats };
}

/** Active units in the letter's type order, then by code in natural order (PH2 before PH10). */
export function orderUnits(units: readonly Unit[]): Unit[] {
  return units
    .filter((u) => u.active)
    .sort((a, b) => unitTypeOrder(a.type) - unitTypeOrder(b.type) || naturalCompare(a.code, b.code));
}

export function computeCompliance(input: ComplianceInput): ComplianceResult {
  const { period, periodConfig, countUnverified } = input;
  // Repeats are judged against the whole history, then each unit is counted inside its window.
  const nominationClasses = classifyNominations(input.nominations);
  const articleClasses = classifyArticles(input.articles);
  const periodCache = new Map<Rec, PeriodId>();
  const periodOfRec = (r: Rec) => {
    let p = periodCache.get(r);
    if (p === undefined) {
      p = periodOf(r.timestamp, periodConfig);
      periodCache.set(r, p);
    }
    return p;
  };
  const campaign = input.articleQuotaMode === 'campaign';
  // A campaign that starts after the reported period has run one month as far as this report goes.
  let start = input.campaignStart ?? `${period.slice(0, 4)}-01`;
  if (start > period) start = period;
  const months = campaign ? periodsBetween(start, period).length : 1;
  const inPeriod = (r: Rec) => periodOfRec(r) === period;
  const inArticleWindow = campaign
    ? (r: Rec) => {
        const p = periodOfRec(r);
        return p >= start && p <= period;
      }
    : inPeriod;

  const nominationsByUnit = groupByUnit(input.nominations);
  const articlesByUnit = groupByUnit(input.articles);
  const units: UnitResult[] = orderUnits(input.units).map((u) => {
    const quota = input.quotas[u.type] ?? DEFAULT_QUOTAS[u.type];
    const key = normalizeText(u.code);
    const exemplars = stream(
      nominationsByUnit.get(key) ?? [],
      nominationClasses,
      inPeriod,
      quota.exemplars,
      countUnverified,
    );
    const articles = stream(
      articlesByUnit.get(key) ?? [],
      articleClasses,
      inArticleWindow,
      requiredArticles(quota, input.articleQuotaMode, months),
      countUnverified,
    );
    return { code: u.code, name: u.name, type: u.type, exemplars, articles, met: exemplars.met && articles.met };
  });

  const totals: Totals = {
    units: units.length,
    unitsMet: units.filter((u) => u.met).length,
    exemplarsCounted: units.reduce((n, u) => n + u.exemplars.counted, 0),
    articlesCounted: units.reduce((n, u) => n + u.articles.counted, 0),
  };
  return { units, totals };
}

/** What a unit still lacks in each stream (0 when met). */
export function missingFor(result: UnitResult): { exemplars: number; articles: number } {
  return {
    exemplars: Math.max(0, result.exemplars.required - result.exemplars.counted),
    articles: Math.max(0, result.articles.required - result.articles.counted),
  };
}
