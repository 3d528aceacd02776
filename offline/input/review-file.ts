// Defines readReviewFile: Nội vụ's review decisions for the offline run (status, city selection, notes per input row).
import { REVIEW_STATUSES } from '../../src/domain/types';
import { InputFileError } from './errors';
import { matchHeader, normalizeTitle } from './headers';
import { cellText, readTableFile } from './table-file';

export interface ReviewDecision {
  /** Row of this file (1-based data row), for error messages. */
  row: number;
  kind: 'exemplar' | 'article';
  /** Data row of the responses file the decision is about. */
  sourceRow: number;
  status: string;
  selected: boolean | null;
  note: string;
}

const FORMS: Record<string, 'exemplar' | 'article'> = {
  [normalizeTitle('Giới thiệu gương')]: 'exemplar',
  [normalizeTitle('Bài viết dự thi')]: 'article',
};

/** What a clerk would type into `Trạng thái`, `Chọn gửi Thành phố` and `Ghi chú Nội vụ`, keyed by input row. */
export async function readReviewFile(path: string): Promise<ReviewDecision[]> {
  const table = await readTableFile(path);
  const col = matchHeader(
    table.header,
    [
      { key: 'form', titles: ['Biểu mẫu'], required: true },
      { key: 'row', titles: ['Dòng'], required: true },
      { key: 'status', titles: ['Trạng thái'], required: false },
      { key: 'selected', titles: ['Chọn gửi Thành phố'], required: false },
      { key: 'note', titles: ['Ghi chú Nội vụ'], required: false },
    ],
    path,
  );
  const at = (cells: unknown[], i: number) => (i < 0 ? '' : cellText(cells[i] as never).trim());
  return table.rows.map(({ row, cells }) => {
    const bad = (column: string, detail: string) =>
      new InputFileError({ code: 'invalid_value', file: path, row, column, detail });
    const kind = FORMS[normalizeTitle(at(cells, col.form))];
    if (!kind) throw bad('Biểu mẫu', 'ghi "Giới thiệu gương" hoặc "Bài viết dự thi".');
    const sourceRow = Number(at(cells, col.row));
    if (!Number.isInteger(sourceRow) || sourceRow < 1)
      throw bad('Dòng', 'ghi số dòng dữ liệu (từ 1) của tệp phản hồi.');
    const status = at(cells, col.status).normalize('NFC');
    if (status && !(REVIEW_STATUSES as readonly string[]).includes(status)) {
      throw bad('Trạng thái', `chỉ dùng một trong: ${REVIEW_STATUSES.join(', ')}.`);
    }
    const flag = normalizeTitle(at(cells, col.selected));
    return {
      row,
      kind,
      sourceRow,
      status,
      selected: flag === '' ? null : ['có', 'x', 'true'].includes(flag),
      note: at(cells, col.note).normalize('NFC'),
    };
  });
}
