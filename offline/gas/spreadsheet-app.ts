// Defines the SpreadsheetApp stand-in (the `SpreadsheetApp` global) and re-exports its classes.
// Known differences (service level; each class file lists its own):
// - Enum members are strings ("SHEET"), not Google's enum objects; `===`, String() and JSON agree.
// - openById/openByUrl find only spreadsheets made in this run (bound or create()); anything else
//   fails with Google's "Unexpected error while getting the method or property …" message.
// - getUi() works until setUiAvailable(false) (a trigger run), when it throws as in Google.
import type { ServiceContext } from './context';
import { FakeConditionalFormatRuleBuilder } from './spreadsheet/conditional-format';
import { FakeDataValidationBuilder } from './spreadsheet/data-validation';
import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  Dimension,
  ProtectionType,
  WrapStrategy,
} from './spreadsheet/enums';
import { fail, MSG } from './spreadsheet/messages';
import type { FakeRange } from './spreadsheet/range';
import type { FakeSheet } from './spreadsheet/sheet';
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { FakeUi } from './spreadsheet/ui';

export { Formula, SerialDate } from './spreadsheet/cells';
export { FakeDataValidation, FakeDataValidationBuilder } from './spreadsheet/data-validation';
export { Button, ButtonSet, ChartType, createCharts } from './spreadsheet/enums';
export { FakeProtection, FakeUser } from './spreadsheet/protection';
export { FakeRange } from './spreadsheet/range';
export { FakeSheet } from './spreadsheet/sheet';
export { FakeSpreadsheet } from './spreadsheet/spreadsheet';
export { FakeTextFinder } from './spreadsheet/text-finder';
export { FakeMenu, FakeUi } from './spreadsheet/ui';

const SERVICE = 'SpreadsheetApp';

export interface SpreadsheetAppOptions {
  locale?: string;
  timeZone?: string;
}

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
export class FakeSpreadsheetApp {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;
  /** Every spreadsheet this run knows, by id. */
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  private bound: FakeSpreadsheet | null = null;
  private uiAvailable = true;
  private readonly ui: FakeUi;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly opts: SpreadsheetAppOptions = {},
  ) {
    this.ui = new FakeUi(ctx);
  }

  private call(method: string): void {
    this.ctx.call(SERVICE, `SpreadsheetApp.${method}`);
  }

  /** Test/runtime helper: makes the container spreadsheet the script is bound to. */
  createBoundSpreadsheet(name: string): FakeSpreadsheet {
    const ss = new FakeSpreadsheet(this.ctx, name, this.opts.locale, this.opts.timeZone);
    this.spreadsheets.set(ss.id, ss);
    this.bound = ss;
    return ss;
  }

  /** Test/runtime helper: false while a trigger runs, when Google has no user interface to offer. */
  setUiAvailable(available: boolean): void {
    this.uiAvailable = available;
  }

  /** Test helper: the Ui object whatever the context, to read recorded menus and alerts. */
  uiForTests(): FakeUi {
    return this.ui;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String,Integer,Integer)
  create(name: string, rows?: number, columns?: number): FakeSpreadsheet {
    this.call('create');
    const ss = new FakeSpreadsheet(this.ctx, name, this.opts.locale, this.opts.timeZone, rows, columns);
    this.spreadsheets.set(ss.id, ss);
    return ss;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
  flush(): void {
    this.call('flush');
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActive()
  getActive(): FakeSpreadsheet | null {
    this.call('getActive');
    return this.bound;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveRange()
  getActiveRange(): FakeRange | null {
    this.call('getActiveRange');
    return this.bound ? this.bound.getActiveRange() : null;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSheet()
  getActiveSheet(): FakeSheet | null {
    this.call('getActiveSheet');
    return this.bound ? this.bound.getActiveSheet() : null;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()
  getActiveSpreadsheet(): FakeSpreadsheet | null {
    this.call('getActiveSpreadsheet');
    return this.bound;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi()
  getUi(): FakeUi {
    this.call('getUi');
    if (!this.uiAvailable) fail(MSG.uiContext);
    return this.ui;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#newConditionalFormatRule()
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    this.call('newConditionalFormatRule');
    return new FakeConditionalFormatRuleBuilder(this.ctx);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#newDataValidation()
  newDataValidation(): FakeDataValidationBuilder {
    this.call('newDataValidation');
    return new FakeDataValidationBuilder(this.ctx);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
  openById(id: string): FakeSpreadsheet {
    this.call('openById');
    const ss = this.spreadsheets.get(String(id));
    if (!ss) fail(MSG.openById);
    return ss;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openByUrl(String)
  openByUrl(url: string): FakeSpreadsheet {
    this.call('openByUrl');
    const id = /\/spreadsheets\/d\/([^/?#]+)/.exec(String(url))?.[1];
    const ss = id ? this.spreadsheets.get(id) : undefined;
    if (!ss) fail(MSG.openByUrl);
    return ss;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#setActiveSheet(Sheet)
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.call('setActiveSheet');
    return sheet.parent.setActiveSheet(sheet);
  }
}

export function createSpreadsheetApp(ctx: ServiceContext, opts?: SpreadsheetAppOptions): FakeSpreadsheetApp {
  return new FakeSpreadsheetApp(ctx, opts);
}
