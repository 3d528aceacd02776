// Defines the DriveApp stand-in (createDriveApp) with File, Folder and their iterators, over the shared
// FakeDriveStore. DriveApp needs the full `drive` scope (SPEC §11); the app prefers the Advanced Drive service.
//
// Known differences from Google's DriveApp:
// - Search methods (getFiles, getFilesByName…) include trashed items, as Google's do, in creation order
//   (Google's order is unspecified).
// - No sharing, permissions, owners other than the effective user, shortcuts, or search queries (searchFiles).
// - makeCopy of a Google Doc copies its last saved state.
// - File.getBlob()/getAs() of a Google Doc give a PDF (see docs/pdf.ts); other conversions throw.
import type { ServiceContext } from './context.ts';
import { blobBytes, FakeDocsBlob } from './docs/blob.ts';
import { DOCUMENT_MIME, type DriveItem, type FakeDriveStore, FOLDER_MIME } from './docs/drive-store.ts';
import { documentAs } from './document-app.ts';

export { FakeDriveStore } from './docs/drive-store.ts';

const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
const END = 'Cannot retrieve the next object: iterator has reached the end.';

abstract class FakeIterator<T> {
  private i = 0;
  constructor(
    protected readonly ctx: ServiceContext,
    private readonly cls: string,
    private readonly items: T[],
  ) {}
  // https://developers.google.com/apps-script/reference/drive/file-iterator#hasNext()
  hasNext(): boolean {
    this.ctx.call('DriveApp', `${this.cls}.hasNext`);
    return this.i < this.items.length;
  }
  // https://developers.google.com/apps-script/reference/drive/file-iterator#next()
  next(): T {
    this.ctx.call('DriveApp', `${this.cls}.next`);
    if (this.i >= this.items.length) throw new Error(END);
    return this.items[this.i++];
  }
  // https://developers.google.com/apps-script/reference/drive/file-iterator#getContinuationToken()
  getContinuationToken(): string {
    this.ctx.call('DriveApp', `${this.cls}.getContinuationToken`);
    return `offset:${this.i}`;
  }
}
export class FakeFileIterator extends FakeIterator<FakeFile> {}
export class FakeFolderIterator extends FakeIterator<FakeFolder> {}

abstract class FakeDriveItem {
  constructor(
    protected readonly ctx: ServiceContext,
    protected readonly store: FakeDriveStore,
    readonly id: string,
    private readonly cls: 'File' | 'Folder',
  ) {}

  protected call(method: string): DriveItem {
    this.ctx.call('DriveApp', `${this.cls}.${method}`);
    const item = this.store.get(this.id);
    if (!item) throw new Error(NOT_FOUND);
    return item;
  }

  // https://developers.google.com/apps-script/reference/drive/file#getId()
  getId(): string {
    return this.call('getId').id;
  }
  // https://developers.google.com/apps-script/reference/drive/file#getName()
  getName(): string {
    return this.call('getName').name;
  }
  // https://developers.google.com/apps-script/reference/drive/file#setName(String)
  setName(name: string): this {
    const item = this.call('setName');
    item.name = String(name);
    this.store.touch(item);
    return this;
  }
  // https://developers.google.com/apps-script/reference/drive/file#getDescription()
  getDescription(): string | null {
    return this.call('getDescription').description || null;
  }
  // https://developers.google.com/apps-script/reference/drive/file#setDescription(String)
  setDescription(description: string): this {
    const item = this.call('setDescription');
    item.description = String(description);
    return this;
  }
  // https://developers.google.com/apps-script/reference/drive/file#isTrashed()
  isTrashed(): boolean {
    return this.call('isTrashed').trashed;
  }
  // https://developers.google.com/apps-script/reference/drive/file#setTrashed(Boolean)
  setTrashed(trashed: boolean): this {
    const item = this.call('setTrashed');
    item.trashed = Boolean(trashed);
    this.store.touch(item);
    return this;
  }
  // https://developers.google.com/apps-script/reference/drive/file#getDateCreated()
  getDateCreated(): Date {
    return new Date(this.call('getDateCreated').createdTime);
  }
  // https://developers.google.com/apps-script/reference/drive/file#getLastUpdated()
  getLastUpdated(): Date {
    return new Date(this.call('getLastUpdated').modifiedTime);
  }
  // https://developers.google.com/apps-script/reference/drive/file#getParents()
  getParents(): FakeFolderIterator {
    const item = this.call('getParents');
    const parents = item.parents.filter((p) => this.store.get(p)).map((p) => new FakeFolder(this.ctx, this.store, p));
    return new FakeFolderIterator(this.ctx, 'FolderIterator', parents);
  }
  // https://developers.google.com/apps-script/reference/drive/file#moveTo(Folder)
  moveTo(destination: FakeFolder): this {
    const item = this.call('moveTo');
    if (!this.store.get(destination.id)) throw new Error(NOT_FOUND);
    item.parents = [this.store.resolve(destination.id)];
    this.store.touch(item);
    return this;
  }
}

