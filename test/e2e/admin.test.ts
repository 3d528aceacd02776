// Tests the admin check of issue 6 §3 through the built bundle: setup, rebuild and send-now only for `Quản trị`,
// the first-setup bootstrap, refusals that change nothing, and triggers that are never checked.
import { describe, expect, it } from 'vitest';
import { OfflineEnvironment } from '../../offline/runtime/environment';
import { ensureBuilt, type Seeded, seededEnvironment, vn } from './helpers';

const ADMIN = 'noivu@example.vn';
const CLERK = 'vanthu.noivu@example.vn';
const EX = 'Gương ĐHTT-NTVT';
const LOG = 'Nhật ký gửi thư';

/** A menu click runs under the clicker's own authorization: active and effective user are both that person. */
function asUser(env: OfflineEnvironment, email: string, effective = email): void {
  env.ctx.activeUser = email;
  env.ctx.effectiveUser = effective;
}

function lastAlert(env: OfflineEnvironment) {
  return env.services.SpreadsheetApp.uiForTests().alerts.at(-1);
}

function adminsOf(s: Pick<Seeded, 'sheetValues'>): unknown {
  return s.sheetValues('Cấu hình').find((r) => r[0] === 'Quản trị')?.[1];
}

function triggerList(env: OfflineEnvironment): string[] {
  return env.services.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction());
}

describe('the first Khởi tạo hệ thống on a new spreadsheet', () => {
  ensureBuilt();
  const env = new OfflineEnvironment({ start: vn('2023-04-01T08:00:00') });
  asUser(env, 'truongphong@example.vn');
  env.run('setupSystem');
  const values = (name: string) => env.spreadsheet.getSheetByName(name)!.getDataRange().getValues();

  it('is allowed while Quản trị is empty and writes the runner into it', () => {
    expect(adminsOf({ sheetValues: values })).toBe('truongphong@example.vn');
    expect(triggerList(env)).toContain('dailyJob');
  });

  it('tells the runner they are now the admin', () => {
    expect(lastAlert(env)?.prompt).toContain(
      'Đã ghi truongphong@example.vn vào dòng "Quản trị" của trang Cấu hình: từ nay chỉ người có email ở dòng này mới chạy được "Khởi tạo hệ thống", "Xây dựng lại dữ liệu", "Gửi thư nhắc ngay".',
    );
  });

  it('leaves a later setup by someone else refused, and by the admin allowed', () => {
    asUser(env, CLERK);
    env.run('setupSystem');
    expect(lastAlert(env)?.prompt).toContain(`Tài khoản ${CLERK} không có quyền chạy "Khởi tạo hệ thống"`);
    expect(adminsOf({ sheetValues: values })).toBe('truongphong@example.vn');
    asUser(env, 'TruongPhong@Example.vn');
    env.run('setupSystem');
    expect(lastAlert(env)?.title).toBe('Khởi tạo hệ thống');
    expect(lastAlert(env)?.prompt).toContain('Trang tính tạo mới: không.');
  });
});

describe('a clerk who is not in Quản trị', () => {
  it('is refused Khởi tạo hệ thống with a clear message, and nothing is repaired, created or installed', () => {
    const s = seededEnvironment();
    const { env } = s;
    env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Lỗi nhập liệu')!);
    const triggers = triggerList(env);
    asUser(env, CLERK);
    env.run('setupSystem');
    const alert = lastAlert(env)!;
    expect(alert.title).toBe('Khởi tạo hệ thống');
    expect(alert.prompt).toBe(
      'Tài khoản vanthu.noivu@example.vn không có quyền chạy "Khởi tạo hệ thống". Chức năng này chỉ dành cho người có email ở dòng "Quản trị" của trang Cấu hình; hãy nhờ một người quản trị thực hiện. Không có thay đổi nào được thực hiện.',
    );
    expect(env.spreadsheet.getSheetByName('Lỗi nhập liệu')).toBeNull();
    expect(triggerList(env)).toEqual([]);
    expect(adminsOf(s)).toBe(ADMIN);
    asUser(env, ADMIN);
    expect(triggerList(env)).toEqual(triggers);
    env.run('setupSystem');
    expect(env.spreadsheet.getSheetByName('Lỗi nhập liệu')).not.toBeNull();
  });

  it('is refused Xây dựng lại dữ liệu: the sheet is not rewritten', () => {
    const s = seededEnvironment();
    const { env } = s;
    s.nominate({ unit: 'PB01', name: 'Nguyễn Văn An', at: '2023-05-02T09:00:00' });
    const sheet = env.spreadsheet.getSheetByName(EX)!;
    sheet.getRange(2, 1, 1, sheet.getLastColumn()).clearContent();
    asUser(env, CLERK);
    env.run('rebuildData');
    expect(lastAlert(env)?.prompt).toContain(`Tài khoản ${CLERK} không có quyền chạy "Xây dựng lại dữ liệu"`);
    expect(s.sheetValues(EX)).toHaveLength(1);
    asUser(env, ADMIN);
    env.run('rebuildData');
    expect(s.sheetValues(EX)).toHaveLength(2);
  });

  it('is refused Gửi thư nhắc ngay before any question: no email, no log row', () => {
    const s = seededEnvironment();
    const { env } = s;
    env.clock.set(vn('2023-05-12T10:00:00'));
    asUser(env, CLERK);
    const alerts = env.services.SpreadsheetApp.uiForTests().alerts.length;
    env.run('sendRemindersNow');
    expect(env.services.SpreadsheetApp.uiForTests().alerts.length).toBe(alerts + 1);
    expect(lastAlert(env)?.prompt).toContain(`không có quyền chạy "Gửi thư nhắc ngay"`);
    expect(env.services.MailApp.sent).toEqual([]);
    expect(env.spreadsheet.getSheetByName(LOG)?.getLastRow() ?? 0).toBeLessThanOrEqual(1);
    asUser(env, ADMIN);
    env.run('sendRemindersNow');
    expect(env.services.MailApp.sent.length).toBeGreaterThan(0);
  });

  it('may still run the everyday items: reconcile, progress, preview', () => {
    const s = seededEnvironment();
    const { env } = s;
    env.delivery = 'never';
    s.nominate({ unit: 'PB01', name: 'Nguyễn Văn An', at: '2023-05-02T09:00:00' });
    asUser(env, CLERK);
    env.run('reconcileNow');
    expect(s.sheetValues(EX)).toHaveLength(2);
    env.run('previewReminders');
    expect(lastAlert(env)?.title).toBe('Xem trước thư nhắc');
  });
});

