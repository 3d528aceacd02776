// Defines the Advanced Drive service v3 stand-in (createAdvancedDrive): the global `Drive` with Drive.Files
// create/get/update/list/remove/copy over the shared FakeDriveStore. Works under the `drive.file` scope
// (SPEC §11), so the app prefers it to DriveApp.
//
// Known differences from Google's Drive API v3 through Apps Script:
// - The q language supports a subset: "'<id>' in parents", "name = / != / contains '…'",
//   "mimeType = / != '…'", "trashed = true|false", joined by "and". Anything else fails with "Invalid Value".
// - Uploading media with a Google Docs mimeType does not convert it: an empty Google Doc is made.
// - `fields` is checked only at the top level (and inside files(…) for list); nested selections are ignored.
// - List order is creation order (Google's default order is unspecified without orderBy); orderBy is ignored.
// - No shared drives, permissions, revisions, alt=media downloads or export.
import type { ServiceContext } from './context.ts';
import { blobBytes } from './docs/blob.ts';
import { DOCUMENT_MIME, type DriveItem, type FakeDriveStore, FOLDER_MIME } from './docs/drive-store.ts';

export { FakeDriveStore } from './docs/drive-store.ts';

/** A Drive v3 File resource as Apps Script returns it (plain object). */
export interface DriveFileResource {
  kind?: string;
  id?: string;
  name?: string;
  mimeType?: string;
  parents?: string[];
  trashed?: boolean;
  createdTime?: string;
  modifiedTime?: string;
  description?: string;
  webViewLink?: string;
  size?: string;
}

export interface DriveFileList {
  kind?: string;
  incompleteSearch?: boolean;
  nextPageToken?: string;
  files?: DriveFileResource[];
}

interface ListArgs {
  q?: string;
  fields?: string;
  pageSize?: number;
  pageToken?: string;
  orderBy?: string;
  supportsAllDrives?: boolean;
  includeItemsFromAllDrives?: boolean;
}

interface UpdateArgs {
  addParents?: string;
  removeParents?: string;
  fields?: string;
  supportsAllDrives?: boolean;
}

const FILE_FIELDS = [
  'kind',
  'id',
  'name',
  'mimeType',
  'parents',
  'trashed',
  'createdTime',
  'modifiedTime',
  'description',
  'webViewLink',
  'size',
] as const;
const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

/** Errors of advanced services carry Google's "API call to … failed with error: …" wording. */
export class GoogleJsonResponseException extends Error {
  constructor(
    method: string,
    message: string,
    readonly details: { code: number; message: string },
  ) {
    super(`API call to drive.files.${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
  }
}

function fail(method: string, code: number, message: string): never {
  throw new GoogleJsonResponseException(method, message, { code, message });
}

/** Splits "a,b(c,d),e" at top-level commas. */
function topLevel(fields: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of fields) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function fileFields(method: string, fields: string | undefined): string[] {
  if (!fields) return DEFAULT_FIELDS;
  const list = topLevel(fields).map((f) => f.replace(/\(.*\)$/, '').split('/')[0]);
  if (list.includes('*')) return [...FILE_FIELDS];
  for (const f of list) {
    if (!(FILE_FIELDS as readonly string[]).includes(f)) fail(method, 400, `Invalid field selection ${f}`);
  }
  return list;
}

function resource(item: DriveItem, fields: string[]): DriveFileResource {
  const full: Required<DriveFileResource> = {
    kind: 'drive#file',
    id: item.id,
    name: item.name,
    mimeType: item.mimeType,
    parents: [...item.parents],
    trashed: item.trashed,
    createdTime: item.createdTime,
    modifiedTime: item.modifiedTime,
    description: item.description,
    webViewLink:
      item.mimeType === DOCUMENT_MIME
        ? `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`
        : item.mimeType === FOLDER_MIME
          ? `https://drive.google.com/drive/folders/${item.id}`
          : `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`,
    size: String(item.content?.length ?? 0),
  };
  const out: DriveFileResource = {};
  for (const f of fields) (out as Record<string, unknown>)[f] = full[f as keyof DriveFileResource];
  if (item.mimeType === FOLDER_MIME || item.mimeType === DOCUMENT_MIME) delete out.size;
  if (!item.description) delete out.description;
  return out;
}

type Term = (item: DriveItem) => boolean;

/** Parses the supported subset of Drive's query language into predicates joined by "and". */
function parseQuery(store: FakeDriveStore, q: string): Term[] {
  const tokens: string[] = [];
  const re = /\s*('(?:[^'\\]|\\.)*'|!=|=|[A-Za-z]+)/y;
  let m: RegExpExecArray | null;
  let pos = 0;
  const src = q.trim();
  while (pos < src.length) {
    re.lastIndex = pos;
    m = re.exec(src);
    if (!m) fail('list', 400, 'Invalid Value');
    tokens.push(m[1]);
    pos = re.lastIndex;
    while (src[pos] === ' ') pos++;
  }
  const unquote = (t: string): string => {
    if (!/^'.*'$/.test(t)) fail('list', 400, 'Invalid Value');
    return t.slice(1, -1).replace(/\\(.)/g, '$1');
  };
  const terms: Term[] = [];
  let i = 0;
  while (i < tokens.length) {
    const [a, op, b] = tokens.slice(i, i + 3);
    if (a?.startsWith("'") && op === 'in' && b === 'parents') {
      const id = store.resolve(unquote(a));
      terms.push((it) => it.parents.includes(id));
    } else if (
      (a === 'name' || a === 'mimeType') &&
      (op === '=' || op === '!=' || (a === 'name' && op === 'contains'))
    ) {
      const v = unquote(b ?? '');
      const key = a;
      if (op === '=') terms.push((it) => it[key] === v);
      else if (op === '!=') terms.push((it) => it[key] !== v);
      else terms.push((it) => it.name.includes(v));
    } else if (a === 'trashed' && op === '=' && (b === 'true' || b === 'false')) {
      const want = b === 'true';
      terms.push((it) => it.trashed === want);
    } else {
      fail('list', 400, 'Invalid Value');
    }
    i += 3;
    if (i < tokens.length) {
      if (tokens[i] !== 'and') fail('list', 400, 'Invalid Value');
      i++;
      if (i >= tokens.length) fail('list', 400, 'Invalid Value');
    }
  }
  return terms;
}