export class FakeFile extends FakeDriveItem {
  constructor(ctx: ServiceContext, store: FakeDriveStore, id: string) {
    super(ctx, store, id, 'File');
  }

  // https://developers.google.com/apps-script/reference/drive/file#getMimeType()
  getMimeType(): string {
    return this.call('getMimeType').mimeType;
  }
  // https://developers.google.com/apps-script/reference/drive/file#getSize()
  getSize(): number {
    return this.call('getSize').content?.length ?? 0;
  }
  // https://developers.google.com/apps-script/reference/drive/file#getUrl()
  getUrl(): string {
    const item = this.call('getUrl');
    return item.mimeType === DOCUMENT_MIME
      ? `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`
      : `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
  }
  // https://developers.google.com/apps-script/reference/drive/file#getBlob()
  getBlob(): GoogleAppsScript.Base.Blob {
    const item = this.call('getBlob');
    if (item.mimeType === DOCUMENT_MIME) return documentAs(this.ctx, this.store, item.id, 'application/pdf');
    return new FakeDocsBlob(this.ctx, item.content ?? new Uint8Array(), item.mimeType, item.name);
  }
  // https://developers.google.com/apps-script/reference/drive/file#getAs(String)
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const item = this.call('getAs');
    if (item.mimeType === DOCUMENT_MIME) return documentAs(this.ctx, this.store, item.id, contentType);
    return new FakeDocsBlob(this.ctx, item.content ?? new Uint8Array(), item.mimeType, item.name).getAs(contentType);
  }
  // https://developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder)
  makeCopy(name?: string | FakeFolder, destination?: FakeFolder): FakeFile {
    const item = this.call('makeCopy');
    const folder = typeof name === 'object' ? name : destination;
    const newName = typeof name === 'string' ? name : `Copy of ${item.name}`;
    const copy = this.store.copy(item.id, newName, folder ? [folder.id] : null);
    return new FakeFile(this.ctx, this.store, copy.id);
  }
}

export class FakeFolder extends FakeDriveItem {
  constructor(ctx: ServiceContext, store: FakeDriveStore, id: string) {
    super(ctx, store, id, 'Folder');
  }

  private kids(method: string, want: 'file' | 'folder', name?: string): DriveItem[] {
    const item = this.call(method);
    return this.store
      .children(item.id)
      .filter((c) => (c.mimeType === FOLDER_MIME) === (want === 'folder'))
      .filter((c) => name === undefined || c.name === name);
  }

  // https://developers.google.com/apps-script/reference/drive/folder#getUrl()
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.call('getUrl').id}`;
  }
  // https://developers.google.com/apps-script/reference/drive/folder#createFolder(String)
  createFolder(name: string): FakeFolder {
    const item = this.call('createFolder');
    const f = this.store.add({ name: String(name), mimeType: FOLDER_MIME, parents: [item.id] });
    return new FakeFolder(this.ctx, this.store, f.id);
  }
  // https://developers.google.com/apps-script/reference/drive/folder#createFile(BlobSource)
  createFile(blobOrName: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): FakeFile {
    const item = this.call('createFile');
    return new FakeFile(this.ctx, this.store, addFile(this.store, item.id, blobOrName, content, mimeType).id);
  }
  // https://developers.google.com/apps-script/reference/drive/folder#getFiles()
  getFiles(): FakeFileIterator {
    const files = this.kids('getFiles', 'file').map((c) => new FakeFile(this.ctx, this.store, c.id));
    return new FakeFileIterator(this.ctx, 'FileIterator', files);
  }
  // https://developers.google.com/apps-script/reference/drive/folder#getFolders()
  getFolders(): FakeFolderIterator {
    const folders = this.kids('getFolders', 'folder').map((c) => new FakeFolder(this.ctx, this.store, c.id));
    return new FakeFolderIterator(this.ctx, 'FolderIterator', folders);
  }
  // https://developers.google.com/apps-script/reference/drive/folder#getFilesByName(String)
  getFilesByName(name: string): FakeFileIterator {
    const files = this.kids('getFilesByName', 'file', name).map((c) => new FakeFile(this.ctx, this.store, c.id));
    return new FakeFileIterator(this.ctx, 'FileIterator', files);
  }
  // https://developers.google.com/apps-script/reference/drive/folder#getFoldersByName(String)
  getFoldersByName(name: string): FakeFolderIterator {
    const folders = this.kids('getFoldersByName', 'folder', name).map(
      (c) => new FakeFolder(this.ctx, this.store, c.id),
    );
    return new FakeFolderIterator(this.ctx, 'FolderIterator', folders);
  }
  // https://developers.google.com/apps-script/reference/drive/folder#addFile(File)
  addFile(child: FakeFile): FakeFolder {
    const item = this.call('addFile');
    const c = this.store.get(child.id);
    if (!c) throw new Error(NOT_FOUND);
    if (!c.parents.includes(item.id)) c.parents.push(item.id);
    return this;
  }
  // https://developers.google.com/apps-script/reference/drive/folder#removeFile(File)
  removeFile(child: FakeFile): FakeFolder {
    const item = this.call('removeFile');
    const c = this.store.get(child.id);
    if (!c) throw new Error(NOT_FOUND);
    c.parents = c.parents.filter((p) => p !== item.id);
    return this;
  }
}

