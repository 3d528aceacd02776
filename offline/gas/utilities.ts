// Defines the offline Utilities service: dates in a named zone, digests, base64, blobs, printf and CSV.
//
// Known differences:
// - getUuid() draws from a seeded generator (runs repeat); Google's are random v4 UUIDs.
// - sleep() does not wait: it moves ctx.clock. The error text past 300,000 ms is not Google's (unverified).
// - DigestAlgorithm.MD2 is not available (Node's OpenSSL dropped it): it throws.
// - Strings given without a charset are read as UTF-8.
// - parseDate, gzip/ungzip, zip/unzip and the RSA signatures are not implemented.

import { createHash, createHmac } from 'node:crypto';
import { FakeBlob } from './blob.ts';
import { type ServiceContext, seededRandom } from './context.ts';
import { encodeString, fromJavaBytes, GasException, gasEnum, toJavaBytes } from './gas-base.ts';
import { formatString, parseCsv } from './text-format.ts';
import { formatJavaDate } from './zoned-time.ts';

export const Charset = gasEnum('US_ASCII', 'UTF_8');
export const DigestAlgorithm = gasEnum('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
export const MacAlgorithm = gasEnum('HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512');
export const RsaAlgorithm = gasEnum('RSA_SHA_1', 'RSA_SHA_256');

/** https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer) */
export const SLEEP_MAX_MS = 300000;

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

type Bytes = number[];
type Data = Bytes | string;

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (isDate(v)) return 'Date';
  if (Array.isArray(v)) return 'number[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'object') return 'Object';
  return String(typeof v);
}

/** Google's message when no overload fits the arguments given. */
function signatureError(method: string, args: unknown[]): GasException {
  return new GasException(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for Utilities.${method}.`,
  );
}

function toBytes(value: Data, charset?: unknown): Uint8Array {
  return typeof value === 'string' ? encodeString(value, String(charset ?? 'UTF_8')) : fromJavaBytes(value);
}

function decodeBase64(encoded: string, webSafe: boolean): Bytes {
  const text = String(encoded).replace(/\s+/g, '');
  const ok = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!ok.test(text) || text.replace(/=+$/, '').length % 4 === 1) throw new GasException('Could not decode string.');
  return toJavaBytes(new Uint8Array(Buffer.from(text, webSafe ? 'base64url' : 'base64')));
}

export interface UtilitiesOptions {
  /** Seed of getUuid()'s generator, so two runs hand out the same ids. */
  uuidSeed?: number;
}

export class FakeUtilities {
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly RsaAlgorithm = RsaAlgorithm;
  private readonly random: () => number;

  constructor(
    private readonly ctx: ServiceContext,
    options: UtilitiesOptions = {},
  ) {
    this.random = seededRandom(options.uuidSeed ?? 0x5eed);
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String,Charset)
  base64Decode(encoded: string, _charset?: unknown): Bytes {
    this.ctx.call('Utilities', 'Utilities.base64Decode');
    return decodeBase64(encoded, false);
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#base64DecodeWebSafe(String,Charset)
  base64DecodeWebSafe(encoded: string, _charset?: unknown): Bytes {
    this.ctx.call('Utilities', 'Utilities.base64DecodeWebSafe');
    return decodeBase64(encoded, true);
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#base64Encode(String,Charset)
  base64Encode(data: Data, charset?: unknown): string {
    this.ctx.call('Utilities', 'Utilities.base64Encode');
    return Buffer.from(toBytes(data, charset)).toString('base64');
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#base64EncodeWebSafe(String,Charset)
  base64EncodeWebSafe(data: Data, charset?: unknown): string {
    this.ctx.call('Utilities', 'Utilities.base64EncodeWebSafe');
    // Google keeps the '=' padding in the web-safe alphabet; Node's base64url drops it.
    return Buffer.from(toBytes(data, charset)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String,Charset)
  computeDigest(algorithm: unknown, value: Data, charset?: unknown): Bytes {
    this.ctx.call('Utilities', 'Utilities.computeDigest');
    const name = NODE_DIGEST[String(algorithm)];
    if (!name) throw new GasException(`Unsupported digest algorithm: ${String(algorithm)}`);
    return toJavaBytes(createHash(name).update(toBytes(value, charset)).digest());
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String,Charset)
  computeHmacSha256Signature(value: Data, key: Data, charset?: unknown): Bytes {
    this.ctx.call('Utilities', 'Utilities.computeHmacSha256Signature');
    return toJavaBytes(createHmac('sha256', toBytes(key, charset)).update(toBytes(value, charset)).digest());
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSignature(MacAlgorithm,String,String,Charset)
  computeHmacSignature(algorithm: unknown, value: Data, key: Data, charset?: unknown): Bytes {
    this.ctx.call('Utilities', 'Utilities.computeHmacSignature');
    const name = NODE_DIGEST[String(algorithm).replace(/^HMAC_/, '')];
    if (!name) throw new GasException(`Unsupported MAC algorithm: ${String(algorithm)}`);
    return toJavaBytes(createHmac(name, toBytes(key, charset)).update(toBytes(value, charset)).digest());
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  formatDate(date: Date, timeZone: string, format: string): string {
    this.ctx.call('Utilities', 'Utilities.formatDate');
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError('formatDate', [date, timeZone, format]);
    }
    if (Number.isNaN(date.getTime())) throw new GasException('Invalid argument: date');
    try {
      return formatJavaDate(date.getTime(), timeZone, format);
    } catch (e) {
      throw new GasException(e instanceof Error ? e.message : String(e));
    }
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...)
  formatString(template: string, ...args: unknown[]): string {
    this.ctx.call('Utilities', 'Utilities.formatString');
    return formatString(template, args);
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()
  getUuid(): string {
    this.ctx.call('Utilities', 'Utilities.getUuid');
    const b = Array.from({ length: 16 }, () => Math.floor(this.random() * 256));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(String,String,String)
  newBlob(data: Data, contentType?: string | null, name?: string | null): FakeBlob {
    this.ctx.call('Utilities', 'Utilities.newBlob');
    const type = contentType ?? (typeof data === 'string' ? 'text/plain' : null);
    return new FakeBlob(this.ctx, typeof data === 'string' ? data : fromJavaBytes(data), type, name ?? null);
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String,Char)
  parseCsv(csv: string, delimiter?: string): string[][] {
    this.ctx.call('Utilities', 'Utilities.parseCsv');
    return parseCsv(csv, delimiter ?? ',');
  }

  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
  sleep(milliseconds: number): void {
    this.ctx.call('Utilities', 'Utilities.sleep');
    if (milliseconds > SLEEP_MAX_MS) throw new GasException('Argument too large: milliseconds');
    if (milliseconds > 0) this.ctx.clock.advance(Math.floor(milliseconds));
  }
}

export function createUtilities(ctx: ServiceContext, options?: UtilitiesOptions): FakeUtilities {
  return new FakeUtilities(ctx, options);
}
