// Defines header matching for input files: a wanted column found by any of its titles, after normalisation.
import { InputFileError } from './errors';

export interface WantedColumn<K extends string = string> {
  key: K;
  /** The first title is the one named in error messages; English export titles are just more titles. */
  titles: readonly string[];
  required: boolean;
}

// Zero-width characters and the BOM are invisible in a spreadsheet, so a clerk cannot see why a
// title would not match; they are dropped before comparing.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** NFC, invisible characters dropped, trimmed, inner whitespace collapsed, Vietnamese lower-case. */
export function normalizeTitle(title: string): string {
  return title.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/**
 * Index of each wanted column in `header`; -1 for an optional column that is absent. When two header
 * cells carry the same title the first wins, as a formula looking the title up would find it.
 * A missing required column throws InputFileError `missing_column` on row 0 (the header).
 */
export function matchHeader<K extends string>(
  header: readonly string[],
  wanted: readonly WantedColumn<K>[],
  file: string,
): Record<K, number> {
  const positions = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = normalizeTitle(cell);
    if (key !== '' && !positions.has(key)) positions.set(key, i);
  });
  const found = {} as Record<K, number>;
  for (const column of wanted) {
    let index = -1;
    for (const title of column.titles) {
      const at = positions.get(normalizeTitle(title));
      if (at !== undefined) {
        index = at;
        break;
      }
    }
    if (index === -1 && column.required) {
      throw new InputFileError({ code: 'missing_column', file, row: 0, column: column.titles[0] });
    }
    found[column.key] = index;
  }
  return found;
}
