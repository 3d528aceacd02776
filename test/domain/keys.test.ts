// Tests identity keys and the fingerprint of a re-delivered row (SPEC §4).
import { describe, expect, it } from 'vitest';
import { articleKey, fingerprint, nameKey, nomineeKey } from '../../src/domain/keys';

describe('nomineeKey', () => {
  it('ignores case, spacing and NFD in the unit code and name', () => {
    expect(nomineeKey(' ph01', 'NGUYỄN  văn An'.normalize('NFD'), '1985')).toBe(
      nomineeKey('PH01', 'Nguyễn Văn An', '1985'),
    );
    expect(nomineeKey('PH01', 'Nguyễn Văn An', '1985')).toBe('ph01|nguyễn văn an|1985');
  });

  it('tells apart a different birth year, a different diacritic and a blank year', () => {
    const k = nomineeKey('PH01', 'Nguyễn Văn An', '1985');
    expect(nomineeKey('PH01', 'Nguyễn Văn An', '1986')).not.toBe(k);
    expect(nomineeKey('PH01', 'Nguyễn Văn Ân', '1985')).not.toBe(k);
    expect(nomineeKey('PH01', 'Nguyễn Văn An', '')).not.toBe(k);
  });
});

describe('nameKey and articleKey', () => {
  it('normalise the name and the unit + title', () => {
    expect(nameKey(' Trần\u200B Thị Mai ')).toBe('trần thị mai');
    expect(articleKey('PH01', 'Người  giữ lửa')).toBe(articleKey('ph01', 'người giữ lửa'));
    expect(articleKey('PH01', 'Người giữ lửa')).not.toBe(articleKey('PH02', 'Người giữ lửa'));
  });
});

describe('a "|" inside a unit code, a name or a title', () => {
  it('never makes two different nominees or articles share a key', () => {
    expect(nomineeKey('A|B', 'C', '')).not.toBe(nomineeKey('A', 'B|C', ''));
    expect(articleKey('A|B', 'C')).not.toBe(articleKey('A', 'B|C'));
    expect(nameKey('Lê|Hoa')).not.toBe(nameKey('Lê%7CHoa'));
  });

  it('leaves the key with exactly two separators, the name part equal to nameKey', () => {
    const k = nomineeKey('CCB|1', 'Lê | Hoa', '1980');
    expect(k.split('|')).toEqual(['ccb%7C1', nameKey('Lê | Hoa'), '1980']);
  });
});

describe('fingerprint', () => {
  const row = [new Date('2023-05-20T16:59:59Z'), 'a@x.vn', 'UBND phường Cầu Diễn', 'Nguyễn Văn An'];

  it('is 16 hex characters and stable across calls', () => {
    expect(fingerprint(row)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(row)).toBe(fingerprint([...row]));
  });

  it('is equal for the same row re-delivered with different spacing, case or NFD', () => {
    const again = [
      new Date('2023-05-20T16:59:59Z'),
      'A@X.VN ',
      'UBND  phường Cầu Diễn'.normalize('NFD'),
      'Nguyễn Văn An',
    ];
    expect(fingerprint(again)).toBe(fingerprint(row));
  });

  it('treats a checkbox array and its ", "-joined text as the same answer', () => {
    expect(fingerprint(['x', ['A', 'B']])).toBe(fingerprint(['x', 'A, B']));
  });

  it('changes when any cell, the instant or the cell boundaries change', () => {
    const base = fingerprint(row);
    expect(fingerprint([new Date('2023-05-20T17:00:00Z'), ...row.slice(1)])).not.toBe(base);
    expect(fingerprint([...row.slice(0, 3), 'Nguyễn Văn Ân'])).not.toBe(base);
    expect(fingerprint(['ab', 'c'])).not.toBe(fingerprint(['a', 'bc']));
    expect(fingerprint([])).not.toBe(fingerprint(['']));
  });

  it('spreads many similar rows without collisions', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(fingerprint(['PH01', `Bài viết số ${i}`]));
    expect(seen.size).toBe(20_000);
  });
});
