// Defines the PDF rendering behind Document.getAs('application/pdf'): a small, valid PDF 1.4 file with the
// document's text laid out line by line on pages of the document's size. Not a typesetter: enough for a
// reader or a test to open the file and find the words.
//
// Known differences from Google's export:
// - Text is set in the standard Helvetica font (no embedding), so letters outside ASCII lose their
//   diacritics ("Nguyễn" → "Nguyen"); the title in the document information keeps the full Unicode name.
// - No fonts, sizes, bold, alignment, tables borders or headers/footers: tables print one row per line, cells
//   separated by " | ".
import type { BlockNode, DocModel } from './model.ts';
import { textOf } from './model.ts';

const FONT_SIZE = 11;
const LEADING = 14;

function toAscii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '?');
}

function escapePdf(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`);
}

function wrapLine(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > maxChars) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
    while (line.length > maxChars) {
      out.push(line.slice(0, maxChars));
      line = line.slice(maxChars);
    }
  }
  out.push(line);
  return out;
}

/** Lines per page: a page break starts a new page. */
function pagesOf(blocks: BlockNode[], maxChars: number, linesPerPage: number): string[][] {
  const pages: string[][] = [[]];
  const push = (line: string) => {
    if (pages[pages.length - 1].length >= linesPerPage) pages.push([]);
    pages[pages.length - 1].push(line);
  };
  for (const b of blocks) {
    if (b.type === 'TABLE') {
      for (const row of b.children)
        for (const l of wrapLine(toAscii(row.children.map(textOf).join(' | ')), maxChars)) push(l);
      continue;
    }
    const prefix = b.type === 'LIST_ITEM' ? '- ' : '';
    for (const l of wrapLine(toAscii(prefix + textOf(b)), maxChars)) push(l);
    if (b.children.some((c) => c.type === 'PAGE_BREAK')) pages.push([]);
  }
  return pages;
}

function utf16Hex(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return hex;
}

export function renderPdf(model: DocModel, title: string): Uint8Array {
  const a = model.body.attrs;
  const width = Number(a.PAGE_WIDTH);
  const height = Number(a.PAGE_HEIGHT);
  const left = Number(a.MARGIN_LEFT);
  const top = Number(a.MARGIN_TOP);
  const usableW = Math.max(72, width - left - Number(a.MARGIN_RIGHT));
  const usableH = Math.max(LEADING, height - top - Number(a.MARGIN_BOTTOM));
  const pages = pagesOf(model.body.children, Math.floor(usableW / (FONT_SIZE * 0.5)), Math.floor(usableH / LEADING));

  const objects: string[] = [];
  const pageIds: number[] = [];
  // 1 catalog, 2 page tree, 3 font, 4 info, then a (page, content) pair per page.
  pages.forEach((lines, i) => {
    const pageId = 5 + i * 2;
    pageIds.push(pageId);
    const ops = [`BT /F1 ${FONT_SIZE} Tf ${LEADING} TL ${left} ${height - top - FONT_SIZE} Td`];
    for (const l of lines) ops.push(`(${escapePdf(l)}) Tj T*`);
    ops.push('ET');
    const stream = ops.join('\n');
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = `<< /Title <${utf16Hex(title)}> /Producer (offline DocumentApp stand-in) >>`;

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Everything above is ASCII, so string length equals byte offset.
  return new TextEncoder().encode(out);
}