export class FakeDriveFiles {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly store: FakeDriveStore,
  ) {}

  private found(method: string, fileId: string): DriveItem {
    const item = this.store.get(fileId);
    if (!item || item.id === this.store.rootId) fail(method, 404, `File not found: ${fileId}.`);
    return item;
  }

  // https://developers.google.com/drive/api/reference/rest/v3/files/create
  create(
    res: DriveFileResource,
    mediaData?: GoogleAppsScript.Base.Blob | null,
    optionalArgs?: { fields?: string },
  ): DriveFileResource {
    this.ctx.call('Drive', 'Files.create');
    const fields = fileFields('create', optionalArgs?.fields);
    const parents = res.parents?.length ? res.parents : undefined;
    for (const p of parents ?? []) {
      const parent = this.store.get(p);
      if (!parent) fail('create', 404, `File not found: ${p}.`);
    }
    const mimeType = res.mimeType ?? mediaData?.getContentType() ?? 'application/octet-stream';
    const item = this.store.add({
      name: res.name ?? mediaData?.getName() ?? 'Untitled',
      mimeType,
      parents,
      description: res.description ?? '',
      content: mediaData && mimeType !== DOCUMENT_MIME && mimeType !== FOLDER_MIME ? blobBytes(mediaData) : null,
    });
    return resource(item, fields);
  }

  // https://developers.google.com/drive/api/reference/rest/v3/files/get
  get(fileId: string, optionalArgs?: { fields?: string }): DriveFileResource {
    this.ctx.call('Drive', 'Files.get');
    const fields = fileFields('get', optionalArgs?.fields);
    return resource(this.found('get', fileId), fields);
  }

  // https://developers.google.com/drive/api/reference/rest/v3/files/update
  update(
    res: DriveFileResource,
    fileId: string,
    mediaData?: GoogleAppsScript.Base.Blob | null,
    optionalArgs?: UpdateArgs,
  ): DriveFileResource {
    this.ctx.call('Drive', 'Files.update');
    const fields = fileFields('update', optionalArgs?.fields);
    const item = this.found('update', fileId);
    if (res.parents !== undefined) {
      fail(
        'update',
        403,
        'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
      );
    }
    const split = (s?: string) =>
      (s ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    const add = split(optionalArgs?.addParents).map((p) => {
      const parent = this.store.get(p);
      if (!parent) fail('update', 404, `File not found: ${p}.`);
      return parent.id;
    });
    const remove = split(optionalArgs?.removeParents).map((p) => this.store.resolve(p));
    if (res.name !== undefined) item.name = String(res.name);
    if (res.description !== undefined) item.description = String(res.description);
    if (res.trashed !== undefined) item.trashed = Boolean(res.trashed);
    if (res.mimeType !== undefined && res.mimeType !== item.mimeType) {
      fail('update', 403, 'The mimeType field is not directly writable for this file.');
    }
    item.parents = [
      ...item.parents.filter((p) => !remove.includes(p)),
      ...add.filter((p) => !item.parents.includes(p)),
    ];
    if (mediaData && item.mimeType !== DOCUMENT_MIME && item.mimeType !== FOLDER_MIME)
      item.content = blobBytes(mediaData);
    this.store.touch(item);
    return resource(item, fields);
  }

  // https://developers.google.com/drive/api/reference/rest/v3/files/list
  list(optionalArgs: ListArgs = {}): DriveFileList {
    this.ctx.call('Drive', 'Files.list');
    const pageSize = optionalArgs.pageSize ?? 100;
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) fail('list', 400, 'Invalid Value');
    const terms = optionalArgs.q ? parseQuery(this.store, optionalArgs.q) : [];
    const all = this.store.all().filter((it) => it.id !== this.store.rootId && terms.every((t) => t(it)));
    const start = optionalArgs.pageToken ? Number(optionalArgs.pageToken.replace(/^p/, '')) : 0;
    if (!Number.isInteger(start) || start < 0) fail('list', 400, 'Invalid Value');
    const page = all.slice(start, start + pageSize);
    const next = start + pageSize < all.length ? `p${start + pageSize}` : undefined;

    let listFields = ['kind', 'incompleteSearch', 'nextPageToken', 'files'];
    let fileSel: string[] = DEFAULT_FIELDS;
    if (optionalArgs.fields) {
      listFields = [];
      for (const f of topLevel(optionalArgs.fields)) {
        const fm = /^files(?:\((.*)\))?$/.exec(f);
        if (fm) {
          listFields.push('files');
          fileSel = fm[1] ? fileFields('list', fm[1]) : [...FILE_FIELDS];
        } else if (['kind', 'incompleteSearch', 'nextPageToken'].includes(f)) listFields.push(f);
        else if (f === '*') {
          listFields = ['kind', 'incompleteSearch', 'nextPageToken', 'files'];
          fileSel = [...FILE_FIELDS];
        } else fail('list', 400, `Invalid field selection ${f}`);
      }
    }
    const out: DriveFileList = {};
    if (listFields.includes('kind')) out.kind = 'drive#fileList';
    if (listFields.includes('incompleteSearch')) out.incompleteSearch = false;
    if (listFields.includes('nextPageToken') && next) out.nextPageToken = next;
    if (listFields.includes('files')) out.files = page.map((it) => resource(it, fileSel));
    return out;
  }

  // https://developers.google.com/drive/api/reference/rest/v3/files/delete
  remove(fileId: string): void {
    this.ctx.call('Drive', 'Files.remove');
    this.found('delete', fileId);
    this.store.remove(fileId);
  }

  // https://developers.google.com/drive/api/reference/rest/v3/files/copy
  copy(res: DriveFileResource, fileId: string, optionalArgs?: { fields?: string }): DriveFileResource {
    this.ctx.call('Drive', 'Files.copy');
    const fields = fileFields('copy', optionalArgs?.fields);
    const src = this.found('copy', fileId);
    if (src.mimeType === FOLDER_MIME) fail('copy', 403, 'This file cannot be copied by the user.');
    const copy = this.store.copy(src.id, res.name ?? `Copy of ${src.name}`, res.parents?.length ? res.parents : null);
    if (res.description !== undefined) copy.description = res.description;
    return resource(copy, fields);
  }
}

export class FakeAdvancedDrive {
  readonly Files: FakeDriveFiles;
  constructor(ctx: ServiceContext, store: FakeDriveStore) {
    this.Files = new FakeDriveFiles(ctx, store);
  }
}

/** The global `Drive` (Advanced Drive service, v3). */
export function createAdvancedDrive(ctx: ServiceContext, store: FakeDriveStore): FakeAdvancedDrive {
  return new FakeAdvancedDrive(ctx, store);
}
