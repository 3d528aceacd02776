// Defines A1-notation parsing and printing (columns as letters, open-ended ranges like "A2:A").

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeA1(row: number, col: number, numRows: number, numCols: number): string {
  const start = cellA1(row, col);
  return numRows === 1 && numCols === 1 ? start : `${start}:${cellA1(row + numRows - 1, col + numCols - 1)}`;
}

/** A parsed A1 reference; absent parts are open ends (whole columns, whole rows, "A2:A"). */
export interface A1Ref {
  sheetName?: string;
  row?: number;
  col?: number;
  endRow?: number;
  endCol?: number;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Splits "'Tổng hợp'!A1:B2" into sheet name and the cell part. Returns null when unreadable. */
export function parseA1(text: string): A1Ref | null {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length >= 2) {
      sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    }
  }
  const [a, b, extra] = rest.split(':');
  if (extra !== undefined || !a) return null;
  const start = PART.exec(a);
  if (!start || (!start[1] && !start[2])) return null;
  const ref: A1Ref = { sheetName };
  if (start[1]) ref.col = columnNumber(start[1]);
  if (start[2]) ref.row = Number(start[2]);
  if (b === undefined) {
    // A single part must name a cell; "A" or "3" alone are not ranges.
    if (!start[1] || !start[2]) return null;
    ref.endRow = ref.row;
    ref.endCol = ref.col;
    return ref;
  }
  const end = PART.exec(b);
  if (!end || (!end[1] && !end[2])) return null;
  if (end[1]) ref.endCol = columnNumber(end[1]);
  if (end[2]) ref.endRow = Number(end[2]);
  // "A:B" has no rows, "1:2" no columns; mixing the two kinds ("A:2") is not a range.
  if ((ref.col === undefined) !== (ref.endCol === undefined) && ref.row === undefined) return null;
  if (ref.row === 0 || ref.endRow === 0) return null;
  return ref;
}
