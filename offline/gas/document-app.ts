// Defines the DocumentApp stand-in (createDocumentApp) and its Document class; the element classes live in
// offline/gas/docs/. Documents are Drive files of the shared FakeDriveStore.
//
// Known differences from Google's DocumentApp:
// - Enum values are their names as strings ('CENTER'); Google's print the same and key attributes the same way.
// - After saveAndClose every element method of that handle throws "Document is closed, its contents cannot be
//   updated.", reads included; Google's wording speaks of updates, reads may still work there. getId, getName,
//   getUrl, getAs and getBlob keep working (the usual "saveAndClose then export" pattern).
// - getAs/getBlob give the last SAVED state (saveAndClose, or the end of an execution: FakeDriveStore.flush()),
//   as Google does; the PDF is a plain-text rendering (see docs/pdf.ts).
// - appendTable pads ragged rows with empty cells (Google's handling of ragged arrays is unverified) and, as Google
//   does, keeps an empty paragraph after a table that ends a section.
// - New paragraphs start with no explicit attributes; getters report Google Docs' NORMAL_TEXT defaults (left,
//   line spacing 1.15, no spacing, no indent); text attributes not set read as null. Paragraphs do not inherit the
//   previous paragraph's formatting.
// - addHeader/addFooter return the existing section when there is one.
// - Images, footnotes, bookmarks, named ranges, tabs, positioned images, equations and table cell merges are not
//   modelled; getActiveDocument() is null (a standalone script); getUi() throws as in a standalone script.
// - Error wording for bad offsets and casts is a best guess where Google's exact text was not found.
import type { ServiceContext } from './context.ts';
import { FakeDocsBlob } from './docs/blob.ts';
import type { FakeBody, FakeFooterSection, FakeHeaderSection } from './docs/container.ts';
import { DOCUMENT_MIME, FakeDriveStore } from './docs/drive-store.ts';
import type { DocHandle } from './docs/element.ts';
import { wrap } from './docs/element.ts';
import {
  Attribute,
  ElementType,
  FontFamily,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  PositionedLayout,
  TextAlignment,
  VerticalAlignment,
} from './docs/enums.ts';
import { cloneNode, type DocModel, type DocumentJSON, newParagraph, type SectionNode } from './docs/model.ts';
import './docs/paragraph.ts';
import { renderPdf } from './docs/pdf.ts';
import './docs/table.ts';
import './docs/text.ts';

export { FakeBody, FakeFooterSection, FakeHeaderSection } from './docs/container.ts';
export { FakeDriveStore } from './docs/drive-store.ts';
export type { DocumentJSON } from './docs/model.ts';
export { FakeHorizontalRule, FakeListItem, FakePageBreak, FakeParagraph } from './docs/paragraph.ts';
export { FakeTable, FakeTableCell, FakeTableRow } from './docs/table.ts';
export { FakeText } from './docs/text.ts';

const MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";
const CLOSED = 'Document is closed, its contents cannot be updated.';
const PDF = 'application/pdf';

export class FakeDocument {
  private closed = false;
  private readonly handle: DocHandle;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly store: FakeDriveStore,
    private readonly id: string,
  ) {
    const self = this;
    this.handle = {
      ctx,
      get model(): DocModel {
        return self.live();
      },
      call(method: string): void {
        ctx.call('DocumentApp', method);
        if (self.closed) throw new Error(CLOSED);
      },
    };
  }

  private live(): DocModel {
    const d = this.store.doc(this.id);
    if (!d) throw new Error(MISSING);
    return d.live;
  }

  private call(method: string, allowedWhenClosed = false): void {
    this.ctx.call('DocumentApp', `Document.${method}`);
    if (this.closed && !allowedWhenClosed) throw new Error(CLOSED);
  }

  private section(key: 'header' | 'footer', type: SectionNode['type'], create: boolean): SectionNode | null {
    const model = this.live();
    if (!model[key] && create) model[key] = { type, attrs: {}, children: [newParagraph('')] };
    return model[key];
  }

  /** Not a Google method: the document tree as plain data (live state), for tests and the .docx exporter. */
  toJSON(): DocumentJSON {
    return { id: this.id, name: this.store.get(this.id)?.name ?? '', ...cloneNode(this.live()) };
  }

  /** Not a Google method: the tree as Drive last saved it. */
  savedJSON(): DocumentJSON {
    const d = this.store.doc(this.id);
    if (!d) throw new Error(MISSING);
    return { id: this.id, name: this.store.get(this.id)?.name ?? '', ...cloneNode(d.saved) };
  }

  // https://developers.google.com/apps-script/reference/document/document#getId()
  getId(): string {
    this.call('getId', true);
    return this.id;
  }

  // https://developers.google.com/apps-script/reference/document/document#getName()
  getName(): string {
    this.call('getName', true);
    return this.store.get(this.id)?.name ?? '';
  }

  // https://developers.google.com/apps-script/reference/document/document#setName(String)
  setName(name: string): FakeDocument {
    this.call('setName');
    const item = this.store.get(this.id);
    if (item) {
      item.name = String(name);
      this.store.touch(item);
    }
    return this;
  }

  // https://developers.google.com/apps-script/reference/document/document#getUrl()
  getUrl(): string {
    this.call('getUrl', true);
    return `https://docs.google.com/open?id=${this.id}`;
  }

  // https://developers.google.com/apps-script/reference/document/document#getBody()
  getBody(): FakeBody {
    this.call('getBody');
    return wrap<FakeBody>(this.handle, this.live().body, null);
  }

  // https://developers.google.com/apps-script/reference/document/document#getHeader()
  getHeader(): FakeHeaderSection | null {
    this.call('getHeader');
    const s = this.section('header', 'HEADER_SECTION', false);
    return s ? wrap<FakeHeaderSection>(this.handle, s, null) : null;
  }

  // https://developers.google.com/apps-script/reference/document/document#addHeader()
  addHeader(): FakeHeaderSection {
    this.call('addHeader');
    return wrap<FakeHeaderSection>(this.handle, this.section('header', 'HEADER_SECTION', true)!, null);
  }

  // https://developers.google.com/apps-script/reference/document/document#getFooter()
  getFooter(): FakeFooterSection | null {
    this.call('getFooter');
    const s = this.section('footer', 'FOOTER_SECTION', false);
    return s ? wrap<FakeFooterSection>(this.handle, s, null) : null;
  }

  // https://developers.google.com/apps-script/reference/document/document#addFooter()
  addFooter(): FakeFooterSection {
    this.call('addFooter');
    return wrap<FakeFooterSection>(this.handle, this.section('footer', 'FOOTER_SECTION', true)!, null);
  }

  // https://developers.google.com/apps-script/reference/document/document#saveAndClose()
  saveAndClose(): void {
    this.call('saveAndClose');
    this.store.save(this.id);
    this.closed = true;
  }

  // https://developers.google.com/apps-script/reference/document/document#getAs(String)
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.call('getAs', true);
    return documentAs(this.ctx, this.store, this.id, contentType);
  }

  // https://developers.google.com/apps-script/reference/document/document#getBlob()
  getBlob(): GoogleAppsScript.Base.Blob {
    this.call('getBlob', true);
    return documentAs(this.ctx, this.store, this.id, PDF);
  }
}

