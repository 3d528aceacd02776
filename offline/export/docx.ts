// Defines writeDocx: the offline export of a DocumentApp stand-in document to a .docx file (Word, LibreOffice),
// mapping points to twips and half-points.
//
// Page numbers: Google Docs offers no API to insert page-number fields (SPEC §11), but an official report needs
// them (Decree 30/2020/NĐ-CP: number at the top centre from page 2). So this exporter ALWAYS adds them: a
// different first page (`titlePage`) whose header has only the document's own header content, and a default
// header that adds a centred PAGE field. The document's own header and footer content appear on every page.
//
// Defaults where the document sets nothing are Google Docs' NORMAL_TEXT: Arial 11 pt, line spacing 1.15,
// table borders 1 pt black, cell padding 5 pt.
import { writeFile } from 'node:fs/promises';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  type ILevelsOptions,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { AttrMap, BlockNode, DocumentJSON, ParagraphNode, SectionNode, TableNode } from '../gas/docs/model.ts';

/** Anything that can hand over its document tree; FakeDocument does. */
export interface DocumentSource {
  toJSON(): DocumentJSON;
}

const DEFAULT_FONT = 'Arial';
const DEFAULT_SIZE = 11;
const DEFAULT_PADDING = 5;
const twips = (pt: number): number => Math.round(pt * 20);
const halfPoints = (pt: number): number => Math.round(pt * 2);
const hex = (color: unknown): string | undefined =>
  typeof color === 'string' && /^#?[0-9a-f]{6}$/i.test(color) ? color.replace('#', '').toUpperCase() : undefined;

const ALIGN: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  LEFT: AlignmentType.START,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.END,
  JUSTIFY: AlignmentType.BOTH,
};
const V_ALIGN: Record<string, (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable]> = {
  TOP: VerticalAlignTable.TOP,
  CENTER: VerticalAlignTable.CENTER,
  BOTTOM: VerticalAlignTable.BOTTOM,
};
/** Google Docs' default heading sizes, used when the runs set none. */
const HEADINGS: Record<string, { level: (typeof HeadingLevel)[keyof typeof HeadingLevel]; size: number }> = {
  TITLE: { level: HeadingLevel.TITLE, size: 26 },
  SUBTITLE: { level: HeadingLevel.HEADING_6, size: 15 },
  HEADING1: { level: HeadingLevel.HEADING_1, size: 20 },
  HEADING2: { level: HeadingLevel.HEADING_2, size: 16 },
  HEADING3: { level: HeadingLevel.HEADING_3, size: 14 },
  HEADING4: { level: HeadingLevel.HEADING_4, size: 12 },
  HEADING5: { level: HeadingLevel.HEADING_5, size: 11 },
  HEADING6: { level: HeadingLevel.HEADING_6, size: 11 },
};
const GLYPHS: Record<string, { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (l: number) => string }> =
  {
    BULLET: { format: LevelFormat.BULLET, text: () => '●' },
    HOLLOW_BULLET: { format: LevelFormat.BULLET, text: () => '○' },
    SQUARE_BULLET: { format: LevelFormat.BULLET, text: () => '■' },
    NUMBER: { format: LevelFormat.DECIMAL, text: (l) => `%${l + 1}.` },
    LATIN_UPPER: { format: LevelFormat.UPPER_LETTER, text: (l) => `%${l + 1}.` },
    LATIN_LOWER: { format: LevelFormat.LOWER_LETTER, text: (l) => `%${l + 1}.` },
    ROMAN_UPPER: { format: LevelFormat.UPPER_ROMAN, text: (l) => `%${l + 1}.` },
    ROMAN_LOWER: { format: LevelFormat.LOWER_ROMAN, text: (l) => `%${l + 1}.` },
  };

class Converter {
  /** A numbering instance per Google list id, so separate numbered lists restart at 1. */
  private readonly listInstances = new Map<string, number>();

  constructor(private readonly contentWidth: number) {}

