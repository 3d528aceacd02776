// Defines the Vietnamese wording of every Problem, for clerks: what is wrong and what to do about it.
import type { Problem } from './problems';

function formatNumberVi(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function quoted(list: readonly string[]): string {
  return list.map((s) => `"${s}"`).join(', ');
}

function allowedHint(p: Problem): string {
  return p.allowed && p.allowed.length > 0 ? ` Chọn một trong: ${quoted(p.allowed)}.` : '';
}

function body(p: Problem): string {
  const column = p.column ?? p.field ?? '';
  const value = p.value ?? '';
  switch (p.code) {
    case 'UNIT_NOT_FOUND':
      return `Không tìm thấy đơn vị: "${value}". Kiểm tra tên đơn vị hoặc thêm tên gọi khác trong trang Đơn vị.`;
    case 'UNIT_AMBIGUOUS': {
      const which = p.detail ? ` (${p.detail})` : '';
      return `Tên "${value}" khớp với nhiều đơn vị${which}. Sửa tên gọi khác trong trang Đơn vị để mỗi tên chỉ thuộc một đơn vị.`;
    }
    case 'REQUIRED':
      return `Thiếu nội dung bắt buộc ở mục "${column}".`;
    case 'INVALID_CHOICE':
      return `Lựa chọn không hợp lệ ở mục "${column}": "${value}".${allowedHint(p)}`;
    case 'INVALID_YEAR':
      return `Năm sinh không hợp lệ: "${value}". Ghi 4 chữ số, ví dụ 1985, hoặc để trống.`;
    case 'INVALID_URL':
      return `Đường dẫn không hợp lệ ở mục "${column}": "${value}". Đường dẫn phải đầy đủ, bắt đầu bằng http:// hoặc https://.`;
    case 'INVALID_SCORE':
      return `Điểm không hợp lệ ở mục "${column}": "${value}". Ghi số từ 0 đến ${p.limit ?? 100}, ví dụ 85 hoặc 85,5.`;
    case 'INVALID_EMAIL':
      return `Địa chỉ email không hợp lệ: "${value}". Các địa chỉ cách nhau bằng dấu chấm phẩy (;).`;
    case 'INVALID_TIMESTAMP':
      return `Không đọc được thời gian: "${value}". Ghi theo dạng ngày/tháng/năm giờ:phút:giây, ví dụ 20/05/2023 23:59:59.`;
    case 'INVALID_PERIOD':
      return `Kỳ báo cáo không hợp lệ: "${value}". Ghi theo dạng năm-tháng, ví dụ 2023-05.`;
    case 'UNKNOWN_UNIT_TYPE':
      return `Loại đơn vị không hợp lệ: "${value}".${allowedHint(p)} Có thể ghi mã loại hoặc tên loại đúng như trong công văn.`;
    case 'DUPLICATE_UNIT_CODE':
      return `Mã đơn vị "${value}" bị trùng ở dòng ${p.otherRow} và dòng ${p.row}. Mỗi đơn vị cần một mã riêng.`;
    case 'DUPLICATE_QUOTA_TYPE':
      return `Loại đơn vị "${value}" được khai báo chỉ tiêu hai lần, ở dòng ${p.otherRow} và dòng ${p.row}. Chỉ giữ một dòng.`;
    case 'MISSING_COLUMN':
      return `Thiếu cột "${column}" ở dòng tiêu đề.`;
    case 'INVALID_NUMBER':
      return `Giá trị không hợp lệ ở cột "${column}": "${value}". Ghi số nguyên từ 0 trở lên.`;
    case 'RECOMMENDED_BELOW_MINIMUM':
      return `Số bài viết khuyến khích (${value}) nhỏ hơn số bài viết tối thiểu (${p.limit}). Sửa lại cho lớn hơn hoặc bằng số tối thiểu.`;
    case 'TOO_LONG':
      return `Nội dung mục "${column}" quá dài, tối đa ${formatNumberVi(p.limit ?? 0)} ký tự.`;
    case 'INVALID_SETTING':
      return `Thiết lập "${column}" không hợp lệ: "${value}". Kiểm tra lại trang Cấu hình.`;
    case 'UNVERIFIED_SENDER':
      return `Email người gửi "${value}" chưa được đăng ký cho đơn vị; phản hồi được đánh dấu Chưa xác thực.`;
  }
}

/** One problem in Vietnamese; a data row is named first so the clerk finds it. */
export function problemMessageVi(p: Problem): string {
  const text = body(p);
  const namesRows = p.code === 'DUPLICATE_UNIT_CODE' || p.code === 'DUPLICATE_QUOTA_TYPE';
  return p.row !== undefined && p.row > 0 && !namesRows ? `Dòng ${p.row}: ${text}` : text;
}

/** Several problems in one line, joined by '; ' (each sentence's final stop dropped but the last). */
export function problemsMessageVi(ps: readonly Problem[]): string {
  const texts = ps.map(problemMessageVi);
  return texts.map((t, i) => (i < texts.length - 1 ? t.replace(/\.$/, '') : t)).join('; ');
}
