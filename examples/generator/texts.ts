// Defines the invented free text of the sample: achievement summaries, group names and article titles.
import type { Field } from './forms';
import { branchOf, grade, type Role } from './people';
import type { Random } from './random';
import type { SampleUnit } from './units';

const INITIATIVES = [
  'Một cửa không giấy',
  'Sổ tay điện tử hướng dẫn thủ tục hành chính',
  'Ngõ phố sáng - xanh - sạch - đẹp',
  'Camera an ninh khu dân cư',
  'Tủ sách dùng chung',
  'Bữa cơm nghĩa tình',
  'Tủ bánh mì miễn phí',
  'Phiên chợ 0 đồng',
  'Đổi rác thải nhựa lấy quà',
  'Mỗi tuần một câu chuyện đẹp',
  'Tiếp dân không hẹn lại',
  'Lớp học tình thương',
];

const BY_FIELD: Record<Field, readonly string[]> = {
  'Công tác': [
    'Hoàn thành xuất sắc nhiệm vụ được giao {n} năm liên tục, được tặng danh hiệu Chiến sĩ thi đua cơ sở.',
    'Chủ động tham mưu giải quyết {m} hồ sơ thủ tục hành chính đúng và trước hạn, không để tồn đọng.',
    'Đề xuất sáng kiến "{initiative}" được Hội đồng sáng kiến quận công nhận và áp dụng hiệu quả.',
    'Tích cực ứng dụng công nghệ thông tin, số hóa {m} hồ sơ lưu trữ, rút ngắn thời gian tra cứu cho người dân.',
    'Luôn tận tụy, gần dân, lắng nghe và giải quyết kịp thời các kiến nghị của nhân dân.',
    'Được đồng nghiệp tin yêu, nhiều năm liền được bình chọn là công chức, viên chức tiêu biểu của đơn vị.',
    'Trong năm {year} không để xảy ra sai sót, khiếu nại trong lĩnh vực được phân công phụ trách.',
  ],
  'Học tập': [
    'Đạt danh hiệu Học sinh Xuất sắc {n} năm liền.',
    'Đạt giải {prize} kỳ thi học sinh giỏi môn {subject} cấp quận năm học 2022-2023.',
    'Nhặt được ví có {money} triệu đồng và giấy tờ tùy thân, đã nhờ thầy cô trả lại cho người đánh rơi.',
    'Chăm ngoan, học giỏi, tích cực tham gia các hoạt động Đội, là tấm gương để các bạn trong lớp noi theo.',
    'Đạt Huy chương {medal} môn {sport} tại Hội khỏe Phù Đổng cấp quận.',
    'Dành tiền tiết kiệm ủng hộ bạn học có hoàn cảnh khó khăn và tham gia kế hoạch nhỏ của Liên đội.',
  ],
  'Đời sống xã hội': [
    'Vận động các hộ dân hiến {m} m² đất để mở rộng ngõ xóm, làm đường giao thông.',
    'Nhặt được tài sản trị giá khoảng {money} triệu đồng và chủ động trả lại cho người đánh rơi.',
    'Tham gia hiến máu tình nguyện {n} lần.',
    'Vận động quyên góp được {money} triệu đồng ủng hộ các gia đình có hoàn cảnh khó khăn trên địa bàn.',
    'Là hạt nhân của phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" ở khu dân cư.',
    'Hòa giải thành công {n} vụ việc mâu thuẫn tại cơ sở, góp phần giữ gìn tình làng nghĩa xóm.',
    'Duy trì câu lạc bộ dưỡng sinh với hơn {m} hội viên tham gia thường xuyên.',
    'Phát động và duy trì mô hình "{initiative}" được nhân dân đồng tình hưởng ứng.',
    'Kịp thời cứu {n} người mắc kẹt trong vụ cháy nhà dân, không để xảy ra thương vong.',
  ],
  'Lao động, sản xuất, kinh doanh': [
    'Phát triển mô hình kinh doanh hiệu quả, tạo việc làm ổn định cho {n} lao động địa phương.',
    'Chấp hành tốt nghĩa vụ thuế, nộp ngân sách nhà nước đầy đủ, đúng hạn.',
    'Chuyển đổi diện tích đất nông nghiệp kém hiệu quả sang trồng rau an toàn, thu nhập {money} triệu đồng mỗi năm.',
    'Giữ gìn nghề truyền thống của địa phương, truyền nghề miễn phí cho {n} thanh niên.',
    'Tích cực ủng hộ quỹ "Vì người nghèo" của phường với tổng số tiền {money} triệu đồng.',
  ],
  'Huấn luyện, sẵn sàng chiến đấu': [
    'Hoàn thành xuất sắc nhiệm vụ huấn luyện, kết quả kiểm tra bắn đạn thật đạt loại giỏi.',
    'Tham gia diễn tập khu vực phòng thủ quận năm {year} đạt kết quả xuất sắc.',
    'Làm tốt công tác tuyển chọn và gọi công dân nhập ngũ, đạt 100% chỉ tiêu được giao.',
    'Trực tiếp tham gia {n} vụ cứu nạn, cứu hộ, bảo đảm an toàn tính mạng và tài sản của nhân dân.',
    'Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, không để xảy ra bị động, bất ngờ.',
  ],
  'Phòng chống tham nhũng, tội phạm': [
    'Trực tiếp tham gia bắt giữ {n} đối tượng cướp giật tài sản trên địa bàn.',
    'Phát hiện, ngăn chặn kịp thời một vụ lừa đảo qua mạng, giúp người dân tránh thiệt hại {money} triệu đồng.',
    'Tham mưu giải quyết dứt điểm {n} đơn thư khiếu nại, tố cáo kéo dài.',
    'Kiên quyết từ chối quà biếu của người dân, giữ gìn phẩm chất người cán bộ liêm chính.',
    'Cung cấp nguồn tin giúp lực lượng công an triệt phá {n} ổ nhóm tội phạm ma túy.',
  ],
};

