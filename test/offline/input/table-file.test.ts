// Tests readTableFile on CSV and XLSX files: numbering, blank rows, cell types, and file-level errors.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputFileError } from '../../../offline/input/errors';
import { cellText, readTableFile } from '../../../offline/input/table-file';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'table-file-'));
});

async function csvFile(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text, 'utf8');
  return path;
}

async function rejection(promise: Promise<unknown>): Promise<InputFileError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputFileError);
  return error as InputFileError;
}

describe('readTableFile on a CSV file', () => {
  it('numbers data rows from 1 under the header and keeps the numbering across skipped blank rows', async () => {
    const path = await csvFile('a.csv', '\ufeffA,B\r\n1,2\r\n,\r\n\r\n  ,\r\n3,4\r\n');
    const table = await readTableFile(path);
    expect(table.file).toBe(path);
    expect(table.header).toEqual(['A', 'B']);
    expect(table.rows).toEqual([
      { row: 1, cells: ['1', '2'] },
      { row: 5, cells: ['3', '4'] },
    ]);
  });

  it('counts records, not lines, when a quoted cell spans lines', async () => {
    const table = await readTableFile(await csvFile('b.csv', 'A,B\r\n"x\r\ny",1\r\n2,3'));
    expect(table.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(table.rows[0].cells[0]).toBe('x\r\ny');
  });

  it('pads short rows to the header width and keeps cells as strings', async () => {
    const table = await readTableFile(await csvFile('c.csv', 'A,B,C\r\n007'));
    expect(table.rows[0].cells).toEqual(['007', '', '']);
  });

  it('drops blank titles at the end of the header', async () => {
    const table = await readTableFile(await csvFile('d.csv', 'A,B,,\r\n1,2,,'));
    expect(table.header).toEqual(['A', 'B']);
  });

  it('rejects an empty file as having no header', async () => {
    const error = await rejection(readTableFile(await csvFile('empty.csv', '\ufeff\r\n\r\n')));
    expect(error.code).toBe('empty_file');
    expect(error.message).toBe('Tệp empty.csv: tệp trống, không có dòng tiêu đề.');
  });

  it('rejects an unterminated quote naming the row where it opened', async () => {
    const error = await rejection(readTableFile(await csvFile('q.csv', 'A,B\r\n1,2\r\n"3,4\r\n5,6')));
    expect(error).toMatchObject({ code: 'unterminated_quote', file: 'q.csv', row: 2 });
    expect(error.message).toMatchInlineSnapshot(
      `"Tệp q.csv, dòng 2: dấu ngoặc kép (") được mở nhưng không được đóng đến hết tệp."`,
    );
  });
});

describe('readTableFile on other files', () => {
  it('rejects an unknown extension with the extension in the message', async () => {
    const error = await rejection(readTableFile(await csvFile('don-vi.ods', 'x')));
    expect(error.code).toBe('unknown_extension');
    expect(error.message).toBe('Tệp don-vi.ods: định dạng ".ods" không được hỗ trợ; chỉ nhận tệp .csv hoặc .xlsx.');
  });

  it('rejects a missing file as not found', async () => {
    const error = await rejection(readTableFile(join(dir, 'khong-co.csv')));
    expect(error.code).toBe('file_not_found');
    expect(error.message).toBe('Tệp khong-co.csv: không tìm thấy tệp.');
  });

  it('rejects a file that is not a workbook as unreadable', async () => {
    const error = await rejection(readTableFile(await csvFile('hong.xlsx', 'not a zip')));
    expect(error.code).toBe('unreadable_file');
    expect(error.message).toMatch(/^Tệp hong\.xlsx: không đọc được tệp \(/);
  });
});

describe('readTableFile on an XLSX workbook', () => {
  let path: string;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Câu trả lời biểu mẫu 1');
    sheet.addRow(['Dấu thời gian', 'Tên', 'Số', 'Đúng', 'Liên kết', 'Công thức', 'Lỗi']);
    sheet.addRow([
      new Date(Date.UTC(2023, 4, 18, 14, 3, 26, 999)),
      { richText: [{ text: 'Nguyễn ' }, { text: 'Văn An', font: { bold: true } }] },
      85.5,
      true,
      { text: 'Bài viết', hyperlink: 'https://a.example.vn/x' },
      { formula: 'C2*2', result: 171 },
      { error: '#N/A' },
    ]);
    sheet.addRow([]);
    sheet.addRow(['   ']);
    sheet.addRow([
      '20/05/2023 23:59:59',
      '=HYPERLINK("http://x","y")',
      1985,
      false,
      '',
      { formula: 'B5', result: 'chữ' },
    ]);
    sheet.getCell('A2').numFmt = 'dd/mm/yyyy hh:mm:ss';
    workbook.addWorksheet('Trang khác').addRow(['không', 'đọc']);
    path = join(dir, 'tra-loi.xlsx');
    await workbook.xlsx.writeFile(path);
  });

  it('reads only the first worksheet, header first', async () => {
    const table = await readTableFile(path);
    expect(table.header).toEqual(['Dấu thời gian', 'Tên', 'Số', 'Đúng', 'Liên kết', 'Công thức', 'Lỗi']);
  });

  it('turns a date cell into its displayed local time as text, rounded to the second', async () => {
    const table = await readTableFile(path);
    expect(table.rows[0].cells[0]).toBe('18/05/2023 14:03:27');
  });

  it('gives rich text as plain text, numbers and booleans as such, a link by its text, a formula by its result', async () => {
    const table = await readTableFile(path);
    expect(table.rows[0].cells.slice(1)).toEqual(['Nguyễn Văn An', 85.5, true, 'Bài viết', 171, '#N/A']);
  });

  it('skips blank and whitespace-only rows but numbers the next row as the sheet does', async () => {
    const table = await readTableFile(path);
    expect(table.rows.map((r) => r.row)).toEqual([1, 4]);
    expect(table.rows[1].cells).toEqual([
      '20/05/2023 23:59:59',
      '=HYPERLINK("http://x","y")',
      1985,
      false,
      '',
      'chữ',
      '',
    ]);
  });
});

describe('cellText', () => {
  it('writes numbers with a dot, booleans as Sheets shows them, and nothing for a missing cell', () => {
    expect([cellText(85.5), cellText(true), cellText(false), cellText(undefined), cellText('x')]).toEqual([
      '85.5',
      'TRUE',
      'FALSE',
      '',
      'x',
    ]);
  });
});
