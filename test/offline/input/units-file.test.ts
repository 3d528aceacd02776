// Tests readUnitsFile on the shipped registry and on a registry without a required column.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputFileError } from '../../../offline/input/errors';
import { readUnitsFile } from '../../../offline/input/units-file';
import { EXAMPLES_DIR } from './spec-forms';

describe('readUnitsFile on the shipped don-vi.csv', () => {
  it('reads every unit as text with the columns located', async () => {
    const units = await readUnitsFile(join(EXAMPLES_DIR, 'don-vi.csv'));
    expect(units.header).toEqual([
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Email',
      'Tên gọi khác',
      'Người phụ trách',
      'Hoạt động',
    ]);
    expect(units.columns).toEqual({ code: 0, name: 1, type: 2, emails: 3, aliases: 4, contact: 5, active: 6 });
    expect(units.rows.length).toBeGreaterThanOrEqual(95);
    expect(units.rows[0].row).toBe(1);
    const ph01 = units.rows.find((r) => r.cells[0] === 'PH01');
    expect(ph01?.cells.slice(1, 5)).toEqual([
      'UBND phường Cầu Diễn',
      'phuong',
      'vanthu.caudien@example.vn; thiduakhenthuong.caudien@example.vn',
      'Phường Cầu Diễn; UBND P. Cầu Diễn',
    ]);
  });
});

describe('readUnitsFile on a registry without the type column', () => {
  it('stops with an error naming the file, the header row and the column', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'units-file-'));
    const path = join(dir, 'don-vi.csv');
    await writeFile(path, 'Mã đơn vị,Tên đơn vị,Email\r\nPH01,UBND phường Cầu Diễn,a@example.vn\r\n');
    const error = await readUnitsFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as Error).message).toBe('Tệp don-vi.csv, dòng tiêu đề, cột "Loại đơn vị": thiếu cột bắt buộc.');
  });

  it('leaves optional columns at -1 when absent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'units-file-'));
    const path = join(dir, 'don-vi.csv');
    await writeFile(path, 'Mã đơn vị,Tên đơn vị,Loại đơn vị,Email\r\nPH01,UBND phường Cầu Diễn,phuong,\r\n');
    const units = await readUnitsFile(path);
    expect(units.columns).toMatchObject({ aliases: -1, contact: -1, active: -1 });
    expect(units.rows).toEqual([{ row: 1, cells: ['PH01', 'UBND phường Cầu Diễn', 'phuong', ''] }]);
  });
});