  runs(attrs: AttrMap, text: string, heading: string | undefined): TextRun[] {
    const size = attrs.FONT_SIZE ?? (heading ? HEADINGS[heading]?.size : undefined);
    const base = {
      bold: attrs.BOLD === true ? true : undefined,
      italics: attrs.ITALIC === true ? true : undefined,
      underline: attrs.UNDERLINE === true ? {} : undefined,
      strike: attrs.STRIKETHROUGH === true ? true : undefined,
      font: typeof attrs.FONT_FAMILY === 'string' ? attrs.FONT_FAMILY : undefined,
      size: typeof size === 'number' ? halfPoints(size) : undefined,
      color: hex(attrs.FOREGROUND_COLOR),
      shading: hex(attrs.BACKGROUND_COLOR)
        ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(attrs.BACKGROUND_COLOR) }
        : undefined,
    };
    // A line break inside a paragraph's text ('\n' or Google's '\r' soft break) becomes a Word line break.
    return text
      .split(/\r\n|\r|\n/)
      .map((line, i) => new TextRun({ ...base, text: line, break: i > 0 ? 1 : undefined }));
  }

  paragraph(p: ParagraphNode): Paragraph {
    const a = p.attrs;
    const heading = typeof a.HEADING === 'string' && a.HEADING !== 'NORMAL' ? a.HEADING : undefined;
    const children: ParagraphChild[] = [];
    let rule = false;
    for (const c of p.children) {
      if (c.type === 'TEXT') for (const r of c.runs) children.push(...this.runs(r.attrs, r.text, heading));
      else if (c.type === 'PAGE_BREAK') children.push(new PageBreak());
      else rule = true;
    }
    const start = Number(a.INDENT_START ?? 0);
    const first = Number(a.INDENT_FIRST_LINE ?? start);
    // Google's INDENT_FIRST_LINE is where the first line starts; Word's firstLine/hanging is relative to the rest.
    const indent =
      a.INDENT_START !== undefined || a.INDENT_FIRST_LINE !== undefined || a.INDENT_END !== undefined
        ? {
            left: twips(start),
            right: twips(Number(a.INDENT_END ?? 0)),
            ...(first >= start ? { firstLine: twips(first - start) } : { hanging: twips(start - first) }),
          }
        : undefined;
    const listKey = typeof a.LIST_ID === 'string' ? a.LIST_ID : undefined;
    if (listKey && !this.listInstances.has(listKey)) this.listInstances.set(listKey, this.listInstances.size + 1);
    return new Paragraph({
      children,
      heading: heading ? HEADINGS[heading]?.level : undefined,
      alignment: typeof a.HORIZONTAL_ALIGNMENT === 'string' ? ALIGN[a.HORIZONTAL_ALIGNMENT] : undefined,
      spacing:
        a.SPACING_BEFORE !== undefined || a.SPACING_AFTER !== undefined || a.LINE_SPACING !== undefined
          ? {
              before: a.SPACING_BEFORE !== undefined ? twips(Number(a.SPACING_BEFORE)) : undefined,
              after: a.SPACING_AFTER !== undefined ? twips(Number(a.SPACING_AFTER)) : undefined,
              line: a.LINE_SPACING !== undefined ? Math.round(Number(a.LINE_SPACING) * 240) : undefined,
              lineRule: a.LINE_SPACING !== undefined ? LineRuleType.AUTO : undefined,
            }
          : undefined,
      indent,
      border: rule ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } } : undefined,
      numbering:
        p.type === 'LIST_ITEM'
          ? {
              reference: `glyph-${typeof a.GLYPH_TYPE === 'string' && GLYPHS[a.GLYPH_TYPE] ? a.GLYPH_TYPE : 'BULLET'}`,
              level: Math.min(8, Number(a.NESTING_LEVEL ?? 0)),
              instance: listKey ? this.listInstances.get(listKey) : undefined,
            }
          : undefined,
    });
  }

  table(t: TableNode, width: number): Table {
    const cols = Math.max(t.columnWidths.length, ...t.children.map((r) => r.children.length), 1);
    const set = t.columnWidths.filter((w): w is number => typeof w === 'number');
    const unset = cols - set.length;
    const free = Math.max(0, width - set.reduce((s, w) => s + w, 0));
    const widths = Array.from({ length: cols }, (_, i) => t.columnWidths[i] ?? (unset ? free / unset : 0));
    const bw = Number(t.attrs.BORDER_WIDTH ?? 1);
    const side =
      bw > 0
        ? {
            style: BorderStyle.SINGLE,
            size: Math.max(2, Math.round(bw * 8)),
            color: hex(t.attrs.BORDER_COLOR) ?? '000000',
          }
        : { style: BorderStyle.NONE, size: 0, color: 'auto' };
    return new Table({
      layout: TableLayoutType.FIXED,
      width: { size: twips(widths.reduce((s, w) => s + w, 0)), type: WidthType.DXA },
      columnWidths: widths.map(twips),
      borders: { top: side, bottom: side, left: side, right: side, insideHorizontal: side, insideVertical: side },
      rows: t.children.map(
        (row) =>
          new TableRow({
            // A row never breaks across pages (Google Docs' own export keeps short rows whole too).
            cantSplit: true,
            height:
              typeof row.attrs.MINIMUM_HEIGHT === 'number' && row.attrs.MINIMUM_HEIGHT > 0
                ? { value: twips(row.attrs.MINIMUM_HEIGHT), rule: HeightRule.ATLEAST }
                : undefined,
            children: row.children.map((cell, c) => {
              const a = cell.attrs;
              const pad = (k: string) => twips(typeof a[k] === 'number' ? (a[k] as number) : DEFAULT_PADDING);
              const fill = hex(a.BACKGROUND_COLOR);
              const inner =
                widths[c] - (Number(a.PADDING_LEFT ?? DEFAULT_PADDING) + Number(a.PADDING_RIGHT ?? DEFAULT_PADDING));
              return new TableCell({
                width: { size: twips(widths[c]), type: WidthType.DXA },
                margins: {
                  top: pad('PADDING_TOP'),
                  bottom: pad('PADDING_BOTTOM'),
                  left: pad('PADDING_LEFT'),
                  right: pad('PADDING_RIGHT'),
                },
                verticalAlign: typeof a.VERTICAL_ALIGNMENT === 'string' ? V_ALIGN[a.VERTICAL_ALIGNMENT] : undefined,
                shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
                children: this.blocks(cell.children, Math.max(36, inner), true),
              });
            }),
          }),
      ),
    });
  }

  /** Word needs a paragraph after a table inside a cell, and at least one paragraph in every cell. */
  blocks(blocks: BlockNode[], width: number, inCell = false): (Paragraph | Table)[] {
    const out = blocks.map((b) => (b.type === 'TABLE' ? this.table(b, width) : this.paragraph(b)));
    if (inCell && (out.length === 0 || out[out.length - 1] instanceof Table)) out.push(new Paragraph({}));
    return out;
  }

  section(s: SectionNode | null): (Paragraph | Table)[] {
    return s ? this.blocks(s.children, this.contentWidth) : [];
  }
}

