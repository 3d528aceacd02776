// Defines the admin check of menu actions: who is running, the `Quản trị` list, a refusal in Vietnamese, the bootstrap.
import { type AccessDecision, type AdminAction, decideAdminAccess, runningUser } from '../domain/access';
import { parseSettings, settingLabel } from '../domain/settings';
import { withScriptLock } from '../gas/lock';
import { notify } from '../gas/ui';
import { SHEET_NAMES } from '../sheets/layout';
import { spreadsheet } from './context';
import { writeSetting } from './settings-store';

/** The menu captions, as the clerk clicked them. */
export const ADMIN_ACTION_LABEL: Record<AdminAction, string> = {
  setup: 'Khởi tạo hệ thống',
  rebuild: 'Xây dựng lại dữ liệu',
  sendNow: 'Gửi thư nhắc ngay',
};

const ADMINS = settingLabel('admins');
const NOTHING_CHANGED = 'Không có thay đổi nào được thực hiện.';

/** One read of `Cấu hình` (missing before the first setup: no admins yet). */
function readAdmins(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const sheet = ss.getSheetByName(SHEET_NAMES.settings);
  return sheet ? parseSettings(sheet.getDataRange().getValues().slice(1)).settings.admins : [];
}

/** The email of the person running this execution ('' when Google withholds it); see runningUser. */
export function currentUser(): string {
  return runningUser(Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail());
}

export function refusalMessageVi(d: Extract<AccessDecision, { allowed: false }>): string {
  const label = ADMIN_ACTION_LABEL[d.action];
  switch (d.code) {
    case 'UNKNOWN_USER':
      return (
        `Không xác định được tài khoản Google đang dùng nên không kiểm tra được quyền chạy "${label}". ` +
        `Hãy đăng nhập bằng tài khoản Google của mình (không dùng cửa sổ ẩn danh) rồi chạy lại. ${NOTHING_CHANGED}`
      );
    case 'NO_ADMIN_YET':
      return (
        `Chưa có người quản trị ở dòng "${ADMINS}" của trang ${SHEET_NAMES.settings}. Hãy chạy "${ADMIN_ACTION_LABEL.setup}" ` +
        `(người chạy lần đầu được ghi làm quản trị) hoặc nhập email người quản trị vào dòng đó. ${NOTHING_CHANGED}`
      );
    case 'NOT_ADMIN':
      return (
        `Tài khoản ${d.user} không có quyền chạy "${label}". Chức năng này chỉ dành cho người có email ở dòng ` +
        `"${ADMINS}" của trang ${SHEET_NAMES.settings}; hãy nhờ một người quản trị thực hiện. ${NOTHING_CHANGED}`
      );
  }
}

/**
 * The decision for the person running `action` now; a refusal is shown (or logged without a UI) and
 * the caller must stop. Menu entry points only: triggers run as their installer and are not user actions.
 */
export function authorizeAdmin(action: AdminAction): Extract<AccessDecision, { allowed: true }> | null {
  const d = decideAdminAccess({ action, user: currentUser(), admins: readAdmins(spreadsheet()) });
  if (d.allowed) return d;
  console.warn(`Admin action ${action} refused (${d.code}) for "${d.user}"`);
  notify(ADMIN_ACTION_LABEL[action], refusalMessageVi(d));
  return null;
}

/**
 * After the first setup: writes its runner into `Quản trị`, unless someone filled the list meanwhile.
 * Returns the lines for the setup dialog (none when nothing was written).
 */
export function claimFirstAdmin(user: string): string[] {
  const ss = spreadsheet();
  const written = withScriptLock(() => {
    if (readAdmins(ss).length > 0) return false;
    writeSetting(ss, 'admins', user);
    return true;
  });
  return written
    ? [
        `Đã ghi ${user} vào dòng "${ADMINS}" của trang ${SHEET_NAMES.settings}: từ nay chỉ người có email ở dòng này ` +
          `mới chạy được ${Object.values(ADMIN_ACTION_LABEL)
            .map((l) => `"${l}"`)
            .join(', ')}. Thêm người khác bằng cách ghi thêm email, phân cách bằng dấu ";".`,
      ]
    : [];
}
