// Tests the unit registry: reading the units file, matching form answers, and the sender check.
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/types';
import { isRegisteredSender, parseUnitRows, UNIT_COLUMNS, UnitMatcher, unitToRow } from '../../src/domain/units';

const header = ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Email', 'Tên gọi khác', 'Người phụ trách'];

function unit(code: string, name: string, aliases: string[] = [], extra: Partial<Unit> = {}): Unit {
  return { code, name, type: 'phuong', emails: [], aliases, contact: '', active: true, ...extra };
}

describe('parseUnitRows on a good units file', () => {
  it('reads every field, splits emails and aliases, and lower-cases emails', () => {
    const { units, problems } = parseUnitRows(
      [
        [
          'PH01',
          ' UBND phường  Cầu Diễn ',
          'phuong',
          'VanThu.CauDien@Example.vn; ct.caudien@example.vn, vanthu.caudien@example.vn',
          'Phường Cầu Diễn; P. Cầu Diễn',
          'Nguyễn Thị Lan',
        ],
        [
          'PB02',
          'Phòng Lao động, Thương binh và Xã hội',
          'Phòng, ban, ngành, đơn vị sự nghiệp',
          '',
          'Phòng LĐTBXH',
          '',
        ],
      ],
      header,
    );
    expect(problems).toEqual([]);
    expect(units).toEqual([
      {
        code: 'PH01',
        name: 'UBND phường Cầu Diễn',
        type: 'phuong',
        emails: ['vanthu.caudien@example.vn', 'ct.caudien@example.vn'],
        aliases: ['Phường Cầu Diễn', 'P. Cầu Diễn'],
        contact: 'Nguyễn Thị Lan',
        active: true,
      },
      {
        code: 'PB02',
        name: 'Phòng Lao động, Thương binh và Xã hội',
        type: 'phong_ban',
        emails: [],
        aliases: ['Phòng LĐTBXH'],
        contact: '',
        active: true,
      },
    ]);
  });

  it('finds columns in any order and case, and reads Hoạt động', () => {
    const { units, problems } = parseUnitRows(
      [
        ['Không', 'a@x.vn', 'truong', 'Trường THCS Mễ Trì', 'TR01'],
        [false, '', 'truong', 'Trường MN Tây Mỗ', 'TR02'],
        ['', '', 'truong', 'Trường TH Đại Mỗ', 'TR03'],
      ],
      ['hoạt động', 'EMAIL', 'loại đơn vị', ' Tên đơn vị ', 'MÃ ĐƠN VỊ'],
    );
    expect(problems).toEqual([]);
    expect(units.map((u) => [u.code, u.active])).toEqual([
      ['TR01', false],
      ['TR02', false],
      ['TR03', true],
    ]);
  });

  it('skips blank rows but keeps counting them in row numbers', () => {
    const { units, problems } = parseUnitRows([['', ' ', ''], [], ['PH01', 'A', 'xã', '', '', '']], header);
    expect(units).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ code: 'UNKNOWN_UNIT_TYPE', row: 3, value: 'xã' })]);
  });

  it('names its columns in Vietnamese and writes rows back in that order', () => {
    expect(UNIT_COLUMNS).toEqual([
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Email',
      'Tên gọi khác',
      'Người phụ trách',
      'Hoạt động',
    ]);
    const u = unit('PH01', 'UBND phường Cầu Diễn', ['Cầu Diễn'], { emails: ['a@x.vn', 'b@x.vn'] });
    expect(unitToRow(u)).toEqual(['PH01', 'UBND phường Cầu Diễn', 'phuong', 'a@x.vn; b@x.vn', 'Cầu Diễn', '', 'Có']);
    expect(parseUnitRows([unitToRow(u)], [...UNIT_COLUMNS]).units).toEqual([u]);
  });
});

