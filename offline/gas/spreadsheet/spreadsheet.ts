// Defines FakeSpreadsheet: its sheets, locale and time zone (which drive value coercion), owner and
// editors, toasts, and the 10-million-cell limit.
// Known differences:
// - Sheet names compare case-insensitively, as in Sheets; names are not otherwise validated.
// - The first sheet is named after the locale ("Trang tính1" in Vietnamese, "Sheet1" otherwise);
//   Google uses the creator's interface language.
// - Ids are deterministic ("1SS…"), not Google's 44-character ids.
import type { ServiceContext } from '../context';
import { parseA1 } from './a1';
import type { CellEnv } from './coerce';
import { localeInfo } from './locale';
import { fail, MSG, WORKBOOK_CELL_LIMIT } from './messages';
import type { FakeProtection } from './protection';
import { FakeUser } from './protection';
import type { FakeRange } from './range';
import type { Mirror } from './shape';
import { FakeSheet } from './sheet';
import type { SheetHost } from './sheet-data';
import { FakeTextFinder } from './text-finder';
import { isValidTimeZone } from './time-zone';

const SERVICE = 'SpreadsheetApp';

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

type Methods =
  | 'createTextFinder'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'getEditors'
  | 'getId'
  | 'getName'
  | 'getNumSheets'
  | 'getOwner'
  | 'getProtections'
  | 'getRange'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'rename'
  | 'setActiveSheet'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast';

export class FakeSpreadsheet implements SheetHost, Mirror<GoogleAppsScript.Spreadsheet.Spreadsheet, Methods> {
  readonly id: string;
  readonly toasts: Toast[] = [];
  private readonly sheets: FakeSheet[] = [];
  private activeSheet: FakeSheet | null = null;
  private activeRange: FakeRange | null = null;
  private readonly owner: string;
  private readonly editors = new Set<string>();
  private sheetIdSeq = 0;
  private chartIdSeq = 0;
  private cellEnv: CellEnv;

  constructor(
    private readonly ctx: ServiceContext,
    public name: string,
    private locale = 'vi_VN',
    private timeZone = 'Asia/Ho_Chi_Minh',
    rows = 1000,
    columns = 26,
  ) {
    this.id = ctx.nextId('1SS');
    this.owner = ctx.effectiveUser;
    this.cellEnv = this.makeEnv();
    this.addSheet(this.defaultSheetName(), this.sheets.length, rows, columns);
  }

  private call(method: string): void {
    this.ctx.call(SERVICE, `Spreadsheet.${method}`);
  }

  private makeEnv(): CellEnv {
    return { loc: localeInfo(this.locale), timeZone: this.timeZone, now: () => this.ctx.clock.now() };
  }

  env(): CellEnv {
    return this.cellEnv;
  }

  reserveCells(cells: number): void {
    const used = this.sheets.reduce((n, s) => n + s.data.cellCount(), 0);
    if (used + cells > WORKBOOK_CELL_LIMIT) fail(MSG.cellLimit);
  }

  ownerEmail(): string {
    return this.owner;
  }

  editorEmails(): string[] {
    return [this.owner, ...this.editors];
  }

  sheetList(): readonly FakeSheet[] {
    return this.sheets;
  }

  nextChartId(): number {
    return ++this.chartIdSeq;
  }

  activateSheet(sheet: FakeSheet): void {
    this.activeSheet = sheet;
    this.activeRange = null;
  }

  activateRange(range: FakeRange): void {
    this.activeSheet = range.sheet;
    this.activeRange = range;
  }

  assertFreeName(name: string, except?: FakeSheet): void {
    const key = name.toLowerCase();
    if (this.sheets.some((s) => s !== except && s.name.toLowerCase() === key)) fail(MSG.sheetExists(name));
  }

  rangeByA1(a1: string): FakeRange {
    const ref = parseA1(a1);
    if (!ref) fail(MSG.rangeNotFound);
    const sheet = ref.sheetName === undefined ? this.currentSheet() : this.findSheet(ref.sheetName);
    if (!sheet) fail(MSG.rangeNotFound);
    const bang = a1.lastIndexOf('!');
    return sheet.rangeA1(bang >= 0 ? a1.slice(bang + 1) : a1);
  }

