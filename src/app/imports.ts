// Defines imports from files an office already has: the unit registry, settings, and export rows that cannot be replayed.
import type { FormKind } from '../domain/intake';
import { fingerprint } from '../domain/keys';
import { problemMessageVi } from '../domain/messages-vi';
import type { Problem } from '../domain/problems';
import { parseUnitRows, UNIT_COLUMNS } from '../domain/units';
import { withScriptLock } from '../gas/lock';
import { SheetTable } from '../gas/sheet-table';
import { ERROR_SHEET, UNIT_SHEET } from '../sheets/layout';
import { rejectedRecord } from '../sheets/rows';
import { loadContext, spreadsheet } from './context';
import { writeSettingsByLabel } from './settings-store';
import { syncUnitLists } from './units-sync';

export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

/**
 * Replaces the registry with the given rows when they are all valid; otherwise changes nothing and
 * returns every problem with its row and column (a half-imported registry would mis-count units).
 */
export function importUnits(header: readonly string[], rows: readonly (readonly unknown[])[]): ImportProblem[] {
  const { problems } = parseUnitRows(rows as unknown[][], header as unknown[]);
  if (problems.length) {
    return problems.map((p: Problem) => ({ row: p.row ?? 0, column: p.column ?? '', message: problemMessageVi(p) }));
  }
  withScriptLock(() => {
    const ss = spreadsheet();
    const table = SheetTable.open(ss, UNIT_SHEET);
    const last = table.sheet.getLastRow();
    if (last >= 2) table.sheet.getRange(2, 1, last - 1, table.headers().length).clearContent();
    const idx = UNIT_COLUMNS.map((h) =>
      header.findIndex((x) => x.normalize('NFC').trim().toLocaleLowerCase('vi') === h.toLocaleLowerCase('vi')),
    );
    table.append(
      rows
        .filter((r) => r.some((c) => String(c ?? '').trim() !== ''))
        .map((r) => Object.fromEntries(UNIT_COLUMNS.map((h, i) => [h, idx[i] >= 0 ? String(r[idx[i]] ?? '') : '']))),
    );
    syncUnitLists(loadContext(ss));
  });
  return [];
}

export function importSettings(rows: readonly (readonly unknown[])[]): number {
  return withScriptLock(() => writeSettingsByLabel(spreadsheet(), rows));
}

/** A row of an export file that cannot become a response (an unreadable timestamp) is kept in `Lỗi nhập liệu`. */
export function recordInputError(
  kind: FormKind,
  sourceRow: number,
  raw: { timestamp: string; email: string; answers: Record<string, unknown> },
  problem: Problem,
): void {
  withScriptLock(() => {
    const ctx = loadContext();
    const errors = SheetTable.open(ctx.ss, ERROR_SHEET);
    const fp = fingerprint([kind, sourceRow, raw.timestamp, raw.email, JSON.stringify(raw.answers)]);
    if (errors.firstRow('Dấu vân tay', fp)) return;
    const id = `tep-${kind}-${sourceRow}`;
    errors.append([
      rejectedRecord(
        { ok: false, kind, problems: [problem], unitAnswer: '', fingerprint: fp },
        { id, timestamp: raw.timestamp, email: raw.email, answers: raw.answers },
        raw.timestamp,
        sourceRow,
      ),
    ]);
  });
}
