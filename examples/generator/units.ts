// Defines the sample registry: the units of Nam Từ Liêm district (as in 2023) that the sample responses come from.
import type { UnitTypeCode } from '../../src/domain/types';

export interface SampleUnit {
  code: string;
  name: string;
  type: UnitTypeCode;
  emails: string[];
  aliases: string[];
  contact: string;
  active: boolean;
  /** ASCII handle for invented email addresses and links. */
  slug: string;
  /** The ward the unit lives in, for addresses in answers (schools, wards). */
  ward?: string;
}

export const WARDS = [
  'Cầu Diễn',
  'Đại Mỗ',
  'Mễ Trì',
  'Mỹ Đình 1',
  'Mỹ Đình 2',
  'Phú Đô',
  'Phương Canh',
  'Tây Mỗ',
  'Trung Văn',
  'Xuân Phương',
] as const;

/** Exact labels of SPEC §2; the registry file writes about a third of the types this way, the rest as codes. */
export const TYPE_LABELS: Record<UnitTypeCode, string> = {
  phong_ban: 'Phòng, ban, ngành, đơn vị sự nghiệp',
  mttq_doan_the: 'MTTQ, đoàn thể, hội',
  hiep_quan: 'Cơ quan, đơn vị hiệp quản',
  truong: 'Trường học (MN, TH, THCS)',
  phuong: 'UBND phường',
};

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const DEPARTMENTS: readonly (readonly [string, string])[] = [
  ['Văn phòng HĐND và UBND quận', 'vanphong'],
  ['Phòng Nội vụ', 'noivu'],
  ['Phòng Tài chính - Kế hoạch', 'taichinh'],
  ['Phòng Tài nguyên và Môi trường', 'tnmt'],
  ['Phòng Quản lý đô thị', 'qldt'],
  ['Phòng Kinh tế', 'kinhte'],
  ['Phòng Văn hóa và Thông tin', 'vhtt'],
  ['Phòng Giáo dục và Đào tạo', 'gddt'],
  ['Phòng Y tế', 'yte'],
  ['Phòng Tư pháp', 'tuphap'],
  ['Phòng Lao động - Thương binh và Xã hội', 'ldtbxh'],
  ['Thanh tra quận', 'thanhtra'],
  ['Ban Quản lý dự án đầu tư xây dựng quận', 'bqlda'],
  ['Trung tâm Văn hóa - Thông tin và Thể thao quận', 'ttvhtt'],
  ['Trung tâm Phát triển quỹ đất quận', 'ttptqd'],
  ['Đội Quản lý trật tự xây dựng đô thị quận', 'doiqltt'],
  ['Trung tâm Y tế quận', 'ttyt'],
  ['Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên quận', 'gdnn'],
  ['Ban Bồi thường, giải phóng mặt bằng quận', 'bgpmb'],
];

const ASSOCIATIONS: readonly (readonly [string, string])[] = [
  ['Ủy ban MTTQ Việt Nam quận', 'mttq'],
  ['Quận đoàn', 'quandoan'],
  ['Hội Liên hiệp Phụ nữ quận', 'hoiphunu'],
  ['Hội Cựu chiến binh quận', 'hoiccb'],
  ['Hội Nông dân quận', 'hoinongdan'],
  ['Liên đoàn Lao động quận', 'ldld'],
  ['Hội Chữ thập đỏ quận', 'chuthapdo'],
  ['Hội Người cao tuổi quận', 'hoinct'],
  ['Hội Khuyến học quận', 'khuyenhoc'],
  ['Hội Luật gia quận', 'luatgia'],
  ['Hội Cựu giáo chức quận', 'cuugiaochuc'],
  ['Hội Người mù quận', 'hoinguoimu'],
];

