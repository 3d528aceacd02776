// Defines how the offline run applies Nội vụ's review decisions: typed into the master sheet as a clerk would.
import { InputFileError } from '../input/errors';
import type { ReviewDecision } from '../input/review-file';
import type { OfflineEnvironment } from '../runtime/environment';

type Sources = Map<string, { kind: 'exemplar' | 'article'; row: number }>;

const SHEETS = { exemplar: 'Gương ĐHTT-NTVT', article: 'Bài viết dự thi' } as const;

/** A decision about a row that was rejected or never replayed is a mistake in the review file: exit 2. */
export function applyReview(
  env: OfflineEnvironment,
  sources: Sources,
  decisions: ReviewDecision[],
  file: string,
): void {
  const idOf = new Map([...sources].map(([id, s]) => [`${s.kind}:${s.row}`, id]));
  for (const kind of ['exemplar', 'article'] as const) {
    const sheet = env.spreadsheet.getSheetByName(SHEETS[kind])!;
    const values = sheet.getDataRange().getValues();
    const header = values[0].map(String);
    const col = (h: string) => header.indexOf(h) + 1;
    const rowOfId = new Map(values.map((r, i) => [String(r[0 + header.indexOf('Mã phản hồi')]), i + 1]));
    for (const d of decisions.filter((x) => x.kind === kind)) {
      const sheetRow = rowOfId.get(idOf.get(`${kind}:${d.sourceRow}`) ?? '');
      if (!sheetRow) {
        throw new InputFileError({
          code: 'invalid_value',
          file,
          row: d.row,
          column: 'Dòng',
          detail: `dòng ${d.sourceRow} của tệp phản hồi không có trong trang ${SHEETS[kind]} (bị từ chối hoặc không có).`,
        });
      }
      if (d.status) sheet.getRange(sheetRow, col('Trạng thái')).setValue(d.status);
      if (d.selected !== null && kind === 'article')
        sheet.getRange(sheetRow, col('Chọn gửi Thành phố')).setValue(d.selected);
      if (d.note) sheet.getRange(sheetRow, col('Ghi chú Nội vụ')).setValue(d.note);
    }
  }
}
