// Defines writing of settings rows in `Cấu hình` (setup fills the system rows; clerks edit the others).
import { SETTING_DEFS, type SettingKey, settingLabel } from '../domain/settings';
import { SheetTable } from '../gas/sheet-table';
import { SETTINGS_SHEET } from '../sheets/layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Appends every missing setting row with its default, and refreshes every note. Existing values are kept. */
export function ensureSettingRows(ss: Spreadsheet): number {
  const table = SheetTable.open(ss, SETTINGS_SHEET);
  const rows = table.readAll();
  const labels = rows.map((r) =>
    String(r.record['Thiết lập'] ?? '')
      .normalize('NFC')
      .trim(),
  );
  const missing = SETTING_DEFS.filter((d) => !labels.includes(d.label));
  table.append(missing.map((d) => ({ 'Thiết lập': d.label, 'Giá trị': d.default, 'Ghi chú': d.note })));
  const all = table.readAll();
  table.writeColumn(
    'Ghi chú',
    all.map(
      (r) => SETTING_DEFS.find((d) => d.label === String(r.record['Thiết lập']).trim())?.note ?? r.record['Ghi chú'],
    ),
  );
  return missing.length;
}

export function writeSetting(ss: Spreadsheet, key: SettingKey, value: string): void {
  const table = SheetTable.open(ss, SETTINGS_SHEET);
  const row = table.firstRow('Thiết lập', settingLabel(key));
  if (row) table.setCell(row, 'Giá trị', value);
  else table.append([{ 'Thiết lập': settingLabel(key), 'Giá trị': value }]);
}

/** Writes several settings given as label → value (offline seeding, import). */
export function writeSettingsByLabel(ss: Spreadsheet, rows: readonly (readonly unknown[])[]): number {
  let n = 0;
  for (const [label, value] of rows) {
    const def = SETTING_DEFS.find(
      (d) =>
        d.label.toLocaleLowerCase('vi') ===
        String(label ?? '')
          .normalize('NFC')
          .trim()
          .toLocaleLowerCase('vi'),
    );
    if (!def) continue;
    writeSetting(ss, def.key, String(value ?? ''));
    n++;
  }
  return n;
}
