import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readXlsxValues } from '../../offline/export/xlsx';
import { ensureBuilt } from './helpers';

const out = mkdtempSync(join(tmpdir(), 'guong-sang-replay-'));

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'offline/cli/main.ts', ...args], { encoding: 'utf8' });
}

type Unit = {
  code: string;
  exemplars: { counted: number; repeats: number };
  articles: { counted: number; repeats: number };
};

describe('npm start on the shipped sample', () => {
  let summary: {
    period: string;
    units: Unit[];
    totals: Record<string, number>;
    rejected: { form: string; row: number }[];
    reminders: unknown[];
  };
  let sheets: Awaited<ReturnType<typeof readXlsxValues>>;

  beforeAll(async () => {
    ensureBuilt();
    execFileSync(process.execPath, ['--import', 'tsx', 'offline/cli/main.ts', '--out', out], { encoding: 'utf8' });
    summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    sheets = await readXlsxValues(join(out, 'so-tong-hop.xlsx'));
  }, 180_000);

  const perUnit = (sheetName: string, period: string) => {
    const sheet = sheets.find((s) => s.name === sheetName)!;
    const [header, ...rows] = sheet.rows as unknown[][];
    const col = (h: string) => header.indexOf(h);
    const counted = new Map<string, number>();
    const repeats = new Map<string, number>();
    for (const r of rows) {
      if (r[col('Kỳ')] !== period) continue;
      const code = String(r[col('Mã đơn vị')]);
      if (r[col('Được tính')] === 'Có') counted.set(code, (counted.get(code) ?? 0) + 1);
      if (String(r[col('Cờ')]).includes('Trùng')) repeats.set(code, (repeats.get(code) ?? 0) + 1);
    }
    return { counted, repeats };
  };

  it('writes summary.json whose counts agree with the sheets of so-tong-hop.xlsx', () => {
    const ex = perUnit('Gương ĐHTT-NTVT', summary.period);
    const art = perUnit('Bài viết dự thi', summary.period);
    for (const u of summary.units) {
      expect([u.code, u.exemplars.counted, u.exemplars.repeats]).toEqual([
        u.code,
        ex.counted.get(u.code) ?? 0,
        ex.repeats.get(u.code) ?? 0,
      ]);
      expect([u.code, u.articles.counted, u.articles.repeats]).toEqual([
        u.code,
        art.counted.get(u.code) ?? 0,
        art.repeats.get(u.code) ?? 0,
      ]);
    }
    expect(summary.totals.exemplarsCounted).toBe(summary.units.reduce((n, u) => n + u.exemplars.counted, 0));
  });

  it('lists every rejected row of the input files with its row number, and keeps them in Lỗi nhập liệu', () => {
    expect(summary.rejected.map((r) => `${r.form}:${r.row}`)).toEqual([
      'article:1258',
      'article:1368',
      'exemplar:751',
      'exemplar:916',
      'exemplar:944',
      'exemplar:1031',
      'exemplar:1172',
    ]);
    const errors = sheets.find((s) => s.name === 'Lỗi nhập liệu')!;
    expect(errors.rows.length - 1).toBe(summary.rejected.length);
  });

  it('sends the overdue reminders of the 21st and writes one .eml per email', () => {
    const files = readdirSync(join(out, 'emails'));
    expect(files.length).toBe(summary.reminders.length);
    expect(files[0]).toMatch(/^01-[A-Z]+\d+\.eml$/);
  });

  it('stores formula-looking answers of the sample as text in the workbook', () => {
    const sheet = sheets.find((s) => s.name === 'Gương ĐHTT-NTVT')!;
    const cells = (sheet.rows as unknown[][]).flat();
    expect(cells.some((c) => typeof c === 'string' && c.startsWith('=HYPERLINK'))).toBe(true);
    expect(cells.some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false);
  });
});

describe('npm start with a bad input file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guong-sang-bad-'));
  const sample = (f: string) => join('examples', f);

  it('stops with exit code 2 naming the file, row and column of an unknown unit type', () => {
    const lines = readFileSync(sample('don-vi.csv'), 'utf8').split(/\r?\n/);
    lines[3] = lines[3].replace(/,phong_ban,|,Phòng, ban, ngành, đơn vị sự nghiệp,/, ',loai_la,');
    const bad = join(dir, 'don-vi-sai.csv');
    writeFileSync(bad, lines.join('\n'));
    const r = cli([
      '--units',
      bad,
      '--exemplars',
      sample('guong-dhtt-ntvt.csv'),
      '--articles',
      sample('bai-viet-du-thi.csv'),
      '--today',
      '2023-05-21',
      '--out',
      dir,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/don-vi-sai\.csv, dòng 3, cột "Loại đơn vị"/);
  });

  it('stops with exit code 2 when a responses file lacks a required column', () => {
    const bad = join(dir, 'bai-viet-thieu-cot.csv');
    const text = readFileSync(sample('bai-viet-du-thi.csv'), 'utf8').replace('Tác giả', 'Người viết');
    writeFileSync(bad, text);
    const r = cli([
      '--units',
      sample('don-vi.csv'),
      '--exemplars',
      sample('guong-dhtt-ntvt.csv'),
      '--articles',
      bad,
      '--out',
      dir,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bai-viet-thieu-cot.csv');
    expect(r.stderr).toContain('Tác giả');
  });
});
