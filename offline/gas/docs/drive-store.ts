// Defines FakeDriveStore: the one in-memory Drive shared by DocumentApp, DriveApp and the Advanced Drive
// service of a run — files, folders, their parents, blob contents, and for Google Docs the live and last-saved
// document trees.
import type { ServiceContext } from '../context.ts';
import { cloneNode, type DocModel, newDocModel } from './model.ts';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOCUMENT_MIME = 'application/vnd.google-apps.document';

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  createdTime: string;
  modifiedTime: string;
  description: string;
  /** Bytes of an uploaded file; null for folders and Google Docs. */
  content: Uint8Array | null;
  owner: string;
}

interface DocState {
  /** The tree scripts edit. */
  live: DocModel;
  /** What Drive holds: updated by saveAndClose and at the end of an execution (`flush`). */
  saved: DocModel;
}

const stores = new WeakMap<ServiceContext, FakeDriveStore>();

export class FakeDriveStore {
  private readonly items = new Map<string, DriveItem>();
  private readonly docs = new Map<string, DocState>();
  readonly rootId: string;

  constructor(private readonly ctx: ServiceContext) {
    // The latest store made for a context is the one DocumentApp uses (createDocumentApp takes only ctx).
    stores.set(ctx, this);
    this.rootId = ctx.nextId('0AdriveRoot');
    this.items.set(this.rootId, this.item({ id: this.rootId, name: 'My Drive', mimeType: FOLDER_MIME, parents: [] }));
  }

  /** The store registered for a context, made on first use. */
  static of(ctx: ServiceContext): FakeDriveStore {
    return stores.get(ctx) ?? new FakeDriveStore(ctx);
  }

  private item(p: Partial<DriveItem> & Pick<DriveItem, 'id' | 'name' | 'mimeType'>): DriveItem {
    const now = this.ctx.clock.now().toISOString();
    return {
      parents: [],
      trashed: false,
      createdTime: now,
      modifiedTime: now,
      description: '',
      content: null,
      owner: this.ctx.effectiveUser,
      ...p,
    };
  }

  /** 'root' is Drive's alias for My Drive. */
  resolve(id: string): string {
    return id === 'root' ? this.rootId : id;
  }

  get(id: string): DriveItem | undefined {
    return this.items.get(this.resolve(String(id)));
  }

  all(): DriveItem[] {
    return [...this.items.values()];
  }

  children(folderId: string): DriveItem[] {
    const id = this.resolve(folderId);
    return this.all().filter((i) => i.parents.includes(id));
  }

  add(p: Partial<DriveItem> & Pick<DriveItem, 'name' | 'mimeType'>): DriveItem {
    const id = p.id ?? this.ctx.nextId(p.mimeType === FOLDER_MIME ? '1Fold' : '1File');
    const item = this.item({ ...p, id, parents: p.parents ?? [this.rootId] });
    item.parents = item.parents.map((x) => this.resolve(x));
    this.items.set(id, item);
    if (item.mimeType === DOCUMENT_MIME && !this.docs.has(id)) {
      const model = newDocModel();
      this.docs.set(id, { live: model, saved: cloneNode(model) });
    }
    return item;
  }

  touch(item: DriveItem): void {
    item.modifiedTime = this.ctx.clock.now().toISOString();
  }

  /** Permanently deletes an item; a folder's children lose it as a parent (Drive v3 semantics for owners). */
  remove(id: string): void {
    const rid = this.resolve(id);
    this.items.delete(rid);
    this.docs.delete(rid);
    for (const child of this.all()) {
      if (child.parents.includes(rid)) {
        child.parents = child.parents.filter((p) => p !== rid);
        if (child.parents.length === 0) this.remove(child.id);
      }
    }
  }

  copy(id: string, name: string, parents: string[] | null): DriveItem {
    const src = this.get(id);
    if (!src) throw new Error(`No such item ${id}`);
    const copy = this.add({
      name,
      mimeType: src.mimeType,
      parents: parents ?? [...src.parents],
      description: src.description,
      content: src.content ? Uint8Array.from(src.content) : null,
    });
    const doc = this.docs.get(src.id);
    if (doc) this.docs.set(copy.id, { live: cloneNode(doc.saved), saved: cloneNode(doc.saved) });
    return copy;
  }

  /** The document trees of a Google Doc, or undefined when the id is not one. */
  doc(id: string): DocState | undefined {
    return this.docs.get(this.resolve(id));
  }

  save(id: string): void {
    const d = this.doc(id);
    const item = this.get(id);
    if (!d || !item) return;
    d.saved = cloneNode(d.live);
    this.touch(item);
  }

  /** End of a script execution: Google saves every open document. The offline runtime calls this after each run. */
  flush(): void {
    for (const id of this.docs.keys()) this.save(id);
  }

  documentIds(): string[] {
    return [...this.docs.keys()];
  }
}
