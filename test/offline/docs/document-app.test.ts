// Tests the DocumentApp stand-in: new-document defaults, page setup, tables, text formatting, the
// saveAndClose life cycle, PDF export and Google's structural rules.
import { beforeEach, describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../offline/gas/context.ts';
import {
  createDocumentApp,
  type FakeDocumentApp,
  FakeDriveStore,
  type FakeParagraph,
} from '../../../offline/gas/document-app.ts';

/** The PDF's bytes as text: the renderer writes ASCII only. */
function pdfText(blob: GoogleAppsScript.Base.Blob): string {
  return Buffer.from(blob.getBytes().map((b) => b & 0xff)).toString('latin1');
}

let ctx: ServiceContext;
let app: FakeDocumentApp;

beforeEach(() => {
  ctx = new ServiceContext();
  new FakeDriveStore(ctx);
  app = createDocumentApp(ctx);
});

describe('a newly created document', () => {
  it('is US Letter with 72 pt margins and one empty paragraph', () => {
    const body = app.create('Báo cáo').getBody();
    expect([body.getPageWidth(), body.getPageHeight()]).toEqual([612, 792]);
    expect([body.getMarginTop(), body.getMarginBottom(), body.getMarginLeft(), body.getMarginRight()]).toEqual([
      72, 72, 72, 72,
    ]);
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe('PARAGRAPH');
    expect(body.getText()).toBe('');
  });

  it('has the given name, a Docs URL and opens again by id', () => {
    const doc = app.create('Báo cáo tháng 5');
    expect(doc.getName()).toBe('Báo cáo tháng 5');
    expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
    expect(app.openById(doc.getId()).getName()).toBe('Báo cáo tháng 5');
  });

  it('throws an injected fault on the faulted method', () => {
    ctx.faults.add({ service: 'DocumentApp', method: 'Body.appendTable', message: 'Service unavailable: Documents' });
    const body = app.create('x').getBody();
    expect(() => body.appendTable([['a']])).toThrow('Service unavailable: Documents');
    expect(body.getNumChildren()).toBe(1);
  });

  it('logs every call under the DocumentApp service', () => {
    const doc = app.create('x');
    doc.getBody().appendParagraph('a');
    expect(ctx.calls.count('DocumentApp', 'DocumentApp.create')).toBe(1);
    expect(ctx.calls.count('DocumentApp', 'Document.getBody')).toBe(1);
    expect(ctx.calls.count('DocumentApp', 'Body.appendParagraph')).toBe(1);
  });
});

describe('opening a document that does not exist', () => {
  it("throws Google's missing-document message", () => {
    expect(() => app.openById('nope')).toThrow(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
  });

  it('reports no active document in a standalone script', () => {
    expect(app.getActiveDocument()).toBeNull();
  });
});

describe('page setup in points', () => {
  it('keeps A4 size and Decree 30 margins as set', () => {
    const doc = app.create('A4');
    doc
      .getBody()
      .setPageWidth(595.28)
      .setPageHeight(841.89)
      .setMarginTop(56.7)
      .setMarginBottom(56.7)
      .setMarginLeft(85.05)
      .setMarginRight(56.7);
    expect(doc.toJSON().body.attrs).toEqual({
      PAGE_WIDTH: 595.28,
      PAGE_HEIGHT: 841.89,
      MARGIN_TOP: 56.7,
      MARGIN_BOTTOM: 56.7,
      MARGIN_LEFT: 85.05,
      MARGIN_RIGHT: 56.7,
    });
  });

  it('sets page attributes through setAttributes too', () => {
    const body = app.create('x').getBody();
    body.setAttributes({ [app.Attribute.PAGE_WIDTH]: 595.28, [app.Attribute.MARGIN_LEFT]: 85 });
    expect(body.getPageWidth()).toBe(595.28);
    expect(body.getMarginLeft()).toBe(85);
  });
});

describe('appendTable with a 2D array', () => {
  it('builds the whole table in one call, followed by an empty paragraph', () => {
    const doc = app.create('t');
    const body = doc.getBody();
    const before = ctx.calls.snapshot();
    const table = body.appendTable([
      ['STT', 'Đơn vị'],
      ['1', 'UBND phường Cầu Diễn'],
    ]);
    const after = ctx.calls.snapshot();
    const added = Object.keys(after).filter((k) => after[k] !== before[k]);
    expect(added).toEqual(['DocumentApp.Body.appendTable']);
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(0).getNumCells()).toBe(2);
    expect(table.getCell(1, 1).getText()).toBe('UBND phường Cầu Diễn');
    expect(doc.toJSON().body.children.map((c) => c.type)).toEqual(['PARAGRAPH', 'TABLE', 'PARAGRAPH']);
  });

  it('sets cell alignment on the cell paragraph and borders on the table', () => {
    const table = app
      .create('t')
      .getBody()
      .appendTable([['a', 'b']]);
    table.setBorderWidth(0).setColumnWidth(0, 200);
    const cell = table.getCell(0, 1);
    cell.getChild(0).asParagraph().setAlignment(app.HorizontalAlignment.CENTER);
    cell.setVerticalAlignment(app.VerticalAlignment.CENTER).setPaddingTop(2);
    expect(table.getBorderWidth()).toBe(0);
    expect(table.getColumnWidth(0)).toBe(200);
    expect(table.getColumnWidth(1)).toBeNull();
    expect((cell.getChild(0) as FakeParagraph).getAlignment()).toBe('CENTER');
    expect(cell.getVerticalAlignment()).toBe('CENTER');
    expect(cell.getPaddingTop()).toBe(2);
  });

  it('refuses a cell outside the table with a child-index error', () => {
    const table = app
      .create('t')
      .getBody()
      .appendTable([['a']]);
    expect(() => table.getCell(0, 3)).toThrow('Child index (3) must be less than the number of child elements (1).');
  });
});

describe('text attributes per range', () => {
  it('formats only the given inclusive range', () => {
    const p = app.create('x').getBody().appendParagraph('Nam Từ Liêm, ngày 22 tháng 5 năm 2023');
    const text = p.editAsText();
    text.setFontFamily('Times New Roman').setFontSize(14);
    text.setBold(0, 10, true).setItalic(13, 36, true);
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(11)).toBeNull();
    expect(text.isItalic(13)).toBe(true);
    expect(text.getFontSize()).toBe(14);
    expect(text.isBold()).toBeNull();
    expect(text.getTextAttributeIndices()).toEqual([0, 11, 13]);
    expect(text.getFontFamily(20)).toBe('Times New Roman');
  });

  it('rejects an offset past the end', () => {
    const text = app.create('x').getBody().appendParagraph('abc').editAsText();
    expect(() => text.setBold(0, 3, true)).toThrow('Index (3) must be less than the content length (3).');
  });

  it('has no setBold on Paragraph, as in Google', () => {
    const p = app.create('x').getBody().appendParagraph('abc');
    // @ts-expect-error Google's Paragraph has no setBold; bold is set through editAsText().
    expect(() => p.setBold(true)).toThrow(TypeError);
    expect('setBold' in p).toBe(false);
  });

  it('applies paragraph and text attributes together through setAttributes', () => {
    const p = app.create('x').getBody().appendParagraph('BÁO CÁO');
    p.setAttributes({ BOLD: true, FONT_SIZE: 14, HORIZONTAL_ALIGNMENT: 'CENTER', SPACING_AFTER: 6 });
    const attrs = p.getAttributes();
    expect(attrs.BOLD).toBe(true);
    expect(attrs.FONT_SIZE).toBe(14);
    expect(attrs.HORIZONTAL_ALIGNMENT).toBe('CENTER');
    expect(attrs.SPACING_AFTER).toBe(6);
    expect(attrs.ITALIC).toBeNull();
  });

  it('lets appended text continue the formatting before it', () => {
    const p = app.create('x').getBody().appendParagraph('Số: ');
    p.editAsText().setBold(true);
    const t = p.appendText('12/BC-UBND');
    expect(t.isBold()).toBe(true);
    expect(p.getText()).toBe('Số: 12/BC-UBND');
  });
});

