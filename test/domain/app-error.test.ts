// Tests AppError and its Vietnamese wording: a stable code with fields, English detail for logs, and for each
// code the words a clerk reads (what stopped, what to do), never English.
import { describe, expect, it } from 'vitest';
import { AppError, type AppProblem, columnMissing, invalidPeriod, sheetMissing } from '../../src/domain/app-error';
import { appProblemMessageVi } from '../../src/domain/app-error-vi';

const EVERY_PROBLEM: AppProblem[] = [
  { code: 'SHEET_MISSING', sheet: 'Lỗi nhập liệu' },
  { code: 'COLUMN_MISSING', sheet: 'Gương ĐHTT-NTVT', column: 'Cờ' },
  { code: 'INVALID_PERIOD', value: '2023-13' },
  { code: 'LOCK_TIMEOUT' },
  { code: 'DRIVE_DISABLED' },
  { code: 'AUTHORIZATION_REQUIRED' },
];

describe('AppError', () => {
  it('carries the code and fields, with English detail as its message for developers', () => {
    const e = columnMissing('Gương ĐHTT-NTVT', 'Cờ');
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe('COLUMN_MISSING');
    expect(e.problem).toEqual({ code: 'COLUMN_MISSING', sheet: 'Gương ĐHTT-NTVT', column: 'Cờ' });
    expect(e.message).toBe('Column "Cờ" is missing in sheet "Gương ĐHTT-NTVT"; run setup');
    expect(sheetMissing('Đơn vị').message).toBe('Sheet "Đơn vị" is missing; run setup');
    expect(invalidPeriod('2023-13').message).toBe('Invalid period: 2023-13');
  });
});

describe('appProblemMessageVi', () => {
  it('tells the clerk which column is missing from which sheet and to run setup', () => {
    expect(appProblemMessageVi(EVERY_PROBLEM[1])).toMatchInlineSnapshot(
      `"Trang Gương ĐHTT-NTVT thiếu cột "Cờ". Hãy chạy Gương Sáng › Khởi tạo hệ thống để sửa. Nếu cột chỉ bị đổi tên, đặt lại đúng tên "Cờ" sẽ giữ được dữ liệu đã có trong cột."`,
    );
  });

  it('tells the clerk which sheet is missing', () => {
    expect(appProblemMessageVi(EVERY_PROBLEM[0])).toMatchInlineSnapshot(
      `"Bảng tính thiếu trang Lỗi nhập liệu. Hãy chạy Gương Sáng › Khởi tạo hệ thống để tạo lại trang này."`,
    );
  });

  it('asks to wait and retry when another job holds the lock', () => {
    expect(appProblemMessageVi({ code: 'LOCK_TIMEOUT' })).toMatchInlineSnapshot(
      `"Hệ thống đang bận với một việc khác (đang ghi phản hồi mới, đối soát hoặc cập nhật tiến độ). Hãy chờ vài phút rồi chạy lại."`,
    );
  });

  it('shows the expected shape of a period', () => {
    expect(appProblemMessageVi(EVERY_PROBLEM[2])).toBe(
      'Kỳ "2023-13" không hợp lệ: kỳ ghi theo dạng năm-tháng, ví dụ 2023-05.',
    );
  });

  it('words every code in NFC Vietnamese without the English of the developer detail', () => {
    for (const p of EVERY_PROBLEM) {
      const text = appProblemMessageVi(p);
      expect(text).toBe(text.normalize('NFC'));
      expect(text).not.toMatch(/\b(missing|run setup|sheet|column|invalid|error|lock|timeout|authorization)\b/i);
    }
  });
});
