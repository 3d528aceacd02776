// Defines invented Vietnamese people for the sample: full names (họ, đệm, tên), birth years and positions.
import type { Random } from './random';
import type { SampleUnit } from './units';

// Rough frequencies of Vietnamese family names; Kiều and Nghiêm are old family names of Từ Liêm villages.
const FAMILY: readonly (readonly [string, number])[] = (
  'Nguyễn:36 Trần:11 Lê:9 Phạm:7 Hoàng:5 Vũ:4 Phan:3 Đặng:2 Bùi:2 Đỗ:2.5 Ngô:1.5 Dương:1.2 ' +
  'Đinh:1 Đào:1 Trịnh:1 Lương:0.6 Kiều:1 Nghiêm:1 Tạ:0.6 Mai:0.5 Cao:0.6 Lý:0.4 Chu:0.5 Hồ:0.6'
)
  .split(' ')
  .map((entry) => {
    const [name, weight] = entry.split(':');
    return [name, Number(weight)] as const;
  });

// Space-separated so the lists stay readable; a repeated entry weighs that name more.
const MIDDLE_MALE = (
  'Văn Văn Văn Đức Minh Quang Hữu Thanh Xuân Ngọc Tuấn Mạnh Công Duy Trọng Thế Việt Anh Hoàng Đình ' +
  'Tiến Quốc Bá Hải Gia Trung Kim'
).split(' ');
const MIDDLE_FEMALE = (
  'Thị Thị Thị Thu Thanh Ngọc Minh Phương Thùy Hồng Kim Bích Lan Mai Khánh Diệu Hải Thảo Hoài ' + 'Quỳnh Bảo Thúy Huyền'
).split(' ');
const GIVEN_MALE = (
  'An Bình Cường Dũng Đạt Đức Giang Hải Hiếu Hòa Hoàng Hùng Huy Hưng Khánh Khôi Kiên Lâm Long Mạnh ' +
  'Minh Nam Nghĩa Phong Phúc Quân Quang Sơn Tài Thắng Thành Thịnh Toàn Trung Tuấn Tùng Việt Vinh ' +
  'Vũ Hậu Khoa Lộc Tiến Hiệp Chiến Thuận Duy Bảo Tâm Công Định Luân Trường'
).split(' ');
const GIVEN_FEMALE = (
  'Anh Ánh Bích Chi Dung Duyên Giang Hà Hạnh Hằng Hiền Hoa Hồng Huệ Hương Hường Lan Liên Linh Loan ' +
  'Mai Minh My Nga Ngân Ngọc Nhung Oanh Phương Quyên Quỳnh Tâm Thảo Thủy Trang Uyên Vân Yến Thơ ' +
  'Tuyết Lệ Nhàn Xuân Diệp Thư Ly Trâm Hòa Thanh Huyền Lụa Sen'
).split(' ');

export type Sex = 'nam' | 'nu';

export function personName(rnd: Random, sex: Sex = rnd.chance(0.5) ? 'nam' : 'nu'): string {
  const family = rnd.weighted(FAMILY);
  const middle = rnd.pick(sex === 'nam' ? MIDDLE_MALE : MIDDLE_FEMALE);
  const given = rnd.pick(sex === 'nam' ? GIVEN_MALE : GIVEN_FEMALE);
  // "Nguyễn Thị Thu Hà": women born after 1970 often carry Thị and a second middle name.
  if (sex === 'nu' && rnd.chance(0.2)) {
    return `${family} Thị ${rnd.pick(['Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Kim', 'Bích', 'Mai', 'Thúy', 'Phương', 'Hải'])} ${given}`;
  }
  return `${family} ${middle} ${given}`;
}

/** What kind of person a unit nominates, which decides age, position and the natural field. */
export type Role = 'resident' | 'official' | 'teacher' | 'pupil' | 'officer' | 'member';

export function roleFor(rnd: Random, unit: SampleUnit): Role {
  switch (unit.type) {
    case 'phuong':
      return rnd.weighted([
        ['resident', 7],
        ['official', 2],
        ['member', 2],
      ]);
    case 'truong':
      if (unit.name.includes('Mầm non')) return 'teacher';
      return rnd.weighted([
        ['teacher', 5],
        ['pupil', 4],
      ]);
    case 'hiep_quan':
      return unit.code === 'HQ01' || unit.code === 'HQ02' ? 'officer' : 'official';
    case 'mttq_doan_the':
      return rnd.weighted([
        ['member', 3],
        ['official', 1],
      ]);
    case 'phong_ban':
      return 'official';
  }
}

export function birthYear(rnd: Random, role: Role, unit: SampleUnit): number {
  switch (role) {
    case 'pupil':
      return unit.name.includes('THCS') ? rnd.int(2009, 2012) : rnd.int(2012, 2016);
    case 'resident':
      return rnd.int(1940, 1995);
    case 'member':
      return unit.code === 'DT02' ? rnd.int(1990, 2004) : rnd.int(1945, 1990);
    case 'officer':
      return rnd.int(1975, 2000);
    default:
      return rnd.int(1965, 1998);
  }
}

const OFFICER_POSTS = [
  'Thượng úy, Cảnh sát khu vực, Công an phường {ward}',
  'Đại úy, Đội Cảnh sát điều tra tội phạm về trật tự xã hội, Công an quận',
  'Trung tá, Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ, Công an quận',
  'Thiếu tá, Đội Cảnh sát giao thông - trật tự, Công an quận',
  'Trung úy, Công an phường {ward}',
];
const MILITARY_POSTS = [
  'Trung úy, Trợ lý tác chiến, Ban Chỉ huy Quân sự quận',
  'Chỉ huy trưởng Ban Chỉ huy Quân sự phường {ward}',
  'Thượng sĩ, Nhân viên quân lực, Ban Chỉ huy Quân sự quận',
  'Đại đội trưởng Đại đội dân quân cơ động quận',
];

