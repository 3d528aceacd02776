// Defines the application context: the master spreadsheet with its settings, unit registry and quotas, read once per run.
import { problemMessageVi } from '../domain/messages-vi';
import { parseQuotaTable } from '../domain/quota';
import { parseSettings, periodConfigOf, type Settings } from '../domain/settings';
import type { PeriodConfig, QuotaTable, Unit } from '../domain/types';
import { parseUnitRows, UnitMatcher } from '../domain/units';
import { SHEET_NAMES } from '../sheets/layout';

export interface AppContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  settings: Settings;
  units: Unit[];
  matcher: UnitMatcher;
  quotas: QuotaTable;
  periodConfig: PeriodConfig;
  /** Problems found while reading the registry/quotas/settings (shown by setup, logged by triggers). */
  warnings: string[];
  /** Rows of `Đơn vị` in error (left out of `units`). */
  registryProblems: number;
}

export function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new Error('Gương Sáng must run bound to its master spreadsheet');
  return ss;
}

function values(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): unknown[][] {
  const sheet = ss.getSheetByName(name);
  return sheet ? sheet.getDataRange().getValues() : [];
}

/** Three reads (settings, units, quotas), whatever the number of responses. */
export function loadContext(ss = spreadsheet()): AppContext {
  const settingRows = values(ss, SHEET_NAMES.settings).slice(1);
  const { settings, problems: settingProblems } = parseSettings(settingRows);
  const unitValues = values(ss, SHEET_NAMES.units);
  const { units, problems: unitProblems } = unitValues.length
    ? parseUnitRows(unitValues.slice(1), unitValues[0])
    : { units: [], problems: [] };
  const { table: quotas, problems: quotaProblems } = parseQuotaTable(values(ss, SHEET_NAMES.quotas).slice(1));
  const warnings = [
    ...settingProblems.map((p) => `Cấu hình "${p.label}" không hợp lệ: "${p.value}"; dùng giá trị mặc định.`),
    // Problem rows count data rows; the sheet shows the header as row 1.
    ...unitProblems.map((p) => `Trang Đơn vị, dòng ${p.row ? p.row + 1 : '?'}: ${problemMessageVi(p)}`),
    ...quotaProblems.map((p) => `Trang Chỉ tiêu, dòng ${p.row ? p.row + 1 : '?'}: ${problemMessageVi(p)}`),
  ];
  return {
    ss,
    settings,
    units,
    matcher: new UnitMatcher(units),
    quotas,
    periodConfig: periodConfigOf(settings),
    warnings,
    registryProblems: unitProblems.length,
  };
}
