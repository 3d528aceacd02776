// Tests the menu table: each item needs the bound spreadsheet and its dialogs, setup asks for every scope (its
// triggers later run with its runner's grants), and no item asks for a scope it has no use for.
import { describe, expect, it } from 'vitest';
import { MENU_ACTIONS, MENU_LAYOUT, type MenuActionName, menuItems } from '../../src/app/menu';
import { ALL_SCOPES, SCOPE } from '../../src/domain/scopes';

const names = Object.keys(MENU_ACTIONS) as MenuActionName[];

describe('the Gương Sáng menu table', () => {
  it('shows every action once, in groups', () => {
    const shown = MENU_LAYOUT.filter((x) => x !== null);
    expect([...shown].sort()).toEqual([...names].sort());
    expect(menuItems()[0]).toEqual({ caption: 'Khởi tạo hệ thống', fn: 'setupSystem' });
    expect(menuItems().filter((x) => x === null)).toHaveLength(3);
  });

  it('makes setup ask for every scope of the manifest', () => {
    expect([...MENU_ACTIONS.setupSystem.scopes].sort()).toEqual([...ALL_SCOPES].sort());
  });

  it('gives every action the spreadsheet and its dialogs', () => {
    for (const n of names)
      expect(MENU_ACTIONS[n].scopes).toEqual(expect.arrayContaining([SCOPE.spreadsheet, SCOPE.ui]));
  });

  it('lets a clerk who refused email still update progress and create the report', () => {
    expect(MENU_ACTIONS.updateProgress.scopes).not.toContain(SCOPE.sendMail);
    expect(MENU_ACTIONS.createMonthlyReport.scopes).not.toContain(SCOPE.sendMail);
    expect(MENU_ACTIONS.sendRemindersNow.scopes).toContain(SCOPE.sendMail);
    expect(MENU_ACTIONS.createMonthlyReport.scopes).toEqual(expect.arrayContaining([SCOPE.documents, SCOPE.driveFile]));
  });

  it('asks the admin-only actions for the runner email the admin check reads', () => {
    for (const n of ['setupSystem', 'rebuildData', 'sendRemindersNow'] as const) {
      expect(MENU_ACTIONS[n].scopes).toContain(SCOPE.email);
    }
  });
});
