import { describe, expect, it } from 'vitest';
import { bound, thrown } from './setup';

describe('a menu built in onOpen', () => {
  it('is recorded with its items, separators and submenus', () => {
    const { app } = bound();
    const ui = app.getUi();
    const sub = ui.createMenu('Quản trị').addItem('Cài đặt', 'setup');
    ui.createMenu('Gương Sáng').addItem('Lập báo cáo', 'buildReport').addSeparator().addSubMenu(sub).addToUi();
    expect(ui.menus).toHaveLength(1);
    expect(ui.menus[0].caption).toBe('Gương Sáng');
    expect(ui.menus[0].functionNames()).toEqual(['buildReport', 'setup']);
    expect(ui.menus[0].entries[1]).toEqual({ kind: 'separator' });
  });
});

describe('alerts and prompts', () => {
  it('answer with the queued button, or the affirmative one when nothing is queued', () => {
    const { app } = bound();
    const ui = app.getUi();
    ui.queueResponse(ui.Button.NO);
    expect(ui.alert('Xác nhận', 'Gửi nhắc nhở?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Đã xong')).toBe(ui.Button.OK);
    expect(ui.alert('Tiếp tục?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ui.alerts.map((a) => [a.title, a.prompt, a.buttons])).toEqual([
      ['Xác nhận', 'Gửi nhắc nhở?', 'YES_NO'],
      ['', 'Đã xong', 'OK'],
      ['', 'Tiếp tục?', 'YES_NO'],
    ]);
    ui.queueResponse(ui.Button.OK, '2023-05');
    const answer = ui.prompt('Kỳ báo cáo', 'Nhập YYYY-MM', ui.ButtonSet.OK_CANCEL);
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(['2023-05', 'OK']);
  });
});

describe('a trigger run', () => {
  it('cannot reach the user interface', () => {
    const { app, ss } = bound();
    app.setUiAvailable(false);
    expect(thrown(() => app.getUi())).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    ss.toast('Đã cập nhật', 'Gương Sáng');
    expect(ss.toasts).toEqual([{ message: 'Đã cập nhật', title: 'Gương Sáng', timeoutSeconds: 5 }]);
  });
});
