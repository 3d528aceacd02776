// Defines the page layout of Decree 30/2020/NĐ-CP, Appendix I (administrative documents), in points:
// A4 portrait, margins inside the decree's ranges, Times New Roman, and the size of every part.
// https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-dinh-30-2020-ND-CP-cong-tac-van-thu-438730.aspx (Phụ lục I)

export const PT_PER_MM = 72 / 25.4;

export function mm(v: number): number {
  return v * PT_PER_MM;
}

export type Side = 'top' | 'bottom' | 'left' | 'right';

/** Appendix I, §II.1: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGIN_RANGE_MM: Readonly<Record<Side, readonly [number, number]>> = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
};

/** The margins used: the decree's usual choice (2 / 2 / 3 / 1.5 cm). */
export const MARGINS_MM: Readonly<Record<Side, number>> = { top: 20, bottom: 20, left: 30, right: 15 };

export const PAGE = {
  width: mm(210),
  height: mm(297),
  margins: {
    top: mm(MARGINS_MM.top),
    bottom: mm(MARGINS_MM.bottom),
    left: mm(MARGINS_MM.left),
    right: mm(MARGINS_MM.right),
  },
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;

/** Unicode font of TCVN 6909:2001 the decree names. */
export const FONT_FAMILY = 'Times New Roman';

/** Size of each part (pt) and the decree's allowed range for it. */
export const FONT_SIZES = {
  parentBody: { size: 13, range: [12, 13] },
  issuingBody: { size: 13, range: [12, 13] },
  nationalName: { size: 12, range: [12, 13] },
  motto: { size: 13, range: [13, 14] },
  number: { size: 13, range: [13, 13] },
  dateLine: { size: 13, range: [13, 14] },
  docType: { size: 14, range: [13, 14] },
  subject: { size: 14, range: [13, 14] },
  body: { size: 14, range: [13, 14] },
  // Tables are not sized by the decree; 13 pt keeps them in the body's range.
  table: { size: 13, range: [13, 14] },
  signer: { size: 14, range: [13, 14] },
  recipientsLabel: { size: 12, range: [12, 12] },
  recipients: { size: 11, range: [11, 11] },
  pageNumber: { size: 14, range: [13, 14] },
} as const satisfies Record<string, { size: number; range: readonly [number, number] }>;

export type TextPart = keyof typeof FONT_SIZES;

export function sizeOf(part: TextPart): number {
  return FONT_SIZES[part].size;
}

/** Body paragraphs: first line indented 1–1.27 cm, at least 6 pt between paragraphs, single to 1.5 lines. */
export const BODY_PARAGRAPH = { firstLineIndent: mm(12.7), spacingAfter: 6, lineSpacing: 1.15 } as const;

/**
 * Short rules under the issuing body, the motto and the subject line, drawn with underscores in a
 * small size: DocumentApp has no shapes, and a horizontal rule always spans its whole cell.
 */
export const RULE = { size: 8, underscoreWidth: 4 } as const;

/** The two-column header block (issuing body | national name), borderless; widths sum to the content width. */
export const HEADER_COLUMNS = [mm(62), CONTENT_WIDTH - mm(62)] as const;

/** The closing block (Nơi nhận | signer), borderless. */
export const CLOSING_COLUMNS = [mm(75), CONTENT_WIDTH - mm(75)] as const;

/** Blank lines left for the signature and seal. */
export const SIGNATURE_SPACE_LINES = 4;

export function ruleText(widthPt: number): string {
  return '_'.repeat(Math.max(1, Math.round(widthPt / RULE.underscoreWidth)));
}
