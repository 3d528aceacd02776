// Defines the edge cases of the sample and what a correct run does with each (README.md lists them with rows).

export type SampleFile = 'exemplars' | 'articles';

export interface EdgeCase {
  id: string;
  file: SampleFile;
  what: string;
  expected: string;
}

export const EDGE_CASES: readonly EdgeCase[] = [
  {
    id: 'period-start',
    file: 'exemplars',
    what: 'Sent at 21/04/2023 00:00:00, the first second of 2023-05.',
    expected: 'Counted in 2023-05.',
  },
  {
    id: 'april-last-second',
    file: 'exemplars',
    what: 'Sent at 20/04/2023 23:59:59, the last second of 2023-04.',
    expected: 'Counted in 2023-04.',
  },
  {
    id: 'cutoff-last-second',
    file: 'exemplars',
    what: 'Sent at 20/05/2023 23:59:59, the last second of 2023-05.',
    expected: 'Counted in 2023-05.',
  },
  {
    id: 'cutoff-last-second',
    file: 'articles',
    what: 'Sent at 20/05/2023 23:59:59, the last second of 2023-05.',
    expected: 'Counted in 2023-05.',
  },
  {
    id: 'after-cutoff-first-second',
    file: 'exemplars',
    what: 'Sent at 21/05/2023 00:00:01.',
    expected: 'Belongs to 2023-06, not counted in 2023-05.',
  },
  {
    id: 'iso-utc',
    file: 'exemplars',
    what: 'Timestamp 2023-05-20T17:00:00Z, i.e. 21/05/2023 00:00:00 in Hà Nội.',
    expected: 'Belongs to 2023-06.',
  },
  {
    id: 'iso-offset',
    file: 'exemplars',
    what: 'Timestamp 2023-05-19T09:15:00+07:00.',
    expected: 'Counted in 2023-05.',
  },
  {
    id: 'after-cutoff',
    file: 'exemplars',
    what: 'Ordinary answers sent on 21–22/05/2023.',
    expected: 'Belong to 2023-06.',
  },
  {
    id: 'after-cutoff',
    file: 'articles',
    what: 'Ordinary answers sent on 21–22/05/2023.',
    expected: 'Belong to 2023-06.',
  },
  {
    id: 'unreadable-timestamp',
    file: 'exemplars',
    what: 'Timestamp 32/05/2023 10:00:00 (no such day).',
    expected: 'Rejected into the error sheet; the run goes on.',
  },
  {
    id: 'unit-nfd',
    file: 'exemplars',
    what: 'Unit written in NFD (decomposed diacritics): UBND phường Mễ Trì.',
    expected: 'Matches PH03.',
  },
  { id: 'unit-code', file: 'exemplars', what: 'Unit given by its code PH01.', expected: 'Matches PH01.' },
  { id: 'unit-alias', file: 'exemplars', what: 'Unit given by an alias, UBND P. Cầu Diễn.', expected: 'Matches PH01.' },
  {
    id: 'unit-alias',
    file: 'articles',
    what: 'Unit given by an alias, Đoàn Thanh niên quận.',
    expected: 'Matches DT02.',
  },
  {
    id: 'unit-old-name',
    file: 'exemplars',
    what: 'Unit given by its former name, Trung tâm Văn hóa - Thể thao quận.',
    expected: 'Matches PB14 (renamed).',
  },
  {
    id: 'unit-unknown',
    file: 'exemplars',
    what: 'Unit Phòng Ngoại vụ quận, not in the registry.',
    expected: 'Rejected: unit not found.',
  },
  {
    id: 'unit-zero-width',
    file: 'exemplars',
    what: 'Unit name with a zero-width space (U+200B) after "phường".',
    expected: 'Matches PH08 (invisible characters removed).',
  },
  {
    id: 'unit-extra-spaces',
    file: 'exemplars',
    what: 'Unit name with leading, trailing and doubled inner spaces.',
    expected: 'Matches PH09.',
  },
  {
    id: 'repeat-same-period',
    file: 'exemplars',
    what: 'PH05 nominates Phạm Thị Thu Hà (1987) twice in 2023-05.',
    expected: 'First counted; second kept, flagged Trùng, not counted.',
  },
  {
    id: 'repeat-across-periods',
    file: 'exemplars',
    what: 'PB03 nominates Đỗ Văn Khánh (1979) in 2023-04 and again in 2023-05.',
    expected: 'April row counted; May row flagged Trùng, not counted.',
  },
  {
    id: 'same-name-other-year',
    file: 'exemplars',
    what: 'PH02 nominates Nguyễn Văn Hùng born 1968 and Nguyễn Văn Hùng born 1992.',
    expected: 'Two different people: both counted.',
  },
  {
    id: 'same-name-two-units',
    file: 'exemplars',
    what: 'Lê Thị Mai Anh (1990) nominated by PH06 and by TR06.',
    expected: 'Counted for each unit; flagged for review.',
  },
  {
    id: 'unregistered-sender',
    file: 'exemplars',
    what: 'PB05 answer sent from tranvanbinh.qldt@example.vn, not a registered address.',
    expected: 'Counted, flagged Chưa xác thực.',
  },
  {
    id: 'sender-case',
    file: 'exemplars',
    what: 'PH01 answer sent from VanThu.CauDien@Example.vn (registered, other letter case).',
    expected: 'Verified: addresses compare case-insensitively.',
  },
  {
    id: 'unit-without-email',
    file: 'exemplars',
    what: 'Every answer of TR41, which has no registered email.',
    expected: 'Counted, flagged Chưa xác thực.',
  },
  {
    id: 'unit-without-email',
    file: 'articles',
    what: 'Every answer of TR41, which has no registered email.',
    expected: 'Counted, flagged Chưa xác thực.',
  },
  { id: 'birth-year-letters', file: 'exemplars', what: 'Birth year 19a5.', expected: 'Rejected: invalid birth year.' },
  { id: 'birth-year-two-digits', file: 'exemplars', what: 'Birth year 85.', expected: 'Rejected: invalid birth year.' },
  {
    id: 'invalid-url',
    file: 'exemplars',
    what: 'Evidence link is plain text, not a URL.',
    expected: 'Rejected: invalid URL.',
  },
  {
    id: 'invalid-url',
    file: 'articles',
    what: 'Article link bai-viet-so-3.docx, not a URL.',
    expected: 'Rejected: invalid URL.',
  },
  {
    id: 'redelivered',
    file: 'exemplars',
    what: 'A row identical in every cell to the row before it.',
    expected: 'Stored once, counted once.',
  },
  {
    id: 'redelivered',
    file: 'articles',
    what: 'A row identical in every cell to the row before it.',
    expected: 'Stored once, counted once.',
  },
  {
    id: 'formula-name',
    file: 'exemplars',
    what: 'Name =HYPERLINK("http://x","y").',
    expected: 'Stored as text, never as a formula; counted.',
  },
  { id: 'minus-summary', file: 'exemplars', what: 'Summary starting with "-".', expected: 'Stored as text; counted.' },
  {
    id: 'plus-position',
    file: 'exemplars',
    what: 'Position starting with "+84".',
    expected: 'Stored as text; counted.',
  },
  { id: 'at-position', file: 'exemplars', what: 'Position starting with "@".', expected: 'Stored as text; counted.' },
  { id: 'formula-title', file: 'articles', what: 'Title starting with "=".', expected: 'Stored as text; counted.' },
  {
    id: 'long-summary',
    file: 'exemplars',
    what: 'Summary of about 3,000 characters.',
    expected: 'Stored whole; counted.',
  },
  {
    id: 'title-repeat',
    file: 'articles',
    what: 'PH07 sends the same title twice, the second with other case and extra spaces.',
    expected: 'First counted; second flagged as a repeat, not counted.',
  },
  {
    id: 'score-decimal-comma',
    file: 'articles',
    what: 'Preliminary score 85,5 (decimal comma).',
    expected: 'Valid score 85.5.',
  },
  {
    id: 'score-over-100',
    file: 'articles',
    what: 'Preliminary score 101.',
    expected: 'Rejected: score outside 0–100.',
  },
];
