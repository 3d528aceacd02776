// Defines the two reminder sheets: `Nhật ký gửi thư` (one row per attempt, the memory of what was sent) and `Xem trước thư`.
import { STATUS_LABEL } from '../domain/reminders';
import type { ColumnDef, SheetDef } from './layout';

export const REMINDER_COL = {
  time: 'Thời gian',
  period: 'Kỳ',
  stage: 'Giai đoạn',
  round: 'Đợt nhắc',
  unitCode: 'Mã đơn vị',
  unitName: 'Tên đơn vị',
  to: 'Người nhận',
  cc: 'Bản sao',
  recipients: 'Số người nhận',
  subject: 'Tiêu đề',
  status: 'Trạng thái',
  error: 'Chi tiết lỗi',
  body: 'Nội dung',
  note: 'Ghi chú',
  /** period|stage|round day|unit code: what is sent at most once. */
  key: 'Khoá thư',
} as const;

const text = (header: string, width = 160): ColumnDef => ({ header, width, format: 'text' });
const C = REMINDER_COL;

export const REMINDER_LOG_SHEET: SheetDef = {
  name: 'Nhật ký gửi thư',
  color: '#d9d2e9',
  columns: [
    { header: C.time, width: 150, format: 'datetime' },
    text(C.period, 80),
    text(C.stage, 100),
    text(C.round, 100),
    text(C.unitCode, 90),
    text(C.unitName, 220),
    text(C.to, 240),
    text(C.cc, 180),
    text(C.subject, 360),
    { header: C.status, width: 170, format: 'text', choices: Object.values(STATUS_LABEL) },
    text(C.error, 260),
    { header: C.key, width: 120, format: 'text', hidden: true },
  ],
};

export const REMINDER_PREVIEW_SHEET: SheetDef = {
  name: 'Xem trước thư',
  color: '#fce5cd',
  columns: [
    { header: C.time, width: 150, format: 'datetime' },
    text(C.period, 80),
    text(C.stage, 100),
    text(C.unitCode, 90),
    text(C.unitName, 220),
    text(C.to, 240),
    text(C.cc, 180),
    { header: C.recipients, width: 90, format: 'number' },
    text(C.subject, 360),
    text(C.body, 480),
    text(C.note, 220),
  ],
};
