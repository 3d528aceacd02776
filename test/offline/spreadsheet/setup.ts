// Defines the fixture the spreadsheet tests share: a context, the SpreadsheetApp stand-in and a bound spreadsheet.
import { ServiceContext } from '../../../offline/gas/context';
import { createSpreadsheetApp, type SpreadsheetAppOptions } from '../../../offline/gas/spreadsheet-app';

export function bound(opts?: SpreadsheetAppOptions) {
  const ctx = new ServiceContext();
  const app = createSpreadsheetApp(ctx, opts);
  const ss = app.createBoundSpreadsheet('Sổ tổng hợp');
  const sheet = ss.getSheets()[0];
  return { ctx, app, ss, sheet };
}

/** Runs fn and returns the message it threw, so tests can compare Google's exact wording. */
export function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an exception');
}
