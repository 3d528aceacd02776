// Tests the Vietnamese wording of problems, read as a clerk reads it.
import { describe, expect, it } from 'vitest';
import { parseExemplarAnswers } from '../../src/domain/forms';
import { problemMessageVi, problemsMessageVi } from '../../src/domain/messages-vi';
import { parseUnitRows } from '../../src/domain/units';

describe('problemMessageVi for form responses', () => {
  it('names the unit answer that matched nothing and says where to fix it', () => {
    expect(problemMessageVi({ code: 'UNIT_NOT_FOUND', value: 'Phường Cầu Diẽn' })).toMatchInlineSnapshot(
      `"Không tìm thấy đơn vị: "Phường Cầu Diẽn". Kiểm tra tên đơn vị hoặc thêm tên gọi khác trong trang Đơn vị."`,
    );
  });

  it('names the units an ambiguous answer could mean', () => {
    expect(problemMessageVi({ code: 'UNIT_AMBIGUOUS', value: 'Mỹ Đình', detail: 'PH02, PH03' })).toMatchInlineSnapshot(
      `"Tên "Mỹ Đình" khớp với nhiều đơn vị (PH02, PH03). Sửa tên gọi khác trong trang Đơn vị để mỗi tên chỉ thuộc một đơn vị."`,
    );
  });

  it('explains every problem of a bad answer in question order', () => {
    const r = parseExemplarAnswers({
      'Đơn vị giới thiệu': 'PH01',
      'Họ và tên (hoặc tên tập thể, hộ gia đình)': '',
      'Đối tượng': 'Cá nhân',
      'Năm sinh': '85',
      'Lĩnh vực': 'Học tập',
      'Tiêu chí đáp ứng': 'Tích cực',
      'Nguồn phát hiện': 'Khác',
      'Tóm tắt thành tích': 'Tốt',
      'Đường dẫn minh chứng': 'drive.google.com/x',
    });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : problemsMessageVi(r.problems)).toMatchInlineSnapshot(
      `"Thiếu nội dung bắt buộc ở mục "Họ và tên (hoặc tên tập thể, hộ gia đình)"; Năm sinh không hợp lệ: "85". Ghi 4 chữ số, ví dụ 1985, hoặc để trống; Lựa chọn không hợp lệ ở mục "Tiêu chí đáp ứng": "Tích cực". Chọn một trong: "Gương mẫu chấp hành chủ trương và pháp luật", "Hoàn thành xuất sắc nhiệm vụ được giao", "Có mô hình mới và cách làm hay", "Tương thân tương ái và hoạt động nhân đạo"; Đường dẫn không hợp lệ ở mục "Đường dẫn minh chứng": "drive.google.com/x". Đường dẫn phải đầy đủ, bắt đầu bằng http:// hoặc https://."`,
    );
  });

  it('explains a bad score, a bad timestamp and an over-long answer', () => {
    expect(
      [
        problemMessageVi({ code: 'INVALID_SCORE', column: 'Điểm sơ khảo', value: '101', limit: 100 }),
        problemMessageVi({ code: 'INVALID_TIMESTAMP', row: 17, column: 'Dấu thời gian', value: '31/02/2023' }),
        problemMessageVi({ code: 'TOO_LONG', column: 'Tóm tắt thành tích', limit: 49_000 }),
      ].join('\n'),
    ).toMatchInlineSnapshot(`
      "Điểm không hợp lệ ở mục "Điểm sơ khảo": "101". Ghi số từ 0 đến 100, ví dụ 85 hoặc 85,5.
      Dòng 17: Không đọc được thời gian: "31/02/2023". Ghi theo dạng ngày/tháng/năm giờ:phút:giây, ví dụ 20/05/2023 23:59:59.
      Nội dung mục "Tóm tắt thành tích" quá dài, tối đa 49.000 ký tự."
    `);
  });
});

describe('problemMessageVi for the units file', () => {
  it('names the row, the column and what is accepted', () => {
    const { problems } = parseUnitRows(
      [
        ['PH01', 'UBND phường Cầu Diễn', 'phuong', 'vanthu@', '', ''],
        ['PB01', 'Phòng Nội vụ', 'phòng', '', '', ''],
        ['ph01', 'UBND phường Mỹ Đình 1', 'phuong', '', '', ''],
      ],
      ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Email', 'Tên gọi khác', 'Người phụ trách'],
    );
    expect(problems.map(problemMessageVi)).toMatchInlineSnapshot(`
      [
        "Dòng 1: Địa chỉ email không hợp lệ: "vanthu@". Các địa chỉ cách nhau bằng dấu chấm phẩy (;).",
        "Dòng 2: Loại đơn vị không hợp lệ: "phòng". Chọn một trong: "phong_ban", "mttq_doan_the", "hiep_quan", "truong", "phuong". Có thể ghi mã loại hoặc tên loại đúng như trong công văn.",
        "Mã đơn vị "ph01" bị trùng ở dòng 1 và dòng 3. Mỗi đơn vị cần một mã riêng.",
      ]
    `);
  });

  it('names a missing column without a row', () => {
    const { problems } = parseUnitRows([], ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị']);
    expect(problemsMessageVi(problems)).toMatchInlineSnapshot(`"Thiếu cột "Email" ở dòng tiêu đề."`);
  });

  it('is NFC', () => {
    const text = problemMessageVi({ code: 'UNIT_NOT_FOUND', value: 'Phường Cầu Diễn' });
    expect(text).toBe(text.normalize('NFC'));
  });
});