/** A Google Doc exported as Drive holds it (last saved state); only PDF is offered, as for most Google types. */
export function documentAs(ctx: ServiceContext, store: FakeDriveStore, id: string, contentType: string): FakeDocsBlob {
  const d = store.doc(id);
  const name = store.get(id)?.name ?? '';
  if (!d) throw new Error(MISSING);
  if (contentType !== PDF) throw new Error(`Converting from ${DOCUMENT_MIME} to ${contentType} is not supported.`);
  return new FakeDocsBlob(ctx, renderPdf(d.saved, name), PDF, `${name}.pdf`);
}

export class FakeDocumentApp {
  readonly Attribute = Attribute as unknown as typeof GoogleAppsScript.Document.Attribute;
  readonly ElementType = ElementType as unknown as typeof GoogleAppsScript.Document.ElementType;
  readonly FontFamily = FontFamily as unknown as typeof GoogleAppsScript.Document.FontFamily;
  readonly GlyphType = GlyphType as unknown as typeof GoogleAppsScript.Document.GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment as unknown as typeof GoogleAppsScript.Document.HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading as unknown as typeof GoogleAppsScript.Document.ParagraphHeading;
  readonly PositionedLayout = PositionedLayout as unknown as typeof GoogleAppsScript.Document.PositionedLayout;
  readonly TextAlignment = TextAlignment as unknown as typeof GoogleAppsScript.Document.TextAlignment;
  readonly VerticalAlignment = VerticalAlignment as unknown as typeof GoogleAppsScript.Document.VerticalAlignment;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly fixedStore?: FakeDriveStore,
  ) {}

  private get store(): FakeDriveStore {
    return this.fixedStore ?? FakeDriveStore.of(this.ctx);
  }

  /** Not a Google method: a handle on every Google Doc in the store (for the CLI and exporters). */
  documents(): FakeDocument[] {
    return this.store.documentIds().map((id) => new FakeDocument(this.ctx, this.store, id));
  }

  // https://developers.google.com/apps-script/reference/document/document-app#create(String)
  create(name: string): FakeDocument {
    this.ctx.call('DocumentApp', 'DocumentApp.create');
    const item = this.store.add({ name: String(name), mimeType: DOCUMENT_MIME });
    return new FakeDocument(this.ctx, this.store, item.id);
  }

  // https://developers.google.com/apps-script/reference/document/document-app#openById(String)
  openById(id: string): FakeDocument {
    this.ctx.call('DocumentApp', 'DocumentApp.openById');
    const item = this.store.get(id);
    if (!item || item.mimeType !== DOCUMENT_MIME || !this.store.doc(item.id)) throw new Error(MISSING);
    return new FakeDocument(this.ctx, this.store, item.id);
  }

  // https://developers.google.com/apps-script/reference/document/document-app#openByUrl(String)
  openByUrl(url: string): FakeDocument {
    this.ctx.call('DocumentApp', 'DocumentApp.openByUrl');
    const m = /\/d\/([\w-]+)/.exec(url) ?? /[?&]id=([\w-]+)/.exec(url);
    const item = m ? this.store.get(m[1]) : undefined;
    if (!item || item.mimeType !== DOCUMENT_MIME) throw new Error(MISSING);
    return new FakeDocument(this.ctx, this.store, item.id);
  }

  // https://developers.google.com/apps-script/reference/document/document-app#getActiveDocument()
  getActiveDocument(): FakeDocument | null {
    this.ctx.call('DocumentApp', 'DocumentApp.getActiveDocument');
    return null;
  }

  // https://developers.google.com/apps-script/reference/document/document-app#getUi()
  getUi(): never {
    this.ctx.call('DocumentApp', 'DocumentApp.getUi');
    throw new Error('Cannot call DocumentApp.getUi() from this context.');
  }
}

/** The global `DocumentApp`. Pass the store to pin it; otherwise the context's current FakeDriveStore is used. */
export function createDocumentApp(ctx: ServiceContext, store?: FakeDriveStore): FakeDocumentApp {
  return new FakeDocumentApp(ctx, store);
}