describe('a spreadsheet set up before Quản trị existed (the list is empty)', () => {
  it('refuses rebuild to everyone until setup names an admin', () => {
    const s = seededEnvironment();
    const { env } = s;
    env.run('apiImportSettings_', [['Quản trị', '']]);
    env.run('rebuildData');
    expect(lastAlert(env)?.prompt).toBe(
      'Chưa có người quản trị ở dòng "Quản trị" của trang Cấu hình. Hãy chạy "Khởi tạo hệ thống" (người chạy lần đầu được ghi làm quản trị) hoặc nhập email người quản trị vào dòng đó. Không có thay đổi nào được thực hiện.',
    );
    env.run('setupSystem');
    expect(adminsOf(s)).toBe(ADMIN);
    env.run('rebuildData');
    expect(lastAlert(env)?.title).toBe('Xây dựng lại dữ liệu');
    expect(lastAlert(env)?.prompt).toContain('Gương: 0 dòng từ 0 phản hồi.');
  });

  it('accepts several admins separated by ";" in any case', () => {
    const s = seededEnvironment();
    s.env.run('apiImportSettings_', [['Quản trị', `${ADMIN}; Pho.Phong@Example.vn`]]);
    asUser(s.env, 'pho.phong@example.vn');
    s.env.run('rebuildData');
    expect(lastAlert(s.env)?.title).toBe('Xây dựng lại dữ liệu');
    expect(lastAlert(s.env)?.prompt).not.toContain('không có quyền');
  });
});

describe('who is running', () => {
  it('falls back to the effective user when Google leaves the active user blank', () => {
    const s = seededEnvironment();
    asUser(s.env, '', ADMIN);
    s.env.run('rebuildData');
    expect(lastAlert(s.env)?.prompt).not.toContain('không có quyền');
    expect(lastAlert(s.env)?.prompt).toContain('Gương: 0 dòng từ 0 phản hồi.');
  });

  it('refuses when Google gives no email at all, even on a new spreadsheet', () => {
    ensureBuilt();
    const env = new OfflineEnvironment({ start: vn('2023-04-01T08:00:00') });
    asUser(env, '', '');
    env.run('setupSystem');
    expect(lastAlert(env)?.prompt).toContain('Không xác định được tài khoản Google đang dùng');
    expect(env.spreadsheet.getSheetByName('Cấu hình')).toBeNull();
  });
});

describe('triggers', () => {
  it('are not user actions: form submits and the daily reminders run whoever the active user is', () => {
    const s = seededEnvironment();
    const { env } = s;
    // A consumer-account trigger: no active user; the effective user is the installer, here not on the list.
    asUser(env, '', 'installer@example.vn');
    s.nominate({ unit: 'PB01', name: 'Nguyễn Văn An', at: '2023-05-02T09:00:00' });
    expect(s.sheetValues(EX)).toHaveLength(2);
    env.clock.set(vn('2023-05-10T08:00:00'));
    env.runTrigger('dailyJob');
    expect(env.services.MailApp.sent.length).toBeGreaterThan(0);
    expect(env.runs.every((r) => !r.error)).toBe(true);
  });
});
