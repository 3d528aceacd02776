// Defines how cells are stored: typed values (dates as serials, formulas as text) in sparse row-major layers.

/** A date-time cell: the serial is wall-clock time in the spreadsheet's zone, as Sheets keeps it. */
export class SerialDate {
  constructor(readonly serial: number) {}
}

/** A formula cell. The stand-in evaluates nothing: its value reads as `#ERROR!` (a known difference). */
export class Formula {
  constructor(readonly text: string) {}
}

export type Stored = string | number | boolean | SerialDate | Formula;

export const FORMULA_VALUE = '#ERROR!';

/** A Date from any realm: the offline runtime runs the bundle in its own vm context, whose Date differs. */
export function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === '[object Date]';
}

/**
 * One attribute of every cell of a sheet (values, number formats, notes…), 0-based, row-major.
 * Rows are created only when written, so a 50,000 × 30 sheet costs arrays, not a map per cell.
 */
export class Layer<T> {
  rows: (T | undefined)[][] = [];

  get(r: number, c: number): T | undefined {
    const row = this.rows[r];
    return row === undefined ? undefined : row[c];
  }

  set(r: number, c: number, v: T | undefined): void {
    let row = this.rows[r];
    if (v === undefined) {
      if (row !== undefined && c < row.length) row[c] = undefined;
      return;
    }
    if (row === undefined) {
      row = [];
      this.rows[r] = row;
    }
    row[c] = v;
  }

  fill(r: number, c: number, nr: number, nc: number, v: T | undefined): void {
    for (let i = r; i < r + nr; i++) for (let j = c; j < c + nc; j++) this.set(i, j, v);
  }

  /** Removes `remove` rows at `at` and inserts `insert` rows there, copying the attributes of row `inheritFrom`. */
  spliceRows(at: number, remove: number, insert: number, inheritFrom?: number): void {
    if (at > this.rows.length && insert === 0) return;
    if (at > this.rows.length) this.rows.length = at;
    const template = inheritFrom === undefined ? undefined : this.rows[inheritFrom];
    const added = Array.from({ length: insert }, () => (template ? template.slice() : (undefined as unknown as T[])));
    this.rows.splice(at, remove, ...added);
  }

  spliceColumns(at: number, remove: number, insert: number, inheritFrom?: number): void {
    for (const row of this.rows) {
      if (row === undefined || row.length < at) continue;
      const v = inheritFrom === undefined ? undefined : row[inheritFrom];
      row.splice(at, remove, ...Array.from({ length: insert }, () => v));
    }
  }

  clear(): void {
    this.rows = [];
  }

  /** Rows that hold anything, trimming trailing empty rows so the next call is cheap. */
  lastRow(): number {
    const rows = this.rows;
    while (rows.length > 0) {
      const row = rows[rows.length - 1];
      if (row?.some((v) => v !== undefined)) return rows.length;
      rows.length--;
    }
    return 0;
  }

  lastColumn(): number {
    let max = 0;
    for (const row of this.rows) {
      if (row === undefined) continue;
      for (let c = row.length - 1; c >= max; c--) {
        if (row[c] !== undefined) {
          max = c + 1;
          break;
        }
      }
    }
    return max;
  }
}
