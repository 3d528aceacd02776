// Defines the command-line options of the offline run (SPEC §10) and their defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePeriod } from '../../src/domain/period';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

export interface RunOptions {
  units: string;
  exemplars: string;
  articles: string;
  settings?: string;
  /** Nội vụ's review decisions (status, city selection, notes) applied before the day's jobs. */
  review?: string;
  period?: string;
  today: string;
  out: string;
  mailQuota: number;
}

export class UsageError extends Error {}

const FLAGS = ['units', 'exemplars', 'articles', 'settings', 'review', 'period', 'today', 'out', 'mail-quota'] as const;

function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

/** Without file flags the shipped sample runs, with its own period and day (examples/run.json). */
export function parseArgs(argv: readonly string[]): RunOptions {
  const given: Partial<Record<(typeof FLAGS)[number], string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') ? a.slice(2).split(/=(.*)/s) : [a];
    if (!(FLAGS as readonly string[]).includes(flag)) {
      throw new UsageError(`Tham số không hợp lệ: "${a}". Dùng: ${FLAGS.map((f) => `--${f}`).join(', ')}.`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`Thiếu giá trị cho --${flag}.`);
    given[flag as (typeof FLAGS)[number]] = value;
  }
  const sample = !given.units && !given.exemplars && !given.articles;
  const run = sample
    ? (JSON.parse(readFileSync(join(EXAMPLES_DIR, 'run.json'), 'utf8')) as { period: string; today: string })
    : null;
  const period = given.period ?? run?.period;
  if (period !== undefined && !parsePeriod(period))
    throw new UsageError(`--period phải có dạng YYYY-MM, nhận được "${period}".`);
  const today = given.today ?? run?.today ?? todayInVietnam();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
    throw new UsageError(`--today phải có dạng YYYY-MM-DD, nhận được "${today}".`);
  }
  const quota = Number(given['mail-quota'] ?? 100);
  if (!Number.isInteger(quota) || quota < 0) throw new UsageError(`--mail-quota phải là số nguyên không âm.`);
  return {
    units: given.units ?? join(EXAMPLES_DIR, 'don-vi.csv'),
    exemplars: given.exemplars ?? join(EXAMPLES_DIR, 'guong-dhtt-ntvt.csv'),
    articles: given.articles ?? join(EXAMPLES_DIR, 'bai-viet-du-thi.csv'),
    settings: given.settings ?? (sample ? join(EXAMPLES_DIR, 'cau-hinh.csv') : undefined),
    review: given.review ?? (sample ? join(EXAMPLES_DIR, 'tham-dinh.csv') : undefined),
    period,
    today,
    out: given.out ?? 'out',
    mailQuota: quota,
  };
}
