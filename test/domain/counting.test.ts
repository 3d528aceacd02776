// Tests the counting rules of SPEC §4: repeats, names sent by several units, review status and sender check.
import { describe, expect, it } from 'vitest';
import { classifyArticles, classifyNominations, isCounted } from '../../src/domain/counting';
import type { ArticleRecord, NominationRecord } from '../../src/domain/types';

function nom(
  id: string,
  iso: string,
  unitCode: string,
  nomineeName: string,
  birthYear = '',
  over: Partial<NominationRecord> = {},
): NominationRecord {
  return { id, timestamp: new Date(iso), unitCode, nomineeName, birthYear, status: 'Mới', verified: true, ...over };
}

function art(
  id: string,
  iso: string,
  unitCode: string,
  title: string,
  over: Partial<ArticleRecord> = {},
): ArticleRecord {
  return { id, timestamp: new Date(iso), unitCode, title, status: '', verified: true, ...over };
}

const counts = { countUnverified: true };

describe('classifyNominations with the same nominee sent twice by one unit', () => {
  it('marks the later one a repeat across periods, pointing at the first, whatever the input order', () => {
    const april = nom('r1', '2023-04-10T09:00:00+07:00', 'PH01', 'Nguyễn Văn An', '1985');
    const may = nom('r2', '2023-05-10T09:00:00+07:00', 'PH01', 'nguyễn  văn an', '1985');
    const cls = classifyNominations([may, april]);
    expect(cls.get('r1')).toEqual({ repeat: false, otherUnits: [] });
    expect(cls.get('r2')).toEqual({ repeat: true, firstId: 'r1', otherUnits: [] });
    expect(isCounted(may, cls.get('r2'), counts)).toBe(false);
    expect(isCounted(april, cls.get('r1'), counts)).toBe(true);
  });

  it('breaks a timestamp tie by id', () => {
    const cls = classifyNominations([
      nom('b', '2023-05-10T09:00:00+07:00', 'PH01', 'Lê Văn Bình'),
      nom('a', '2023-05-10T09:00:00+07:00', 'PH01', 'Lê Văn Bình'),
    ]);
    expect(cls.get('a')?.repeat).toBe(false);
    expect(cls.get('b')).toMatchObject({ repeat: true, firstId: 'a' });
  });

  it('still counts a repeat of a nominee whose first nomination was rejected as a repeat', () => {
    const cls = classifyNominations([
      nom('r1', '2023-04-10T09:00:00+07:00', 'PH01', 'Nguyễn Văn An', '', { status: 'Không đạt' }),
      nom('r2', '2023-05-10T09:00:00+07:00', 'PH01', 'Nguyễn Văn An'),
    ]);
    expect(cls.get('r2')?.repeat).toBe(true);
  });

  it('treats the same name with a different birth year as a new nominee', () => {
    const cls = classifyNominations([
      nom('r1', '2023-04-10T09:00:00+07:00', 'PH01', 'Nguyễn Văn An', '1985'),
      nom('r2', '2023-05-10T09:00:00+07:00', 'PH01', 'Nguyễn Văn An', '1990'),
    ]);
    expect(cls.get('r2')?.repeat).toBe(false);
  });

  it('treats a name differing by a diacritic as a new nominee', () => {
    const cls = classifyNominations([
      nom('r1', '2023-05-01T09:00:00+07:00', 'PH01', 'Nguyễn Văn An'),
      nom('r2', '2023-05-02T09:00:00+07:00', 'PH01', 'Nguyễn Văn Ân'),
    ]);
    expect(cls.get('r2')?.repeat).toBe(false);
  });
});

describe('classifyNominations with the same name from two units', () => {
  it('counts it for each unit and flags each with the other units, at any time', () => {
    const cls = classifyNominations([
      nom('r1', '2023-05-01T09:00:00+07:00', 'PH01', 'Nguyễn Văn An', '1985'),
      nom('r2', '2023-06-01T09:00:00+07:00', 'PH02', 'Nguyễn Văn An', ''),
      nom('r3', '2023-06-02T09:00:00+07:00', 'MT01', 'nguyễn văn an', '1985'),
      nom('r4', '2023-06-03T09:00:00+07:00', 'PH01', 'Trần Thị Mai'),
    ]);
    expect(cls.get('r1')).toEqual({ repeat: false, otherUnits: ['MT01', 'PH02'] });
    expect(cls.get('r2')).toEqual({ repeat: false, otherUnits: ['MT01', 'PH01'] });
    expect(cls.get('r3')).toEqual({ repeat: false, otherUnits: ['PH01', 'PH02'] });
    expect(cls.get('r4')).toEqual({ repeat: false, otherUnits: [] });
  });
});

describe('classifyArticles', () => {
  it('marks the same title from the same unit a repeat and the same title from another unit new', () => {
    const cls = classifyArticles([
      art('a1', '2023-05-01T09:00:00+07:00', 'PH01', 'Người giữ lửa'),
      art('a2', '2023-06-01T09:00:00+07:00', 'PH01', ' NGƯỜI GIỮ  LỬA'),
      art('a3', '2023-06-01T09:00:00+07:00', 'PH02', 'Người giữ lửa'),
    ]);
    expect(cls.get('a1')).toEqual({ repeat: false });
    expect(cls.get('a2')).toEqual({ repeat: true, firstId: 'a1' });
    expect(cls.get('a3')).toEqual({ repeat: false });
  });
});

describe('isCounted', () => {
  const fresh = { repeat: false };

  it('excludes a record Nội vụ marked Không đạt', () => {
    expect(isCounted(nom('r', '2023-05-01T00:00:00Z', 'PH01', 'A', '', { status: 'Không đạt' }), fresh, counts)).toBe(
      false,
    );
    expect(
      isCounted(nom('r', '2023-05-01T00:00:00Z', 'PH01', 'A', '', { status: 'Đề xuất khen thưởng' }), fresh, counts),
    ).toBe(true);
  });

  it('counts an unverified sender unless the setting says otherwise', () => {
    const r = art('a', '2023-05-01T00:00:00Z', 'PH01', 'T', { verified: false });
    expect(isCounted(r, fresh, { countUnverified: true })).toBe(true);
    expect(isCounted(r, fresh, { countUnverified: false })).toBe(false);
    expect(isCounted({ ...r, verified: true }, fresh, { countUnverified: false })).toBe(true);
  });

  it('does not count an unclassified record', () => {
    expect(isCounted(art('a', '2023-05-01T00:00:00Z', 'PH01', 'T'), undefined, counts)).toBe(false);
  });
});