const CO_MANAGED: readonly (readonly [string, string])[] = [
  ['Công an quận', 'congan'],
  ['Ban Chỉ huy Quân sự quận', 'bchqs'],
  ['Chi cục Thuế quận', 'thue'],
  ['Kho bạc Nhà nước Nam Từ Liêm', 'khobac'],
  ['Bảo hiểm xã hội quận', 'bhxh'],
  ['Chi cục Thống kê quận', 'thongke'],
  ['Viện Kiểm sát nhân dân quận', 'vksnd'],
  ['Tòa án nhân dân quận', 'tand'],
  ['Chi cục Thi hành án dân sự quận', 'thads'],
  ['Điện lực Nam Từ Liêm', 'dienluc'],
  ['Phòng giao dịch Ngân hàng Chính sách xã hội quận', 'nhcsxh'],
];

/** [name, ward] — the ward gives addresses; schools named after a person sit in the ward given. */
const SCHOOLS: readonly (readonly [string, string])[] = [
  ['Trường THCS Nam Từ Liêm', 'Phương Canh'],
  ['Trường THCS Cầu Diễn', 'Cầu Diễn'],
  ['Trường THCS Mỹ Đình 1', 'Mỹ Đình 1'],
  ['Trường THCS Mỹ Đình 2', 'Mỹ Đình 2'],
  ['Trường THCS Mễ Trì', 'Mễ Trì'],
  ['Trường THCS Phú Đô', 'Phú Đô'],
  ['Trường THCS Đại Mỗ', 'Đại Mỗ'],
  ['Trường THCS Tây Mỗ', 'Tây Mỗ'],
  ['Trường THCS Trung Văn', 'Trung Văn'],
  ['Trường THCS Xuân Phương', 'Xuân Phương'],
  ['Trường THCS Phương Canh', 'Phương Canh'],
  ['Trường Tiểu học Cầu Diễn', 'Cầu Diễn'],
  ['Trường Tiểu học Mỹ Đình 1', 'Mỹ Đình 1'],
  ['Trường Tiểu học Mỹ Đình 2', 'Mỹ Đình 2'],
  ['Trường Tiểu học Mễ Trì', 'Mễ Trì'],
  ['Trường Tiểu học Phú Đô', 'Phú Đô'],
  ['Trường Tiểu học Đại Mỗ', 'Đại Mỗ'],
  ['Trường Tiểu học Tây Mỗ', 'Tây Mỗ'],
  ['Trường Tiểu học Tây Mỗ 3', 'Tây Mỗ'],
  ['Trường Tiểu học Trung Văn', 'Trung Văn'],
  ['Trường Tiểu học Xuân Phương', 'Xuân Phương'],
  ['Trường Tiểu học Phương Canh', 'Phương Canh'],
  ['Trường Tiểu học Nam Trung Yên', 'Mễ Trì'],
  ['Trường Tiểu học Lê Quý Đôn', 'Mỹ Đình 2'],
  ['Trường Tiểu học Trần Quốc Toản', 'Trung Văn'],
  ['Trường Mầm non Cầu Diễn', 'Cầu Diễn'],
  ['Trường Mầm non Mỹ Đình 1', 'Mỹ Đình 1'],
  ['Trường Mầm non Mỹ Đình 2', 'Mỹ Đình 2'],
  ['Trường Mầm non Mễ Trì', 'Mễ Trì'],
  ['Trường Mầm non Phú Đô', 'Phú Đô'],
  ['Trường Mầm non Đại Mỗ', 'Đại Mỗ'],
  ['Trường Mầm non Tây Mỗ', 'Tây Mỗ'],
  ['Trường Mầm non Trung Văn', 'Trung Văn'],
  ['Trường Mầm non Xuân Phương', 'Xuân Phương'],
  ['Trường Mầm non Phương Canh', 'Phương Canh'],
  ['Trường Mầm non Hoa Sen', 'Mỹ Đình 1'],
  ['Trường Mầm non Hoa Hồng', 'Trung Văn'],
  ['Trường Mầm non Hoa Mai', 'Đại Mỗ'],
  ['Trường Mầm non Sao Mai', 'Mễ Trì'],
  ['Trường Mầm non Họa Mi', 'Xuân Phương'],
  ['Trường Mầm non Ánh Dương', 'Tây Mỗ'],
  ['Trường Mầm non Vàng Anh', 'Cầu Diễn'],
  ['Trường Mầm non Mầm Xanh', 'Phú Đô'],
  ['Trường Mầm non Thăng Long', 'Mỹ Đình 2'],
  ['Trường Mầm non Tuổi Hoa', 'Phương Canh'],
];