const GROUP_SENTENCES = [
  'Tập thể đoàn kết, hoàn thành xuất sắc nhiệm vụ năm {year}, được UBND quận tặng Giấy khen.',
  'Duy trì hiệu quả mô hình "{initiative}" được nhân dân đồng tình hưởng ứng.',
  'Các thành viên luôn gương mẫu, đi đầu trong các phong trào thi đua của quận.',
];

const HOUSEHOLD_SENTENCES = [
  'Gia đình nhiều năm liền đạt danh hiệu Gia đình văn hóa, nuôi dạy con cái học giỏi, thành đạt.',
  'Tự nguyện hiến {m} m² đất để mở rộng ngõ và xây dựng nhà văn hóa tổ dân phố.',
  'Thường xuyên giúp đỡ các hộ khó khăn trong tổ dân phố, ủng hộ quỹ khuyến học của phường.',
];

const CLOSING = [
  'Được nhân dân trong khu dân cư tin yêu, quý mến.',
  'Là tấm gương sáng để mọi người học tập, noi theo.',
  'Tấm gương đã được Đài phát thanh phường tuyên truyền rộng rãi.',
  'Việc làm được báo chí của Thành phố đưa tin, biểu dương.',
];

function fill(rnd: Random, template: string): string {
  return template
    .replace('{n}', String(rnd.int(2, 12)))
    .replace('{m}', String(rnd.int(3, 60) * 10))
    .replace('{money}', String(rnd.int(2, 90)))
    .replace('{year}', rnd.pick(['2021', '2022']))
    .replace('{initiative}', rnd.pick(INITIATIVES))
    .replace('{prize}', rnd.pick(['Nhất', 'Nhì', 'Ba', 'Khuyến khích']))
    .replace('{subject}', rnd.pick(['Toán', 'Tiếng Việt', 'Ngữ văn', 'Tiếng Anh', 'Vật lý', 'Lịch sử']))
    .replace('{medal}', rnd.pick(['Vàng', 'Bạc', 'Đồng']))
    .replace('{sport}', rnd.pick(['Bơi lội', 'Cờ vua', 'Điền kinh', 'Bóng bàn']));
}

export type SubjectKind = 'Cá nhân' | 'Tập thể' | 'Hộ gia đình';

