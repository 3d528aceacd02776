// Defines how a sheet is created or repaired from its SheetDef: headers, formats, validation, protection. Never deletes data.
import { columnLetter } from '../sheets/cells';
import type { SheetDef } from '../sheets/layout';
import { NUMBER_FORMATS } from './sheet-table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_PROTECTION = 'Gương Sáng: dòng tiêu đề';

/** Creates the sheet if missing; appends missing headers at the end (never moves or deletes a column). */
export function ensureSheet(ss: Spreadsheet, def: SheetDef): { sheet: Sheet; created: boolean; added: string[] } {
  let sheet = ss.getSheetByName(def.name);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(def.name);
  const lastCol = sheet.getLastColumn();
  const current =
    lastCol > 0
      ? sheet
          .getRange(1, 1, 1, lastCol)
          .getValues()[0]
          .map((h) => String(h).normalize('NFC').trim())
      : [];
  while (current.length > 0 && current[current.length - 1] === '') current.pop();
  const added = def.columns.map((c) => c.header).filter((h) => !current.includes(h));
  const headers = [...current, ...added];
  if (added.length) sheet.getRange(1, current.length + 1, 1, added.length).setValues([added]);
  formatSheet(sheet, def, headers);
  return { sheet, created, added };
}

function formatSheet(sheet: Sheet, def: SheetDef, headers: string[]): void {
  const width = headers.length;
  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight('bold').setBackground(def.color).setWrap(true).setVerticalAlignment('middle');
  sheet.setFrozenRows(1);
  const rows = Math.max(1, sheet.getMaxRows() - 1);
  for (const c of def.columns) {
    const col = headers.indexOf(c.header) + 1;
    const range = sheet.getRange(2, col, rows, 1);
    range.setNumberFormat(NUMBER_FORMATS[c.format]);
    sheet.setColumnWidth(col, c.width);
    if (c.choices) {
      range.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList([...c.choices], true)
          .setAllowInvalid(false)
          .setHelpText(`Chọn một giá trị: ${c.choices.join(' · ')}`)
          .build(),
      );
    }
    if (c.format === 'checkbox') range.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
    if (c.hidden) sheet.hideColumns(col);
  }
  const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
  if (!protections.some((p) => p.getDescription() === HEADER_PROTECTION)) {
    // Warning-only: Nội vụ can still fix a header in an emergency, but never by accident.
    sheet
      .getRange(`A1:${columnLetter(width)}1`)
      .protect()
      .setDescription(HEADER_PROTECTION)
      .setWarningOnly(true);
  }
}
