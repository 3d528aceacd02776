// Tests the shipped sample district: byte-exact regeneration, shapes of the files, and every README edge case in place.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSample } from '../../../examples/generator/index';
import { parseCsv } from '../../../offline/input/csv';
import { type ResponseRow, readResponsesFile } from '../../../offline/input/responses-file';
import { readUnitsFile } from '../../../offline/input/units-file';
import { EXAMPLES_DIR, FORM_A_REQUIRED, FORM_A_TITLES, FORM_B_REQUIRED, FORM_B_TITLES } from './spec-forms';

type FileKey = 'guong-dhtt-ntvt.csv' | 'bai-viet-du-thi.csv';
interface Unit {
  code: string;
  name: string;
  emails: string[];
  aliases: string[];
}
interface Ctx {
  units: Unit[];
  all: ResponseRow[];
}

const A = 'guong-dhtt-ntvt.csv';
const B = 'bai-viet-du-thi.csv';
const UNIT_A = 'Đơn vị giới thiệu';
const NAME = 'Họ và tên (hoặc tên tập thể, hộ gia đình)';
const YEAR = 'Năm sinh';
const UNIT_B = 'Đơn vị gửi bài';
const TITLE = 'Tên bài viết, tác phẩm';

// Comparison as SPEC §4 normalises text (zero-width characters dropped as src/domain/text.ts does).
const norm = (s: string) =>
  s
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('vi');
const unitOf = (r: ResponseRow) => norm(r.answers[UNIT_A] ?? r.answers[UNIT_B]);
const dmy = (t: string) => /^(\d{1,2})\/(\d{1,2})\/2023/.exec(t)?.slice(1).map(Number) ?? [];
/** Period of a dd/MM or ISO timestamp, local time; undefined when unreadable. */
function period(t: string): string | undefined {
  const iso = /^2023-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(Z|\+07:00)$/.exec(t);
  let d: number;
  let m: number;
  if (iso) {
    const local = new Date(
      Date.UTC(2023, +iso[1] - 1, +iso[2], +iso[3], +iso[4], +iso[5]) + (iso[6] === 'Z' ? 7 * 3_600_000 : 0),
    );
    [d, m] = [local.getUTCDate(), local.getUTCMonth() + 1];
  } else {
    [d, m] = dmy(t);
    if (!d || d > 31 || new Date(Date.UTC(2023, m - 1, d)).getUTCDate() !== d) return undefined;
  }
  const month = d > 20 ? m + 1 : m;
  return `2023-${String(month).padStart(2, '0')}`;
}
const unitByCode = (ctx: Ctx, code: string) => ctx.units.find((u) => u.code === code)!;
const matches = (u: Unit, answer: string) => [u.code, u.name, ...u.aliases].some((x) => norm(x) === norm(answer));

