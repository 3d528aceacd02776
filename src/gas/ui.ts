// Defines the few dialog helpers; in a trigger there is no UI, so messages go to the log instead.

function ui(): GoogleAppsScript.Base.Ui | null {
  try {
    return SpreadsheetApp.getUi();
  } catch {
    return null;
  }
}

/** https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet) */
export function notify(title: string, message: string): void {
  const u = ui();
  if (u) u.alert(title, message, u.ButtonSet.OK);
  else console.log(`${title}: ${message}`);
}

/** True when the user pressed Yes; false without a UI (a trigger never confirms on anyone's behalf). */
export function confirm(title: string, message: string): boolean {
  const u = ui();
  if (!u) return false;
  return u.alert(title, message, u.ButtonSet.YES_NO) === u.Button.YES;
}

export interface MenuItem {
  caption: string;
  fn: string;
}

/** `null` entries are separators. */
export function buildMenu(title: string, items: readonly (MenuItem | null)[]): void {
  const u = ui();
  if (!u) return;
  const menu = u.createMenu(title);
  for (const it of items) {
    if (it) menu.addItem(it.caption, it.fn);
    else menu.addSeparator();
  }
  menu.addToUi();
}
