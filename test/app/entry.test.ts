// Tests which errors count as known problems a clerk can act upon: our AppErrors and three Google or adapter
// messages; anything else is unknown and must be rethrown as it is.
import { describe, expect, it } from 'vitest';
import { AUTHORIZATION_REQUIRED_MESSAGE as STAND_IN_AUTHORIZATION } from '../../offline/gas/script-app';
import { AUTHORIZATION_REQUIRED_MESSAGE, knownProblem } from '../../src/app/entry';
import { columnMissing } from '../../src/domain/app-error';
import { DRIVE_DISABLED } from '../../src/gas/drive-files';
import { LOCK_TIMEOUT_MESSAGE } from '../../src/gas/lock';

describe('knownProblem', () => {
  it('returns the problem an AppError carries', () => {
    expect(knownProblem(columnMissing('Bài viết dự thi', 'Chọn dự thi thành phố'))).toEqual({
      code: 'COLUMN_MISSING',
      sheet: 'Bài viết dự thi',
      column: 'Chọn dự thi thành phố',
    });
  });

  it("recognises Google's lock timeout, the disabled Drive service and a scope not granted", () => {
    expect(knownProblem(new Error(LOCK_TIMEOUT_MESSAGE))).toEqual({ code: 'LOCK_TIMEOUT' });
    expect(knownProblem(new Error(DRIVE_DISABLED))).toEqual({ code: 'DRIVE_DISABLED' });
    expect(knownProblem(new Error(AUTHORIZATION_REQUIRED_MESSAGE))).toEqual({ code: 'AUTHORIZATION_REQUIRED' });
    expect(AUTHORIZATION_REQUIRED_MESSAGE).toBe(STAND_IN_AUTHORIZATION);
  });

  it('leaves every other error unknown', () => {
    expect(
      knownProblem(new Error("We're sorry, a server error occurred. Please wait a bit and try again.")),
    ).toBeNull();
    expect(knownProblem(new TypeError("Cannot read properties of null (reading 'getRange')"))).toBeNull();
    expect(knownProblem('a string')).toBeNull();
  });
});
