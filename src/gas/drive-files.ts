// Defines the Drive adapter for reports through the Advanced Drive service v3, which works under the
// narrow `drive.file` scope (files this app created), where DriveApp would need the full `drive` scope.
// https://developers.google.com/apps-script/advanced/drive
// https://developers.google.com/drive/api/reference/rest/v3/files

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOCUMENT_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';

export interface DriveFile {
  id: string;
  url: string;
}

type FilesCollection = NonNullable<NonNullable<typeof Drive>['Files']>;

/** Thrown when the Advanced Drive service is not enabled in the project (appsscript.json). */
export const DRIVE_DISABLED = 'DRIVE_SERVICE_DISABLED';

function files(): FilesCollection {
  if (typeof Drive === 'undefined' || !Drive?.Files) throw new Error(DRIVE_DISABLED);
  return Drive.Files;
}

/** Metadata-only requests pass null for the media argument, as Google's samples do. */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

const asFile = (r: { id?: string; webViewLink?: string }): DriveFile => ({
  id: String(r.id ?? ''),
  url: String(r.webViewLink ?? ''),
});

/** The folder with `id` if it still exists and is not in the trash. */
export function existingFolder(id: string): DriveFile | null {
  if (!id) return null;
  try {
    const f = files().get(id, { fields: 'id,mimeType,trashed,webViewLink' });
    return f.mimeType === FOLDER_MIME && !f.trashed ? asFile(f) : null;
  } catch (e) {
    if (e instanceof Error && e.message === DRIVE_DISABLED) throw e;
    // 404: deleted, or never visible to this app under drive.file.
    return null;
  }
}

export function createFolder(name: string): DriveFile {
  return asFile(files().create({ name, mimeType: FOLDER_MIME }, NO_MEDIA, { fields: 'id,webViewLink' }));
}

/** An empty Google Doc created directly in the folder, so it never has to be moved. */
export function createDocument(folderId: string, name: string): DriveFile {
  return asFile(
    files().create({ name, mimeType: DOCUMENT_MIME, parents: [folderId] }, NO_MEDIA, {
      fields: 'id,webViewLink',
    }),
  );
}

export function uploadPdf(folderId: string, name: string, blob: GoogleAppsScript.Base.Blob): DriveFile {
  return asFile(files().create({ name, mimeType: PDF_MIME, parents: [folderId] }, blob, { fields: 'id,webViewLink' }));
}

/** Moves a file to the trash (recoverable for 30 days); false when it is already gone. */
export function trashFile(id: string): boolean {
  if (!id) return false;
  try {
    files().update({ trashed: true }, id, NO_MEDIA, { fields: 'id' });
    return true;
  } catch (e) {
    if (e instanceof Error && e.message === DRIVE_DISABLED) throw e;
    return false;
  }
}
