// Defines how values become sheet cells: formula-looking text kept literal, the 50,000-character cell limit, A1 letters.

/** Google Sheets refuses a cell of more than 50,000 characters (SPEC §11). Keep a margin for the prefix. */
export const CELL_LIMIT = 50_000;

export interface CellResult {
  value: unknown;
  truncated: boolean;
}

/**
 * In a cell formatted as plain text ('@') Sheets stores what it is given, as typed into the UI: no
 * formula, no number, and a leading apostrophe is kept. Elsewhere text starting with = + - @ would be
 * parsed as a formula (or an error) and a leading apostrophe eaten; prefixing "'" stores it literally
 * and is not part of the value. The master sheets format every text column '@' before writing.
 * https://support.google.com/docs/answer/3094066 (apostrophe forces text)
 */
export function toCell(v: unknown, plainTextCell = false): CellResult {
  if (v === null || v === undefined) return { value: '', truncated: false };
  if (typeof v !== 'string') return { value: v, truncated: false };
  let s = v;
  let truncated = false;
  if (s.length > CELL_LIMIT - 1) {
    s = s.slice(0, CELL_LIMIT - 1);
    // Never leave half a surrogate pair at the cut.
    if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
    truncated = true;
  }
  return { value: !plainTextCell && /^[=+\-@']/.test(s) ? `'${s}` : s, truncated };
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Escapes text for an RE2 pattern (TextFinder.useRegularExpression). */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
