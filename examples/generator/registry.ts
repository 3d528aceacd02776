// Defines the registry and settings files of the sample: don-vi.csv rows and cau-hinh.csv rows.
import type { UnitTypeCode } from '../../src/domain/types';
import { type SampleUnit, TYPE_LABELS } from './units';

export const UNITS_HEADER = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại đơn vị',
  'Email',
  'Tên gọi khác',
  'Người phụ trách',
  'Hoạt động',
];

/** The letter's order of unit types (§4–5), which is how a clerk would list them. */
const ORDER: readonly UnitTypeCode[] = ['phong_ban', 'mttq_doan_the', 'hiep_quan', 'truong', 'phuong'];

export function unitRows(units: readonly SampleUnit[]): string[][] {
  const rows: string[][] = [UNITS_HEADER];
  for (const type of ORDER) {
    units
      .filter((u) => u.type === type)
      .forEach((u, i) => {
        // Every third unit gives its type by the exact label, the others by code.
        const typeCell = i % 3 === 1 ? TYPE_LABELS[type] : type;
        // PB08 is typed without a space after ';', as people do.
        const emails = u.emails.join(u.code === 'PB08' ? ';' : '; ');
        rows.push([u.code, u.name, typeCell, emails, u.aliases.join('; '), u.contact, u.active ? 'Có' : 'Không']);
      });
  }
  return rows;
}

export const SETTINGS_ROWS: readonly (readonly string[])[] = [
  ['Thiết lập', 'Giá trị'],
  ['Cơ quan chủ quản', ''],
  ['Cơ quan ban hành', 'ỦY BAN NHÂN DÂN\nQUẬN NAM TỪ LIÊM'],
  ['Địa danh', 'Nam Từ Liêm'],
  ['Ký hiệu báo cáo', 'BC-UBND'],
  ['Thẩm quyền ký', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH'],
  ['Chức vụ người ký', 'PHÓ CHỦ TỊCH'],
  ['Họ tên người ký', 'Trần Thanh Long'],
  [
    'Nơi nhận',
    '- Thường trực Quận ủy;\n- Thường trực HĐND quận;\n- Lãnh đạo UBND quận;\n- Hội đồng Thi đua - Khen thưởng quận;\n- Lưu: VT, NV.',
  ],
  ['Tên phòng Nội vụ', 'Phòng Nội vụ quận Nam Từ Liêm'],
  ['Email Nội vụ', 'noivu@namtuliem.example.vn'],
  ['Điện thoại Nội vụ', '024 3765 8246'],
  ['Quản trị', 'noivu@namtuliem.example.vn'],
];
