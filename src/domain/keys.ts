// Defines the identity keys of the counting rules (SPEC §4) and a stable fingerprint for re-delivered rows.
import { cleanText, normalizeText } from './text';

/**
 * One part of a key: '|' separates parts, so a '|' inside a code or name is written %7C (and '%' as %25)
 * — otherwise unit "A|B" + name "C" and unit "A" + name "B|C" would share a key, and the server-side
 * searches on `Khoá trùng` could not tell where the name starts. Text without '|' or '%' is unchanged.
 */
function keyPart(s: string): string {
  return s.replace(/%/g, '%25').replace(/\|/g, '%7C');
}

/** Same unit + same normalised name + same birth year = the same nominee. */
export function nomineeKey(unitCode: string, name: string, birthYear: string): string {
  return `${keyPart(normalizeText(unitCode))}|${nameKey(name)}|${keyPart(cleanText(birthYear))}`;
}

/** The key for "the same name nominated by another unit" (flagged for review): the middle part of nomineeKey. */
export function nameKey(name: string): string {
  return keyPart(normalizeText(name));
}

/** Same unit + same normalised title = the same article. */
export function articleKey(unitCode: string, title: string): string {
  return `${keyPart(normalizeText(unitCode))}|${keyPart(normalizeText(title))}`;
}

// cyrb53 by bryc (public domain), kept to its two 32-bit halves: pure JS, no crypto API in Apps Script needed.
function cyrb64(str: string, seed: number): [number, number] {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

function partText(p: unknown): string {
  if (p instanceof Date) return Number.isNaN(p.getTime()) ? 'invalid-date' : p.toISOString();
  // A checkbox answer is an array from a trigger and a ', '-joined cell from a CSV: the same answer.
  if (Array.isArray(p)) return normalizeText(p.map(cleanText).join(', '));
  return normalizeText(p);
}

/** 16 hex chars identifying the normalised parts; equal rows re-delivered give equal fingerprints. */
export function fingerprint(parts: readonly unknown[]): string {
  // The count keeps [] apart from [''], which join to the same text.
  const s = `${parts.length}\u241E${parts.map(partText).join('\u241E')}`;
  const [a] = cyrb64(s, 0x9e3779b9);
  const [b] = cyrb64(s, 0x85ebca6b);
  return hex8(a) + hex8(b);
}
