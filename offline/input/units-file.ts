// Defines readUnitsFile: the units registry file (.csv or .xlsx) as text rows, plus where its columns are.
import { REQUIRED_UNIT_FIELDS, UNIT_COLUMN } from '../../src/domain/units';
import { matchHeader, type WantedColumn } from './headers';
import { cellText, readTableFile } from './table-file';

export type UnitColumnKey = keyof typeof UNIT_COLUMN;

/** The registry's own column titles (src/domain/units.ts), so the file and the sheet cannot drift apart. */
export const UNIT_COLUMNS: readonly WantedColumn<UnitColumnKey>[] = (Object.keys(UNIT_COLUMN) as UnitColumnKey[]).map(
  (key) => ({ key, titles: [UNIT_COLUMN[key]], required: REQUIRED_UNIT_FIELDS.includes(key) }),
);

export interface UnitsFile {
  file: string;
  header: string[];
  /** Where each column is (-1 when an optional one is absent); a missing required one has thrown. */
  columns: Record<UnitColumnKey, number>;
  /** Fully blank rows are skipped; `row` stays the file's data row number. */
  rows: { row: number; cells: string[] }[];
}

/**
 * Cells as text. Only the header is checked here, so a file without a required column stops with an
 * InputFileError naming it; codes, types and emails are validated by the registry rules.
 */
export async function readUnitsFile(path: string): Promise<UnitsFile> {
  const table = await readTableFile(path);
  const columns = matchHeader(table.header, UNIT_COLUMNS, path);
  return {
    file: path,
    header: table.header,
    columns,
    rows: table.rows.map(({ row, cells }) => ({ row, cells: cells.map(cellText) })),
  };
}
