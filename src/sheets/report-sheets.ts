// Defines the three reporting sheets: the `Báo cáo` log (a SheetDef), and the computed `Tiến độ` and
// `Xếp loại năm` sheets as pure cell blocks (values, backgrounds, weights), each written in one call.
import { formatDateTimeVi, formatDateVi, periodBounds } from '../domain/period';
import {
  missingText,
  type Progress,
  RESULT_MET,
  RESULT_NOT_MET,
  resultText,
  sharesByType,
  type Tally,
} from '../domain/progress';
import type { RankingRow } from '../domain/ranking';
import type { PeriodConfig, PeriodId } from '../domain/types';
import { unitTypeLabel } from '../domain/unit-types';
import type { SheetDef } from './layout';

export const REPORT_SHEET_NAMES = {
  progress: 'Tiến độ',
  ranking: 'Xếp loại năm',
  reports: 'Báo cáo',
} as const;

export const REPORT_COL = {
  period: 'Kỳ',
  name: 'Tên báo cáo',
  createdAt: 'Thời điểm tạo',
  trigger: 'Cách tạo',
  docUrl: 'Tài liệu',
  pdfUrl: 'Bản PDF',
  docId: 'Mã tài liệu',
  pdfId: 'Mã PDF',
} as const;

export const REPORT_LOG_SHEET: SheetDef = {
  name: REPORT_SHEET_NAMES.reports,
  color: '#d9d2e9',
  columns: [
    { header: REPORT_COL.period, width: 80, format: 'text' },
    { header: REPORT_COL.name, width: 260, format: 'text' },
    { header: REPORT_COL.createdAt, width: 150, format: 'datetime' },
    { header: REPORT_COL.trigger, width: 120, format: 'text' },
    { header: REPORT_COL.docUrl, width: 320, format: 'text' },
    { header: REPORT_COL.pdfUrl, width: 320, format: 'text' },
    { header: REPORT_COL.docId, width: 120, format: 'text', hidden: true },
    { header: REPORT_COL.pdfId, width: 120, format: 'text', hidden: true },
  ],
};

/** The dropdown value that follows the calendar: the period containing now. */
export const CURRENT_PERIOD_CHOICE = 'Kỳ hiện tại';

export const COLORS = {
  header: '#d9e1f2',
  group: '#ededed',
  subtotal: '#fff2cc',
  total: '#f8cbad',
  met: '#c6efce',
  notMet: '#ffc7ce',
  none: '#ffffff',
} as const;

/** A block of cells and its formats, all the same shape, written with one call each. */
export interface CellBlock {
  values: (string | number)[][];
  backgrounds: string[][];
  weights: ('bold' | 'normal')[][];
}

// --- Tiến độ ---------------------------------------------------------------------------------------

/** Row and column positions of `Tiến độ`; rows and columns are 1-based. */
export const PROGRESS = {
  selectorCell: 'B1',
  tableHeaderRow: 4,
  /** Columns A–I hold the table; K–N the chart data. */
  tableWidth: 9,
  chartColumn: 11,
  chartWidth: 4,
  /** Result column (H), where the red/green rules apply. */
  resultColumn: 8,
} as const;

export const PROGRESS_HEADERS = [
  'STT',
  'Mã đơn vị',
  'Tên đơn vị',
  'Gương đã có',
  'Gương chỉ tiêu',
  'Bài viết đã có',
  'Bài viết chỉ tiêu',
  'Kết quả',
  'Còn thiếu',
] as const;

export const CHART_HEADERS = ['Loại đơn vị', 'Tỉ lệ đơn vị đạt', 'Số đơn vị đạt', 'Số đơn vị'] as const;

export const PROGRESS_WIDTHS = [48, 90, 280, 90, 100, 100, 110, 90, 200, 24, 260, 120, 110, 90];

function tallyRow(label: string, t: Tally): (string | number)[] {
  return [
    '',
    '',
    label,
    t.exemplarsCounted,
    t.exemplarsRequired,
    t.articlesCounted,
    t.articlesRequired,
    `${t.unitsMet}/${t.units} đạt`,
    t.units - t.unitsMet > 0 ? `${t.units - t.unitsMet} đơn vị chưa đạt` : '',
  ];
}

/**
 * The whole `Tiến độ` sheet as one block from A1: selector and info rows, the table from row 4, and the chart
 * data at K4:N9. `height` pads with blanks so the rows of a longer previous table are cleared by the same write.
 */
