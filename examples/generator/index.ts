// Defines renderSample: every file of examples/, as text, from two fixed seeds.
import { toCsv } from '../../offline/input/csv';
import { type Draft, SampleBuilder } from './builder';
import type { SampleFile } from './edge-cases';
import { addEdgeRows } from './edge-rows';
import { ARTICLE_TITLES, EMAIL_TITLE, EXEMPLAR_TITLES, TIMESTAMP_TITLE } from './forms';
import { personName } from './people';
import { addGenericRows, type MayPlan } from './plan';
import { Random } from './random';
import { readme } from './readme';
import { SETTINGS_ROWS, unitRows } from './registry';
import { local } from './timestamps';
import { buildUnits, type SampleUnit, slugify } from './units';

export const SAMPLE_FILES = {
  units: 'don-vi.csv',
  settings: 'cau-hinh.csv',
  exemplars: 'guong-dhtt-ntvt.csv',
  articles: 'bai-viet-du-thi.csv',
  run: 'run.json',
  readme: 'README.md',
} as const;

export interface Sample {
  units: SampleUnit[];
  plans: Map<string, MayPlan>;
  /** Data rows (no header), in file order. */
  rows: Record<SampleFile, string[][]>;
  /** `${file}:${edge id}` → 1-based data rows. */
  edgeRows: Map<string, number[]>;
  /** File name → exact content. */
  files: Record<string, string>;
}

export function renderSample(): Sample {
  const registryRnd = new Random(2023);
  const units = buildUnits(() => personName(registryRnd));
  const byCode = new Map(units.map((u) => [u.code, u]));

  const rnd = new Random(961);
  const builder = new SampleBuilder(
    rnd,
    (unit) => `${slugify(personName(rnd, 'nu')).replace(/-/g, '')}.${unit.slug}@example.vn`,
  );
  addEdgeRows(builder, rnd, byCode);
  const plans = addGenericRows(rnd, builder, units);

  const order = (a: Draft, b: Draft) => a.at - b.at || a.seq - b.seq;
  const exemplars = [...builder.exemplars].sort(order);
  const articles = [...builder.articles].sort(order);
  const edgeRows = new Map<string, number[]>();
  const note = (file: SampleFile, drafts: Draft[]) =>
    drafts.forEach((d, i) => {
      if (!d.edge) return;
      const k = `${file}:${d.edge}`;
      edgeRows.set(k, [...(edgeRows.get(k) ?? []), i + 1]);
    });
  note('exemplars', exemplars);
  note('articles', articles);

  const rows = { exemplars: exemplars.map((d) => d.cells), articles: articles.map((d) => d.cells) };
  const periods = { exemplars: exemplars.map(periodOfDraft), articles: articles.map(periodOfDraft) };
  const files: Record<string, string> = {
    [SAMPLE_FILES.units]: toCsv(unitRows(units), { bom: true, finalNewline: true }),
    [SAMPLE_FILES.settings]: toCsv(SETTINGS_ROWS, { finalNewline: true }),
    [SAMPLE_FILES.exemplars]: toCsv([[TIMESTAMP_TITLE, EMAIL_TITLE, ...EXEMPLAR_TITLES], ...rows.exemplars], {
      bom: true,
    }),
    [SAMPLE_FILES.articles]: toCsv([[TIMESTAMP_TITLE, EMAIL_TITLE, ...ARTICLE_TITLES], ...rows.articles]),
    [SAMPLE_FILES.run]: `${JSON.stringify({ period: '2023-05', today: '2023-05-21' }, null, 2)}\n`,
  };
  files[SAMPLE_FILES.readme] = readme({
    units,
    plans,
    files: { exemplars: SAMPLE_FILES.exemplars, articles: SAMPLE_FILES.articles },
    rows,
    edgeRows,
    periods,
  });
  return { units, plans, rows, edgeRows, files };
}

/** Period of a row by its local time; '?' for the row whose timestamp cannot be read. */
function periodOfDraft(d: Draft): string {
  if (d.edge === 'unreadable-timestamp') return '?';
  if (d.at <= local(2023, 4, 20, 23, 59, 59)) return '2023-04';
  if (d.at <= local(2023, 5, 20, 23, 59, 59)) return '2023-05';
  return '2023-06';
}
