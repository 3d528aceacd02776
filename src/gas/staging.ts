// Defines the hidden staging sheets a checkpointed rebuild fills over several runs before it replaces a data sheet.
import type { SheetDef } from '../sheets/layout';
import { SheetTable } from './sheet-table';

/** Visible in the sheet list only while a rebuild is under way; the name says not to edit it. */
export function stagingName(def: SheetDef): string {
  return `Tạm – ${def.name} (đang xây dựng lại, không sửa)`;
}

/** The same columns as the data sheet, without dropdowns or checkboxes: it only ever holds new rows. */
function stagingDef(def: SheetDef): SheetDef {
  return {
    name: stagingName(def),
    color: def.color,
    columns: def.columns.map((c) => ({
      header: c.header,
      width: c.width,
      format: c.format === 'checkbox' ? 'text' : c.format,
    })),
  };
}

/**
 * Opens the staging sheet of `def`, creating it (hidden) when missing. The header row is checked every time:
 * a run stopped between creating the sheet and writing its header must not leave rows without columns.
 */
export function openStaging(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, def: SheetDef): SheetTable {
  const sdef = stagingDef(def);
  const headers = sdef.columns.map((c) => c.header);
  let sheet = ss.getSheetByName(sdef.name);
  if (!sheet) {
    sheet = ss.insertSheet(sdef.name);
    sheet.hideSheet();
  }
  const table = new SheetTable(sheet, sdef);
  if (table.headers().join('\n') === headers.join('\n')) return table;
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  return new SheetTable(sheet, sdef);
}

export function dropStaging(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, def: SheetDef): void {
  const sheet = ss.getSheetByName(stagingName(def));
  if (sheet) ss.deleteSheet(sheet);
}
