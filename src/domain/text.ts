// Defines text cleaning and normalisation (SPEC §4 "Normalised text") and a natural-order compare.

// Zero-width and bidi controls (the Arabic letter mark U+061C too) and soft hyphens survive copy-paste
// from Word and chat apps and make equal names differ.
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\v\f]/;

function asString(s: unknown): string {
  return String(s ?? '');
}

/** For storing and displaying: NFC, invisible controls removed, whitespace runs as one space, trimmed. */
export function cleanText(s: unknown): string {
  return asString(s).replace(INVISIBLE, '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** For comparing: cleanText, lower-cased the Vietnamese way; diacritics stay significant. */
export function normalizeText(s: unknown): string {
  return cleanText(s).toLocaleLowerCase('vi').normalize('NFC');
}

/** For long answers: each line cleaned, blank lines dropped, lines joined by a single '\n'. */
export function cleanMultiline(s: unknown): string {
  return asString(s)
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .split(LINE_BREAK)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** True when the value is blank after cleaning. */
export function isBlank(s: unknown): boolean {
  return cleanText(s) === '';
}

/**
 * Natural order (PH2 before PH10), case-insensitive, independent of the host locale.
 * Ties are broken by plain code-unit order so the result is total and stable.
 */
export function naturalCompare(a: string, b: string): number {
  const ca = normalizeText(a).match(/\d+|\D+/g) ?? [];
  const cb = normalizeText(b).match(/\d+|\D+/g) ?? [];
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i];
    const y = cb[i];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const diff = Number(x) - Number(y);
      if (diff !== 0) return diff < 0 ? -1 : 1;
      if (x.length !== y.length) return x.length - y.length;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (ca.length !== cb.length) return ca.length - cb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
