// Defines the content of the monthly report (SPEC §9) as plain data: every line with its style and every
// table with its cells, from settings and the period's results. Nothing here knows DocumentApp; nothing
// names a district: bodies, place, symbol, recipients and signer all come from `Cấu hình`.
import {
  CLOSING_COLUMNS,
  CONTENT_WIDTH,
  FONT_SIZES,
  HEADER_COLUMNS,
  RULE,
  ruleText,
  SIGNATURE_SPACE_LINES,
  sizeOf,
} from './decree30';
import { decreeDateLine, periodLabel } from './period';
import { buildProgress, missingText, percentVi, ratio, resultText } from './progress';
import type { Settings } from './settings';
import { cleanText } from './text';
import type { PeriodId, Totals, UnitResult } from './types';

export type Align = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';

export interface Line {
  text: string;
  size: number;
  align: Align;
  bold?: boolean;
  italic?: boolean;
  /** First-line indent in points (body paragraphs). */
  indent?: number;
  spacingBefore?: number;
  spacingAfter?: number;
}

export interface ReportTable {
  columns: { title: string; width: number }[];
  rows: string[][];
  /** A bold last row (`Cộng`). */
  footer?: string[];
}

export type Block = { kind: 'line'; line: Line } | { kind: 'table'; table: ReportTable };

export interface TwoColumns {
  widths: readonly [number, number];
  left: Line[];
  right: Line[];
}

export interface ReportModel {
  /** Document name: `Báo cáo ĐHTT-NTVT tháng MM-YYYY`. */
  name: string;
  /** Row 1: issuing body | national name and motto; row 2: number | place and date. */
  header: TwoColumns & { number: Line; date: Line };
  title: Line[];
  blocks: Block[];
  /** Nơi nhận | signer. */
  closing: TwoColumns;
}

export type ReportSettings = Pick<
  Settings,
  | 'parentBody'
  | 'issuingBody'
  | 'place'
  | 'reportSymbol'
  | 'signerAuthority'
  | 'signerTitle'
  | 'signerName'
  | 'reportRecipients'
  | 'officeName'
  | 'cutoffDay'
  | 'timeZone'
>;

export interface ProposedExemplar {
  name: string;
  unitName: string;
  field: string;
  award: string;
}

export interface SelectedArticle {
  title: string;
  author: string;
  unitName: string;
  genre: string;
}

export interface ReportInput {
  settings: ReportSettings;
  period: PeriodId;
  /** dd/MM/yyyy. */
  periodStart: string;
  periodEnd: string;
  createdAt: Date;
  units: UnitResult[];
  totals: Totals;
  proposed: ProposedExemplar[];
  selected: SelectedArticle[];
}

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const DOC_TYPE = 'BÁO CÁO';
/** Shown when `Địa danh` is blank, so the gap is visible before the report is signed. */
export const PLACE_PLACEHOLDER = '……';

/** `Báo cáo ĐHTT-NTVT tháng 05-2023`. */
export function reportName(period: PeriodId): string {
  return `Báo cáo ĐHTT-NTVT tháng ${period.slice(5, 7)}-${period.slice(0, 4)}`;
}

/** Number line before registration: the clerk of records fills the number in the gap. */
export function numberLine(symbol: string): string {
  return `Số:       /${cleanText(symbol)}`;
}

export function subjectText(period: PeriodId): string {
  return `Kết quả giới thiệu gương điển hình tiên tiến, người tốt, việc tốt và bài viết dự thi ${periodLabel(period)}`;
}

/** Setting text split into lines (Alt+Enter in a cell), blanks dropped. */
export function linesOf(text: string): string[] {
  return String(text ?? '')
    .split(/\r\n|\r|\n/)
    .map(cleanText)
    .filter(Boolean);
}

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** Rough advance of bold capitals in Times New Roman (em), to size the short rules. */
const CAPS_EM = 0.66;
const MIXED_EM = 0.5;

function centred(text: string, size: number, style: Partial<Line> = {}): Line {
  return { text, size, align: 'CENTER', ...style };
}

function rule(widthPt: number): Line {
  return centred(ruleText(widthPt), RULE.size, { bold: true });
}