export function position(rnd: Random, role: Role, unit: SampleUnit, ward: string, sex: Sex): string {
  const tdp = rnd.int(1, 32);
  switch (role) {
    case 'resident':
      return rnd.pick([
        `Tổ trưởng Tổ dân phố số ${tdp}, phường ${ward}`,
        `Bí thư Chi bộ Tổ dân phố số ${tdp}, phường ${ward}`,
        `Trưởng ban công tác Mặt trận Tổ dân phố số ${tdp}`,
        `Tổ dân phố số ${tdp}, phường ${ward}`,
        `Chủ hộ kinh doanh, Tổ dân phố số ${tdp}, phường ${ward}`,
        `Thành viên Đội dân phòng Tổ dân phố số ${tdp}`,
        `Nghỉ hưu, Tổ dân phố số ${tdp}, phường ${ward}`,
      ]);
    case 'member': {
      if (unit.type === 'phuong') {
        return sex === 'nu'
          ? `Chi hội trưởng Chi hội Phụ nữ Tổ dân phố số ${tdp}, phường ${ward}`
          : rnd.pick([
              `Chi hội trưởng Chi hội Cựu chiến binh Tổ dân phố số ${tdp}, phường ${ward}`,
              `Trưởng ban Công tác Mặt trận Tổ dân phố số ${tdp}, phường ${ward}`,
            ]);
      }
      const branch = branchOf(unit);
      return rnd.pick([
        `${branch.head} ${branch.group} Tổ dân phố số ${tdp}, phường ${ward}`,
        `${branch.member} ${branch.group} Tổ dân phố số ${tdp}, phường ${ward}`,
        `${branch.member} ${branch.group} Tổ dân phố số ${tdp}, phường ${ward}`,
        `Ủy viên Ban Thường vụ ${unit.name}`,
      ]);
    }
    case 'teacher':
      if (unit.name.includes('Mầm non')) {
        return rnd.pick([`Giáo viên ${unit.name}`, `Giáo viên ${unit.name}`, `Nhân viên nuôi dưỡng, ${unit.name}`]);
      }
      return rnd.pick([
        `Giáo viên ${unit.name}`,
        `Giáo viên chủ nhiệm lớp ${grade(rnd, unit)}, ${unit.name}`,
        `Tổ trưởng chuyên môn, ${unit.name}`,
        `Phó Hiệu trưởng ${unit.name}`,
        `Nhân viên thư viện, ${unit.name}`,
      ]);
    case 'pupil':
      return `Học sinh lớp ${grade(rnd, unit)}, ${unit.name}`;
    case 'officer':
      return (unit.code === 'HQ01' ? rnd.pick(OFFICER_POSTS) : rnd.pick(MILITARY_POSTS)).replace('{ward}', ward);
    case 'official':
      if (unit.type === 'phuong') {
        return rnd.pick([
          `Công chức Văn phòng - Thống kê, UBND phường ${ward}`,
          `Công chức Địa chính - Xây dựng, UBND phường ${ward}`,
          `Công chức Văn hóa - Xã hội, UBND phường ${ward}`,
          `Phó Chủ tịch UBND phường ${ward}`,
        ]);
      }
      return rnd.pick([
        `Chuyên viên ${unit.name}`,
        `Chuyên viên ${unit.name}`,
        deputyOf(unit),
        `Kế toán ${unit.name}`,
        `Viên chức ${unit.name}`,
        `Công chức ${unit.name}`,
      ]);
  }
}

export function grade(rnd: Random, unit: SampleUnit): string {
  const g = unit.name.includes('THCS') ? rnd.int(6, 9) : rnd.int(1, 5);
  return `${g}A${rnd.int(1, 8)}`;
}

function deputyOf(unit: SampleUnit): string {
  const name = unit.name;
  if (name.startsWith('Phòng giao dịch')) return `Phó Giám đốc ${name}`;
  if (name.startsWith('Phòng ')) return `Phó Trưởng phòng ${name.slice(6)}`;
  if (name.startsWith('Ban ')) return `Phó Trưởng ban ${name.slice(4)}`;
  if (name.startsWith('Đội ')) return `Phó Đội trưởng ${name}`;
  if (name.startsWith('Văn phòng ')) return `Phó Chánh ${name}`;
  if (name.startsWith('Thanh tra')) return `Phó Chánh ${name}`;
  if (name.startsWith('Chi cục')) return `Phó Chi cục trưởng ${name}`;
  if (name.startsWith('Viện Kiểm sát')) return `Kiểm sát viên ${name}`;
  if (name.startsWith('Tòa án')) return `Thẩm phán ${name}`;
  return `Phó Giám đốc ${name}`;
}

/** How a district organisation is organised in the residential groups: its branch, head and members. */
export function branchOf(unit: SampleUnit): { group: string; head: string; member: string } {
  switch (unit.code) {
    case 'DT01':
      return { group: 'Ban Công tác Mặt trận', head: 'Trưởng', member: 'Thành viên' };
    case 'DT02':
      return { group: 'Chi đoàn', head: 'Bí thư', member: 'Đoàn viên' };
    case 'DT06':
      return { group: 'Tổ Công đoàn', head: 'Tổ trưởng', member: 'Đoàn viên' };
    default: {
      const body = unit.name.replace(/ quận$/, '').replace(/^Hội (Liên hiệp )?/, '');
      return { group: `Chi hội ${body}`, head: 'Chi hội trưởng', member: 'Hội viên' };
    }
  }
}
