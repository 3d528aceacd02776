// Defines every sheet of the master spreadsheet: names, headers, widths, formats, validations.
// Pure data: the setup adapter applies it; the row mappers read and write by these headers.
import { ARTICLE_FORM, EXEMPLAR_FORM } from '../domain/forms';
import { QUOTA_COLUMNS } from '../domain/quota';
import { SETTING_COLUMNS } from '../domain/settings';
import { REVIEW_STATUSES } from '../domain/types';
import { UNIT_COLUMNS } from '../domain/units';
import { REMINDER_LOG_SHEET, REMINDER_PREVIEW_SHEET } from './reminder-sheets';
import { REPORT_LOG_SHEET } from './report-sheets';

export type ColumnFormat = 'text' | 'datetime' | 'date' | 'number' | 'checkbox';

export interface ColumnDef {
  header: string;
  width: number;
  format: ColumnFormat;
  /** Dropdown values (data validation). */
  choices?: readonly string[];
  /** Hidden technical column the automation uses for server-side lookups. */
  hidden?: boolean;
  /** Column owned by Nội vụ: never overwritten by the automation once a row exists. */
  office?: boolean;
}

export interface SheetDef {
  name: string;
  columns: readonly ColumnDef[];
  /** Header row colour. */
  color: string;
}

const text = (header: string, width = 160): ColumnDef => ({ header, width, format: 'text' });

export const SHEET_NAMES = {
  units: 'Đơn vị',
  quotas: 'Chỉ tiêu',
  settings: 'Cấu hình',
  exemplars: 'Gương ĐHTT-NTVT',
  articles: 'Bài viết dự thi',
  errors: 'Lỗi nhập liệu',
} as const;

export const COL = {
  responseId: 'Mã phản hồi',
  timestamp: 'Dấu thời gian',
  period: 'Kỳ',
  unitCode: 'Mã đơn vị',
  unitName: 'Tên đơn vị',
  email: 'Email người gửi',
  flags: 'Cờ',
  counted: 'Được tính',
  status: 'Trạng thái',
  selected: 'Chọn gửi Thành phố',
  note: 'Ghi chú Nội vụ',
  key: 'Khoá trùng',
  periodKey: 'Khoá kỳ',
  fingerprint: 'Dấu vân tay',
} as const;

export const FLAG = {
  repeat: 'Trùng',
  unverified: 'Chưa xác thực',
  otherUnit: 'Có thể trùng đơn vị khác',
  truncated: 'Cắt bớt (quá 50.000 ký tự)',
} as const;

const head: ColumnDef[] = [
  { header: COL.responseId, width: 140, format: 'text', hidden: true },
  { header: COL.timestamp, width: 150, format: 'datetime' },
  text(COL.period, 80),
  text(COL.unitCode, 90),
  text(COL.unitName, 220),
  text(COL.email, 200),
];

const answerColumns = (form: typeof EXEMPLAR_FORM | typeof ARTICLE_FORM): ColumnDef[] =>
  form.questions
    .filter((q) => !q.unitList)
    .map((q) => ({
      header: q.title,
      width: q.kind === 'paragraph' ? 320 : 180,
      format: q.validation === 'score' ? 'number' : 'text',
    }));

const statusCol: ColumnDef = { header: COL.status, width: 150, format: 'text', choices: REVIEW_STATUSES, office: true };
const noteCol: ColumnDef = { header: COL.note, width: 220, format: 'text', office: true };
const tech = (header: string): ColumnDef => ({ header, width: 120, format: 'text', hidden: true });

export const EXEMPLAR_SHEET: SheetDef = {
  name: SHEET_NAMES.exemplars,
  color: '#fde9d9',
  columns: [
    ...head,
    ...answerColumns(EXEMPLAR_FORM),
    text(COL.flags, 200),
    text(COL.counted, 80),
    statusCol,
    noteCol,
    tech(COL.key),
    tech(COL.periodKey),
    tech(COL.fingerprint),
  ],
};

export const ARTICLE_SHEET: SheetDef = {
  name: SHEET_NAMES.articles,
  color: '#e2efda',
  columns: [
    ...head,
    ...answerColumns(ARTICLE_FORM),
    text(COL.flags, 200),
    text(COL.counted, 80),
    statusCol,
    { header: COL.selected, width: 110, format: 'checkbox', office: true },
    noteCol,
    tech(COL.key),
    tech(COL.periodKey),
    tech(COL.fingerprint),
  ],
};

export const ERROR_COL = {
  form: 'Biểu mẫu',
  unitAnswer: 'Đơn vị (như đã trả lời)',
  reason: 'Lý do',
  codes: 'Mã lỗi',
  raw: 'Dữ liệu gốc',
  sourceRow: 'Dòng trong tệp nguồn',
  handled: 'Đã xử lý',
} as const;

export const ERROR_SHEET: SheetDef = {
  name: SHEET_NAMES.errors,
  color: '#f4cccc',
  columns: [
    { header: COL.responseId, width: 140, format: 'text' },
    { header: COL.timestamp, width: 150, format: 'text' },
    text(ERROR_COL.form, 140),
    text(COL.email, 200),
    text(ERROR_COL.unitAnswer, 220),
    text(ERROR_COL.reason, 420),
    text(ERROR_COL.codes, 160),
    text(ERROR_COL.raw, 320),
    text(ERROR_COL.sourceRow, 90),
    { header: ERROR_COL.handled, width: 80, format: 'checkbox', office: true },
    tech(COL.fingerprint),
  ],
};

/** Hidden: the name last published to the forms' dropdowns, so a rename can keep the old name as an alias. */
export const UNIT_SYNCED_NAME = 'Tên trên biểu mẫu';

export const UNIT_SHEET: SheetDef = {
  name: SHEET_NAMES.units,
  color: '#ddebf7',
  columns: [...UNIT_COLUMNS.map((h) => text(h, h === 'Tên đơn vị' ? 280 : 180)), tech(UNIT_SYNCED_NAME)],
};

export const QUOTA_SHEET: SheetDef = {
  name: SHEET_NAMES.quotas,
  color: '#fff2cc',
  columns: QUOTA_COLUMNS.map((h, i) => ({ header: h, width: i === 1 ? 260 : 150, format: i >= 2 ? 'number' : 'text' })),
};

export const SETTINGS_SHEET: SheetDef = {
  name: SHEET_NAMES.settings,
  color: '#ededed',
  columns: SETTING_COLUMNS.map((h, i) => text(h, [220, 320, 480][i])),
};

export const MASTER_SHEETS: readonly SheetDef[] = [
  UNIT_SHEET,
  QUOTA_SHEET,
  SETTINGS_SHEET,
  EXEMPLAR_SHEET,
  ARTICLE_SHEET,
  ERROR_SHEET,
  REMINDER_LOG_SHEET,
  REMINDER_PREVIEW_SHEET,
  REPORT_LOG_SHEET,
];

export function columnIndex(def: SheetDef, header: string): number {
  const i = def.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`Column "${header}" is not in sheet ${def.name}`);
  return i;
}