describe('parseUnitRows on a bad units file', () => {
  it('reports each missing required column on row 0 and reads no unit', () => {
    const { units, problems } = parseUnitRows([['PH01', 'A']], ['Mã đơn vị', 'Tên gọi khác']);
    expect(units).toEqual([]);
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['MISSING_COLUMN', 0, 'Tên đơn vị'],
      ['MISSING_COLUMN', 0, 'Loại đơn vị'],
      ['MISSING_COLUMN', 0, 'Email'],
    ]);
  });

  it('reports an unknown unit type and a duplicate code with their rows', () => {
    const { units, problems } = parseUnitRows(
      [
        ['PH01', 'UBND phường Cầu Diễn', 'phuong', '', '', ''],
        ['PB01', 'Phòng Nội vụ', 'phòng', '', '', ''],
        ['ph01 ', 'UBND phường Mỹ Đình 1', 'phuong', '', '', ''],
      ],
      header,
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_UNIT_TYPE', row: 2, column: 'Loại đơn vị', value: 'phòng' }),
      expect.objectContaining({ code: 'DUPLICATE_UNIT_CODE', row: 3, otherRow: 1, column: 'Mã đơn vị', value: 'ph01' }),
    ]);
    expect(units.map((u) => u.code)).toEqual(['PH01']);
  });

  it('reports missing code, name and type, an invalid email and an unreadable Hoạt động', () => {
    const { units, problems } = parseUnitRows(
      [
        ['', 'Không mã', 'phuong', '', '', ''],
        ['PH02', '', '', '', '', ''],
        ['PH03', 'Có lỗi email', 'phuong', 'ok@x.vn; sai-dia-chi', '', ''],
      ],
      header,
    );
    expect(problems.map((p) => [p.code, p.row, p.column, p.value])).toEqual([
      ['REQUIRED', 1, 'Mã đơn vị', undefined],
      ['REQUIRED', 2, 'Tên đơn vị', undefined],
      ['REQUIRED', 2, 'Loại đơn vị', undefined],
      ['INVALID_EMAIL', 3, 'Email', 'sai-dia-chi'],
    ]);
    expect(units.map((u) => [u.code, u.emails])).toEqual([['PH03', ['ok@x.vn']]]);
    const active = parseUnitRows(
      [['PH04', 'A', 'phuong', '', 'có lẽ']],
      ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Email', 'Hoạt động'],
    );
    expect(active.problems).toEqual([expect.objectContaining({ code: 'INVALID_CHOICE', row: 1, column: 'Hoạt động' })]);
  });
});

describe('UnitMatcher', () => {
  const caudien = unit('PH01', 'UBND phường Cầu Diễn', ['Phường Cầu Diễn']);
  const mydinh1 = unit('PH02', 'UBND phường Mỹ Đình 1', ['Mỹ Đình']);
  const mydinh2 = unit('PH03', 'UBND phường Mỹ Đình 2', ['Mỹ Đình']);
  const closed = unit('PB09', 'Phòng Y tế', [], { active: false });
  const m = new UnitMatcher([caudien, mydinh1, mydinh2, closed]);

  it('matches by code, name or alias whatever the case and spacing', () => {
    expect(m.match('ph01')).toBe(caudien);
    expect(m.match('  ubnd PHƯỜNG   cầu diễn ')).toBe(caudien);
    expect(m.match('Phường Cầu Diễn'.normalize('NFD'))).toBe(caudien);
    expect(m.match('UBND phường Mỹ Đình 2')).toBe(mydinh2);
  });

  it('does not match a name that differs by a diacritic', () => {
    expect(m.match('Phường Cầu Diẽn')).toBeUndefined();
    expect(m.ambiguous('Phường Cầu Diẽn')).toEqual([]);
  });

  it('still matches an inactive unit so its old answers keep matching', () => {
    expect(m.match('Phòng Y tế')).toBe(closed);
  });

  it('refuses to pick one unit for an alias two units share, and lists both', () => {
    expect(m.match('Mỹ Đình')).toBeUndefined();
    expect(m.ambiguous('mỹ đình').map((u) => u.code)).toEqual(['PH02', 'PH03']);
    expect(m.ambiguous('PH02')).toEqual([]);
  });

  it('does not call a unit ambiguous with itself when its alias repeats its name', () => {
    const u = unit('MT01', 'Hội Phụ nữ', ['hội phụ nữ', 'HPN']);
    expect(new UnitMatcher([u]).match('Hội phụ nữ')).toBe(u);
  });
});

describe('isRegisteredSender', () => {
  const u = unit('PH01', 'A', [], { emails: ['vanthu.caudien@example.vn'] });

  it('accepts a registered email whatever its case and spaces', () => {
    expect(isRegisteredSender(u, ' VanThu.CauDien@Example.VN ')).toBe(true);
  });

  it('rejects another or a blank email', () => {
    expect(isRegisteredSender(u, 'other@example.vn')).toBe(false);
    expect(isRegisteredSender(u, '')).toBe(false);
    expect(isRegisteredSender({ ...u, emails: [] }, '')).toBe(false);
  });
});