export function progressBlock(o: {
  selection: string;
  period: PeriodId;
  progress: Progress;
  periodConfig: PeriodConfig;
  updatedAt: Date;
  height?: number;
}): CellBlock & { tableRows: number } {
  const width = PROGRESS.chartColumn - 1 + PROGRESS.chartWidth;
  const { start, end } = periodBounds(o.period, o.periodConfig);
  const tz = o.periodConfig.timeZone;
  const rows: { cells: (string | number)[]; bg: string; bold: boolean }[] = [];
  const push = (cells: (string | number)[], bg: string = COLORS.none, bold = false) => rows.push({ cells, bg, bold });
  push(['Kỳ báo cáo', o.selection, 'Chọn kỳ ở ô B1 rồi bấm Gương Sáng › Cập nhật tiến độ.'], COLORS.none, false);
  push([
    `Kỳ ${o.period}: từ ${formatDateVi(start, tz)} đến ${formatDateVi(end, tz)}. Cập nhật lúc ${formatDateTimeVi(o.updatedAt, tz)}.`,
  ]);
  push([]);
  push([...PROGRESS_HEADERS], COLORS.header, true);
  let stt = 0;
  for (const g of o.progress.groups) {
    push(['', '', `${g.ordinal}. ${g.label}`], COLORS.group, true);
    for (const u of g.units) {
      stt++;
      push([
        stt,
        u.code,
        u.name,
        u.exemplars.counted,
        u.exemplars.required,
        u.articles.counted,
        u.articles.required,
        resultText(u),
        missingText(u),
      ]);
    }
    push(tallyRow(`Cộng ${g.label}`, g.tally), COLORS.subtotal, true);
  }
  push(tallyRow('Tổng cộng', o.progress.total), COLORS.total, true);
  const tableRows = rows.length - (PROGRESS.tableHeaderRow - 1);

  const shares = sharesByType(o.progress);
  const chart: (string | number)[][] = [
    [...CHART_HEADERS],
    ...shares.map((s) => [s.label, s.share, s.tally.unitsMet, s.tally.units]),
  ];
  const height = Math.max(rows.length, PROGRESS.tableHeaderRow + chart.length - 1, o.height ?? 0);
  const values: (string | number)[][] = [];
  const backgrounds: string[][] = [];
  const weights: ('bold' | 'normal')[][] = [];
  for (let r = 0; r < height; r++) {
    const row = rows[r];
    const line: (string | number)[] = Array.from({ length: width }, (_, c) =>
      row && c < PROGRESS.tableWidth ? (row.cells[c] ?? '') : '',
    );
    const bg: string[] = Array.from({ length: width }, (_, c) =>
      row && c < PROGRESS.tableWidth ? row.bg : COLORS.none,
    );
    const wt: ('bold' | 'normal')[] = Array.from({ length: width }, (_, c) =>
      row?.bold && c < PROGRESS.tableWidth ? 'bold' : 'normal',
    );
    const ci = r - (PROGRESS.tableHeaderRow - 1);
    if (ci >= 0 && ci < chart.length) {
      chart[ci].forEach((v, k) => {
        line[PROGRESS.chartColumn - 1 + k] = v;
        bg[PROGRESS.chartColumn - 1 + k] = ci === 0 ? COLORS.header : COLORS.none;
        wt[PROGRESS.chartColumn - 1 + k] = ci === 0 ? 'bold' : 'normal';
      });
    }
    values.push(line);
    backgrounds.push(bg);
    weights.push(wt);
  }
  weights[0][0] = 'bold';
  return { values, backgrounds, weights, tableRows };
}

export const RESULT_TEXTS = { met: RESULT_MET, notMet: RESULT_NOT_MET } as const;

// --- Xếp loại năm ----------------------------------------------------------------------------------

export const RANKING_HEADER_ROW = 3;

export const RANKING_HEADERS = [
  'Loại đơn vị',
  'Hạng trong loại',
  'Mã đơn vị',
  'Tên đơn vị',
  'Số tháng đạt',
  'Số tháng đã qua',
  'Gương đã có',
  'Gương chỉ tiêu năm',
  'Bài viết đã có',
  'Bài viết chỉ tiêu năm',
  'Tỉ lệ hoàn thành',
] as const;

export const RANKING_WIDTHS = [240, 80, 90, 280, 90, 100, 90, 110, 100, 120, 110];

/** The whole `Xếp loại năm` sheet from A1; share is a number (0..1) formatted as a percentage. */
export function rankingBlock(o: {
  year: string;
  periods: PeriodId[];
  rows: RankingRow[];
  updatedAt: Date;
  timeZone: string;
  height?: number;
}): CellBlock {
  const width = RANKING_HEADERS.length;
  const span = o.periods.length
    ? `kỳ ${o.periods[0]} đến ${o.periods[o.periods.length - 1]}, ${o.periods.length} tháng đã kết thúc`
    : 'chưa có tháng nào kết thúc';
  const lines: { cells: (string | number)[]; bg: string; bold: boolean }[] = [
    {
      cells: [`Xếp loại năm ${o.year} (${span}). Cập nhật lúc ${formatDateTimeVi(o.updatedAt, o.timeZone)}.`],
      bg: COLORS.none,
      bold: true,
    },
    {
      cells: [
        'Xếp hạng trong từng loại đơn vị: nhiều tháng đạt hơn xếp trên; bằng nhau thì tỉ lệ hoàn thành cao hơn xếp trên (tỉ lệ = trung bình hai nội dung, mỗi nội dung tối đa 100%); bằng nhau cả hai thì cùng hạng.',
      ],
      bg: COLORS.none,
      bold: false,
    },
    { cells: [...RANKING_HEADERS], bg: COLORS.header, bold: true },
    ...o.rows.map((r) => ({
      cells: [
        unitTypeLabel(r.type),
        r.rank,
        r.code,
        r.name,
        r.monthsMet,
        r.monthsElapsed,
        r.exemplars.counted,
        r.exemplars.required,
        r.articles.counted,
        r.articles.required,
        r.share,
      ],
      bg: COLORS.none,
      bold: false,
    })),
  ];
  const height = Math.max(lines.length, o.height ?? 0);
  const values: (string | number)[][] = [];
  const backgrounds: string[][] = [];
  const weights: ('bold' | 'normal')[][] = [];
  for (let r = 0; r < height; r++) {
    const l = lines[r];
    values.push(Array.from({ length: width }, (_, c) => (l ? (l.cells[c] ?? '') : '')));
    backgrounds.push(Array.from({ length: width }, () => (l ? l.bg : COLORS.none)));
    weights.push(Array.from({ length: width }, () => (l?.bold ? 'bold' : 'normal')));
  }
  return { values, backgrounds, weights };
}