function headerBlock(s: ReportSettings, createdAt: Date): ReportModel['header'] {
  const parent = linesOf(s.parentBody).map(upper);
  const issuing = linesOf(s.issuingBody).map(upper);
  const longest = Math.max(0, ...issuing.map((l) => l.length));
  const left = [
    ...parent.map((t) => centred(t, sizeOf('parentBody'))),
    ...issuing.map((t) => centred(t, sizeOf('issuingBody'), { bold: true })),
    // Appendix I: a line under the issuing body, 1/3 to 1/2 of its length.
    rule(longest * sizeOf('issuingBody') * CAPS_EM * 0.4),
  ];
  const right = [
    centred(NATIONAL_NAME, sizeOf('nationalName'), { bold: true }),
    centred(MOTTO, sizeOf('motto'), { bold: true }),
    // As long as the motto.
    rule(MOTTO.length * sizeOf('motto') * MIXED_EM),
  ];
  const place = cleanText(s.place) || PLACE_PLACEHOLDER;
  return {
    widths: HEADER_COLUMNS,
    left,
    right,
    number: centred(numberLine(s.reportSymbol), sizeOf('number')),
    date: centred(decreeDateLine(place, createdAt, s.timeZone), sizeOf('dateLine'), { italic: true }),
  };
}

const body = (text: string): Block => ({
  kind: 'line',
  line: { text, size: sizeOf('body'), align: 'JUSTIFY', indent: 36, spacingAfter: 6 },
});
const heading = (text: string): Block => ({
  kind: 'line',
  line: { text, size: sizeOf('body'), align: 'JUSTIFY', bold: true, indent: 36, spacingBefore: 6, spacingAfter: 6 },
});

/** Column widths (pt) that fill the content width: the given ones, the rest to `flex`. */
function widths(fixed: (number | null)[]): number[] {
  const used = fixed.reduce<number>((n, w) => n + (w ?? 0), 0);
  const flex = fixed.filter((w) => w === null).length;
  return fixed.map((w) => w ?? (CONTENT_WIDTH - used) / flex);
}

function table(titles: string[], fixed: (number | null)[], rows: string[][], footer?: string[]): Block {
  const w = widths(fixed);
  return { kind: 'table', table: { columns: titles.map((title, i) => ({ title, width: w[i] })), rows, footer } };
}

function typeTables(units: UnitResult[]): Block[] {
  const progress = buildProgress(units);
  return progress.groups.flatMap((g, i) => [
    heading(`${i + 1}. ${g.label}: ${g.tally.unitsMet}/${g.tally.units} đơn vị đạt chỉ tiêu.`),
    table(
      ['STT', 'Đơn vị', 'Gương ĐHTT, NTVT (được tính/chỉ tiêu)', 'Bài viết, tác phẩm (được tính/chỉ tiêu)', 'Kết quả'],
      [40, null, 88, 88, 72],
      g.units.map((u, n) => [
        String(n + 1),
        u.name,
        ratio(u.exemplars.counted, u.exemplars.required),
        ratio(u.articles.counted, u.articles.required),
        resultText(u),
      ]),
      [
        '',
        'Cộng',
        ratio(g.tally.exemplarsCounted, g.tally.exemplarsRequired),
        ratio(g.tally.articlesCounted, g.tally.articlesRequired),
        `${g.tally.unitsMet}/${g.tally.units} đạt`,
      ],
    ),
  ]);
}

function shortUnits(units: UnitResult[]): Block[] {
  const short = units.filter((u) => !u.met);
  if (short.length === 0) return [body('Tất cả các đơn vị đều đạt chỉ tiêu trong kỳ.')];
  return [
    table(
      ['STT', 'Đơn vị', 'Gương (được tính/chỉ tiêu)', 'Bài viết (được tính/chỉ tiêu)', 'Còn thiếu'],
      [40, null, 80, 80, 100],
      short.map((u, n) => [
        String(n + 1),
        u.name,
        ratio(u.exemplars.counted, u.exemplars.required),
        ratio(u.articles.counted, u.articles.required),
        missingText(u),
      ]),
    ),
  ];
}

function proposedTable(list: ProposedExemplar[]): Block[] {
  if (list.length === 0) return [body('Trong kỳ chưa có gương được đề xuất khen thưởng.')];
  return [
    table(
      ['STT', 'Họ và tên (tập thể, hộ gia đình)', 'Đơn vị giới thiệu', 'Lĩnh vực', 'Hình thức đề xuất'],
      [40, null, 120, 100, 80],
      list.map((e, n) => [String(n + 1), e.name, e.unitName, e.field, e.award]),
    ),
  ];
}

function selectedTable(list: SelectedArticle[]): Block[] {
  if (list.length === 0) return [body('Trong kỳ chưa có bài viết, tác phẩm được chọn gửi Thành phố.')];
  return [
    table(
      ['STT', 'Tên bài viết, tác phẩm', 'Tác giả', 'Đơn vị', 'Thể loại'],
      [40, null, 100, 120, 64],
      list.map((a, n) => [String(n + 1), a.title, a.author, a.unitName, a.genre]),
    ),
  ];
}

