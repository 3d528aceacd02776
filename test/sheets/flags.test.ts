// Tests the derived columns of stored rows: `Kỳ` follows the timestamp and the current cutoff day, `Khoá kỳ`
// follows `Kỳ`, and only the columns whose values changed are rewritten.
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/types';
import { changedColumns, deriveColumns } from '../../src/sheets/flags';
import { COL, FLAG } from '../../src/sheets/layout';
import { NOMINEE_NAME_TITLE } from '../../src/sheets/rows';

const vn = (iso: string) => new Date(`${iso}+07:00`);
const UNITS: Unit[] = [
  {
    code: 'PB01',
    name: 'Phòng Nội vụ',
    type: 'phong_ban',
    emails: ['noivu@example.vn'],
    aliases: [],
    contact: '',
    active: true,
  },
];
const CFG20 = { cutoffDay: 20, timeZone: 'Asia/Ho_Chi_Minh' };
const CFG15 = { cutoffDay: 15, timeZone: 'Asia/Ho_Chi_Minh' };

function row(id: string, iso: string, name: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    [COL.responseId]: id,
    [COL.timestamp]: vn(iso),
    [COL.period]: '2023-05',
    [COL.unitCode]: 'PB01',
    [COL.email]: 'noivu@example.vn',
    [NOMINEE_NAME_TITLE]: name,
    [COL.flags]: '',
    [COL.counted]: 'Có',
    [COL.status]: 'Mới',
    [COL.periodKey]: '2023-05|PB01|Có',
    ...over,
  };
}

describe('deriveColumns', () => {
  it('puts each row in the period of its timestamp under the current cutoff day', () => {
    const rows = [row('a', '2023-05-10T10:00:00', 'An'), row('b', '2023-05-18T10:00:00', 'Bình')];
    expect(deriveColumns('exemplar', rows, UNITS, false, CFG20).periods).toEqual(['2023-05', '2023-05']);
    const d = deriveColumns('exemplar', rows, UNITS, false, CFG15);
    expect(d.periods).toEqual(['2023-05', '2023-06']);
    expect(d.periodKeys).toEqual(['2023-05|PB01|Có', '2023-06|PB01|Có']);
  });

  it('keeps the cells of a row without a readable timestamp', () => {
    const rows = [row('a', '2023-05-10T10:00:00', 'An', { [COL.timestamp]: 'hôm qua', [COL.period]: '2023-04' })];
    expect(deriveColumns('exemplar', rows, UNITS, false, CFG15).periods).toEqual(['2023-04']);
  });
});

describe('changedColumns', () => {
  it('rewrites nothing when the stored derived cells already hold the recomputed values', () => {
    const rows = [row('a', '2023-05-10T10:00:00', 'An'), row('b', '2023-05-18T10:00:00', 'Bình')];
    expect(changedColumns(rows, deriveColumns('exemplar', rows, UNITS, false, CFG20))).toEqual([]);
  });

  it('rewrites only the columns that changed, each as a whole column', () => {
    const rows = [row('a', '2023-05-10T10:00:00', 'An'), row('b', '2023-05-18T10:00:00', 'An')];
    const changed = changedColumns(rows, deriveColumns('exemplar', rows, UNITS, false, CFG20));
    expect(changed).toEqual([
      { header: COL.flags, values: ['', FLAG.repeat] },
      { header: COL.counted, values: ['Có', 'Không'] },
      { header: COL.periodKey, values: ['2023-05|PB01|Có', '2023-05|PB01|Không'] },
    ]);
  });

  it('rewrites Kỳ with Khoá kỳ when the cutoff day moved a row to another period', () => {
    const rows = [row('a', '2023-05-10T10:00:00', 'An'), row('b', '2023-05-18T10:00:00', 'Bình')];
    const changed = changedColumns(rows, deriveColumns('exemplar', rows, UNITS, false, CFG15));
    expect(changed.map((c) => c.header)).toEqual([COL.period, COL.periodKey]);
    expect(changed[0].values).toEqual(['2023-05', '2023-06']);
  });
});
