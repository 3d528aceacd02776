// Defines Google's exact error texts for SpreadsheetApp, so stand-in failures read like the real ones.
import { GasException } from '../gas-base';

export const MSG = {
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  rangeNotFound: 'Range not found',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  removeAllSheets: "You can't remove all the sheets in a document.",
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  cellLimit: 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  uiContext: 'Cannot call SpreadsheetApp.getUi() from this context.',
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  openById: 'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
  openByUrl: 'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  validation: (a1: string) => `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
  signature: (args: string, method: string) =>
    `The parameters (${args}) don't match the method signature for SpreadsheetApp.${method}.`,
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  sheetDeleted: 'The sheet was deleted.',
} as const;

export const CELL_CHAR_LIMIT = 50_000;
export const WORKBOOK_CELL_LIMIT = 10_000_000;

export function fail(message: string): never {
  throw new GasException(message);
}

/** Describes arguments the way Google's signature errors do: `(String)`, `(number[])`, `(null)`. */
export function describeArgs(args: readonly unknown[]): string {
  return args.map(describeArg).join(',');
}

function describeArg(a: unknown): string {
  if (a === null) return 'null';
  if (a === undefined) return 'undefined';
  if (Array.isArray(a)) return a.length > 0 && !Array.isArray(a[0]) ? `${typeof a[0]}[]` : 'Object[][]';
  if (typeof a === 'string') return 'String';
  if (typeof a === 'number') return 'number';
  if (typeof a === 'boolean') return 'Boolean';
  if (Object.prototype.toString.call(a) === '[object Date]') return 'Date';
  return 'Object';
}