/** Extra registry facts that the edge cases of README.md rely on, keyed by unit code. */
const SPECIAL: Record<string, Partial<Pick<SampleUnit, 'emails' | 'aliases' | 'active'>>> = {
  PH01: {
    emails: ['vanthu.caudien@example.vn', 'thiduakhenthuong.caudien@example.vn'],
    aliases: ['Phường Cầu Diễn', 'UBND P. Cầu Diễn'],
  },
  PB01: { aliases: ['Văn phòng HĐND - UBND quận', 'VP HĐND và UBND quận'] },
  PB08: {
    emails: ['gddt@namtuliem.example.vn', 'thiduagddt@namtuliem.example.vn'],
    aliases: ['Phòng GD&ĐT quận'],
  },
  // Renamed in 2023; answers and old prefilled links still carry the former name.
  PB14: { aliases: ['Trung tâm Văn hóa - Thể thao quận'] },
  // Merged into the land fund centre: kept in the registry for history, no longer reporting.
  PB19: { active: false },
  DT01: { aliases: ['Mặt trận Tổ quốc quận', 'UBMTTQ quận'] },
  DT02: {
    emails: ['quandoan@namtuliem.example.vn', 'bithu.quandoan@namtuliem.example.vn'],
    aliases: ['Đoàn Thanh niên quận', 'Quận đoàn Nam Từ Liêm'],
  },
  DT12: { emails: [] },
  HQ01: {
    emails: ['congan@example.vn', 'pv01.congan@example.vn'],
    aliases: ['Công an quận Nam Từ Liêm'],
  },
  HQ10: { aliases: ['Công ty Điện lực Nam Từ Liêm'] },
  TR01: { emails: ['thcs-namtuliem@edu.example.vn', 'hieutruong.thcsntl@edu.example.vn'] },
  TR41: { emails: [] },
};

export function buildUnits(contactFor: (code: string) => string): SampleUnit[] {
  const units: SampleUnit[] = [];
  const add = (code: string, name: string, type: UnitTypeCode, email: string, slug: string, ward?: string) => {
    const special = SPECIAL[code] ?? {};
    units.push({
      code,
      name,
      type,
      emails: special.emails ?? [email],
      aliases: special.aliases ?? [],
      contact: contactFor(code),
      active: special.active ?? true,
      slug,
      ward,
    });
  };
  WARDS.forEach((ward, i) => {
    const slug = slugify(ward).replace(/-/g, '');
    add(`PH${two(i + 1)}`, `UBND phường ${ward}`, 'phuong', `vanthu.${slug}@example.vn`, slug, ward);
    if (i > 0) units[units.length - 1].aliases = [`Phường ${ward}`];
  });
  DEPARTMENTS.forEach(([name, slug], i) => {
    add(`PB${two(i + 1)}`, name, 'phong_ban', `${slug}@namtuliem.example.vn`, slug);
  });
  ASSOCIATIONS.forEach(([name, slug], i) => {
    add(`DT${two(i + 1)}`, name, 'mttq_doan_the', `${slug}@namtuliem.example.vn`, slug);
  });
  CO_MANAGED.forEach(([name, slug], i) => {
    add(`HQ${two(i + 1)}`, name, 'hiep_quan', `${slug}@example.vn`, slug);
  });
  SCHOOLS.forEach(([name, ward], i) => {
    const slug = slugify(name.replace('Trường ', '').replace('Tiểu học', 'TH').replace('Mầm non', 'MN'));
    add(`TR${two(i + 1)}`, name, 'truong', `${slug}@edu.example.vn`, slug, ward);
  });
  return units;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}