/** Independent checks of each README edge case: the rows it lists must show what it claims. */
const CHECKS: Record<string, (rows: ResponseRow[], ctx: Ctx) => void> = {
  'period-start': ([r]) => expect(r.timestamp).toBe('21/04/2023 00:00:00'),
  'april-last-second': ([r]) => expect(r.timestamp).toBe('20/04/2023 23:59:59'),
  'cutoff-last-second': ([r]) => expect(r.timestamp).toBe('20/05/2023 23:59:59'),
  'after-cutoff-first-second': ([r]) => expect(r.timestamp).toBe('21/05/2023 00:00:01'),
  'iso-utc': ([r]) => expect(r.timestamp).toBe('2023-05-20T17:00:00Z'),
  'iso-offset': ([r]) => expect(r.timestamp).toBe('2023-05-19T09:15:00+07:00'),
  'after-cutoff': (rows) => {
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) expect(period(r.timestamp)).toBe('2023-06');
  },
  'unreadable-timestamp': ([r]) => expect(r.timestamp).toBe('32/05/2023 10:00:00'),
  'unit-nfd': ([r], ctx) => {
    expect(r.answers[UNIT_A]).not.toBe(r.answers[UNIT_A].normalize('NFC'));
    expect(matches(unitByCode(ctx, 'PH03'), r.answers[UNIT_A])).toBe(true);
  },
  'unit-code': ([r]) => expect(r.answers[UNIT_A]).toBe('PH01'),
  'unit-alias': ([r], ctx) => {
    const answer = r.answers[UNIT_A] ?? r.answers[UNIT_B];
    const unit = ctx.units.find((u) => u.aliases.includes(answer));
    expect(unit).toBeDefined();
    expect(unit?.name).not.toBe(answer);
  },
  'unit-old-name': ([r], ctx) => {
    const pb14 = unitByCode(ctx, 'PB14');
    expect(pb14.aliases).toContain(r.answers[UNIT_A]);
    expect(pb14.name).not.toBe(r.answers[UNIT_A]);
  },
  'unit-unknown': ([r], ctx) => expect(ctx.units.some((u) => matches(u, r.answers[UNIT_A]))).toBe(false),
  'unit-zero-width': ([r], ctx) => {
    expect(r.answers[UNIT_A]).toContain('\u200b');
    expect(matches(unitByCode(ctx, 'PH08'), r.answers[UNIT_A])).toBe(true);
  },
  'unit-extra-spaces': ([r], ctx) => {
    expect(r.answers[UNIT_A]).toMatch(/^\s|\s\s|\s$/);
    expect(matches(unitByCode(ctx, 'PH09'), r.answers[UNIT_A])).toBe(true);
  },
  'repeat-same-period': ([a, b]) => {
    expect([unitOf(b), norm(b.answers[NAME]), b.answers[YEAR]]).toEqual([
      unitOf(a),
      norm(a.answers[NAME]),
      a.answers[YEAR],
    ]);
    expect([period(a.timestamp), period(b.timestamp)]).toEqual(['2023-05', '2023-05']);
  },
  'repeat-across-periods': ([a, b]) => {
    expect([unitOf(b), norm(b.answers[NAME]), b.answers[YEAR]]).toEqual([
      unitOf(a),
      norm(a.answers[NAME]),
      a.answers[YEAR],
    ]);
    expect([period(a.timestamp), period(b.timestamp)]).toEqual(['2023-04', '2023-05']);
  },
  'same-name-other-year': ([a, b]) => {
    expect([unitOf(b), norm(b.answers[NAME])]).toEqual([unitOf(a), norm(a.answers[NAME])]);
    expect(a.answers[YEAR]).toMatch(/^\d{4}$/);
    expect(b.answers[YEAR]).toMatch(/^\d{4}$/);
    expect(a.answers[YEAR]).not.toBe(b.answers[YEAR]);
  },
  'same-name-two-units': ([a, b]) => {
    expect([norm(b.answers[NAME]), b.answers[YEAR]]).toEqual([norm(a.answers[NAME]), a.answers[YEAR]]);
    expect(unitOf(a)).not.toBe(unitOf(b));
  },
  'unregistered-sender': ([r], ctx) => {
    const unit = ctx.units.find((u) => matches(u, r.answers[UNIT_A]))!;
    expect(unit.emails.length).toBeGreaterThan(0);
    expect(unit.emails.map((e) => e.toLowerCase())).not.toContain(r.email.toLowerCase());
  },
  'sender-case': ([r], ctx) => {
    const unit = ctx.units.find((u) => matches(u, r.answers[UNIT_A]))!;
    expect(unit.emails).not.toContain(r.email);
    expect(unit.emails.map((e) => e.toLowerCase())).toContain(r.email.toLowerCase());
  },
  'unit-without-email': (rows, ctx) => {
    const unit = ctx.units.find((u) => matches(u, rows[0].answers[UNIT_A] ?? rows[0].answers[UNIT_B]))!;
    expect(unit.emails).toEqual([]);
    const all = ctx.all.filter((r) => matches(unit, r.answers[UNIT_A] ?? r.answers[UNIT_B]));
    expect(all.map((r) => r.row)).toEqual(rows.map((r) => r.row));
  },
  'birth-year-letters': ([r]) => expect(r.answers[YEAR]).toBe('19a5'),
  'birth-year-two-digits': ([r]) => expect(r.answers[YEAR]).toBe('85'),
  'invalid-url': ([r]) => {
    const url = r.answers['Đường dẫn minh chứng'] ?? r.answers['Đường dẫn bài viết, tác phẩm'];
    expect(url).not.toBe('');
    expect(url).not.toMatch(/^https?:\/\//);
  },
  redelivered: ([a, b]) => {
    expect(b.row).toBe(a.row + 1);
    expect({ ...b, row: 0 }).toEqual({ ...a, row: 0 });
  },
  'formula-name': ([r]) => expect(r.answers[NAME]).toBe('=HYPERLINK("http://x","y")'),
  'minus-summary': ([r]) => expect(r.answers['Tóm tắt thành tích']).toMatch(/^-Tích cực/),
  'plus-position': ([r]) => expect(r.answers['Chức vụ, nơi công tác hoặc nơi ở']).toMatch(/^\+84/),
  'at-position': ([r]) => expect(r.answers['Chức vụ, nơi công tác hoặc nơi ở']).toMatch(/^@/),
  'formula-title': ([r]) => expect(r.answers[TITLE]).toMatch(/^=/),
  'long-summary': ([r]) => {
    expect(r.answers['Tóm tắt thành tích'].length).toBeGreaterThan(2800);
    expect(r.answers['Tóm tắt thành tích'].length).toBeLessThan(3500);
  },
  'title-repeat': ([a, b]) => {
    expect(unitOf(a)).toBe(unitOf(b));
    expect(norm(a.answers[TITLE])).toBe(norm(b.answers[TITLE]));
    expect(a.answers[TITLE]).not.toBe(b.answers[TITLE]);
  },
  'score-decimal-comma': ([r]) => expect(r.answers['Điểm sơ khảo']).toBe('85,5'),
  'score-over-100': ([r]) => expect(r.answers['Điểm sơ khảo']).toBe('101'),
};

