// Defines the `Gương Sáng` menu: each item's caption (also its dialog title), the entry point it runs, and the
// OAuth scopes it needs, checked before it starts (granular consent: a person may have granted only some).
import { ALL_SCOPES, SCOPE, type ScopeUrl } from '../domain/scopes';

export const MENU_TITLE = 'Gương Sáng';

export interface MenuAction {
  caption: string;
  scopes: readonly ScopeUrl[];
}

/** The bound spreadsheet and its dialogs: every item needs them. */
const BASE: readonly ScopeUrl[] = [SCOPE.spreadsheet, SCOPE.ui];

/** Keys are the entry points' names in src/main.ts (a test checks that each is exported and in the menu). */
export const MENU_ACTIONS = {
  // Setup installs the triggers that later run with its runner's grants: it asks for every scope.
  setupSystem: { caption: 'Khởi tạo hệ thống', scopes: ALL_SCOPES },
  syncUnits: { caption: 'Cập nhật danh sách đơn vị', scopes: [...BASE, SCOPE.forms] },
  // Long jobs continue in a one-off trigger (script.scriptapp).
  reconcileNow: { caption: 'Đối soát', scopes: [...BASE, SCOPE.forms, SCOPE.triggers] },
  // Admin-only items read the runner's email (userinfo.email).
  rebuildData: { caption: 'Xây dựng lại dữ liệu', scopes: [...BASE, SCOPE.forms, SCOPE.triggers, SCOPE.email] },
  // Previews carry links to the forms prefilled with the unit.
  previewReminders: { caption: 'Xem trước thư nhắc', scopes: [...BASE, SCOPE.forms] },
  sendRemindersNow: {
    caption: 'Gửi thư nhắc ngay',
    scopes: [...BASE, SCOPE.forms, SCOPE.sendMail, SCOPE.triggers, SCOPE.email],
  },
  updateProgress: { caption: 'Cập nhật tiến độ', scopes: BASE },
  createMonthlyReport: { caption: 'Tạo báo cáo tháng', scopes: [...BASE, SCOPE.documents, SCOPE.driveFile] },
} as const satisfies Record<string, MenuAction>;

export type MenuActionName = keyof typeof MENU_ACTIONS;

/** Menu order; `null` is a separator. */
export const MENU_LAYOUT: readonly (MenuActionName | null)[] = [
  'setupSystem',
  'syncUnits',
  null,
  'reconcileNow',
  'rebuildData',
  null,
  'previewReminders',
  'sendRemindersNow',
  null,
  'updateProgress',
  'createMonthlyReport',
];

export function menuItems(): ({ caption: string; fn: MenuActionName } | null)[] {
  return MENU_LAYOUT.map((fn) => (fn ? { caption: MENU_ACTIONS[fn].caption, fn } : null));
}
