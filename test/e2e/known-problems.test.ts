// Tests through the built bundle that clerks never read English error text: a renamed column, a deleted sheet or a
// busy lock becomes a Vietnamese dialog saying what to do (the menu run ends normally); triggers still fail, logged
// with the same Vietnamese text; an unknown error is rethrown untouched for the logs.
import { describe, expect, it } from 'vitest';
import { GOOGLE_ERRORS } from '../../offline/runtime/faults';
import { MENU_ACTIONS } from '../../src/app/menu';
import { type Seeded, seededEnvironment, vn } from './helpers';
import { alertCount, ENGLISH, lastAlert } from './world';

const EX = 'Gương ĐHTT-NTVT';
const COLUMN_MISSING =
  'Trang Gương ĐHTT-NTVT thiếu cột "Cờ". Hãy chạy Gương Sáng › Khởi tạo hệ thống để sửa. ' +
  'Nếu cột chỉ bị đổi tên, đặt lại đúng tên "Cờ" sẽ giữ được dữ liệu đã có trong cột.';
const SHEET_MISSING = `Bảng tính thiếu trang ${EX}. Hãy chạy Gương Sáng › Khởi tạo hệ thống để tạo lại trang này.`;

function renameHeader(s: Seeded, sheetName: string, from: string, to: string): void {
  const sheet = s.env.spreadsheet.getSheetByName(sheetName)!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  sheet.getRange(1, headers.indexOf(from) + 1).setValue(to);
}

function withOneNomination(): Seeded {
  const s = seededEnvironment();
  s.nominate({ unit: 'PB01', name: 'Nguyễn Văn An', at: '2023-04-05T09:00:00' });
  return s;
}

/** The column renamed, then a repeat arrives: its `Trùng` flag has to be written into the column. */
function renamedFlagsThenRepeat(): Seeded {
  const s = withOneNomination();
  renameHeader(s, EX, 'Cờ', 'Co');
  s.nominate({ unit: 'PB01', name: 'Nguyễn Văn An', at: '2023-04-06T09:00:00' });
  return s;
}

describe('a clerk renamed the Cờ column of Gương ĐHTT-NTVT', () => {
  it.each(['reconcileNow', 'rebuildData'] as const)(
    '%s tells in Vietnamese which column is missing and to run setup, and ends without an error',
    (name) => {
      const s = renamedFlagsThenRepeat();
      const alerts = alertCount(s.env);
      expect(() => s.env.run(name)).not.toThrow();
      expect(alertCount(s.env)).toBe(alerts + 1);
      expect(lastAlert(s.env)).toMatchObject({ title: MENU_ACTIONS[name].caption, prompt: COLUMN_MISSING });
      expect(lastAlert(s.env)!.prompt).not.toMatch(ENGLISH);
      expect(s.env.executions.at(-1)!.error).toBeUndefined();
    },
  );

  it('works again once setup has put the column back', () => {
    const s = renamedFlagsThenRepeat();
    s.env.run('setupSystem');
    s.env.run('reconcileNow');
    expect(lastAlert(s.env)!.prompt).toMatch(/^Gương: 2 phản hồi/);
  });

  it('makes the hourly trigger fail with the Vietnamese text in its log', () => {
    const s = renamedFlagsThenRepeat();
    expect(() => s.env.runTrigger('hourlyReconcile')).toThrow(COLUMN_MISSING);
    s.env.advanceTo(vn('2023-04-06T12:00:00'));
    const hourly = s.env.runs.filter((r) => r.handler === 'hourlyReconcile');
    expect(hourly.length).toBeGreaterThan(0);
    // The offline log prints an error from the script's realm with its "Error: " prefix.
    for (const r of hourly) expect(r.error).toBe(`Error: ${COLUMN_MISSING}`);
  });
});

describe('a clerk deleted the Gương ĐHTT-NTVT sheet', () => {
  it('is told by Cập nhật tiến độ which sheet to recreate, in Vietnamese', () => {
    const s = withOneNomination();
    s.env.spreadsheet.deleteSheet(s.env.spreadsheet.getSheetByName(EX)!);
    s.env.run('updateProgress');
    expect(lastAlert(s.env)).toMatchObject({ title: 'Cập nhật tiến độ', prompt: SHEET_MISSING });
  });

  it('makes a form submission fail with the Vietnamese text in the trigger log', () => {
    const s = seededEnvironment();
    s.env.spreadsheet.deleteSheet(s.env.spreadsheet.getSheetByName(EX)!);
    s.nominate({ unit: 'PB01', name: 'Nguyễn Văn An', at: '2023-04-05T09:00:00' });
    expect(s.env.runs.at(-1)).toMatchObject({ handler: 'onFormSubmit', error: `Error: ${SHEET_MISSING}` });
  });
});

describe('a menu item while another job holds the lock too long', () => {
  it('asks the clerk to wait and run it again', () => {
    const s = withOneNomination();
    s.env.ctx.faults.add({
      service: 'LockService',
      method: 'Lock.waitLock',
      times: 1,
      inExecution: true,
      message: GOOGLE_ERRORS.lockTimeout,
    });
    s.env.run('updateProgress');
    expect(lastAlert(s.env)!.prompt).toBe(
      'Hệ thống đang bận với một việc khác (đang ghi phản hồi mới, đối soát hoặc cập nhật tiến độ). Hãy chờ vài phút rồi chạy lại.',
    );
    s.env.run('updateProgress');
    expect(lastAlert(s.env)!.prompt).toMatch(/^Đã cập nhật trang "Tiến độ"/);
  });
});

describe('an error nobody planned for', () => {
  it('is rethrown unchanged from a menu item, with no dialog, for the execution log', () => {
    const s = withOneNomination();
    s.env.ctx.faults.add({
      service: 'SpreadsheetApp',
      method: 'Range.setBackgrounds',
      times: 1,
      inExecution: true,
      message: 'Unexpected internal failure 42',
    });
    const alerts = alertCount(s.env);
    expect(() => s.env.run('updateProgress')).toThrow('Unexpected internal failure 42');
    expect(alertCount(s.env)).toBe(alerts);
  });

  it('is rethrown unchanged from a trigger', () => {
    const s = withOneNomination();
    s.env.ctx.faults.add({
      service: 'SpreadsheetApp',
      method: 'Range.setBackgrounds',
      times: 1,
      inExecution: true,
      message: 'Unexpected internal failure 43',
    });
    s.env.spreadsheet.getSheetByName('Tiến độ')!.getRange('B1').setValue('2023-04');
    const range = s.env.spreadsheet.getSheetByName('Tiến độ')!.getRange('B1');
    expect(() => s.env.runTrigger('onSheetEdit', { range, value: '2023-04' })).toThrow(
      'Unexpected internal failure 43',
    );
  });
});
