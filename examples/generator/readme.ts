// Defines the text of examples/README.md, written from the generated data so its row numbers cannot drift.
import { EDGE_CASES, type SampleFile } from './edge-cases';
import type { MayPlan } from './plan';
import { SILENT_IN_MAY } from './plan';
import { type SampleUnit, TYPE_LABELS } from './units';

export interface ReadmeFacts {
  units: readonly SampleUnit[];
  plans: ReadonlyMap<string, MayPlan>;
  files: Record<SampleFile, string>;
  /** Data rows (header excluded) of each responses file. */
  rows: Record<SampleFile, readonly string[][]>;
  /** `${file}:${id}` → 1-based data rows. */
  edgeRows: ReadonlyMap<string, number[]>;
  /** Period of each data row ('2023-04', '2023-05', '2023-06' or '?'), same order as `rows`. */
  periods: Record<SampleFile, readonly string[]>;
}

const SHAPES: readonly [string, RegExp][] = [
  ['dd/MM/yyyy HH:mm:ss (Google, Vietnamese)', /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/],
  ['d/M/yyyy H:mm:ss (single digits)', /^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2}$/],
  ['dd/MM/yyyy HH:mm (no seconds)', /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/],
  ['ISO 8601 with +07:00', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/],
  ['ISO 8601 in UTC (Z)', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/],
];

export function readme(f: ReadmeFacts): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  const byCode = new Map(f.units.map((u) => [u.code, u]));
  const codes = (pred: (u: SampleUnit) => boolean) =>
    f.units
      .filter(pred)
      .map((u) => `${u.code} (${u.name})`)
      .join(', ');

  push(
    '# Sample district: Nam Từ Liêm, Hà Nội (2023)',
    '',
    'The data `npm start` runs on by default: the unit registry of Nam Từ Liêm district as it was in 2023',
    '(10 wards), its settings, and the answers of both Google Forms for the periods 2023-04 and 2023-05,',
    'plus a few answers after the 2023-05 cutoff. Every person, address, email and link is invented;',
    'emails and links use `example.vn`.',
    '',
    'This file and the data files are written by `npx tsx examples/generate.ts` (seeded, so it writes',
    'the same bytes every time; `--xlsx` adds .xlsx copies, which are not shipped). Change the generator',
    '(`examples/generator/`), not the files: the tests check that the files are exactly what the',
    'generator writes and that every edge case below is where it says.',
    '',
    '## Files',
    '',
    '| File | Content | Encoding |',
    '|---|---|---|',
    `| \`don-vi.csv\` | Unit registry, ${f.units.length} units (SPEC §6) | UTF-8 with BOM, CRLF |`,
    '| `cau-hinh.csv` | Settings (`Thiết lập`, `Giá trị`); multi-line values are quoted | UTF-8, CRLF |',
    `| \`${f.files.exemplars}\` | Form A answers, ${f.rows.exemplars.length} rows | UTF-8 with BOM, CRLF |`,
    `| \`${f.files.articles}\` | Form B answers, ${f.rows.articles.length} rows | UTF-8 without BOM, CRLF |`,
    '| `run.json` | Defaults of the sample run: period 2023-05, today 2023-05-21 (the overdue-reminder day after the May cutoff, when the May report is made) | UTF-8 |',
    '',
    'Row numbers below are data rows, 1-based, header not counted — as in `summary.json`.',
    '',
    '## Registry',
    '',
    'Codes: `PB` departments and public service units, `DT` Fatherland Front and mass organisations,',
    '`HQ` co-managed agencies, `TR` schools (kindergarten, primary, lower secondary), `PH` ward',
    "People's Committees. `Loại đơn vị` gives every third unit of a type by its exact label, the others",
    'by code.',
    '',
    '| Type | Units |',
    '|---|---|',
  );
  for (const [type, label] of Object.entries(TYPE_LABELS)) {
    push(`| \`${type}\` — ${label} | ${f.units.filter((u) => u.type === type).length} |`);
  }
  push(
    '',
    `- Two registered emails: ${codes((u) => u.emails.length > 1)} (PB08's are separated by \`;\` without a space).`,
    `- No registered email: ${codes((u) => u.emails.length === 0)}.`,
    `- Aliases (\`Tên gọi khác\`): ${codes((u) => u.aliases.length > 0)}.`,
    `- Renamed: PB14 ${byCode.get('PB14')?.name}; its former name \`${byCode.get('PB14')?.aliases[0]}\` is an alias.`,
    `- Inactive (\`Hoạt động\` = \`Không\`): ${codes((u) => !u.active)}; it sends nothing.`,
    '',
    '## Answers',
    '',
    '| File | 2023-04 | 2023-05 | 2023-06 | unreadable |',
    '|---|---|---|---|---|',
  );
  for (const file of ['exemplars', 'articles'] as const) {
    const count = (p: string) => f.periods[file].filter((x) => x === p).length;
    push(`| \`${f.files[file]}\` | ${count('2023-04')} | ${count('2023-05')} | ${count('2023-06')} | ${count('?')} |`);
  }
  const short = [...f.plans].filter(([, p]) => p.short !== 'none');
  push(
    '',
    'April answers start on 07/04/2023, after letter 961/UBND-NV; about three units in four answered.',
    'In 2023-05 most units send more than their quota; these were generated short of it (before the',
    'edge cases below are added, which may add or take away a counted row):',
    '',
    ...short.map(
      ([code, p]) =>
        `- ${code}: short of ${p.short === 'both' ? 'both streams' : p.short} (${p.exemplars} exemplars, ${p.articles} articles generated)`,
    ),
    '',
    `Units that send nothing in 2023-05: ${SILENT_IN_MAY.join(', ')}.`,
    '',
    '## Timestamp shapes',
    '',
    '| Shape | Form A rows | Form B rows | First row (Form A) |',
    '|---|---|---|---|',
  );
  for (const [name] of SHAPES) {
    const a = f.rows.exemplars.map((r, i) => [r[0], i + 1] as const).filter(([t]) => shapeOf(t) === name);
    const b = f.rows.articles.filter((r) => shapeOf(r[0]) === name).length;
    push(`| ${name} | ${a.length} | ${b} | ${a.length > 0 ? `${a[0][1]} (\`${a[0][0]}\`)` : '—'} |`);
  }
  push(
    '',
    'Timestamps without a zone are Hà Nội time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving).',
    '',
    '## Edge cases',
    '',
    '| Id | File | Rows | What | A correct run |',
    '|---|---|---|---|---|',
  );
  for (const e of EDGE_CASES) {
    const rows = f.edgeRows.get(`${e.file}:${e.id}`) ?? [];
    push(`| \`${e.id}\` | \`${f.files[e.file]}\` | ${rows.join(', ')} | ${e.what} | ${e.expected} |`);
  }
  push('');
  return out.join('\n');
}

/** The first shape that matches, so a padded time is not also counted as single-digit. */
export function shapeOf(timestamp: string): string {
  return SHAPES.find(([, re]) => re.test(timestamp))?.[0] ?? 'unreadable';
}
