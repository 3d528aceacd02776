// Tests readResponsesFile on the shipped exports, on English and partial headers, and on an XLSX copy.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeXlsxCopy } from '../../../examples/generator/xlsx';
import { parseCsv } from '../../../offline/input/csv';
import { InputFileError } from '../../../offline/input/errors';
import { type ResponsesFile, readResponsesFile } from '../../../offline/input/responses-file';
import { EXAMPLES_DIR, FORM_A_REQUIRED, FORM_A_TITLES, FORM_B_REQUIRED, FORM_B_TITLES } from './spec-forms';

const formA = join(EXAMPLES_DIR, 'guong-dhtt-ntvt.csv');
const formB = join(EXAMPLES_DIR, 'bai-viet-du-thi.csv');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'responses-file-'));
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text, 'utf8');
  return path;
}

describe('readResponsesFile on the shipped Form A export', () => {
  let read: ResponsesFile;
  let records: string[][];
  beforeAll(async () => {
    read = await readResponsesFile(formA, FORM_A_TITLES, FORM_A_REQUIRED);
    records = parseCsv(await readFile(formA, 'utf8'));
  });

  it('gives one row per data record, numbered 1… under the header', () => {
    expect(read.rows.length).toBe(records.length - 1);
    expect(read.rows.map((r) => r.row)).toEqual(records.slice(1).map((_, i) => i + 1));
  });

  it('keeps timestamps raw, whatever their shape, unreadable ones included', () => {
    const raw = read.rows.map((r) => r.timestamp);
    expect(raw).toEqual(records.slice(1).map((r) => r[0]));
    expect(raw).toContain('32/05/2023 10:00:00');
    expect(raw).toContain('2023-05-20T17:00:00Z');
    expect(raw.some((t) => /^\d\/\d\/2023 \d:\d\d:\d\d$/.test(t))).toBe(true);
  });

  it('keys answers by the question titles and keeps them unchanged (NFD and odd spaces included)', () => {
    const row = read.rows[41];
    expect(Object.keys(row.answers)).toEqual(FORM_A_TITLES);
    expect(row.email).toBe(records[42][1]);
    expect(FORM_A_TITLES.map((t) => row.answers[t])).toEqual(records[42].slice(2));
    const units = read.rows.map((r) => r.answers['Đơn vị giới thiệu']);
    expect(units.some((u) => u !== u.normalize('NFC'))).toBe(true);
    expect(units.some((u) => u.startsWith(' '))).toBe(true);
  });
});

describe('readResponsesFile on a Form B export', () => {
  it('reads the shipped file with every question', async () => {
    const read = await readResponsesFile(formB, FORM_B_TITLES, FORM_B_REQUIRED);
    expect(read.rows.length).toBeGreaterThan(1500);
    expect(read.rows.find((r) => r.answers['Điểm sơ khảo'] === '85,5')).toBeDefined();
  });

  it('accepts the English export titles Timestamp and Email Address', async () => {
    const path = await file(
      'en.csv',
      `Timestamp,Email Address,${FORM_B_TITLES.join(',').replace('Tên bài viết, tác phẩm', '"Tên bài viết, tác phẩm"').replace('Đường dẫn bài viết, tác phẩm', '"Đường dẫn bài viết, tác phẩm"')}\r\n5/18/2023 14:03:27,a@example.vn,PH01,T,A,Bài viết,G,https://x.example.vn,90`,
    );
    const read = await readResponsesFile(path, FORM_B_TITLES, FORM_B_REQUIRED);
    expect(read.rows).toEqual([
      {
        row: 1,
        timestamp: '5/18/2023 14:03:27',
        email: 'a@example.vn',
        answers: {
          'Đơn vị gửi bài': 'PH01',
          'Tên bài viết, tác phẩm': 'T',
          'Tác giả': 'A',
          'Thể loại': 'Bài viết',
          'Gương được viết về': 'G',
          'Đường dẫn bài viết, tác phẩm': 'https://x.example.vn',
          'Điểm sơ khảo': '90',
        },
      },
    ]);
  });

  it('gives an empty email and empty optional answers when those columns are absent', async () => {
    const header = ['Dấu thời gian', ...FORM_B_REQUIRED].map((t) => `"${t}"`).join(',');
    const path = await file('partial.csv', `${header}\r\n18/05/2023 14:03:27,PH01,T,A,Bài viết,G,https://x.example.vn`);
    const [row] = (await readResponsesFile(path, FORM_B_TITLES, FORM_B_REQUIRED)).rows;
    expect(row.email).toBe('');
    expect(row.answers['Điểm sơ khảo']).toBe('');
    expect(row.answers['Gương được viết về']).toBe('G');
  });
});

describe('readResponsesFile when a required column is missing', () => {
  it('names the missing question in Vietnamese', async () => {
    const path = await file('no-author.csv', 'Dấu thời gian,Địa chỉ email,Đơn vị gửi bài\r\nx,y,z');
    const error = await readResponsesFile(path, FORM_B_TITLES, FORM_B_REQUIRED).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputFileError);
    expect(error).toMatchObject({ code: 'missing_column', row: 0, column: 'Tên bài viết, tác phẩm' });
    expect((error as Error).message).toMatchInlineSnapshot(
      `"Tệp no-author.csv, dòng tiêu đề, cột "Tên bài viết, tác phẩm": thiếu cột bắt buộc."`,
    );
  });

  it('names the timestamp column when neither of its titles is there', async () => {
    const path = await file('no-time.csv', `${FORM_B_TITLES.map((t) => `"${t}"`).join(',')}\r\n`);
    await expect(readResponsesFile(path, FORM_B_TITLES, FORM_B_REQUIRED)).rejects.toThrow(
      'Tệp no-time.csv, dòng tiêu đề, cột "Dấu thời gian": thiếu cột bắt buộc.',
    );
  });
});

describe('readResponsesFile on an XLSX copy of the shipped Form B export', () => {
  it('reads the same rows; dates come back in the padded Google shape and numbers as plain text', async () => {
    const xlsx = join(dir, 'bai-viet-du-thi.xlsx');
    await writeXlsxCopy(formB, xlsx);
    const fromCsv = await readResponsesFile(formB, FORM_B_TITLES, FORM_B_REQUIRED);
    const fromXlsx = await readResponsesFile(xlsx, FORM_B_TITLES, FORM_B_REQUIRED);
    const expected = fromCsv.rows.map((r) => ({
      ...r,
      timestamp: paddedShape(r.timestamp),
      answers: { ...r.answers, 'Điểm sơ khảo': r.answers['Điểm sơ khảo'].replace(',', '.') },
    }));
    expect(fromXlsx.rows).toEqual(expected);
    expect(fromXlsx.rows.some((r) => r.timestamp.includes('T'))).toBe(true);
  });
});

/** What a date cell displays: d/M/yyyy H:mm[:ss] padded and with seconds; other text unchanged. */
function paddedShape(t: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (!m) return t;
  const p = (s: string | undefined) => (s ?? '0').padStart(2, '0');
  return `${p(m[1])}/${p(m[2])}/${m[3]} ${p(m[4])}:${m[5]}:${p(m[6])}`;
}
