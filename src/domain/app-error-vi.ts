// Defines the Vietnamese wording of every AppError code: what stopped the run and what the clerk can do.
import type { AppProblem } from './app-error';

/** The menu path of setup, as the clerk sees it in the spreadsheet's menu bar. */
export const SETUP_MENU_PATH = 'Gương Sáng › Khởi tạo hệ thống';

export function appProblemMessageVi(p: AppProblem): string {
  switch (p.code) {
    case 'SHEET_MISSING':
      return `Bảng tính thiếu trang ${p.sheet}. Hãy chạy ${SETUP_MENU_PATH} để tạo lại trang này.`;
    case 'COLUMN_MISSING':
      return (
        `Trang ${p.sheet} thiếu cột "${p.column}". Hãy chạy ${SETUP_MENU_PATH} để sửa. ` +
        `Nếu cột chỉ bị đổi tên, đặt lại đúng tên "${p.column}" sẽ giữ được dữ liệu đã có trong cột.`
      );
    case 'INVALID_PERIOD':
      return `Kỳ "${p.value}" không hợp lệ: kỳ ghi theo dạng năm-tháng, ví dụ 2023-05.`;
    case 'LOCK_TIMEOUT':
      return (
        'Hệ thống đang bận với một việc khác (đang ghi phản hồi mới, đối soát hoặc cập nhật tiến độ). ' +
        'Hãy chờ vài phút rồi chạy lại.'
      );
    case 'DRIVE_DISABLED':
      return (
        'Dự án Apps Script của bảng tính chưa bật dịch vụ nâng cao Drive (Drive API v3) nên chưa lưu được báo cáo. ' +
        'Người phụ trách kỹ thuật hãy bật lại ở Tiện ích mở rộng › Apps Script › Dịch vụ, rồi chạy lại.'
      );
    case 'AUTHORIZATION_REQUIRED':
      return (
        'Gương Sáng chưa được cấp đủ quyền để làm việc này. ' +
        `Người quản trị hãy chạy ${SETUP_MENU_PATH} và đánh dấu cấp tất cả các quyền được hỏi.`
      );
  }
}
