// Defines what several stand-ins share: Google's `Exception` error, enum values, and Java signed bytes.

/**
 * Apps Script services throw errors named `Exception`, so `String(e)` reads
 * "Exception: <message>" as in Google's execution log, and `e.message` is the bare message.
 */
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/**
 * An Apps Script enum as plain strings. Google's enum values are objects whose `toString()` and
 * `name()` give the member name; strings keep `===`, `String(x)` and JSON working the same way.
 */
export function gasEnum<const K extends string>(...names: K[]): { readonly [P in K]: P } {
  const out = {} as { [P in K]: P };
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}

/** Java bytes are signed (-128..127); Apps Script hands them to scripts as plain numbers. */
export function toJavaBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

/** Accepts Java signed bytes or unsigned ones, as Apps Script does for Byte[] arguments. */
export function fromJavaBytes(bytes: ArrayLike<number>): Uint8Array {
  return Uint8Array.from(Array.from(bytes, (b) => b & 0xff));
}

/** Java's `String.getBytes(charset)`: unmappable characters become '?' in US-ASCII. */
export function encodeString(value: string, charset: 'UTF_8' | 'US_ASCII' | string = 'UTF_8'): Uint8Array {
  if (charset === 'US_ASCII' || /^us-?ascii$/i.test(charset)) {
    return Uint8Array.from(Array.from(value, (ch) => (ch.codePointAt(0)! < 128 ? ch.codePointAt(0)! : 63)));
  }
  return new Uint8Array(Buffer.from(value, 'utf8'));
}

export function decodeBytes(bytes: Uint8Array, charset: string = 'UTF_8'): string {
  if (charset === 'US_ASCII' || /^us-?ascii$/i.test(charset)) {
    return Array.from(bytes, (b) => (b < 128 ? String.fromCharCode(b) : '\ufffd')).join('');
  }
  return Buffer.from(bytes).toString('utf8');
}

/** UTF-8 size in bytes, the unit Google's storage limits are stated in. */
export function utf8Length(value: string): number {
  return Buffer.byteLength(value, 'utf8');
}
