// Defines the settings of the `Cấu hình` sheet: Vietnamese labels, defaults, notes, and parsing with zod.
import * as z from 'zod';
import type { ArticleQuotaMode, PeriodConfig } from './types';

export interface Settings {
  parentBody: string;
  issuingBody: string;
  place: string;
  reportSymbol: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  reportRecipients: string;
  officeName: string;
  officeEmail: string;
  officePhone: string;
  admins: string[];
  cutoffDay: number;
  timeZone: string;
  campaignStart: string;
  articleQuotaMode: ArticleQuotaMode;
  countUnverified: boolean;
  sendReceipts: boolean;
  reminderDays: number[];
  repeatReminders: boolean;
  overdueDay: number;
  reminderHour: number;
  ccOffice: boolean;
  dryRun: boolean;
  reportFolderId: string;
  exemplarFormId: string;
  articleFormId: string;
}

export type SettingKey = keyof Settings;

interface SettingDef {
  key: SettingKey;
  label: string;
  default: string;
  note: string;
  /** Filled by the system (setup); the clerk should not edit it. */
  system?: boolean;
}

const yes = 'Có';
const no = 'Không';

/** Order here is the row order of `Cấu hình`. Labels are what the clerk sees and what identifies a row. */
export const SETTING_DEFS: readonly SettingDef[] = [
  {
    key: 'parentBody',
    label: 'Cơ quan chủ quản',
    default: '',
    note: 'Tên cơ quan cấp trên (dòng trên của tiêu đề trái báo cáo); để trống nếu không có.',
  },
  {
    key: 'issuingBody',
    label: 'Cơ quan ban hành',
    default: 'ỦY BAN NHÂN DÂN',
    note: 'Tên cơ quan ban hành báo cáo, viết hoa; xuống dòng bằng Alt+Enter/Ctrl+Enter.',
  },
  {
    key: 'place',
    label: 'Địa danh',
    default: '',
    note: 'Địa danh ghi ở dòng ngày tháng của báo cáo, ví dụ: Nam Từ Liêm.',
  },
  {
    key: 'reportSymbol',
    label: 'Ký hiệu báo cáo',
    default: 'BC-UBND',
    note: 'Phần sau dấu "/" của số báo cáo: Số: …/BC-UBND.',
  },
  {
    key: 'signerAuthority',
    label: 'Thẩm quyền ký',
    default: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH',
    note: 'Ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH (mỗi dòng một cấp).',
  },
  { key: 'signerTitle', label: 'Chức vụ người ký', default: 'PHÓ CHỦ TỊCH', note: 'Chức vụ của người ký, viết hoa.' },
  { key: 'signerName', label: 'Họ tên người ký', default: '', note: 'Họ và tên người ký báo cáo.' },
  {
    key: 'reportRecipients',
    label: 'Nơi nhận',
    default: '- Như trên;\n- Lưu: VT, NV.',
    note: 'Mỗi dòng một nơi nhận, bắt đầu bằng dấu "-".',
  },
  {
    key: 'officeName',
    label: 'Tên phòng Nội vụ',
    default: 'Phòng Nội vụ',
    note: 'Tên đơn vị thường trực, dùng trong thư nhắc.',
  },
  {
    key: 'officeEmail',
    label: 'Email Nội vụ',
    default: '',
    note: 'Địa chỉ nhận trả lời (reply-to) và bản sao thư nhắc.',
  },
  { key: 'officePhone', label: 'Điện thoại Nội vụ', default: '', note: 'Số điện thoại liên hệ ghi trong thư nhắc.' },
  {
    key: 'admins',
    label: 'Quản trị',
    default: '',
    note: 'Email những người được chạy các chức năng quản trị (khởi tạo, xây dựng lại dữ liệu, gửi thư ngay), phân cách bằng dấu ";".',
  },
  {
    key: 'cutoffDay',
    label: 'Ngày chốt số liệu',
    default: '20',
    note: 'Hạn gửi hằng tháng: hết ngày này (23:59:59) là chốt kỳ. Kỳ tháng M tính từ ngày kế tiếp của tháng trước.',
  },
  { key: 'timeZone', label: 'Múi giờ', default: 'Asia/Ho_Chi_Minh', note: 'Múi giờ dùng để xác định kỳ báo cáo.' },
  {
    key: 'campaignStart',
    label: 'Kỳ bắt đầu đợt thi đua',
    default: '',
    note: 'Kỳ đầu tiên của đợt (YYYY-MM), dùng khi chỉ tiêu bài viết tính cả đợt và cho xếp loại năm; để trống = tháng 01 của năm.',
  },
  {
    key: 'articleQuotaMode',
    label: 'Chỉ tiêu bài viết tính theo',
    default: 'Tháng',
    note: '"Tháng": đủ chỉ tiêu mỗi tháng; "Cả đợt": cộng dồn từ kỳ bắt đầu đợt.',
  },
  {
    key: 'countUnverified',
    label: 'Tính phản hồi chưa xác thực',
    default: yes,
    note: '"Có": phản hồi gửi từ email chưa đăng ký của đơn vị vẫn được tính (gắn cờ Chưa xác thực); "Không": không tính.',
  },
  {
    key: 'sendReceipts',
    label: 'Gửi xác nhận cho người gửi',
    default: no,
    note: '"Có": gửi thư xác nhận cho người gửi biểu mẫu, kèm tiến độ của chính đơn vị.',
  },
  {
    key: 'reminderDays',
    label: 'Ngày nhắc trước hạn',
    default: '10, 15, 18',
    note: 'Các ngày trong tháng gửi thư nhắc đơn vị chưa đủ chỉ tiêu kỳ hiện tại, phân cách bằng dấu phẩy.',
  },
  {
    key: 'repeatReminders',
    label: 'Nhắc lại ở mỗi ngày nhắc',
    default: yes,
    note: '"Có": đơn vị còn thiếu được nhắc ở mỗi ngày nhắc trước hạn (mỗi ngày tối đa một thư); "Không": mỗi đơn vị chỉ nhận một thư trước hạn và một thư quá hạn mỗi kỳ.',
  },
  {
    key: 'overdueDay',
    label: 'Ngày nhắc quá hạn',
    default: '21',
    note: 'Ngày gửi thư cho đơn vị kết thúc kỳ trước chưa đủ chỉ tiêu.',
  },
  { key: 'reminderHour', label: 'Giờ gửi thư nhắc', default: '8', note: 'Giờ (0–23) chạy tác vụ hằng ngày.' },
  {
    key: 'ccOffice',
    label: 'Gửi bản sao cho Nội vụ',
    default: yes,
    note: '"Có": thư nhắc gửi kèm bản sao (cc) cho Email Nội vụ.',
  },
  {
    key: 'dryRun',
    label: 'Chế độ thử',
    default: no,
    note: '"Có": tác vụ tự động chỉ ghi thư vào trang Xem trước thư, không gửi.',
  },
  {
    key: 'reportFolderId',
    label: 'Thư mục báo cáo',
    default: '',
    note: 'Do hệ thống tạo khi khởi tạo; không sửa.',
    system: true,
  },
  {
    key: 'exemplarFormId',
    label: 'Biểu mẫu giới thiệu gương',
    default: '',
    note: 'Mã biểu mẫu A, do hệ thống tạo khi khởi tạo; không sửa.',
    system: true,
  },
  {
    key: 'articleFormId',
    label: 'Biểu mẫu bài viết dự thi',
    default: '',
    note: 'Mã biểu mẫu B, do hệ thống tạo khi khởi tạo; không sửa.',
    system: true,
  },
];