/** One to three sentences: the main one in the nomination's field, then sometimes one more, then a closing. */
export function summary(rnd: Random, field: Field, kind: SubjectKind): string {
  const main = kind === 'Tập thể' ? GROUP_SENTENCES : kind === 'Hộ gia đình' ? HOUSEHOLD_SENTENCES : BY_FIELD[field];
  const sentences = [fill(rnd, rnd.pick(main))];
  if (kind === 'Cá nhân' && rnd.chance(0.5)) {
    const others = BY_FIELD[field].filter((t) => !sentences[0].startsWith(t.slice(0, 12)));
    sentences.push(fill(rnd, rnd.pick(others)));
  }
  if (rnd.chance(0.35)) sentences.push(rnd.pick(CLOSING));
  return sentences.join(' ');
}

export function fieldFor(rnd: Random, role: Role, unit: SampleUnit): Field {
  switch (role) {
    case 'pupil':
      return rnd.weighted([
        ['Học tập', 6],
        ['Đời sống xã hội', 1],
      ]);
    case 'teacher':
      return rnd.weighted([
        ['Công tác', 5],
        ['Đời sống xã hội', 1],
      ]);
    case 'resident':
      return rnd.weighted([
        ['Đời sống xã hội', 5],
        ['Lao động, sản xuất, kinh doanh', 2],
        ['Phòng chống tham nhũng, tội phạm', 1],
      ]);
    case 'member':
      return rnd.weighted([
        ['Đời sống xã hội', 4],
        ['Lao động, sản xuất, kinh doanh', 2],
        ['Công tác', 1],
      ]);
    case 'officer':
      return unit.code === 'HQ01'
        ? rnd.weighted([
            ['Phòng chống tham nhũng, tội phạm', 4],
            ['Huấn luyện, sẵn sàng chiến đấu', 1],
            ['Công tác', 1],
          ])
        : rnd.weighted([
            ['Huấn luyện, sẵn sàng chiến đấu', 4],
            ['Công tác', 1],
          ]);
    case 'official': {
      const control = ['PB12', 'HQ03', 'HQ07', 'HQ08', 'HQ09'].includes(unit.code);
      return rnd.weighted([
        ['Công tác', 6],
        ['Phòng chống tham nhũng, tội phạm', control ? 3 : 0.3],
        ['Đời sống xã hội', 1],
      ]);
    }
  }
}

/** A group nominee's name; the caller retries on a clash, so variety matters more than realism of counts. */
export function groupName(rnd: Random, unit: SampleUnit, ward: string): string {
  const tdp = rnd.int(1, 40);
  switch (unit.type) {
    case 'phuong':
      return rnd.pick([
        `Tổ dân phố số ${tdp}, phường ${ward}`,
        `Chi hội Phụ nữ Tổ dân phố số ${tdp}, phường ${ward}`,
        `Đội dân phòng Tổ dân phố số ${tdp}, phường ${ward}`,
        `Tổ an ninh cơ sở Tổ dân phố số ${tdp}, phường ${ward}`,
        `Câu lạc bộ dưỡng sinh Tổ dân phố số ${tdp}, phường ${ward}`,
      ]);
    case 'truong':
      if (unit.name.includes('Mầm non')) {
        return `Tập thể lớp ${rnd.pick(['Nhà trẻ', 'Mẫu giáo bé', 'Mẫu giáo nhỡ', 'Mẫu giáo lớn'])} A${rnd.int(1, 6)}, ${unit.name}`;
      }
      return rnd.pick([
        `Tập thể lớp ${grade(rnd, unit)}, ${unit.name}`,
        `Tổ chuyên môn ${rnd.pick(unit.name.includes('THCS') ? ['Toán - Tin', 'Ngữ văn', 'Tiếng Anh', 'Khoa học tự nhiên', 'Lịch sử - Địa lý'] : ['khối 1', 'khối 2', 'khối 3', 'khối 4', 'khối 5'])}, ${unit.name}`,
      ]);
    case 'mttq_doan_the':
      return `${branchOf(unit).group} Tổ dân phố số ${tdp}, phường ${ward}`;
    case 'hiep_quan':
      if (unit.code === 'HQ01') {
        return rnd.chance(0.3)
          ? `Công an phường ${ward}`
          : `Tổ công tác số ${rnd.int(1, 12)}, ${rnd.pick(['Đội Cảnh sát điều tra tội phạm về trật tự xã hội', 'Đội Cảnh sát giao thông - trật tự', 'Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Đội Cảnh sát quản lý hành chính về trật tự xã hội'])}, Công an quận`;
      }
      if (unit.code === 'HQ02')
        return rnd.chance(0.5) ? `Ban Chỉ huy Quân sự phường ${ward}` : `Trung đội dân quân cơ động phường ${ward}`;
      return `${rnd.pick(['Tổ Tổng hợp', 'Bộ phận Một cửa', `Đội Nghiệp vụ số ${rnd.int(1, 6)}`, 'Chi đoàn thanh niên', 'Công đoàn cơ sở'])}, ${unit.name}`;
    case 'phong_ban':
      return `${rnd.pick(['Bộ phận Một cửa', 'Tổ Tổng hợp', 'Bộ phận Tiếp công dân', 'Tổ Chuyên môn nghiệp vụ', 'Chi đoàn thanh niên', 'Công đoàn cơ sở', 'Tổ Kế toán'])}, ${unit.name}`;
  }
}

