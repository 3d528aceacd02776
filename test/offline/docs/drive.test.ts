// Tests the Advanced Drive v3 and DriveApp stand-ins over one shared store, and that documents made by
// DocumentApp are Drive files.
import { beforeEach, describe, expect, it } from 'vitest';
import { createAdvancedDrive, type FakeAdvancedDrive } from '../../../offline/gas/advanced-drive.ts';
import { ServiceContext } from '../../../offline/gas/context.ts';
import { createDocumentApp, type FakeDocumentApp } from '../../../offline/gas/document-app.ts';
import { createDriveApp, type FakeDriveApp, FakeDriveStore } from '../../../offline/gas/drive-app.ts';

const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';

let ctx: ServiceContext;
let Drive: FakeAdvancedDrive;
let DriveApp: FakeDriveApp;
let DocumentApp: FakeDocumentApp;

beforeEach(() => {
  ctx = new ServiceContext();
  const store = new FakeDriveStore(ctx);
  Drive = createAdvancedDrive(ctx, store);
  DriveApp = createDriveApp(ctx, store);
  DocumentApp = createDocumentApp(ctx);
});

describe('Drive v3 folders and moves', () => {
  it('creates a folder in My Drive and returns the default fields', () => {
    const folder = Drive.Files.create({ name: 'Gương Sáng', mimeType: FOLDER });
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(folder).toMatchObject({ kind: 'drive#file', name: 'Gương Sáng', mimeType: FOLDER });
    const got = Drive.Files.get(folder.id!, { fields: 'id,parents' });
    expect(got.parents).toEqual([DriveApp.getRootFolder().getId()]);
  });

  it('moves a document with addParents and removeParents', () => {
    const folder = Drive.Files.create({ name: 'Báo cáo', mimeType: FOLDER });
    const doc = DocumentApp.create('Báo cáo 2023-05');
    const before = Drive.Files.get(doc.getId(), { fields: 'parents' }).parents!;
    const moved = Drive.Files.update({}, doc.getId(), null, {
      addParents: folder.id,
      removeParents: before.join(','),
      fields: 'id,parents,mimeType',
    });
    expect(moved.parents).toEqual([folder.id]);
    expect(moved.mimeType).toBe(DOC);
  });

  it('refuses parents in the update body with Google’s message', () => {
    const f = Drive.Files.create({ name: 'x', mimeType: 'text/plain' });
    expect(() => Drive.Files.update({ parents: ['a'] }, f.id!)).toThrow(
      'API call to drive.files.update failed with error: The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
    );
  });

  it('reports an unknown id as File not found', () => {
    expect(() => Drive.Files.get('missing')).toThrow(
      'API call to drive.files.get failed with error: File not found: missing.',
    );
  });
});

describe('Drive v3 list with q', () => {
  it('filters by parent, name, mimeType and trashed', () => {
    const folder = Drive.Files.create({ name: 'Gương Sáng', mimeType: FOLDER });
    Drive.Files.create({ name: 'Sổ tổng hợp', mimeType: 'text/plain', parents: [folder.id!] });
    const old = Drive.Files.create({ name: 'Sổ tổng hợp', mimeType: 'text/plain', parents: [folder.id!] });
    Drive.Files.update({ trashed: true }, old.id!);
    Drive.Files.create({ name: 'Sổ tổng hợp', mimeType: 'text/plain' });

    const res = Drive.Files.list({
      q: `'${folder.id}' in parents and name = 'Sổ tổng hợp' and mimeType = 'text/plain' and trashed = false`,
      fields: 'files(id,name,trashed),nextPageToken',
    });
    expect(res.files).toHaveLength(1);
    expect(res.files![0]).toEqual({ id: expect.any(String), name: 'Sổ tổng hợp', trashed: false });
    expect(res.nextPageToken).toBeUndefined();
  });

  it('includes trashed files unless the query excludes them', () => {
    const f = Drive.Files.create({ name: 'a', mimeType: 'text/plain' });
    Drive.Files.update({ trashed: true }, f.id!);
    expect(Drive.Files.list({ q: "name = 'a'" }).files).toHaveLength(1);
    expect(Drive.Files.list({ q: "name = 'a' and trashed = false" }).files).toHaveLength(0);
  });

  it('pages with pageSize and pageToken', () => {
    for (let i = 0; i < 5; i++) Drive.Files.create({ name: `f${i}`, mimeType: 'text/plain' });
    const first = Drive.Files.list({ pageSize: 2, q: "mimeType = 'text/plain'" });
    expect(first.files!.map((f) => f.name)).toEqual(['f0', 'f1']);
    const second = Drive.Files.list({ pageSize: 2, pageToken: first.nextPageToken, q: "mimeType = 'text/plain'" });
    expect(second.files!.map((f) => f.name)).toEqual(['f2', 'f3']);
  });

  it('handles escaped quotes and rejects unsupported queries', () => {
    Drive.Files.create({ name: "Bà Ngô's", mimeType: 'text/plain' });
    expect(Drive.Files.list({ q: "name = 'Bà Ngô\\'s'" }).files).toHaveLength(1);
    expect(() => Drive.Files.list({ q: "modifiedTime > '2023-01-01'" })).toThrow('Invalid Value');
  });

  it('copies a document with its saved content and removes files for good', () => {
    const doc = DocumentApp.create('Mẫu');
    doc.getBody().appendParagraph('nội dung');
    doc.saveAndClose();
    const copy = Drive.Files.copy({ name: 'Bản sao' }, doc.getId());
    expect(DocumentApp.openById(copy.id!).getBody().getText()).toBe('\nnội dung');
    Drive.Files.remove(copy.id!);
    expect(() => Drive.Files.get(copy.id!)).toThrow('File not found');
  });
});

describe('DriveApp', () => {
  const MESSAGE =
    'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

  it('throws Google’s message for an unknown id', () => {
    expect(() => DriveApp.getFileById('nope')).toThrow(MESSAGE);
    expect(() => DriveApp.getFolderById('nope')).toThrow(MESSAGE);
  });

  it('creates folders and files and finds them by name with iterators', () => {
    const folder = DriveApp.createFolder('Gương Sáng');
    const file = folder.createFile('ghi-chu.txt', 'xin chào', 'text/plain');
    const it1 = DriveApp.getFoldersByName('Gương Sáng');
    expect(it1.hasNext()).toBe(true);
    expect(it1.next().getId()).toBe(folder.getId());
    expect(it1.hasNext()).toBe(false);
    expect(() => it1.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
    expect(file.getBlob().getDataAsString()).toBe('xin chào');
    expect(file.getParents().next().getId()).toBe(folder.getId());
  });

  it('sees a DocumentApp document as a Google Docs file and exports it as PDF', () => {
    const doc = DocumentApp.create('Báo cáo');
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getMimeType()).toBe(DOC);
    const blob = file.getAs('application/pdf');
    expect(blob.getContentType()).toBe('application/pdf');
    expect(blob.getName()).toBe('Báo cáo.pdf');
  });

  it('moves, copies and trashes files', () => {
    const folder = DriveApp.createFolder('Đích');
    const file = DriveApp.createFile('a.txt', 'x');
    file.moveTo(folder);
    expect(folder.getFiles().next().getId()).toBe(file.getId());
    const copy = file.makeCopy('b.txt', folder);
    expect(copy.getName()).toBe('b.txt');
    copy.setTrashed(true);
    expect(copy.isTrashed()).toBe(true);
    expect(ctx.calls.count('DriveApp', 'File.setTrashed')).toBe(1);
  });
});
