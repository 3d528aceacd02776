// Tests granular consent through the built bundle (SPEC §11): a menu item whose scopes were not all granted stops
// before doing anything and tells the clerk, in Vietnamese, which permission is missing and how to grant it;
// items that do not need the missing scope still work.
import { describe, expect, it } from 'vitest';
import { OfflineEnvironment } from '../../offline/runtime/environment';
import { MENU_ACTIONS, MENU_LAYOUT, type MenuActionName } from '../../src/app/menu';
import { SCOPE, scopePurposeVi } from '../../src/domain/scopes';
import { ensureBuilt, seededEnvironment, vn } from './helpers';
import { alertCount, lastAlert, world } from './world';

const ACTIONS = Object.keys(MENU_ACTIONS) as MenuActionName[];
const AUTHORIZE_URL = /^https:\/\/script\.google\.com\/macros\/d\/[\w-]+\/authorize\?scope=/;

describe('the menu', () => {
  it('offers exactly the items of the menu table, each of which has its scope list', () => {
    const { env } = seededEnvironment();
    env.run('onOpen', { authMode: 'LIMITED', source: env.spreadsheet });
    const menu = env.services.SpreadsheetApp.uiForTests().menus.find((m) => m.caption === 'Gương Sáng')!;
    expect(menu.functionNames()).toEqual(MENU_LAYOUT.filter((x) => x !== null));
  });
});

describe('a menu item run by someone who did not grant all its scopes', () => {
  it.each(ACTIONS)('%s names each missing permission, links to the grant page and changes nothing', (name) => {
    const { env } = seededEnvironment();
    env.clock.set(vn('2023-05-12T10:00:00'));
    const { caption, scopes } = MENU_ACTIONS[name];
    env.services.ScriptApp.setMissingScopes([...scopes]);
    const before = world(env);
    const alerts = alertCount(env);
    env.run(name);
    expect(alertCount(env)).toBe(alerts + 1);
    const alert = lastAlert(env)!;
    expect(alert.title).toBe(caption);
    const lines = alert.prompt.split('\n');
    expect(lines[0]).toBe(`Chức năng "${caption}" cần những quyền mà tài khoản này chưa cấp cho Gương Sáng:`);
    expect(lines.filter((l) => l.startsWith('• '))).toEqual(scopes.map((s) => `• ${scopePurposeVi(s)}.`));
    expect(lines.some((l) => AUTHORIZE_URL.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('Chưa có thay đổi nào được thực hiện.');
    expect(world(env)).toEqual(before);
  });
});

describe('a clerk who unticked "send email" on the consent screen', () => {
  it('is stopped at Gửi thư nhắc ngay with only that permission named, and can send once it is granted', () => {
    const { env } = seededEnvironment();
    env.clock.set(vn('2023-05-12T10:00:00'));
    env.services.ScriptApp.setMissingScopes([SCOPE.sendMail]);
    env.run('sendRemindersNow');
    const bullets = lastAlert(env)!
      .prompt.split('\n')
      .filter((l) => l.startsWith('• '));
    expect(bullets).toEqual(['• Gửi email thay mặt bạn (thư nhắc và thư xác nhận cho các đơn vị).']);
    expect(env.services.MailApp.sent).toEqual([]);

    env.services.ScriptApp.setMissingScopes([]);
    env.run('sendRemindersNow');
    expect(lastAlert(env)!.prompt).toMatch(/^Đã gửi \d+ thư/);
    expect(env.services.MailApp.sent.length).toBeGreaterThan(0);
  });

  it('can still update progress and create the monthly report, which send no email', () => {
    const { env } = seededEnvironment();
    env.clock.set(vn('2023-05-22T10:00:00'));
    env.services.ScriptApp.setMissingScopes([SCOPE.sendMail]);
    env.run('updateProgress');
    expect(lastAlert(env)!.prompt).toMatch(/^Đã cập nhật trang "Tiến độ"/);
    env.run('createMonthlyReport');
    expect(lastAlert(env)!.prompt).toMatch(/^Đã tạo "Báo cáo/);
  });
});

describe('the first setup by someone who refused forms and triggers', () => {
  it('creates no sheet, form or trigger and writes no admin, and says so', () => {
    ensureBuilt();
    const env = new OfflineEnvironment({ start: vn('2023-04-01T08:00:00') });
    env.services.ScriptApp.setMissingScopes([SCOPE.triggers, SCOPE.forms]);
    const before = world(env);
    env.run('setupSystem');
    expect(world(env)).toEqual(before);
    expect(env.spreadsheet.getSheetByName('Cấu hình')).toBeNull();
    const prompt = lastAlert(env)!.prompt.replace(/authorize\?scope=\S+/, 'authorize?scope=…');
    expect(prompt).toMatchInlineSnapshot(`
      "Chức năng "Khởi tạo hệ thống" cần những quyền mà tài khoản này chưa cấp cho Gương Sáng:
      • Tạo và cập nhật hai Google Biểu mẫu, đọc các phản hồi của đơn vị.
      • Chạy khi bạn không mở bảng tính (trình kích hoạt: nhận phản hồi, đối soát, thư nhắc, báo cáo tháng).
      Cách cấp quyền: mở đường dẫn dưới đây bằng đúng tài khoản Google này, đánh dấu chọn các quyền trên, bấm "Tiếp tục", rồi chạy lại chức năng:
      https://script.google.com/macros/d/1offlineGuongSangScriptId0000000000000000000000000000/authorize?scope=…
      Chưa có thay đổi nào được thực hiện."
    `);
    env.services.ScriptApp.setMissingScopes([]);
    env.run('setupSystem');
    expect(env.spreadsheet.getSheetByName('Cấu hình')).not.toBeNull();
    expect(env.services.ScriptApp.getProjectTriggers().length).toBeGreaterThan(0);
  });
});
