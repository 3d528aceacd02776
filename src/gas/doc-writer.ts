// Defines the DocumentApp writer of the monthly report: page setup, the borderless header and closing blocks,
// and every table appended whole (`appendTable(cells)`) then styled. The number of Docs calls depends on the
// report's structure only, never on the number of units or rows: nothing is done per table row.
// https://developers.google.com/apps-script/reference/document/body
import { FONT_FAMILY, PAGE } from '../domain/decree30';
import { type Line, type ReportModel, type ReportTable, TABLE_FONT_SIZE, type TwoColumns } from '../domain/report';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;
type TableCell = GoogleAppsScript.Document.TableCell;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Style = Record<string, unknown>;

/** Attribute maps are keyed by DocumentApp.Attribute values (they print as their names). */
function lineStyle(line: Line): Style {
  const A = DocumentApp.Attribute;
  const s: Style = {};
  s[A.FONT_FAMILY] = FONT_FAMILY;
  s[A.FONT_SIZE] = line.size;
  s[A.BOLD] = line.bold === true;
  s[A.ITALIC] = line.italic === true;
  s[A.HORIZONTAL_ALIGNMENT] = DocumentApp.HorizontalAlignment[line.align];
  s[A.INDENT_START] = 0;
  s[A.INDENT_FIRST_LINE] = line.indent ?? 0;
  s[A.SPACING_BEFORE] = line.spacingBefore ?? 0;
  s[A.SPACING_AFTER] = line.spacingAfter ?? 0;
  s[A.LINE_SPACING] = 1.15;
  return s;
}

function style(p: Paragraph, line: Line): void {
  p.setAttributes(lineStyle(line));
}

function setupPage(body: Body): void {
  body
    .setPageWidth(PAGE.width)
    .setPageHeight(PAGE.height)
    .setMarginTop(PAGE.margins.top)
    .setMarginBottom(PAGE.margins.bottom)
    .setMarginLeft(PAGE.margins.left)
    .setMarginRight(PAGE.margins.right);
}

/** The cell already holds lines[0] (from the cell array); the other lines become paragraphs of their own. */
function fillCell(cell: TableCell, lines: Line[]): void {
  style(cell.getChild(0).asParagraph(), lines[0]);
  for (const l of lines.slice(1)) style(cell.appendParagraph(l.text), l);
}

function borderless(table: Table, widths: readonly number[]): void {
  table.setBorderWidth(0);
  for (const [i, w] of widths.entries()) table.setColumnWidth(i, w);
}

function first(lines: Line[]): Line {
  return lines[0] ?? { text: '', size: 13, align: 'CENTER' };
}

/** Header block first in the body: [issuing body | national name and motto], [number | place and date]. */
function writeHeader(body: Body, h: ReportModel['header']): void {
  const left = h.left.length ? h.left : [first(h.left)];
  const right = h.right.length ? h.right : [first(h.right)];
  const table = body.insertTable(0, [
    [left[0].text, right[0].text],
    [h.number.text, h.date.text],
  ]);
  borderless(table, h.widths);
  fillCell(table.getCell(0, 0), left);
  fillCell(table.getCell(0, 1), right);
  fillCell(table.getCell(1, 0), [h.number]);
  fillCell(table.getCell(1, 1), [h.date]);
}

function writeTable(body: Body, t: ReportTable): void {
  const header = t.columns.map((c) => c.title);
  const cells = [header, ...t.rows, ...(t.footer ? [t.footer] : [])];
  const table = body.appendTable(cells);
  for (const [i, c] of t.columns.entries()) table.setColumnWidth(i, c.width);
  const text = table.editAsText();
  text.setFontFamily(FONT_FAMILY);
  text.setFontSize(TABLE_FONT_SIZE);
  const A = DocumentApp.Attribute;
  const head: Style = {};
  head[A.BOLD] = true;
  head[A.HORIZONTAL_ALIGNMENT] = DocumentApp.HorizontalAlignment.CENTER;
  for (let i = 0; i < header.length; i++) table.getCell(0, i).getChild(0).asParagraph().setAttributes(head);
  if (t.footer) {
    const last = cells.length - 1;
    const foot: Style = {};
    foot[A.BOLD] = true;
    for (let i = 0; i < t.footer.length; i++) table.getCell(last, i).getChild(0).asParagraph().setAttributes(foot);
  }
}

function writeClosing(body: Body, c: TwoColumns): void {
  const table = body.appendTable([[first(c.left).text, first(c.right).text]]);
  borderless(table, c.widths);
  fillCell(table.getCell(0, 0), c.left.length ? c.left : [first(c.left)]);
  fillCell(table.getCell(0, 1), c.right.length ? c.right : [first(c.right)]);
}

/** Writes the whole report into an empty document. */
export function writeReport(doc: GoogleAppsScript.Document.Document, model: ReportModel): void {
  const body = doc.getBody();
  setupPage(body);
  writeHeader(body, model.header);
  for (const l of model.title) style(body.appendParagraph(l.text), l);
  for (const b of model.blocks) {
    if (b.kind === 'line') style(body.appendParagraph(b.line.text), b.line);
    else writeTable(body, b.table);
  }
  writeClosing(body, model.closing);
}
