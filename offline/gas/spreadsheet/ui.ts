// Defines FakeUi (SpreadsheetApp.getUi()): menus, alerts, prompts and dialogs, recorded for tests,
// with answers queued by tests because Google's dialogs wait for a person.
// Known differences: with no answer queued, an alert or prompt answers as if the person pressed the
// first affirmative button (OK, or YES for YES_NO sets) without typing; nothing blocks.
import type { ServiceContext } from '../context';
import { Button, ButtonSet, type EnumValue } from './enums';

const SERVICE = 'SpreadsheetApp';
type ButtonValue = EnumValue<typeof Button>;
type ButtonSetValue = EnumValue<typeof ButtonSet>;

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: FakeMenu };

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetValue;
  answer: ButtonValue;
  text?: string;
}

export interface DialogRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: unknown;
}

// https://developers.google.com/apps-script/reference/base/menu
export class FakeMenu {
  readonly entries: MenuEntry[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    private readonly ui: FakeUi,
    readonly caption: string,
  ) {}

  // https://developers.google.com/apps-script/reference/base/menu#addItem(String,String)
  addItem(caption: string, functionName: string): this {
    this.ctx.call(SERVICE, 'Menu.addItem');
    this.entries.push({ kind: 'item', caption, functionName });
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/menu#addSeparator()
  addSeparator(): this {
    this.ctx.call(SERVICE, 'Menu.addSeparator');
    this.entries.push({ kind: 'separator' });
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/menu#addSubMenu(Menu)
  addSubMenu(menu: FakeMenu): this {
    this.ctx.call(SERVICE, 'Menu.addSubMenu');
    this.entries.push({ kind: 'submenu', menu });
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/menu#addToUi()
  addToUi(): void {
    this.ctx.call(SERVICE, 'Menu.addToUi');
    // Adding a menu with the same caption again replaces it, as reopening the file would.
    const i = this.ui.menus.findIndex((m) => m.caption === this.caption);
    if (i >= 0) this.ui.menus.splice(i, 1, this);
    else this.ui.menus.push(this);
  }

  /** Every function name reachable from this menu, submenus included. */
  functionNames(): string[] {
    return this.entries.flatMap((e) =>
      e.kind === 'item' ? [e.functionName] : e.kind === 'submenu' ? e.menu.functionNames() : [],
    );
  }
}

// https://developers.google.com/apps-script/reference/base/prompt-response
export class FakePromptResponse {
  constructor(
    private readonly text: string,
    private readonly button: ButtonValue,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

function affirmative(buttons: ButtonSetValue): ButtonValue {
  return buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? Button.YES : Button.OK;
}

// https://developers.google.com/apps-script/reference/base/ui
export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly menus: FakeMenu[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  private readonly answers: { button: ButtonValue; text: string }[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  /** Test helper: the answer the next alert or prompt gets. */
  queueResponse(button: ButtonValue, text = ''): void {
    this.answers.push({ button, text });
  }

  private answer(buttons: ButtonSetValue): { button: ButtonValue; text: string } {
    return this.answers.shift() ?? { button: affirmative(buttons), text: '' };
  }

  /** Splits Google's overloads (prompt), (prompt, buttons), (title, prompt, buttons). */
  private static args(a: string, b?: unknown, c?: unknown): { title: string; prompt: string; buttons: ButtonSetValue } {
    if (c !== undefined) return { title: a, prompt: String(b), buttons: String(c) as ButtonSetValue };
    if (b !== undefined && typeof b === 'string' && b in ButtonSet)
      return { title: '', prompt: a, buttons: b as ButtonSetValue };
    return { title: '', prompt: a, buttons: ButtonSet.OK };
  }

  // https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    this.ctx.call(SERVICE, 'Ui.alert');
    const args = FakeUi.args(a, b, c);
    const { button } = this.answer(args.buttons);
    this.alerts.push({ kind: 'alert', ...args, answer: button });
    return button as unknown as GoogleAppsScript.Base.Button;
  }

  // https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()
  createAddonMenu(): FakeMenu {
    this.ctx.call(SERVICE, 'Ui.createAddonMenu');
    return new FakeMenu(this.ctx, this, '');
  }

  // https://developers.google.com/apps-script/reference/base/ui#createMenu(String)
  createMenu(caption: string): FakeMenu {
    this.ctx.call(SERVICE, 'Ui.createMenu');
    return new FakeMenu(this.ctx, this, caption);
  }

  // https://developers.google.com/apps-script/reference/base/ui#prompt(String,String,ButtonSet)
  prompt(a: string, b?: unknown, c?: unknown): FakePromptResponse {
    this.ctx.call(SERVICE, 'Ui.prompt');
    const args = FakeUi.args(a, b, c);
    const { button, text } = this.answer(args.buttons);
    this.alerts.push({ kind: 'prompt', ...args, answer: button, text });
    return new FakePromptResponse(text, button);
  }

  // https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)
  showModalDialog(userInterface: unknown, title: string): void {
    this.ctx.call(SERVICE, 'Ui.showModalDialog');
    this.dialogs.push({ kind: 'modal', title, html: userInterface });
  }

  // https://developers.google.com/apps-script/reference/base/ui#showModelessDialog(Object,String)
  showModelessDialog(userInterface: unknown, title: string): void {
    this.ctx.call(SERVICE, 'Ui.showModelessDialog');
    this.dialogs.push({ kind: 'modeless', title, html: userInterface });
  }

  // https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
  showSidebar(userInterface: unknown): void {
    this.ctx.call(SERVICE, 'Ui.showSidebar');
    this.dialogs.push({ kind: 'sidebar', title: '', html: userInterface });
  }
}
