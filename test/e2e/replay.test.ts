import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../offline/cli/args';
import { writeOutputs } from '../../offline/cli/outputs';
import { type MonthRun, runMonth } from '../../offline/cli/replay';
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
  let run: MonthRun;
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
    run = await runMonth(parseArgs(['--out', out]));
    await writeOutputs(run, out);
    summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    sheets = await readXlsxValues(join(out, 'so-tong-hop.xlsx'));
  }, 180_000);

  const table = (sheetName: string) => {
    const sheet = sheets.find((s) => s.name === sheetName)!;
    const [header, ...rows] = sheet.rows as unknown[][];
    return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
  };

  /** The stored row of an input file row, found through the response id the replay gave it. */
  const stored = (kind: 'exemplar' | 'article', fileRow: number) => {
    const id = [...run.sources].find(([, s]) => s.kind === kind && s.row === fileRow)?.[0];
    const rows = table(kind === 'exemplar' ? 'Gương ĐHTT-NTVT' : 'Bài viết dự thi');
    return rows.find((r) => r['Mã phản hồi'] === id);
  };

  const perUnit = (sheetName: string, period: string) => {
    const counted = new Map<string, number>();
    const repeats = new Map<string, number>();
    for (const r of table(sheetName)) {
      if (r['Kỳ'] !== period) continue;
      const code = String(r['Mã đơn vị']);
      if (r['Được tính'] === 'Có') counted.set(code, (counted.get(code) ?? 0) + 1);
      if (String(r['Cờ']).includes('Trùng')) repeats.set(code, (repeats.get(code) ?? 0) + 1);
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
    expect(table('Lỗi nhập liệu')).toHaveLength(summary.rejected.length);
  });

  it('puts the period boundaries of examples/README.md where they belong', () => {
    expect(stored('exemplar', 405)?.['Kỳ']).toBe('2023-04');
    expect(stored('exemplar', 406)?.['Kỳ']).toBe('2023-05');
    expect(stored('exemplar', 1507)?.['Kỳ']).toBe('2023-05');
    expect(stored('exemplar', 1508)?.['Kỳ']).toBe('2023-06');
    expect(stored('exemplar', 1509)?.['Kỳ']).toBe('2023-06');
    expect(stored('article', 2020)?.['Kỳ']).toBe('2023-05');
  });

  it('matches units by code, alias, old name, NFD, zero-width and extra spaces', () => {
    expect(stored('exemplar', 696)?.['Mã đơn vị']).toBe('PH01');
    expect(stored('exemplar', 1114)?.['Mã đơn vị']).toBe('PH01');
    expect(stored('article', 1233)?.['Mã đơn vị']).toBe('DT02');
    expect(stored('exemplar', 628)?.['Mã đơn vị']).toBe('PB14');
    expect(stored('exemplar', 765)?.['Mã đơn vị']).toBe('PH03');
    expect(stored('exemplar', 793)?.['Mã đơn vị']).toBe('PH08');
    expect(stored('exemplar', 1235)?.['Mã đơn vị']).toBe('PH09');
  });

  it('flags repeats, same names from two units and unverified senders as examples/README.md says', () => {
    const flags = (kind: 'exemplar' | 'article', row: number) => [
      stored(kind, row)?.['Cờ'],
      stored(kind, row)?.['Được tính'],
    ];
    expect(flags('exemplar', 657)).toEqual(['', 'Có']);
    expect(flags('exemplar', 1085)).toEqual(['Trùng', 'Không']);
    expect(flags('exemplar', 53)[1]).toBe('Có');
    expect(flags('exemplar', 799)).toEqual(['Trùng', 'Không']);
    expect(flags('exemplar', 714)[1]).toBe('Có');
    expect(flags('exemplar', 878)[1]).toBe('Có');
    expect(flags('exemplar', 739)).toEqual(['Có thể trùng đơn vị khác', 'Có']);
    expect(flags('exemplar', 858)).toEqual(['Có thể trùng đơn vị khác', 'Có']);
    expect(flags('exemplar', 1001)).toEqual(['Chưa xác thực', 'Có']);
    expect(flags('exemplar', 1248)).toEqual(['', 'Có']);
    expect(flags('article', 1002)[1]).toBe('Có');
    expect(flags('article', 1701)).toEqual(['Trùng', 'Không']);
  });

  it('stores a re-delivered identical row once', () => {
    expect(stored('exemplar', 1205)).toBeDefined();
    expect(stored('exemplar', 1206)).toBeUndefined();
    expect(stored('article', 1903)).toBeDefined();
    expect(stored('article', 1904)).toBeUndefined();
  });

  it('stores formula-looking answers as text and a long summary whole', () => {
    expect(stored('exemplar', 736)?.['Họ và tên (hoặc tên tập thể, hộ gia đình)']).toBe('=HYPERLINK("http://x","y")');
    expect(String(stored('exemplar', 1021)?.['Tóm tắt thành tích'])).toMatch(/^-/);
    expect(String(stored('article', 1421)?.['Tên bài viết, tác phẩm'])).toMatch(/^=/);
    expect(String(stored('exemplar', 1431)?.['Tóm tắt thành tích']).length).toBeGreaterThan(2500);
    const cells = table('Gương ĐHTT-NTVT').flatMap((r) => Object.values(r));
    expect(cells.some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false);
  });

  it('applies Nội vụ’s review: Không đạt stops counting, proposals and city selections reach the report', () => {
    expect(stored('exemplar', 1235)).toMatchObject({ 'Trạng thái': 'Không đạt', 'Được tính': 'Không' });
    expect(stored('exemplar', 657)?.['Trạng thái']).toBe('Đề xuất khen thưởng');
    expect(stored('article', 1002)?.['Chọn gửi Thành phố']).toBe(true);
    const text = run.env.services.DocumentApp.openById(run.report.docId).getBody().getText();
    expect(text).toContain('Phạm Thị Thu Hà');
    expect(text).toContain(String(stored('article', 1002)?.['Tên bài viết, tác phẩm']));
    expect(text).not.toContain('Trong kỳ chưa có gương được đề xuất khen thưởng');
  });

  it('sends the overdue reminders of the 21st and writes one .eml per email', () => {
    const files = readdirSync(join(out, 'emails'));
    expect(files.length).toBe(summary.reminders.length);
    expect(files[0]).toMatch(/^01-[A-Z]+\d+\.eml$/);
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

  it('stops with exit code 2 when a review decision names a rejected row', () => {
    const bad = join(dir, 'tham-dinh-sai.csv');
    writeFileSync(bad, 'Biểu mẫu,Dòng,Trạng thái\nGiới thiệu gương,751,Đề xuất khen thưởng\n');
    const r = cli([
      '--units',
      sample('don-vi.csv'),
      '--exemplars',
      sample('guong-dhtt-ntvt.csv'),
      '--articles',
      sample('bai-viet-du-thi.csv'),
      '--review',
      bad,
      '--today',
      '2023-05-21',
      '--out',
      dir,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/tham-dinh-sai\.csv, dòng 1, cột "Dòng"/);
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