function addFile(
  store: FakeDriveStore,
  parentId: string,
  blobOrName: GoogleAppsScript.Base.BlobSource | string,
  content?: string,
  mimeType?: string,
): DriveItem {
  if (typeof blobOrName === 'string') {
    return store.add({
      name: blobOrName,
      mimeType: mimeType ?? 'text/plain',
      parents: [parentId],
      content: new TextEncoder().encode(content ?? ''),
    });
  }
  const blob = blobOrName.getBlob();
  return store.add({
    name: blob.getName() ?? 'Untitled',
    mimeType: blob.getContentType() ?? 'application/octet-stream',
    parents: [parentId],
    content: blobBytes(blob),
  });
}

export class FakeDriveApp {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly store: FakeDriveStore,
  ) {}

  private call(method: string): void {
    this.ctx.call('DriveApp', `DriveApp.${method}`);
  }

  private search(want: 'file' | 'folder', name?: string): DriveItem[] {
    return this.store
      .all()
      .filter((i) => i.id !== this.store.rootId)
      .filter((i) => (i.mimeType === FOLDER_MIME) === (want === 'folder'))
      .filter((i) => name === undefined || i.name === name);
  }

  // https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
  getFileById(id: string): FakeFile {
    this.call('getFileById');
    const item = this.store.get(id);
    if (!item) throw new Error(NOT_FOUND);
    return new FakeFile(this.ctx, this.store, item.id);
  }
  // https://developers.google.com/apps-script/reference/drive/drive-app#getFolderById(String)
  getFolderById(id: string): FakeFolder {
    this.call('getFolderById');
    const item = this.store.get(id);
    if (!item || item.mimeType !== FOLDER_MIME) throw new Error(NOT_FOUND);
    return new FakeFolder(this.ctx, this.store, item.id);
  }
  // https://developers.google.com/apps-script/reference/drive/drive-app#getRootFolder()
  getRootFolder(): FakeFolder {
    this.call('getRootFolder');
    return new FakeFolder(this.ctx, this.store, this.store.rootId);
  }
  // https://developers.google.com/apps-script/reference/drive/drive-app#createFolder(String)
  createFolder(name: string): FakeFolder {
    this.call('createFolder');
    const f = this.store.add({ name: String(name), mimeType: FOLDER_MIME });
    return new FakeFolder(this.ctx, this.store, f.id);
  }
  // https://developers.google.com/apps-script/reference/drive/drive-app#createFile(BlobSource)
  createFile(blobOrName: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): FakeFile {
    this.call('createFile');
    return new FakeFile(this.ctx, this.store, addFile(this.store, this.store.rootId, blobOrName, content, mimeType).id);
  }
  // https://developers.google.com/apps-script/reference/drive/drive-app#getFiles()
  getFiles(): FakeFileIterator {
    this.call('getFiles');
    return new FakeFileIterator(
      this.ctx,
      'FileIterator',
      this.search('file').map((i) => new FakeFile(this.ctx, this.store, i.id)),
    );
  }
  // https://developers.google.com/apps-script/reference/drive/drive-app#getFolders()
  getFolders(): FakeFolderIterator {
    this.call('getFolders');
    const folders = this.search('folder').map((i) => new FakeFolder(this.ctx, this.store, i.id));
    return new FakeFolderIterator(this.ctx, 'FolderIterator', folders);
  }
  // https://developers.google.com/apps-script/reference/drive/drive-app#getFilesByName(String)
  getFilesByName(name: string): FakeFileIterator {
    this.call('getFilesByName');
    const files = this.search('file', name).map((i) => new FakeFile(this.ctx, this.store, i.id));
    return new FakeFileIterator(this.ctx, 'FileIterator', files);
  }
  // https://developers.google.com/apps-script/reference/drive/drive-app#getFoldersByName(String)
  getFoldersByName(name: string): FakeFolderIterator {
    this.call('getFoldersByName');
    const folders = this.search('folder', name).map((i) => new FakeFolder(this.ctx, this.store, i.id));
    return new FakeFolderIterator(this.ctx, 'FolderIterator', folders);
  }
}

/** The global `DriveApp`. */
export function createDriveApp(ctx: ServiceContext, store: FakeDriveStore): FakeDriveApp {
  return new FakeDriveApp(ctx, store);
}
