// Defines the hand-made rows of the edge cases listed in edge-cases.ts.
import type { SampleBuilder } from './builder';
import type { Random } from './random';
import { longSummary } from './texts';
import { local } from './timestamps';
import type { SampleUnit } from './units';

/** Adds the rows of EDGE_CASES. Called before the generic rows so their names are reserved. */
export function addEdgeRows(b: SampleBuilder, rnd: Random, units: ReadonlyMap<string, SampleUnit>): void {
  const u = (code: string) => {
    const unit = units.get(code);
    if (!unit) throw new Error(`No unit ${code}`);
    return unit;
  };
  const P = { shape: 'padded' } as const;

  // Period boundaries and timestamp shapes.
  b.exemplar(u('PH04'), local(2023, 4, 21), {}, { timestamp: '21/04/2023 00:00:00', edge: 'period-start' });
  b.exemplar(
    u('PH10'),
    local(2023, 4, 20, 23, 59, 59),
    {},
    { timestamp: '20/04/2023 23:59:59', edge: 'april-last-second' },
  );
  b.exemplar(
    u('PH03'),
    local(2023, 5, 20, 23, 59, 59),
    {},
    { timestamp: '20/05/2023 23:59:59', edge: 'cutoff-last-second' },
  );
  b.article(
    u('DT03'),
    local(2023, 5, 20, 23, 59, 59),
    {},
    { timestamp: '20/05/2023 23:59:59', edge: 'cutoff-last-second' },
  );
  b.exemplar(
    u('PH05'),
    local(2023, 5, 21, 0, 0, 1),
    {},
    { timestamp: '21/05/2023 00:00:01', edge: 'after-cutoff-first-second' },
  );
  b.exemplar(u('PH07'), local(2023, 5, 21), {}, { timestamp: '2023-05-20T17:00:00Z', edge: 'iso-utc' });
  b.exemplar(u('PB02'), local(2023, 5, 19, 9, 15), {}, { timestamp: '2023-05-19T09:15:00+07:00', edge: 'iso-offset' });
  // Sorted as if it had been written on 12/05, where a clerk typing it would have put it.
  b.exemplar(u('TR12'), local(2023, 5, 12, 10), {}, { timestamp: '32/05/2023 10:00:00', edge: 'unreadable-timestamp' });

  // How the unit is written.
  const at = (d: number, h: number, mi: number, s: number, mo = 5) => local(2023, mo, d, h, mi, s);
  b.exemplar(u('PH03'), at(8, 9, 41, 7), { unit: u('PH03').name.normalize('NFD') }, { ...P, edge: 'unit-nfd' });
  b.exemplar(u('PH01'), at(4, 14, 2, 55), { unit: 'PH01' }, { ...P, edge: 'unit-code' });
  b.exemplar(u('PH01'), at(16, 8, 30, 12), { unit: 'UBND P. Cầu Diễn' }, { ...P, edge: 'unit-alias' });
  b.article(u('DT02'), at(10, 15, 22, 40), { unit: 'Đoàn Thanh niên quận' }, { ...P, edge: 'unit-alias' });
  b.exemplar(
    u('PB14'),
    at(2, 10, 17, 3),
    { unit: 'Trung tâm Văn hóa - Thể thao quận' },
    { ...P, edge: 'unit-old-name' },
  );
  const unknown: SampleUnit = {
    code: 'XX01',
    name: 'Phòng Ngoại vụ quận',
    type: 'phong_ban',
    emails: ['ngoaivu@namtuliem.example.vn'],
    aliases: [],
    contact: '',
    active: true,
    slug: 'ngoaivu',
  };
  b.exemplar(unknown, at(11, 16, 5, 31), {}, { ...P, edge: 'unit-unknown' });
  b.exemplar(u('PH08'), at(9, 8, 55, 20), { unit: 'UBND phường\u200b Tây Mỗ' }, { ...P, edge: 'unit-zero-width' });
  b.exemplar(
    u('PH09'),
    at(17, 20, 12, 9),
    { unit: '  UBND  phường   Trung Văn ' },
    { ...P, edge: 'unit-extra-spaces' },
  );

  // Who is nominated.
  const ha = { name: 'Phạm Thị Thu Hà', kind: 'Cá nhân', year: '1987' } as const;
  const haPost = 'Chi hội trưởng Chi hội Phụ nữ Tổ dân phố số 6, phường Mỹ Đình 2';
  b.exemplar(u('PH05'), at(3, 9, 12, 40), { ...ha, position: haPost }, { ...P, edge: 'repeat-same-period' });
  b.exemplar(u('PH05'), at(15, 15, 40, 5), { ...ha, position: haPost }, { ...P, edge: 'repeat-same-period' });
  const khanh = {
    name: 'Đỗ Văn Khánh',
    kind: 'Cá nhân',
    year: '1979',
    position: 'Phó Trưởng phòng Tài chính - Kế hoạch',
  } as const;
  b.exemplar(u('PB03'), at(12, 14, 20, 11, 4), khanh, { ...P, edge: 'repeat-across-periods' });
  b.exemplar(u('PB03'), at(9, 10, 5, 48), khanh, { ...P, edge: 'repeat-across-periods' });
  b.exemplar(
    u('PH02'),
    at(5, 8, 47, 30),
    { name: 'Nguyễn Văn Hùng', kind: 'Cá nhân', year: '1968', position: 'Tổ trưởng Tổ dân phố số 3, phường Đại Mỗ' },
    { ...P, edge: 'same-name-other-year' },
  );
  b.exemplar(
    u('PH02'),
    at(11, 9, 3, 16),
    { name: 'Nguyễn Văn Hùng', kind: 'Cá nhân', year: '1992', position: 'Thành viên Đội dân phòng Tổ dân phố số 11' },
    { ...P, edge: 'same-name-other-year' },
  );
  const anh = {
    name: 'Lê Thị Mai Anh',
    kind: 'Cá nhân',
    year: '1990',
    position: 'Giáo viên Trường THCS Phú Đô',
  } as const;
  b.exemplar(u('PH06'), at(6, 10, 11, 2), anh, { ...P, edge: 'same-name-two-units' });
  b.exemplar(u('TR06'), at(10, 14, 36, 58), anh, { ...P, edge: 'same-name-two-units' });

  // Who sent it.
  b.exemplar(
    u('PB05'),
    at(13, 9, 27, 44),
    {},
    { ...P, email: 'tranvanbinh.qldt@example.vn', edge: 'unregistered-sender' },
  );
  b.exemplar(u('PH01'), at(18, 7, 58, 1), {}, { ...P, email: 'VanThu.CauDien@Example.vn', edge: 'sender-case' });

  // Values the intake must refuse.
  b.exemplar(
    u('PH09'),
    at(7, 15, 14, 26),
    { kind: 'Cá nhân', name: 'Kiều Văn Thịnh', year: '19a5' },
    { ...P, edge: 'birth-year-letters' },
  );
  b.exemplar(
    u('PB10'),
    at(14, 10, 48, 37),
    { kind: 'Cá nhân', name: 'Vũ Thị Ngọc Lan', year: '85' },
    { ...P, edge: 'birth-year-two-digits' },
  );
  b.exemplar(
    u('PH10'),
    at(16, 21, 9, 50),
    { url: 'xem ảnh trong nhóm Zalo của tổ dân phố' },
    { ...P, edge: 'invalid-url' },
  );
  b.article(u('PB07'), at(12, 16, 31, 4), { url: 'bai-viet-so-3.docx' }, { ...P, edge: 'invalid-url' });

  // The same response delivered twice.
  const twice = b.exemplar(u('HQ05'), at(17, 11, 2, 13), {}, { ...P, edge: 'redelivered' });
  b.redeliver('exemplars', twice, 'redelivered');
  const twiceB = b.article(u('PH04'), at(19, 14, 44, 9), {}, { ...P, edge: 'redelivered' });
  b.redeliver('articles', twiceB, 'redelivered');

  // Text a spreadsheet would take for a formula.
  b.exemplar(
    u('PH04'),
    at(6, 9, 0, 18),
    { kind: 'Cá nhân', name: '=HYPERLINK("http://x","y")', year: '1975' },
    { ...P, edge: 'formula-name' },
  );
  b.exemplar(
    u('PH06'),
    at(13, 20, 41, 0),
    {
      summary: '-Tích cực tham gia các hoạt động tình nguyện của phường; vận động được 15 hộ gia đình hiến đất mở ngõ.',
    },
    { ...P, edge: 'minus-summary' },
  );
  b.exemplar(
    u('PH02'),
    at(15, 8, 20, 33),
    {
      kind: 'Cá nhân',
      name: 'Nghiêm Xuân Trường',
      year: '1963',
      position: '+84 912 345 678 - Tổ trưởng Tổ dân phố số 4, phường Đại Mỗ',
    },
    { ...P, edge: 'plus-position' },
  );
  b.exemplar(
    u('DT03'),
    at(8, 14, 10, 45),
    {
      kind: 'Cá nhân',
      name: 'Trịnh Thị Hồng Nhung',
      year: '1982',
      position: '@Chi hội Phụ nữ Tổ dân phố số 9, phường Xuân Phương',
    },
    { ...P, edge: 'at-position' },
  );
  b.article(
    u('PH10'),
    at(14, 19, 55, 21),
    { title: '=Người tốt việc tốt giữa lòng phố Xuân Phương' },
    { ...P, edge: 'formula-title' },
  );
  b.exemplar(u('PH08'), at(19, 16, 3, 27), { summary: longSummary(rnd, 3000) }, { ...P, edge: 'long-summary' });

  // Articles.
  const title = 'Người giữ lửa ở Tổ dân phố số 5';
  b.article(u('PH07'), at(4, 10, 20, 0), { title }, { ...P, edge: 'title-repeat' });
  b.article(
    u('PH07'),
    at(18, 9, 35, 42),
    { title: '  người giữ lửa ở tổ dân phố  số 5' },
    { ...P, edge: 'title-repeat' },
  );
  b.article(u('TR02'), at(9, 15, 5, 6), { score: '85,5' }, { ...P, edge: 'score-decimal-comma' });
  b.article(u('TR03'), at(11, 8, 44, 19), { score: '101' }, { ...P, edge: 'score-over-100' });
}
