// Defines the quota table (letter 961/UBND-NV §4–5): defaults, the `Chỉ tiêu` sheet rows and the article rule.
import * as z from 'zod';
import { type Problem, problem } from './problems';
import { cleanText } from './text';
import type { ArticleQuotaMode, Quota, QuotaTable, UnitTypeCode } from './types';
import { parseUnitType, UNIT_TYPES } from './unit-types';

/** Column order of the `Chỉ tiêu` sheet; data rows follow this order. */
export const QUOTA_COLUMNS = [
  'Mã loại',
  'Loại đơn vị',
  'Gương mới/tháng',
  'Bài viết tối thiểu/tháng',
  'Bài viết khuyến khích/tháng',
] as const;

// "Các phòng, ban, ngành, cơ quan, đơn vị khác: ... từ 3 đến 5 bài" covers schools too (SPEC §2).
export const DEFAULT_QUOTAS: QuotaTable = {
  phong_ban: { type: 'phong_ban', exemplars: 2, articles: 3, articlesRecommended: 5 },
  mttq_doan_the: { type: 'mttq_doan_the', exemplars: 2, articles: 15, articlesRecommended: 15 },
  hiep_quan: { type: 'hiep_quan', exemplars: 3, articles: 15, articlesRecommended: 15 },
  truong: { type: 'truong', exemplars: 3, articles: 3, articlesRecommended: 5 },
  phuong: { type: 'phuong', exemplars: 5, articles: 15, articlesRecommended: 15 },
};

const typeCell = z.preprocess((v) => cleanText(v), z.string());

// Sheets hands back numbers; CSV hands back strings. Blank becomes undefined so zod reports it as missing.
function toNumber(v: unknown): unknown {
  if (typeof v === 'number') return v;
  const s = cleanText(v);
  if (s === '') return undefined;
  return /^-?\d+(?:[.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : Number.NaN;
}
const countCell = z.preprocess(toNumber, z.number().int().min(0));
const optionalCountCell = z.preprocess(toNumber, z.number().int().min(0).optional());

/** One data row of `Chỉ tiêu`, as [typeCodeOrLabel, label, exemplars, articles, recommended]. */
export const quotaRowSchema = z
  .tuple([typeCell, typeCell, countCell, countCell, optionalCountCell])
  .transform((row, ctx) => {
    const [codeOrLabel, label, exemplars, articles, recommended] = row;
    const type = parseUnitType(codeOrLabel) ?? (codeOrLabel === '' ? parseUnitType(label) : undefined);
    if (!type) {
      ctx.addIssue({
        code: 'custom',
        path: [0],
        input: codeOrLabel || label,
        params: { problem: 'UNKNOWN_UNIT_TYPE' },
      });
      return z.NEVER;
    }
    const articlesRecommended = recommended ?? articles;
    if (articlesRecommended < articles) {
      ctx.addIssue({
        code: 'custom',
        path: [4],
        input: articlesRecommended,
        params: { problem: 'RECOMMENDED_BELOW_MINIMUM', limit: articles },
      });
      return z.NEVER;
    }
    return { type, exemplars, articles, articlesRecommended } satisfies Quota;
  });

function padRow(row: unknown[]): unknown[] {
  return Array.from({ length: QUOTA_COLUMNS.length }, (_, i) => row[i]);
}

function issueToProblem(issue: z.core.$ZodIssue, cells: unknown[], row: number): Problem {
  const col = typeof issue.path[0] === 'number' ? issue.path[0] : 0;
  const column = QUOTA_COLUMNS[col];
  const value = cleanText(cells[col]);
  if (issue.code === 'custom') {
    const params = (issue.params ?? {}) as { problem?: string; limit?: number };
    if (params.problem === 'RECOMMENDED_BELOW_MINIMUM') {
      return problem('RECOMMENDED_BELOW_MINIMUM', { row, column, value, limit: params.limit });
    }
    return problem('UNKNOWN_UNIT_TYPE', {
      row,
      column: QUOTA_COLUMNS[0],
      value: cleanText(cells[0]) || cleanText(cells[1]),
      allowed: UNIT_TYPES.map((t) => t.code),
    });
  }
  if (value === '') return problem('REQUIRED', { row, column });
  return problem('INVALID_NUMBER', { row, column, value, detail: issue.code });
}

/**
 * Reads the `Chỉ tiêu` data rows (header excluded, rows numbered from 1). Types without a valid row keep
 * their defaults; bad rows become problems and never throw, so one typo does not stop the month.
 */
export function parseQuotaTable(rows: unknown[][]): { table: QuotaTable; problems: Problem[] } {
  const table: QuotaTable = { ...DEFAULT_QUOTAS };
  const problems: Problem[] = [];
  const seen = new Map<UnitTypeCode, number>();
  rows.forEach((raw, i) => {
    const row = i + 1;
    const cells = padRow(raw ?? []);
    if (cells.every((c) => cleanText(c) === '')) return;
    const parsed = quotaRowSchema.safeParse(cells);
    if (!parsed.success) {
      // One problem per column is enough for a clerk; zod may report the same cell twice.
      const byColumn = new Map<string, Problem>();
      for (const issue of parsed.error.issues) {
        const p = issueToProblem(issue, cells, row);
        if (!byColumn.has(p.column ?? '')) byColumn.set(p.column ?? '', p);
      }
      problems.push(...byColumn.values());
      return;
    }
    const quota = parsed.data;
    const first = seen.get(quota.type);
    if (first !== undefined) {
      problems.push(
        problem('DUPLICATE_QUOTA_TYPE', { row, otherRow: first, column: QUOTA_COLUMNS[0], value: quota.type }),
      );
      return;
    }
    seen.set(quota.type, row);
    table[quota.type] = quota;
  });
  return { table, problems };
}

/** The row of `Chỉ tiêu` for one quota, in QUOTA_COLUMNS order (for seeding the sheet). */
export function quotaToRow(q: Quota): (string | number)[] {
  const label = UNIT_TYPES.find((t) => t.code === q.type)?.label ?? '';
  return [q.type, label, q.exemplars, q.articles, q.articlesRecommended];
}

/** Articles required: per month, or per month × months elapsed in the campaign (SPEC §2). */
export function requiredArticles(quota: Quota, mode: ArticleQuotaMode, monthsInCampaign: number): number {
  return mode === 'campaign' ? quota.articles * Math.max(0, Math.floor(monthsInCampaign)) : quota.articles;
}