/** The font family and size most used in the body, for the page number to match the text. */
function dominantRunStyle(doc: DocumentJSON): { font: string; size: number } {
  const fonts = new Map<string, number>();
  const sizes = new Map<number, number>();
  const visit = (blocks: BlockNode[]) => {
    for (const b of blocks) {
      if (b.type === 'TABLE') {
        for (const r of b.children) for (const c of r.children) visit(c.children);
        continue;
      }
      for (const t of b.children) {
        if (t.type !== 'TEXT') continue;
        for (const r of t.runs) {
          const f = typeof r.attrs.FONT_FAMILY === 'string' ? r.attrs.FONT_FAMILY : DEFAULT_FONT;
          const z = typeof r.attrs.FONT_SIZE === 'number' ? r.attrs.FONT_SIZE : DEFAULT_SIZE;
          fonts.set(f, (fonts.get(f) ?? 0) + r.text.length);
          sizes.set(z, (sizes.get(z) ?? 0) + r.text.length);
        }
      }
    }
  };
  visit(doc.body.children);
  const top = <K>(m: Map<K, number>, d: K): K => [...m].sort((x, y) => y[1] - x[1])[0]?.[0] ?? d;
  return { font: top(fonts, DEFAULT_FONT), size: top(sizes, DEFAULT_SIZE) };
}

function numberingConfig() {
  return Object.entries(GLYPHS).map(([glyph, g]) => ({
    reference: `glyph-${glyph}`,
    levels: Array.from(
      { length: 9 },
      (_, level): ILevelsOptions => ({
        level,
        format: g.format,
        text: g.text(level),
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: twips(36 * (level + 1)), hanging: twips(18) } } },
      }),
    ),
  }));
}

/** Builds the .docx bytes of a document (exported for callers that want a buffer, e.g. tests). */
export async function docxBuffer(doc: DocumentSource): Promise<Buffer> {
  const json = doc.toJSON();
  const a = json.body.attrs;
  const [w, h] = [Number(a.PAGE_WIDTH), Number(a.PAGE_HEIGHT)];
  const contentWidth = w - Number(a.MARGIN_LEFT) - Number(a.MARGIN_RIGHT);
  const conv = new Converter(contentWidth);
  const style = dominantRunStyle(json);
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: style.font, size: halfPoints(style.size) })],
  });
  const headerContent = () => conv.section(json.header);
  const footerContent = () => conv.section(json.footer);
  const landscape = w > h;
  const document = new Document({
    creator: 'Gương Sáng',
    title: json.name,
    styles: {
      default: {
        document: {
          run: { font: DEFAULT_FONT, size: halfPoints(DEFAULT_SIZE) },
          paragraph: { spacing: { line: Math.round(1.15 * 240), lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
        },
      },
    },
    numbering: { config: numberingConfig() },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: twips(landscape ? h : w),
              height: twips(landscape ? w : h),
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: twips(Number(a.MARGIN_TOP)),
              bottom: twips(Number(a.MARGIN_BOTTOM)),
              left: twips(Number(a.MARGIN_LEFT)),
              right: twips(Number(a.MARGIN_RIGHT)),
            },
          },
        },
        headers: {
          first: new Header({ children: json.header ? headerContent() : [new Paragraph({})] }),
          default: new Header({ children: [...headerContent(), pageNumber] }),
        },
        footers: json.footer
          ? { first: new Footer({ children: footerContent() }), default: new Footer({ children: footerContent() }) }
          : undefined,
        children: conv.blocks(json.body.children, contentWidth),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Writes the document to a .docx file; page numbers are added as described at the top of this file. */
export async function writeDocx(doc: DocumentSource, file: string): Promise<void> {
  await writeFile(file, await docxBuffer(doc));
}