export const SETTING_COLUMNS = ['Thiết lập', 'Giá trị', 'Ghi chú'] as const;

const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFC')
    .trim();
const boolVi = z
  .string()
  .transform((s) => s.toLocaleLowerCase('vi'))
  .pipe(z.enum(['có', 'không', 'true', 'false', 'x', '']))
  .transform((s) => s === 'có' || s === 'true' || s === 'x');
const day = z.coerce.number().int().min(1).max(28);
const list = (s: string) =>
  s
    .split(/[;,\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

const fieldSchemas: Partial<Record<SettingKey, z.ZodType>> = {
  admins: z.string().transform((s) => list(s).map((e) => e.toLowerCase())),
  cutoffDay: day,
  timeZone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }),
  campaignStart: z.string().regex(/^(\d{4}-(0[1-9]|1[0-2]))?$/),
  articleQuotaMode: z
    .string()
    .transform((s) => s.toLocaleLowerCase('vi'))
    .pipe(z.enum(['tháng', 'cả đợt', 'month', 'campaign']))
    .transform((s): ArticleQuotaMode => (s === 'tháng' || s === 'month' ? 'month' : 'campaign')),
  countUnverified: boolVi,
  sendReceipts: boolVi,
  repeatReminders: boolVi,
  ccOffice: boolVi,
  dryRun: boolVi,
  reminderDays: z
    .string()
    .transform((s) => list(s).map(Number))
    .pipe(z.array(z.number().int().min(1).max(31))),
  overdueDay: z.coerce.number().int().min(1).max(31),
  reminderHour: z.coerce.number().int().min(0).max(23),
  officeEmail: z.union([z.literal(''), z.email()]),
};

export interface SettingProblem {
  label: string;
  value: string;
}

/** Parses `Cấu hình` rows ([label, value, …]); unknown labels are ignored, bad values fall back to defaults and are reported. */
export function parseSettings(rows: readonly (readonly unknown[])[]): {
  settings: Settings;
  problems: SettingProblem[];
} {
  const byLabel = new Map<string, string>();
  for (const r of rows) {
    const label = norm(r[0]).toLocaleLowerCase('vi');
    if (label) byLabel.set(label, r[1] instanceof Date ? r[1].toISOString() : String(r[1] ?? '').normalize('NFC'));
  }
  const out: Record<string, unknown> = {};
  const problems: SettingProblem[] = [];
  for (const def of SETTING_DEFS) {
    const raw = byLabel.get(def.label.toLocaleLowerCase('vi'));
    const text = raw === undefined || raw.trim() === '' ? def.default : raw.trim();
    const schema = fieldSchemas[def.key] ?? z.string();
    const parsed = schema.safeParse(text);
    if (parsed.success) out[def.key] = parsed.data;
    else {
      problems.push({ label: def.label, value: text });
      out[def.key] = (schema.parse as (v: string) => unknown)(def.default);
    }
  }
  return { settings: out as unknown as Settings, problems };
}

export function defaultSettings(): Settings {
  return parseSettings([]).settings;
}

export function periodConfigOf(s: Settings): PeriodConfig {
  return { cutoffDay: s.cutoffDay, timeZone: s.timeZone };
}

export function settingLabel(key: SettingKey): string {
  const def = SETTING_DEFS.find((d) => d.key === key);
  if (!def) throw new Error(`Unknown setting ${key}`);
  return def.label;
}
