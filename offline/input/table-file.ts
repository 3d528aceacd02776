// Defines readTableFile: a .csv or .xlsx file as a header plus numbered data rows.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CsvParseError, parseCsv } from './csv';
import { InputFileError } from './errors';
import { readFirstWorksheet, type TableCell } from './xlsx';

export type { TableCell } from './xlsx';

export interface TableRow {
  /** 1-based data row: the first row under the header is 1, as in summary.json's `rejected[].row`. */
  row: number;
  /** At least as many cells as the header; blank cells are ''. */
  cells: TableCell[];
}

export interface TableFile {
  /** The path as given. */
  file: string;
  header: string[];
  rows: TableRow[];
}

/**
 * CSV cells are all strings. XLSX cells keep numbers and booleans; dates become
 * 'dd/MM/yyyy HH:mm:ss' text of the displayed time (no zone assumed, see xlsx.ts); rich text becomes
 * plain text; a formula gives its cached result. The header is the first non-blank row; fully blank
 * rows are skipped but the numbering of the rows after them is the file's.
 */
export async function readTableFile(path: string): Promise<TableFile> {
  const grid = await readGrid(path);
  const headerAt = grid.findIndex((cells) => !isBlank(cells));
  if (headerAt === -1) throw new InputFileError({ code: 'empty_file', file: path });
  const header = trimTrailingBlanks(grid[headerAt]).map(cellText);
  const rows: TableRow[] = [];
  for (let i = headerAt + 1; i < grid.length; i++) {
    const cells = grid[i];
    if (isBlank(cells)) continue;
    while (cells.length < header.length) cells.push('');
    rows.push({ row: i - headerAt, cells });
  }
  return { file: path, header, rows };
}

/** Text of a cell as the sheet shows it; numbers with a dot decimal, booleans as Sheets writes them. */
export function cellText(cell: TableCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

async function readGrid(path: string): Promise<TableCell[][]> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') {
    throw new InputFileError({ code: 'unknown_extension', file: path, detail: ext || '(không có phần mở rộng)' });
  }
  try {
    if (ext === '.csv') return parseCsv(await readFile(path, 'utf8'));
    const rows = await readFirstWorksheet(path);
    if (!rows) throw new InputFileError({ code: 'empty_file', file: path });
    return rows;
  } catch (err) {
    throw asInputFileError(err, path);
  }
}

function asInputFileError(err: unknown, path: string): Error {
  if (err instanceof InputFileError) return err;
  if (err instanceof CsvParseError)
    return new InputFileError({ code: 'unterminated_quote', file: path, row: err.record });
  if ((err as NodeJS.ErrnoException)?.code === 'ENOENT')
    return new InputFileError({ code: 'file_not_found', file: path });
  const detail = err instanceof Error ? err.message : String(err);
  return new InputFileError({ code: 'unreadable_file', file: path, detail });
}

function isBlank(cells: readonly TableCell[]): boolean {
  return cells.every((c) => typeof c === 'string' && c.trim() === '');
}

function trimTrailingBlanks(cells: readonly TableCell[]): TableCell[] {
  let end = cells.length;
  while (end > 0 && cellText(cells[end - 1]).trim() === '') end--;
  return cells.slice(0, end);
}
