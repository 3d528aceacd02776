// Tests header matching: normalised titles, English fallbacks, and the error for a missing column.
import { describe, expect, it } from 'vitest';
import { InputFileError } from '../../../offline/input/errors';
import { matchHeader, normalizeTitle, type WantedColumn } from '../../../offline/input/headers';

const WANTED: WantedColumn<'timestamp' | 'email' | 'unit'>[] = [
  { key: 'timestamp', titles: ['Dấu thời gian', 'Timestamp'], required: true },
  { key: 'email', titles: ['Địa chỉ email', 'Email Address'], required: false },
  { key: 'unit', titles: ['Đơn vị giới thiệu'], required: true },
];

describe('normalizeTitle', () => {
  it('makes NFD and NFC spellings equal', () => {
    expect(normalizeTitle('Dấu thời gian'.normalize('NFD'))).toBe(normalizeTitle('Dấu thời gian'));
  });

  it('trims, collapses inner spaces, drops zero-width characters and lower-cases Đ', () => {
    expect(normalizeTitle('  ĐƠN\u00a0VỊ   giới\u200b thiệu ')).toBe('đơn vị giới thiệu');
  });

  it('keeps diacritics significant', () => {
    expect(normalizeTitle('Năm sinh')).not.toBe(normalizeTitle('Nam sinh'));
  });
});

describe('matchHeader on a header Google exported in Vietnamese', () => {
  it('finds every column by its position', () => {
    expect(matchHeader(['Dấu thời gian', 'Địa chỉ email', 'Đơn vị giới thiệu'], WANTED, 'a.csv')).toEqual({
      timestamp: 0,
      email: 1,
      unit: 2,
    });
  });

  it('matches titles typed in NFD, with extra spaces or in other letter case', () => {
    const header = ['Đơn vị  giới thiệu '.normalize('NFD'), ' DẤU THỜI GIAN', 'x'];
    expect(matchHeader(header, WANTED, 'a.csv')).toEqual({ timestamp: 1, email: -1, unit: 0 });
  });

  it('takes the first of two columns with the same title', () => {
    expect(matchHeader(['Dấu thời gian', 'Đơn vị giới thiệu', 'Đơn vị giới thiệu'], WANTED, 'a.csv').unit).toBe(1);
  });
});

describe('matchHeader on a header exported in English', () => {
  it('falls back to Timestamp and Email Address', () => {
    expect(matchHeader(['Timestamp', 'Email Address', 'Đơn vị giới thiệu'], WANTED, 'a.csv')).toEqual({
      timestamp: 0,
      email: 1,
      unit: 2,
    });
  });
});

describe('matchHeader when a required column is missing', () => {
  it('throws InputFileError on the header row naming the file and the column in Vietnamese', () => {
    let error: unknown;
    try {
      matchHeader(['Timestamp', 'Email Address'], WANTED, '/tmp/x/guong-dhtt-ntvt.csv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputFileError);
    expect(error).toMatchObject({
      code: 'missing_column',
      file: 'guong-dhtt-ntvt.csv',
      row: 0,
      column: 'Đơn vị giới thiệu',
    });
    expect((error as Error).message).toMatchInlineSnapshot(
      `"Tệp guong-dhtt-ntvt.csv, dòng tiêu đề, cột "Đơn vị giới thiệu": thiếu cột bắt buộc."`,
    );
  });

  it('names the Vietnamese title even when the file uses English ones', () => {
    expect(() => matchHeader(['Email Address', 'Đơn vị giới thiệu'], WANTED, 'b.csv')).toThrow(
      'Tệp b.csv, dòng tiêu đề, cột "Dấu thời gian": thiếu cột bắt buộc.',
    );
  });
});

describe('InputFileError for a content problem found by a caller', () => {
  it('words file, data row and column the way clerks read them', () => {
    const error = new InputFileError({
      code: 'invalid_value',
      file: 'examples/don-vi.csv',
      row: 12,
      column: 'Loại đơn vị',
      detail: 'loại đơn vị "xã" không có trong danh mục.',
    });
    expect(error.message).toBe('Tệp don-vi.csv, dòng 12, cột "Loại đơn vị": loại đơn vị "xã" không có trong danh mục.');
    expect(error.message).toBe(error.message.normalize('NFC'));
  });
});
