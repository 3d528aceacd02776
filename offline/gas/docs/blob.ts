// Defines a minimal Blob for the Docs/Drive stand-ins (bytes + content type + name), kept local so these
// stand-ins do not depend on other stand-in files.
//
// Known differences:
// - getAs converts only to the blob's own content type (a copy); any other target throws Google's
//   "Converting from X to Y is not supported." message, including conversions Google supports (images, PDF from HTML).
// - setContentTypeFromExtension knows a handful of extensions only.
import type { ServiceContext } from '../context.ts';

const EXTENSIONS: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  html: 'text/html',
  json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpg: 'image/jpeg',
};

export class FakeDocsBlob implements GoogleAppsScript.Base.Blob {
  private data: Uint8Array;
  private contentType: string | null;
  private name: string | null;

  constructor(
    private readonly ctx: ServiceContext,
    data: Uint8Array | string,
    contentType: string | null = null,
    name: string | null = null,
  ) {
    this.data = typeof data === 'string' ? new TextEncoder().encode(data) : Uint8Array.from(data);
    this.contentType = contentType;
    this.name = name;
  }

  /** Not a Google method: the raw bytes, for exporters and tests. */
  toBuffer(): Buffer {
    return Buffer.from(this.data);
  }

  // https://developers.google.com/apps-script/reference/base/blob#copyBlob()
  copyBlob(): GoogleAppsScript.Base.Blob {
    this.ctx.call('Blob', 'Blob.copyBlob');
    return new FakeDocsBlob(this.ctx, this.data, this.contentType, this.name);
  }

  // https://developers.google.com/apps-script/reference/base/blob#getAs(String)
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.ctx.call('Blob', 'Blob.getAs');
    if (contentType !== this.contentType) {
      throw new Error(`Converting from ${this.contentType} to ${contentType} is not supported.`);
    }
    return new FakeDocsBlob(this.ctx, this.data, this.contentType, this.name);
  }

  // https://developers.google.com/apps-script/reference/base/blob#getBlob()
  getBlob(): GoogleAppsScript.Base.Blob {
    this.ctx.call('Blob', 'Blob.getBlob');
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/blob#getBytes()
  getBytes(): GoogleAppsScript.Byte[] {
    this.ctx.call('Blob', 'Blob.getBytes');
    // Apps Script hands out Java bytes: signed, -128..127.
    return Array.from(new Int8Array(this.data.buffer, this.data.byteOffset, this.data.byteLength));
  }

  // https://developers.google.com/apps-script/reference/base/blob#getContentType()
  getContentType(): string | null {
    this.ctx.call('Blob', 'Blob.getContentType');
    return this.contentType;
  }

  // https://developers.google.com/apps-script/reference/base/blob#getDataAsString(String)
  getDataAsString(charset = 'UTF-8'): string {
    this.ctx.call('Blob', 'Blob.getDataAsString');
    return new TextDecoder(charset).decode(this.data);
  }

  // https://developers.google.com/apps-script/reference/base/blob#getName()
  getName(): string | null {
    this.ctx.call('Blob', 'Blob.getName');
    return this.name;
  }

  // https://developers.google.com/apps-script/reference/base/blob#isGoogleType()
  isGoogleType(): boolean {
    this.ctx.call('Blob', 'Blob.isGoogleType');
    return (this.contentType ?? '').startsWith('application/vnd.google-apps.');
  }

  // https://developers.google.com/apps-script/reference/base/blob#setBytes(Byte)
  setBytes(data: GoogleAppsScript.Byte[]): GoogleAppsScript.Base.Blob {
    this.ctx.call('Blob', 'Blob.setBytes');
    this.data = Uint8Array.from(data, (b) => b & 0xff);
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/blob#setContentType(String)
  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.ctx.call('Blob', 'Blob.setContentType');
    this.contentType = contentType;
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/blob#setContentTypeFromExtension()
  setContentTypeFromExtension(): GoogleAppsScript.Base.Blob {
    this.ctx.call('Blob', 'Blob.setContentTypeFromExtension');
    const ext = (this.name ?? '').split('.').pop()?.toLowerCase() ?? '';
    const type = EXTENSIONS[ext];
    if (!type) throw new Error(`Could not determine content type for file name: ${this.name}`);
    this.contentType = type;
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/blob#setDataFromString(String)
  setDataFromString(value: string): GoogleAppsScript.Base.Blob {
    this.ctx.call('Blob', 'Blob.setDataFromString');
    this.data = new TextEncoder().encode(value);
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/blob#setName(String)
  setName(name: string): GoogleAppsScript.Base.Blob {
    this.ctx.call('Blob', 'Blob.setName');
    this.name = name;
    return this;
  }

  // Deprecated in Google's reference; kept only to satisfy the interface.
  getAllBlobs(): GoogleAppsScript.Base.Blob[] {
    this.ctx.call('Blob', 'Blob.getAllBlobs');
    return [this];
  }
}

/** Reads bytes out of any Blob-like value: our own, another stand-in's, or a Google-shaped one. */
export function blobBytes(blob: GoogleAppsScript.Base.BlobSource): Uint8Array {
  const b = blob as unknown as { toBuffer?: () => Buffer; getBlob?: () => GoogleAppsScript.Base.Blob };
  if (typeof b.toBuffer === 'function') return new Uint8Array(b.toBuffer());
  const real = typeof b.getBlob === 'function' ? b.getBlob() : (blob as GoogleAppsScript.Base.Blob);
  return Uint8Array.from(real.getBytes(), (x) => x & 0xff);
}
