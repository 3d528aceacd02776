// Defines FakeProtection (a protected sheet or range) and the small User object Google hands back.
// Known differences: protected ranges keep their coordinates when rows or columns are inserted or deleted;
// domain editing and unprotected ranges inside a protected sheet are not modelled.
import type { ServiceContext } from '../context';
import type { ProtectionType } from './enums';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { Rect } from './sheet-data';

const SERVICE = 'SpreadsheetApp';

// https://developers.google.com/apps-script/reference/base/user
export class FakeUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  /** Deprecated alias kept by Google. */
  getUserLoginId(): string {
    return this.email;
  }
}

type Who = string | FakeUser;
const emailOf = (u: Who) => (typeof u === 'string' ? u : u.getEmail()).toLowerCase();

export class FakeProtection {
  private description = '';
  private warningOnly = false;
  private readonly editors: Set<string>;
  removed = false;

  constructor(
    private readonly ctx: ServiceContext,
    readonly type: (typeof ProtectionType)[keyof typeof ProtectionType],
    readonly sheet: FakeSheet,
    /** The protected cells; the whole sheet for SHEET protections. */
    readonly area: Rect | null,
  ) {
    // Until a script changes them, the editors mirror those of the spreadsheet.
    this.editors = new Set(sheet.parent.editorEmails());
  }

  private call(method: string): void {
    this.ctx.call(SERVICE, `Protection.${method}`);
  }

  /** Whether the protection stops `email` from editing (warning-only protections never do). */
  blocks(email: string): boolean {
    if (this.removed || this.warningOnly) return false;
    const e = email.toLowerCase();
    return e !== this.sheet.parent.ownerEmail().toLowerCase() && !this.editors.has(e);
  }

  covers(rect: Rect): boolean {
    const a = this.area;
    if (!a) return true;
    return a.r < rect.r + rect.nr && rect.r < a.r + a.nr && a.c < rect.c + rect.nc && rect.c < a.c + a.nc;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#addEditor(String)
  addEditor(emailAddress: Who): this {
    this.call('addEditor');
    this.editors.add(emailOf(emailAddress));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#addEditors(String)
  addEditors(emailAddresses: string[]): this {
    this.call('addEditors');
    for (const e of emailAddresses) this.editors.add(emailOf(e));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit()
  canEdit(): boolean {
    this.call('canEdit');
    const me = this.ctx.effectiveUser.toLowerCase();
    return me === this.sheet.parent.ownerEmail().toLowerCase() || this.editors.has(me);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#getDescription()
  getDescription(): string {
    this.call('getDescription');
    return this.description;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#getEditors()
  getEditors(): FakeUser[] {
    this.call('getEditors');
    const owner = this.sheet.parent.ownerEmail().toLowerCase();
    return [owner, ...[...this.editors].filter((e) => e !== owner)].map((e) => new FakeUser(e));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#getProtectionType()
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.call('getProtectionType');
    return this.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#getRange()
  getRange(): FakeRange {
    this.call('getRange');
    const a = this.area;
    if (!a) return this.sheet.rangeAt(1, 1, this.sheet.data.maxRows, this.sheet.data.maxColumns);
    return this.sheet.rangeAt(a.r + 1, a.c + 1, a.nr, a.nc);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#isWarningOnly()
  isWarningOnly(): boolean {
    this.call('isWarningOnly');
    return this.warningOnly;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#remove()
  remove(): void {
    this.call('remove');
    this.removed = true;
    const list = this.sheet.protections;
    list.splice(list.indexOf(this), 1);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#removeEditor(String)
  removeEditor(emailAddress: Who): this {
    this.call('removeEditor');
    this.editors.delete(emailOf(emailAddress));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#removeEditors(String)
  removeEditors(emailAddresses: Who[]): this {
    this.call('removeEditors');
    // The owner cannot be removed; Google ignores the attempt.
    for (const e of emailAddresses) this.editors.delete(emailOf(e));
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setDescription(String)
  setDescription(description: string): this {
    this.call('setDescription');
    this.description = description;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)
  setWarningOnly(warningOnly: boolean): this {
    this.call('setWarningOnly');
    this.warningOnly = warningOnly;
    return this;
  }
}
