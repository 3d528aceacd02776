// Defines FakeBlob, the offline stand-in of Apps Script's Blob, shared by every stand-in that hands out data.
//
// Known differences:
// - getAs() converts only between identical types, or along conversions registered with
//   FakeBlob.registerConversion (Google renders HTML, images and Google files to PDF itself).
// - getDataAsString(charset) knows UTF-8, US-ASCII, ISO-8859-1 and UTF-16LE only.
// - Utilities.newBlob(string) is typed 'text/plain' and newBlob(bytes) untyped (null).

import type { ServiceContext } from './context.ts';
import { decodeBytes, encodeString, fromJavaBytes, GasException, toJavaBytes } from './gas-base.ts';

const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  xml: 'text/xml',
  js: 'text/javascript',
  css: 'text/css',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
  zip: 'application/zip',
  gz: 'application/x-gzip',
  eml: 'message/rfc822',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  rtf: 'application/rtf',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/x-vnd.oasis.opendocument.spreadsheet',
};

const GOOGLE_TYPE = /^application\/vnd\.google-apps\./;

type Conversion = (bytes: Uint8Array, blob: FakeBlob) => Uint8Array;
const conversions = new Map<string, Conversion>();

function bufferEncoding(charset: string): 'utf8' | 'latin1' | 'utf16le' | 'ascii' {
  const c = charset.toLowerCase().replace(/_/g, '-');
  if (c === 'utf-8' || c === 'utf8') return 'utf8';
  if (c === 'us-ascii' || c === 'ascii') return 'ascii';
  if (c === 'iso-8859-1' || c === 'latin1') return 'latin1';
  if (c === 'utf-16le') return 'utf16le';
  throw new GasException(`Unsupported charset: ${charset}`);
}

export class FakeBlob implements GoogleAppsScript.Base.Blob {
  private data: Uint8Array;
  private contentType: string | null;
  private name: string | null;

  constructor(
    private readonly ctx: ServiceContext,
    data: Uint8Array | ArrayLike<number> | string,
    contentType: string | null = null,
    name: string | null = null,
  ) {
    this.data = typeof data === 'string' ? encodeString(data) : fromJavaBytes(data);
    this.contentType = contentType;
    this.name = name;
  }

  /** Lets another stand-in teach getAs() a conversion, e.g. a document to 'application/pdf'. */
  static registerConversion(from: string, to: string, convert: Conversion): void {
    conversions.set(`${from}->${to}`, convert);
  }

  /** The stored bytes, unsigned, for exporters (not a Google method: not counted). */
  rawBytes(): Uint8Array {
    return this.data.slice();
  }

  // https://developers.google.com/apps-script/reference/base/blob#copyBlob()
  copyBlob(): FakeBlob {
    this.ctx.call('Base', 'Blob.copyBlob');
    return new FakeBlob(this.ctx, this.data.slice(), this.contentType, this.name);
  }

  // https://developers.google.com/apps-script/reference/base/blob#getAs(String)
  getAs(contentType: string): FakeBlob {
    this.ctx.call('Base', 'Blob.getAs');
    const from = this.contentType ?? 'application/octet-stream';
    if (from === contentType) return new FakeBlob(this.ctx, this.data.slice(), contentType, this.name);
    const convert = conversions.get(`${from}->${contentType}`);
    if (!convert) throw new GasException(`Converting from ${from} to ${contentType} is not supported.`);
    const ext = Object.entries(EXTENSION_TYPES).find(([, t]) => t === contentType)?.[0];
    const name = this.name && ext ? `${this.name.replace(/\.[^./]*$/, '')}.${ext}` : this.name;
    return new FakeBlob(this.ctx, convert(this.data.slice(), this), contentType, name);
  }

  // https://developers.google.com/apps-script/reference/base/blob#getAllBlobs()
  /** @deprecated Google deprecated it; a plain blob holds only itself. */
  getAllBlobs(): FakeBlob[] {
    this.ctx.call('Base', 'Blob.getAllBlobs');
    return [this];
  }

  // https://developers.google.com/apps-script/reference/base/blob#getBlob()
  getBlob(): FakeBlob {
    this.ctx.call('Base', 'Blob.getBlob');
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/blob#getBytes()
  getBytes(): number[] {
    this.ctx.call('Base', 'Blob.getBytes');
    return toJavaBytes(this.data);
  }

  // https://developers.google.com/apps-script/reference/base/blob#getContentType()
  getContentType(): string | null {
    this.ctx.call('Base', 'Blob.getContentType');
    return this.contentType;
  }

  // https://developers.google.com/apps-script/reference/base/blob#getDataAsString(String)
  getDataAsString(charset?: string): string {
    this.ctx.call('Base', 'Blob.getDataAsString');
    if (charset === undefined) return decodeBytes(this.data);
    const enc = bufferEncoding(charset);
    return enc === 'ascii' ? decodeBytes(this.data, 'US_ASCII') : Buffer.from(this.data).toString(enc);
  }

  // https://developers.google.com/apps-script/reference/base/blob#getName()
  getName(): string | null {
    this.ctx.call('Base', 'Blob.getName');
    return this.name;
  }

  // https://developers.google.com/apps-script/reference/base/blob#isGoogleType()
  isGoogleType(): boolean {
    this.ctx.call('Base', 'Blob.isGoogleType');
    return this.contentType !== null && GOOGLE_TYPE.test(this.contentType);
  }

  // https://developers.google.com/apps-script/reference/base/blob#setBytes(Byte)
  setBytes(data: number[]): FakeBlob {
    this.ctx.call('Base', 'Blob.setBytes');
    this.data = fromJavaBytes(data);
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/blob#setContentType(String)
  setContentType(contentType: string | null): FakeBlob {
    this.ctx.call('Base', 'Blob.setContentType');
    this.contentType = contentType;
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/blob#setContentTypeFromExtension()
  setContentTypeFromExtension(): FakeBlob {
    this.ctx.call('Base', 'Blob.setContentTypeFromExtension');
    const ext = /\.([^./]+)$/.exec(this.name ?? '')?.[1]?.toLowerCase();
    this.contentType = (ext && EXTENSION_TYPES[ext]) || null;
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/blob#setDataFromString(String,String)
  setDataFromString(value: string, charset?: string): FakeBlob {
    this.ctx.call('Base', 'Blob.setDataFromString');
    if (charset === undefined) this.data = encodeString(value);
    else {
      const enc = bufferEncoding(charset);
      this.data = enc === 'ascii' ? encodeString(value, 'US_ASCII') : new Uint8Array(Buffer.from(value, enc));
    }
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/blob#setName(String)
  setName(name: string): FakeBlob {
    this.ctx.call('Base', 'Blob.setName');
    this.name = name;
    return this;
  }
}