describe('saveAndClose', () => {
  it('makes further edits through the same handle throw like Google', () => {
    const doc = app.create('x');
    const body = doc.getBody();
    doc.saveAndClose();
    expect(() => body.appendParagraph('late')).toThrow('Document is closed, its contents cannot be updated.');
    expect(() => doc.getBody()).toThrow('Document is closed, its contents cannot be updated.');
    expect(doc.getId()).toBeTruthy();
  });

  it('leaves a reopened handle editable', () => {
    const doc = app.create('x');
    doc.saveAndClose();
    const again = app.openById(doc.getId());
    again.getBody().appendParagraph('more');
    expect(again.getBody().getText()).toBe('\nmore');
  });
});

describe('getAs(application/pdf)', () => {
  it('returns a named PDF blob of the saved text', () => {
    const doc = app.create('Báo cáo 2023-05');
    doc.getBody().appendParagraph('Tong hop thang 5');
    doc.saveAndClose();
    const pdf = doc.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('Báo cáo 2023-05.pdf');
    const text = pdfText(pdf);
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('(Tong hop thang 5) Tj');
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('reflects the last saved state, not unsaved edits', () => {
    const doc = app.create('x');
    doc.getBody().appendParagraph('unsaved words');
    const text = pdfText(doc.getAs('application/pdf'));
    expect(text).not.toContain('unsaved words');
  });

  it('includes edits once the end of the execution saved them', () => {
    const doc = app.create('x');
    doc.getBody().appendParagraph('autosaved words');
    FakeDriveStore.of(ctx).flush();
    const text = pdfText(doc.getAs('application/pdf'));
    expect(text).toContain('(autosaved words) Tj');
  });

  it('refuses other formats', () => {
    expect(() => app.create('x').getAs('text/html')).toThrow(
      'Converting from application/vnd.google-apps.document to text/html is not supported.',
    );
  });
});

describe('structural rules of a section', () => {
  it('keeps one empty paragraph after clear', () => {
    const body = app.create('x').getBody();
    body.appendParagraph('a');
    body.appendTable([['b']]);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
  });

  it('refuses to remove the last paragraph', () => {
    const body = app.create('x').getBody();
    expect(() => body.getChild(0).removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
  });

  it('finds text and returns its element and offsets', () => {
    const body = app.create('x').getBody();
    body.appendParagraph('Nơi nhận:');
    body.appendParagraph('- Như trên;');
    const found = body.findText('Như');
    expect(found?.getElement().getText()).toBe('- Như trên;');
    expect([found?.getStartOffset(), found?.getEndOffsetInclusive()]).toEqual([2, 4]);
    expect(found?.getElement().getParent()?.getType()).toBe('PARAGRAPH');
  });

  it('joins consecutive list items into one list', () => {
    const body = app.create('x').getBody();
    const a = body.appendListItem('Một');
    const b = body.appendListItem('Hai').setGlyphType(app.GlyphType.NUMBER);
    expect(a.getListId()).toBe(b.getListId());
    expect(b.getGlyphType()).toBe('NUMBER');
  });

  it('puts a page break in its own paragraph', () => {
    const doc = app.create('x');
    const pb = doc.getBody().appendPageBreak();
    expect(pb.getParent()?.getType()).toBe('PARAGRAPH');
    expect(doc.toJSON().body.children[1]).toEqual({ type: 'PARAGRAPH', attrs: {}, children: [{ type: 'PAGE_BREAK' }] });
  });
});