const EPITHETS: Record<string, readonly string[]> = {
  general: [
    'người giữ lửa phong trào ở khu dân cư',
    'tấm gương sáng trong phong trào thi đua',
    'người cán bộ tận tụy vì dân',
    'bông hoa đẹp giữa đời thường',
    'lặng thầm cống hiến',
    'trái tim nhân hậu của khu phố',
    'hết lòng vì công việc chung',
    'sống đẹp, sống có ích',
  ],
  // No honorific: a group or a household, which is not "a devoted official".
  group: [
    'điểm sáng của khu dân cư',
    'tập thể tiêu biểu trong phong trào thi đua',
    'nơi lan tỏa những việc làm tốt',
    'đoàn kết, sáng tạo, hiệu quả',
    'chung sức vì cộng đồng',
  ],
  pupil: [
    'chăm ngoan, học giỏi',
    'tấm gương sáng của Liên đội',
    'nhỏ tuổi, làm việc tốt',
    'vượt khó vươn lên trong học tập',
  ],
  teacher: [
    'hết lòng vì học trò',
    'người lái đò thầm lặng',
    'người truyền lửa cho thế hệ trẻ',
    'tấm gương sáng trong phong trào thi đua',
  ],
  officer: [
    'người giữ bình yên cho khu phố',
    'lặng thầm cống hiến',
    'vì nhân dân phục vụ',
    'tấm gương sáng trong phong trào thi đua',
  ],
};

function epithetsFor(honorific: string): readonly string[] {
  if (honorific === '') return EPITHETS.group;
  if (honorific === 'Em') return EPITHETS.pupil;
  if (honorific === 'Cô' || honorific === 'Thầy') return EPITHETS.teacher;
  if (honorific === 'Đồng chí') return EPITHETS.officer;
  return EPITHETS.general;
}

/** An article title about `subject` (a nominee's name or a group's), worded by genre. */
export function articleTitle(rnd: Random, genre: string, honorific: string, subject: string): string {
  const who = honorific ? `${honorific} ${subject}` : subject;
  // No honorific: a group or a household, which is not "a devoted official".
  const epithet = rnd.pick(epithetsFor(honorific));
  switch (genre) {
    case 'Ảnh':
      return `Bộ ảnh: ${who} - ${epithet}`;
    case 'Video':
      return `Phóng sự: ${who} - ${epithet}`;
    case 'Tác phẩm khác':
      return rnd.pick([`Bài thơ: Viết về ${who}`, `Tiểu phẩm: ${who} - ${epithet}`, `Ký họa: ${who}`]);
    default:
      return rnd.pick([
        `${who} - ${epithet}`,
        `Chuyện về ${who.charAt(0).toLowerCase()}${who.slice(1)}`,
        `${who}: ${epithet.charAt(0).toUpperCase()}${epithet.slice(1)}`,
        `Gặp ${who.charAt(0).toLowerCase()}${who.slice(1)} - ${epithet}`,
      ]);
  }
}

/** A long answer of about `length` characters, for the "very long summary" edge case: a year-by-year record. */
export function longSummary(rnd: Random, length: number): string {
  const pool = [...BY_FIELD['Đời sống xã hội'], ...BY_FIELD['Lao động, sản xuất, kinh doanh']];
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < length; i++) {
    const s = fill(rnd, pool[i % pool.length]);
    const year = 1995 + i;
    const text = `Năm ${year}, ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
    parts.push(text);
    total += text.length + 1;
  }
  return parts.join(' ');
}
