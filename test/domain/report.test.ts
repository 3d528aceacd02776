// Tests the content of the monthly report: Decree 30 page and parts, texts from settings, and the numbers.
import { describe, expect, it } from 'vitest';
import { CONTENT_WIDTH, FONT_SIZES, MARGIN_RANGE_MM, MARGINS_MM, PAGE, PT_PER_MM } from '../../src/domain/decree30';
import { type Block, buildReport, type ReportInput, type ReportTable } from '../../src/domain/report';
import { defaultSettings, type Settings } from '../../src/domain/settings';
import type { UnitResult, UnitTypeCode } from '../../src/domain/types';

function result(
  code: string,
  name: string,
  type: UnitTypeCode,
  ex: [number, number],
  art: [number, number],
): UnitResult {
  const exemplars = { counted: ex[0], required: ex[1], met: ex[0] >= ex[1], repeats: 1 };
  const articles = { counted: art[0], required: art[1], met: art[0] >= art[1], repeats: 0 };
  return { code, name, type, exemplars, articles, met: exemplars.met && articles.met };
}

const UNITS = [
  result('PB01', 'Phòng Nội vụ', 'phong_ban', [2, 2], [4, 3]),
  result('PB02', 'Phòng Y tế', 'phong_ban', [1, 2], [3, 3]),
  result('PH01', 'UBND phường Đông Ngạc', 'phuong', [6, 5], [15, 15]),
];

const SETTINGS: Settings = {
  ...defaultSettings(),
  parentBody: 'ủy ban nhân dân tỉnh Bắc Ninh',
  issuingBody: 'Ủy ban nhân dân\nhuyện Tiên Du',
  place: 'Tiên Du',
  reportSymbol: 'BC-UBND',
  signerAuthority: 'TM. Ủy ban nhân dân\nKT. Chủ tịch',
  signerTitle: 'Phó Chủ tịch',
  signerName: 'Nguyễn Thị Hoa',
  reportRecipients: '- Sở Nội vụ;\n- Lưu: VT, NV.',
  officeName: 'Phòng Nội vụ huyện Tiên Du',
};

function input(over: Partial<ReportInput> = {}): ReportInput {
  return {
    settings: SETTINGS,
    period: '2023-05',
    periodStart: '21/04/2023',
    periodEnd: '20/05/2023',
    createdAt: new Date('2023-05-22T03:00:00Z'),
    units: UNITS,
    totals: { units: 3, unitsMet: 2, exemplarsCounted: 9, articlesCounted: 22 },
    proposed: [{ name: 'Trần Văn Bình', unitName: 'Phòng Y tế', field: 'Công tác', award: 'Giấy khen' }],
    selected: [],
    ...over,
  };
}

const texts = (blocks: Block[]) =>
  blocks.filter((b) => b.kind === 'line').map((b) => (b.kind === 'line' ? b.line.text : ''));
const tables = (blocks: Block[]): ReportTable[] => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));

describe('the Decree 30 page', () => {
  it('is A4 portrait in points with margins inside the decree ranges', () => {
    expect(PAGE.width).toBeCloseTo(595.28, 2);
    expect(PAGE.height).toBeCloseTo(841.89, 2);
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const [lo, hi] = MARGIN_RANGE_MM[side];
      expect(MARGINS_MM[side]).toBeGreaterThanOrEqual(lo);
      expect(MARGINS_MM[side]).toBeLessThanOrEqual(hi);
      expect(PAGE.margins[side]).toBeCloseTo(MARGINS_MM[side] * PT_PER_MM, 6);
    }
    expect(CONTENT_WIDTH).toBeCloseTo(595.28 - 85.04 - 42.52, 1);
  });

  it('sizes every part inside its range', () => {
    for (const { size, range } of Object.values(FONT_SIZES)) {
      expect(size).toBeGreaterThanOrEqual(range[0]);
      expect(size).toBeLessThanOrEqual(range[1]);
    }
  });
});

describe('the header block', () => {
  const m = buildReport(input());

  it('puts the parent body, then the issuing body in bold capitals, on the left', () => {
    expect(m.header.left.slice(0, 3).map((l) => [l.text, l.bold === true, l.size])).toEqual([
      ['ỦY BAN NHÂN DÂN TỈNH BẮC NINH', false, 13],
      ['ỦY BAN NHÂN DÂN', true, 13],
      ['HUYỆN TIÊN DU', true, 13],
    ]);
    expect(m.header.left[3].text).toMatch(/^_+$/);
  });

  it('puts the national name (12 pt) over the motto (13 pt), both bold, on the right', () => {
    expect(m.header.right.slice(0, 2).map((l) => [l.text, l.bold, l.size, l.align])).toEqual([
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true, 12, 'CENTER'],
      ['Độc lập - Tự do - Hạnh phúc', true, 13, 'CENTER'],
    ]);
  });

  it('leaves the number blank before the report symbol and writes place and date in italics', () => {
    expect(m.header.number.text).toBe('Số:       /BC-UBND');
    expect(m.header.date).toMatchObject({ text: 'Tiên Du, ngày 22 tháng 5 năm 2023', italic: true, size: 13 });
  });

  it('gives days 1–9 and months 1–2 a leading zero, in the office zone', () => {
    // 31/12 20:00 UTC is 01/01 03:00 in Asia/Ho_Chi_Minh.
    const jan = buildReport(input({ createdAt: new Date('2023-12-31T20:00:00Z') }));
    expect(jan.header.date.text).toBe('Tiên Du, ngày 01 tháng 01 năm 2024');
    const feb = buildReport(input({ createdAt: new Date('2024-02-21T02:00:00Z') }));
    expect(feb.header.date.text).toBe('Tiên Du, ngày 21 tháng 02 năm 2024');
    const march = buildReport(input({ createdAt: new Date('2024-03-09T02:00:00Z') }));
    expect(march.header.date.text).toBe('Tiên Du, ngày 09 tháng 3 năm 2024');
  });

  it('shows a visible gap when no place is set', () => {
    const m2 = buildReport(input({ settings: { ...SETTINGS, place: '' } }));
    expect(m2.header.date.text).toBe('……, ngày 22 tháng 5 năm 2023');
  });
});