/** The edge cases the sample must contain. */
const REQUIRED_EDGES = Object.keys(CHECKS);

interface EdgeLine {
  id: string;
  file: FileKey;
  rows: number[];
}

function readmeEdges(readme: string): EdgeLine[] {
  const section = readme.slice(readme.indexOf('## Edge cases'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [id, file, rows] = line.split(' | ').map((c) => c.replace(/^\| /, '').replace(/`/g, '').trim());
      return { id, file: file as FileKey, rows: rows.split(', ').map(Number) };
    });
}

describe('the shipped sample', () => {
  let files: Record<FileKey, ResponseRow[]>;
  let ctx: Record<FileKey, Ctx>;
  let units: Unit[];
  let readme: string;

  beforeAll(async () => {
    const registry = await readUnitsFile(join(EXAMPLES_DIR, 'don-vi.csv'));
    const split = (s: string) =>
      s
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean);
    units = registry.rows.map(({ cells }) => ({
      code: cells[0],
      name: cells[1],
      emails: split(cells[3]),
      aliases: split(cells[4]),
    }));
    files = {
      [A]: (await readResponsesFile(join(EXAMPLES_DIR, A), FORM_A_TITLES, FORM_A_REQUIRED)).rows,
      [B]: (await readResponsesFile(join(EXAMPLES_DIR, B), FORM_B_TITLES, FORM_B_REQUIRED)).rows,
    };
    ctx = { [A]: { units, all: files[A] }, [B]: { units, all: files[B] } };
    readme = await readFile(join(EXAMPLES_DIR, 'README.md'), 'utf8');
  });

  it('is exactly what the seeded generator writes', async () => {
    const sample = renderSample();
    for (const [name, content] of Object.entries(sample.files)) {
      expect(await readFile(join(EXAMPLES_DIR, name), 'utf8'), name).toBe(content);
    }
  });

  it('writes Form A with a BOM and Form B without, both with CRLF and the exact SPEC §5 titles', async () => {
    const a = await readFile(join(EXAMPLES_DIR, A), 'utf8');
    const b = await readFile(join(EXAMPLES_DIR, B), 'utf8');
    expect(a.startsWith('\ufeff')).toBe(true);
    expect(b.startsWith('\ufeff')).toBe(false);
    expect(parseCsv(a)[0]).toEqual(['Dấu thời gian', 'Địa chỉ email', ...FORM_A_TITLES]);
    expect(parseCsv(b)[0]).toEqual(['Dấu thời gian', 'Địa chỉ email', ...FORM_B_TITLES]);
    expect(
      a
        .split('\n')
        .slice(0, 5)
        .every((l) => l.endsWith('\r')),
    ).toBe(true);
  });

  it('has a realistic size: 1,500–2,500 exemplar rows and 2,000–3,000 article rows', () => {
    expect(files[A].length).toBeGreaterThanOrEqual(1500);
    expect(files[A].length).toBeLessThanOrEqual(2500);
    expect(files[B].length).toBeGreaterThanOrEqual(2000);
    expect(files[B].length).toBeLessThanOrEqual(3000);
  });

  it('lists about 100 units with unique codes, the 10 wards, two units without email and one inactive', async () => {
    const registry = await readUnitsFile(join(EXAMPLES_DIR, 'don-vi.csv'));
    expect(units.length).toBeGreaterThanOrEqual(90);
    expect(units.length).toBeLessThanOrEqual(110);
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    expect(units.filter((u) => u.code.startsWith('PH')).map((u) => u.name)).toEqual(
      [
        'Cầu Diễn',
        'Đại Mỗ',
        'Mễ Trì',
        'Mỹ Đình 1',
        'Mỹ Đình 2',
        'Phú Đô',
        'Phương Canh',
        'Tây Mỗ',
        'Trung Văn',
        'Xuân Phương',
      ].map((w) => `UBND phường ${w}`),
    );
    expect(units.filter((u) => u.emails.length === 0).length).toBe(2);
    expect(registry.rows.filter((r) => r.cells[6] === 'Không').length).toBe(1);
    const types = new Set(registry.rows.map((r) => r.cells[2]));
    expect(types).toContain('phuong');
    expect(types).toContain('Trường học (MN, TH, THCS)');
  });

  it('writes every generic unit answer exactly as a registry name, and all text in NFC', () => {
    const edgeRows = new Set(readmeEdges(readme).flatMap((e) => e.rows.map((r) => `${e.file}:${r}`)));
    const names = new Set(units.map((u) => u.name));
    for (const file of [A, B] as const) {
      for (const r of files[file]) {
        if (edgeRows.has(`${file}:${r.row}`)) continue;
        expect(names.has(r.answers[UNIT_A] ?? r.answers[UNIT_B]), `${file} row ${r.row}`).toBe(true);
        for (const v of Object.values(r.answers)) expect(v).toBe(v.normalize('NFC'));
      }
    }
  });

  it('lists in README every edge case the brief asks for, each with rows', () => {
    const listed = readmeEdges(readme);
    expect(new Set(listed.map((e) => e.id))).toEqual(new Set(REQUIRED_EDGES));
    for (const e of listed) expect(e.rows.length, e.id).toBeGreaterThan(0);
  });

  it('shows at each listed row what README says', () => {
    for (const edge of readmeEdges(readme)) {
      const rows = edge.rows.map((n) => files[edge.file][n - 1]);
      for (const [i, r] of rows.entries()) expect(r?.row, `${edge.id} ${edge.file}`).toBe(edge.rows[i]);
      CHECKS[edge.id](rows, ctx[edge.file]);
    }
  });

  it('repeats nominees and titles only where README says so', () => {
    const listed = readmeEdges(readme);
    const allowed = new Set(
      listed
        .filter((e) => ['repeat-same-period', 'repeat-across-periods', 'redelivered', 'title-repeat'].includes(e.id))
        .flatMap((e) => e.rows.map((r) => `${e.file}:${r}`)),
    );
    const seen = (file: FileKey, key: (r: ResponseRow) => string) => {
      const first = new Map<string, number>();
      const repeats: number[] = [];
      for (const r of files[file]) {
        const k = key(r);
        if (first.has(k) && !allowed.has(`${file}:${r.row}`)) repeats.push(r.row);
        if (!first.has(k)) first.set(k, r.row);
      }
      return repeats;
    };
    const unitKey = (r: ResponseRow) =>
      units.find((u) => matches(u, r.answers[UNIT_A] ?? r.answers[UNIT_B]))?.code ?? unitOf(r);
    expect(seen(A, (r) => `${unitKey(r)}|${norm(r.answers[NAME])}|${r.answers[YEAR]}`)).toEqual([]);
    expect(seen(B, (r) => `${unitKey(r)}|${norm(r.answers[TITLE])}`)).toEqual([]);
    // The same name under two units happens once, on purpose.
    const byName = new Map<string, Set<string>>();
    for (const r of files[A]) {
      const k = `${norm(r.answers[NAME])}|${r.answers[YEAR]}`;
      byName.set(k, (byName.get(k) ?? new Set()).add(unitKey(r)));
    }
    expect([...byName].filter(([, u]) => u.size > 1).map(([k]) => k)).toEqual(['lê thị mai anh|1990']);
  });

  it('ships the settings the brief lists and the run defaults', async () => {
    const settings = parseCsv(await readFile(join(EXAMPLES_DIR, 'cau-hinh.csv'), 'utf8'));
    const map = new Map(settings.slice(1).map(([k, v]) => [k, v]));
    expect(settings[0]).toEqual(['Thiết lập', 'Giá trị']);
    expect(map.get('Cơ quan chủ quản')).toBe('');
    expect(map.get('Cơ quan ban hành')).toBe('ỦY BAN NHÂN DÂN\nQUẬN NAM TỪ LIÊM');
    expect(map.get('Thẩm quyền ký')).toBe('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH');
    expect(map.get('Nơi nhận')?.split('\n')).toHaveLength(5);
    expect(map.get('Họ tên người ký')).toBe('Trần Thanh Long');
    expect(map.get('Điện thoại Nội vụ')).toMatch(/^024 3\d{3} \d{4}$/);
    expect([...map.keys()]).toEqual([
      'Cơ quan chủ quản',
      'Cơ quan ban hành',
      'Địa danh',
      'Ký hiệu báo cáo',
      'Thẩm quyền ký',
      'Chức vụ người ký',
      'Họ tên người ký',
      'Nơi nhận',
      'Tên phòng Nội vụ',
      'Email Nội vụ',
      'Điện thoại Nội vụ',
      'Quản trị',
    ]);
    expect(JSON.parse(await readFile(join(EXAMPLES_DIR, 'run.json'), 'utf8'))).toEqual({
      period: '2023-05',
      today: '2023-05-21',
    });
  });

  it('has answers in 2023-04, 2023-05 and 2023-06, and one unreadable timestamp', () => {
    const periods = files[A].map((r) => period(r.timestamp) ?? '?');
    expect(new Set(periods)).toEqual(new Set(['2023-04', '2023-05', '2023-06', '?']));
    expect(periods.filter((p) => p === '?')).toHaveLength(1);
    expect(periods.filter((p) => p === '2023-05').length).toBeGreaterThan(
      periods.filter((p) => p === '2023-04').length,
    );
  });
});