function closingBlock(s: ReportSettings): TwoColumns {
  const left: Line[] = [
    { text: 'Nơi nhận:', size: sizeOf('recipientsLabel'), align: 'LEFT', bold: true, italic: true, spacingBefore: 12 },
    ...linesOf(s.reportRecipients).map((t): Line => ({ text: t, size: sizeOf('recipients'), align: 'LEFT' })),
  ];
  const signer = sizeOf('signer');
  const right: Line[] = [
    ...linesOf(s.signerAuthority).map((t, i) =>
      centred(upper(t), signer, { bold: true, spacingBefore: i === 0 ? 12 : 0 }),
    ),
    ...linesOf(s.signerTitle).map((t) => centred(upper(t), signer, { bold: true })),
    ...Array.from({ length: SIGNATURE_SPACE_LINES }, () => centred('', signer)),
    centred(cleanText(s.signerName), signer, { bold: true }),
  ];
  return { widths: CLOSING_COLUMNS, left, right };
}

export function buildReport(input: ReportInput): ReportModel {
  const { settings: s, period, totals } = input;
  const label = periodLabel(period);
  const exemplarsRequired = input.units.reduce((n, u) => n + u.exemplars.required, 0);
  const articlesRequired = input.units.reduce((n, u) => n + u.articles.required, 0);
  const exemplarRepeats = input.units.reduce((n, u) => n + u.exemplars.repeats, 0);
  const articleRepeats = input.units.reduce((n, u) => n + u.articles.repeats, 0);
  const share = totals.units ? totals.unitsMet / totals.units : 0;
  const blocks: Block[] = [
    body(
      `Trên cơ sở tổng hợp của ${cleanText(s.officeName)}, kết quả giới thiệu gương điển hình tiên tiến, người tốt, việc tốt (ĐHTT, NTVT) và gửi bài viết, tác phẩm dự thi ${label} (từ ngày ${input.periodStart} đến ngày ${input.periodEnd}) như sau:`,
    ),
    heading('I. KẾT QUẢ CHUNG'),
    body(
      `- Số đơn vị thực hiện: ${totals.units}; số đơn vị đạt cả hai chỉ tiêu: ${totals.unitsMet} (${percentVi(share)}); số đơn vị chưa đạt: ${totals.units - totals.unitsMet}.`,
    ),
    body(
      `- Số gương ĐHTT, NTVT mới được tính: ${totals.exemplarsCounted} (chỉ tiêu: ${exemplarsRequired}); số bài viết, tác phẩm được tính: ${totals.articlesCounted} (chỉ tiêu: ${articlesRequired}).`,
    ),
    body(`- Số lượt giới thiệu trùng, không tính: ${exemplarRepeats} gương, ${articleRepeats} bài viết.`),
    heading('II. KẾT QUẢ THEO LOẠI ĐƠN VỊ'),
    ...typeTables(input.units),
    heading('III. CÁC ĐƠN VỊ CHƯA ĐẠT CHỈ TIÊU'),
    ...shortUnits(input.units),
    heading('IV. GƯƠNG ĐỀ XUẤT KHEN THƯỞNG'),
    ...proposedTable(input.proposed),
    heading('V. BÀI VIẾT, TÁC PHẨM CHỌN GỬI THÀNH PHỐ'),
    ...selectedTable(input.selected),
    heading('VI. ĐỀ NGHỊ'),
    body(
      `Đề nghị các đơn vị chưa đạt chỉ tiêu khẩn trương bổ sung; các đơn vị tiếp tục giới thiệu gương ĐHTT, NTVT và gửi bài viết, tác phẩm dự thi trước ngày ${s.cutoffDay} hằng tháng.`,
    ),
    body(`Trên đây là báo cáo kết quả giới thiệu gương ĐHTT, NTVT và bài viết dự thi ${label}./.`),
  ];
  return {
    name: reportName(period),
    header: headerBlock(s, input.createdAt),
    title: [
      centred(DOC_TYPE, sizeOf('docType'), { bold: true, spacingBefore: 12 }),
      centred(subjectText(period), sizeOf('subject'), { bold: true }),
      rule(CONTENT_WIDTH / 4),
    ],
    blocks,
    closing: closingBlock(s),
  };
}

/** Every table size used, for the writer (tables are not sized by the decree). */
export const TABLE_FONT_SIZE = FONT_SIZES.table.size;