describe('the title and body', () => {
  const m = buildReport(input());

  it('names the document after the period and titles it BÁO CÁO with the subject, bold and centred', () => {
    expect(m.name).toBe('Báo cáo ĐHTT-NTVT tháng 05-2023');
    expect(m.title.slice(0, 2).map((l) => [l.text, l.bold, l.align, l.size])).toEqual([
      ['BÁO CÁO', true, 'CENTER', 14],
      [
        'Kết quả giới thiệu gương điển hình tiên tiến, người tốt, việc tốt và bài viết dự thi tháng 05/2023',
        true,
        'CENTER',
        14,
      ],
    ]);
  });

  it('states the totals of the period', () => {
    const t = texts(m.blocks);
    expect(t).toContain('- Số đơn vị thực hiện: 3; số đơn vị đạt cả hai chỉ tiêu: 2 (66,7%); số đơn vị chưa đạt: 1.');
    expect(t).toContain(
      '- Số gương ĐHTT, NTVT mới được tính: 9 (chỉ tiêu: 9); số bài viết, tác phẩm được tính: 22 (chỉ tiêu: 21).',
    );
    expect(t).toContain('- Số lượt giới thiệu trùng, không tính: 3 gương, 0 bài viết.');
    expect(t[0]).toContain('Phòng Nội vụ huyện Tiên Du');
    expect(t[0]).toContain('(từ ngày 21/04/2023 đến ngày 20/05/2023)');
  });

  it('has one table per unit type with counted/required, result and a total row', () => {
    const [pb, ph] = tables(m.blocks);
    expect(pb.columns.map((c) => c.title)).toEqual([
      'STT',
      'Đơn vị',
      'Gương ĐHTT, NTVT (được tính/chỉ tiêu)',
      'Bài viết, tác phẩm (được tính/chỉ tiêu)',
      'Kết quả',
    ]);
    expect(pb.rows).toEqual([
      ['1', 'Phòng Nội vụ', '2/2', '4/3', 'Đạt'],
      ['2', 'Phòng Y tế', '1/2', '3/3', 'Chưa đạt'],
    ]);
    expect(pb.footer).toEqual(['', 'Cộng', '3/4', '7/6', '1/2 đạt']);
    expect(ph.rows).toEqual([['1', 'UBND phường Đông Ngạc', '6/5', '15/15', 'Đạt']]);
    expect(pb.columns.reduce((n, c) => n + c.width, 0)).toBeCloseTo(CONTENT_WIDTH, 6);
    expect(texts(m.blocks)).toContain('1. Phòng, ban, ngành, đơn vị sự nghiệp: 1/2 đơn vị đạt chỉ tiêu.');
  });

  it('lists the units short of quota with what they lack', () => {
    const short = tables(m.blocks)[2];
    expect(short.rows).toEqual([['1', 'Phòng Y tế', '1/2', '3/3', 'Thiếu 1 gương']]);
  });

  it('lists exemplars proposed for commendation, and says so when no article was selected', () => {
    expect(tables(m.blocks)[3].rows).toEqual([['1', 'Trần Văn Bình', 'Phòng Y tế', 'Công tác', 'Giấy khen']]);
    expect(texts(m.blocks)).toContain('Trong kỳ chưa có bài viết, tác phẩm được chọn gửi Thành phố.');
  });

  it('says every unit met quota instead of an empty table', () => {
    const all = buildReport(input({ units: [UNITS[0]] }));
    expect(texts(all.blocks)).toContain('Tất cả các đơn vị đều đạt chỉ tiêu trong kỳ.');
  });
});

describe('the closing block', () => {
  const m = buildReport(input());

  it('lists the recipients under a bold italic Nơi nhận (12 pt, items 11 pt)', () => {
    expect(m.closing.left.map((l) => [l.text, l.size, l.bold === true, l.italic === true])).toEqual([
      ['Nơi nhận:', 12, true, true],
      ['- Sở Nội vụ;', 11, false, false],
      ['- Lưu: VT, NV.', 11, false, false],
    ]);
  });

  it('signs with authority and title in capitals, room for the signature, then the name, all from settings', () => {
    const right = m.closing.right;
    expect(right.map((l) => l.text)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      '',
      '',
      '',
      '',
      'Nguyễn Thị Hoa',
    ]);
    expect(right.every((l) => l.size === 14 && l.align === 'CENTER')).toBe(true);
  });

  it('names nothing that the settings do not hold', () => {
    const all = JSON.stringify(m);
    expect(all).not.toMatch(/Nam Từ Liêm|NAM TỪ LIÊM|Hà Nội/);
  });
});
