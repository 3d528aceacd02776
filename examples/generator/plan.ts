// Defines how many generic rows each unit sends per period: most meet the quota, about a fifth fall short, a few send nothing.
import type { UnitTypeCode } from '../../src/domain/types';
import type { SampleBuilder } from './builder';
import type { Random } from './random';
import { local, randomMoment } from './timestamps';
import type { SampleUnit } from './units';

/** Letter 961/UBND-NV §4–5 defaults (SPEC §2): new exemplars and minimum articles per month. */
export const QUOTA: Record<UnitTypeCode, { exemplars: number; articles: number }> = {
  phong_ban: { exemplars: 2, articles: 3 },
  mttq_doan_the: { exemplars: 2, articles: 15 },
  hiep_quan: { exemplars: 3, articles: 15 },
  truong: { exemplars: 3, articles: 3 },
  phuong: { exemplars: 5, articles: 15 },
};

/** Units that send nothing at all in 2023-05 (DT12 also has no email: its reminder is skipped). */
export const SILENT_IN_MAY = ['DT12', 'HQ11', 'TR44'];

export interface Windows {
  april: [number, number];
  may: [number, number];
  june: [number, number];
}

// The forms opened after letter 961 (06/04/2023), so April answers start on the 7th. Generic rows
// stay inside office and evening hours, clear of the boundary seconds the edge cases use.
export const WINDOWS: Windows = {
  april: [local(2023, 4, 7, 0, 0, 0), local(2023, 4, 20, 23, 59, 59)],
  may: [local(2023, 4, 21, 0, 0, 0), local(2023, 5, 20, 23, 59, 59)],
  june: [local(2023, 5, 21, 0, 5, 0), local(2023, 5, 22, 23, 0, 0)],
};

export interface MayPlan {
  exemplars: number;
  articles: number;
  short: 'none' | 'exemplars' | 'articles' | 'both';
}

export function planMay(rnd: Random, units: readonly SampleUnit[]): Map<string, MayPlan> {
  const active = units.filter((u) => u.active && !SILENT_IN_MAY.includes(u.code));
  const short = new Set(rnd.some(active, Math.round(active.length * 0.2)).map((u) => u.code));
  const plans = new Map<string, MayPlan>();
  for (const unit of active) {
    const q = QUOTA[unit.type];
    const mode: MayPlan['short'] = short.has(unit.code)
      ? rnd.weighted([
          ['exemplars', 4],
          ['articles', 3],
          ['both', 3],
        ] as const)
      : 'none';
    const exemplarsShort = mode === 'exemplars' || mode === 'both';
    const articlesShort = mode === 'articles' || mode === 'both';
    if (unit.emails.length === 0) {
      // Few rows, so README can list every one of them.
      plans.set(unit.code, { short: 'none', exemplars: q.exemplars, articles: q.articles });
      continue;
    }
    plans.set(unit.code, {
      short: mode,
      exemplars: exemplarsShort ? rnd.int(0, q.exemplars - 1) : q.exemplars + extraExemplars(rnd, unit.type),
      articles: articlesShort
        ? rnd.int(Math.floor(q.articles * 0.3), q.articles - 1)
        : q.articles + rnd.int(0, unit.type === 'phong_ban' ? 9 : 22),
    });
  }
  return plans;
}

function extraExemplars(rnd: Random, type: UnitTypeCode): number {
  switch (type) {
    case 'phuong':
      return rnd.int(12, 40);
    case 'truong':
      return rnd.int(2, 22);
    case 'phong_ban':
      return rnd.int(1, 9);
    case 'mttq_doan_the':
      return rnd.int(2, 13);
    case 'hiep_quan':
      return rnd.int(2, 14);
  }
}

export function addGenericRows(rnd: Random, b: SampleBuilder, units: readonly SampleUnit[]): Map<string, MayPlan> {
  const active = units.filter((u) => u.active);
  // April: the first, partial month of the campaign; about three units in four answered.
  for (const unit of active) {
    if (!rnd.chance(0.75) || SILENT_IN_MAY.includes(unit.code) || unit.emails.length === 0) continue;
    const q = QUOTA[unit.type];
    const exemplars = rnd.int(Math.ceil(q.exemplars / 2), q.exemplars * 3);
    const articles = rnd.int(Math.ceil(q.articles / 2), q.articles * 2);
    for (let i = 0; i < exemplars; i++) b.exemplar(unit, randomMoment(rnd, ...WINDOWS.april));
    for (let i = 0; i < articles; i++) b.article(unit, randomMoment(rnd, ...WINDOWS.april));
  }
  const plans = planMay(rnd, units);
  for (const unit of active) {
    const plan = plans.get(unit.code);
    if (!plan) continue;
    for (let i = 0; i < plan.exemplars; i++) b.exemplar(unit, randomMoment(rnd, ...WINDOWS.may));
    for (let i = 0; i < plan.articles; i++) b.article(unit, randomMoment(rnd, ...WINDOWS.may));
  }
  // A few answers after the 2023-05 cutoff: they belong to 2023-06.
  const late = rnd.some(
    active.filter((u) => plans.has(u.code) && u.emails.length > 0),
    12,
  );
  late.forEach((unit, i) => {
    const at = randomMoment(rnd, ...WINDOWS.june);
    if (i % 2 === 0) b.exemplar(unit, at, {}, { edge: 'after-cutoff' });
    b.article(unit, at + (i + 1) * 60_000, {}, { edge: 'after-cutoff' });
  });
  return plans;
}
