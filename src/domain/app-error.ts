// Defines AppError: a known problem that stops a run (a sheet or column missing, a bad period, the lock held
// too long…) as a stable code plus fields. Its message is English detail for developers and logs; the words a
// clerk reads are chosen at the edge from the code (app-error-vi.ts).

export type AppProblem =
  | { code: 'SHEET_MISSING'; sheet: string }
  | { code: 'COLUMN_MISSING'; sheet: string; column: string }
  | { code: 'INVALID_PERIOD'; value: string }
  | { code: 'LOCK_TIMEOUT' }
  | { code: 'DRIVE_DISABLED' }
  | { code: 'AUTHORIZATION_REQUIRED' };

export type AppErrorCode = AppProblem['code'];

export class AppError extends Error {
  constructor(
    readonly problem: AppProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'AppError';
  }

  get code(): AppErrorCode {
    return this.problem.code;
  }
}

export const sheetMissing = (sheet: string): AppError =>
  new AppError({ code: 'SHEET_MISSING', sheet }, `Sheet "${sheet}" is missing; run setup`);

export const columnMissing = (sheet: string, column: string): AppError =>
  new AppError(
    { code: 'COLUMN_MISSING', sheet, column },
    `Column "${column}" is missing in sheet "${sheet}"; run setup`,
  );

export const invalidPeriod = (value: string): AppError =>
  new AppError({ code: 'INVALID_PERIOD', value }, `Invalid period: ${value}`);