  private findSheet(name: string): FakeSheet | null {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key) ?? null;
  }

  private currentSheet(): FakeSheet {
    return this.activeSheet && this.sheets.includes(this.activeSheet) ? this.activeSheet : this.sheets[0];
  }

  private defaultSheetName(): string {
    const base = /^vi/i.test(this.locale) ? 'Trang tính' : 'Sheet';
    let n = this.sheets.length + 1;
    while (this.findSheet(`${base}${n}`)) n++;
    return `${base}${n}`;
  }

  private addSheet(name: string, index: number, rows = 1000, columns = 26): FakeSheet {
    this.assertFreeName(name);
    if (this.sheets.length > 0) this.reserveCells(rows * columns);
    // The first sheet of a spreadsheet has id 0, as in Google; later ids are large and unique.
    const id = this.sheetIdSeq === 0 ? 0 : 100_000_000 + this.sheetIdSeq * 7_919;
    this.sheetIdSeq++;
    const sheet = new FakeSheet(this.ctx, this, name, id, rows, columns);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addEditor(String)
  addEditor(emailAddress: string): this {
    this.call('addEditor');
    this.editors.add(emailAddress.toLowerCase());
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createTextFinder(String)
  createTextFinder(findText: string): FakeTextFinder {
    this.call('createTextFinder');
    return new FakeTextFinder(
      this.ctx,
      this.sheets.map((sheet) => ({ sheet, rect: null })),
      findText,
    );
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet)
  deleteSheet(sheet: FakeSheet): void {
    this.call('deleteSheet');
    const i = this.sheets.indexOf(sheet);
    if (i < 0) fail(MSG.sheetDeleted);
    if (this.sheets.length === 1) fail(MSG.removeAllSheets);
    this.sheets.splice(i, 1);
    if (this.activeSheet === sheet) this.activateSheet(this.sheets[Math.max(0, i - 1)]);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveRange()
  getActiveRange(): FakeRange | null {
    this.call('getActiveRange');
    return this.activeRange ?? this.currentSheet().rangeAt(1, 1);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveSheet()
  getActiveSheet(): FakeSheet {
    this.call('getActiveSheet');
    return this.currentSheet();
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getEditors()
  getEditors(): FakeUser[] {
    this.call('getEditors');
    return this.editorEmails().map((e) => new FakeUser(e));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getId()
  getId(): string {
    this.call('getId');
    return this.id;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getName()
  getName(): string {
    this.call('getName');
    return this.name;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getNumSheets()
  getNumSheets(): number {
    this.call('getNumSheets');
    return this.sheets.length;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getOwner()
  getOwner(): FakeUser {
    this.call('getOwner');
    return new FakeUser(this.owner);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getProtections(ProtectionType)
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType | 'RANGE' | 'SHEET'): FakeProtection[] {
    this.call('getProtections');
    return this.sheets.flatMap((s) => s.protections.filter((p) => p.type === String(type)));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRange(String)
  getRange(a1Notation: string): FakeRange {
    this.call('getRange');
    return this.rangeByA1(a1Notation);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetById(Integer)
  getSheetById(id: number): FakeSheet | null {
    this.call('getSheetById');
    return this.sheets.find((s) => s.sheetId === id) ?? null;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetByName(String)
  getSheetByName(name: string): FakeSheet | null {
    this.call('getSheetByName');
    return this.findSheet(name);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheets()
  getSheets(): FakeSheet[] {
    this.call('getSheets');
    return [...this.sheets];
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()
  getSpreadsheetLocale(): string {
    this.call('getSpreadsheetLocale');
    return this.locale;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
  getSpreadsheetTimeZone(): string {
    this.call('getSpreadsheetTimeZone');
    return this.timeZone;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getUrl()
  getUrl(): string {
    this.call('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer)
  insertSheet(
    nameOrIndex?: string | number | { template?: unknown },
    indexOrOptions?: number | { template?: unknown },
  ): FakeSheet {
    this.call('insertSheet');
    if (typeof nameOrIndex === 'object' || typeof indexOrOptions === 'object') {
      throw new Error('insertSheet with a template is not implemented by the offline stand-in.');
    }
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.defaultSheetName();
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : (indexOrOptions ?? this.sheets.length);
    const sheet = this.addSheet(name, at);
    // The new sheet becomes the active one.
    this.activateSheet(sheet);
    return sheet;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#removeEditor(String)
  removeEditor(emailAddress: string): this {
    this.call('removeEditor');
    this.editors.delete(emailAddress.toLowerCase());
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#rename(String)
  rename(newName: string): void {
    this.call('rename');
    this.name = newName;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setActiveSheet(Sheet)
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.call('setActiveSheet');
    this.activateSheet(sheet);
    return sheet;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)
  setSpreadsheetLocale(locale: string): void {
    this.call('setSpreadsheetLocale');
    this.locale = locale;
    this.cellEnv = this.makeEnv();
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetTimeZone(String)
  setSpreadsheetTimeZone(timezone: string): void {
    this.call('setSpreadsheetTimeZone');
    if (!isValidTimeZone(timezone)) fail(MSG.invalidArgument('timeZone'));
    // Stored dates are wall-clock serials, so a new zone moves every date's instant, as in Sheets.
    this.timeZone = timezone;
    this.cellEnv = this.makeEnv();
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.call('toast');
    this.toasts.push({ message: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }
}
