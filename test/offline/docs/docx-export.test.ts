// Tests the .docx exporter on a Decree 30 style report: page setup, header block, fonts and sizes, tables,
// and the page numbers the exporter adds from page 2 on.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../../offline/export/docx.ts';
import { ServiceContext } from '../../../offline/gas/context.ts';
import { createDocumentApp, FakeDriveStore } from '../../../offline/gas/document-app.ts';

const MM = 72 / 25.4;
let documentXml: string;
let zip: JSZip;

async function headerXmls(): Promise<string[]> {
  const names = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

beforeAll(async () => {
  const ctx = new ServiceContext();
  new FakeDriveStore(ctx);
  const DocumentApp = createDocumentApp(ctx);
  const doc = DocumentApp.create('Báo cáo 2023-05');
  const body = doc.getBody();
  body
    .setPageWidth(595.28)
    .setPageHeight(841.89)
    .setMarginTop(20 * MM)
    .setMarginBottom(20 * MM)
    .setMarginLeft(30 * MM)
    .setMarginRight(15 * MM);
  body.editAsText().setFontFamily('Times New Roman');

  const header = body.insertTable(0, [
    ['UBND QUẬN NAM TỪ LIÊM\nPHÒNG NỘI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'],
  ]);
  header.setBorderWidth(0).setColumnWidth(0, 200).setColumnWidth(1, 280);
  for (let c = 0; c < 2; c++) {
    const p = header.getCell(0, c).getChild(0).asParagraph();
    p.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    p.editAsText().setFontFamily('Times New Roman').setFontSize(13).setBold(true);
  }

  const title = body.appendParagraph('BÁO CÁO');
  title.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  title.editAsText().setFontFamily('Times New Roman').setFontSize(14).setBold(true);

  const date = body.appendParagraph('Nam Từ Liêm, ngày 22 tháng 5 năm 2023');
  date.setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
  date.editAsText().setFontFamily('Times New Roman').setFontSize(14).setItalic(true);

  const data = body.appendTable([
    ['STT', 'Đơn vị', 'Gương mới'],
    ['1', 'UBND phường Cầu Diễn', '3/5'],
  ]);
  data.editAsText().setFontFamily('Times New Roman').setFontSize(13);
  body.appendListItem('Như trên;');
  body.appendPageBreak();
  body.appendParagraph('Trang hai').editAsText().setFontFamily('Times New Roman').setFontSize(14);

  doc.saveAndClose();
  const dir = await mkdtemp(join(tmpdir(), 'docx-'));
  const file = join(dir, 'bao-cao.docx');
  await writeDocx(doc, file);
  zip = await JSZip.loadAsync(await readFile(file));
  documentXml = await zip.file('word/document.xml')!.async('string');
});

describe('the exported report', () => {
  it('has A4 page size and the margins in twips', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/w:top="1134"/);
    expect(documentXml).toMatch(/w:bottom="1134"/);
    expect(documentXml).toMatch(/w:left="1701"/);
    expect(documentXml).toMatch(/w:right="850"/);
  });

  it('contains every text in Vietnamese with diacritics', () => {
    for (const t of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      'UBND phường Cầu Diễn',
      'Trang hai',
    ]) {
      expect(documentXml).toContain(t);
    }
  });

  it('sets Times New Roman and sizes as half-points', () => {
    expect(documentXml).toContain('w:ascii="Times New Roman"');
    expect(documentXml).toMatch(/<w:sz w:val="28"\/>/);
    expect(documentXml).toMatch(/<w:sz w:val="26"\/>/);
  });

  it('centres the bold title and italicises the date line', () => {
    const title = documentXml.match(/<w:p>(?:(?!<\/w:p>).)*BÁO CÁO(?:(?!<\/w:p>).)*<\/w:p>/s)?.[0] ?? '';
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('<w:b/>');
    const date = documentXml.match(/<w:p>(?:(?!<\/w:p>).)*ngày 22 tháng 5(?:(?!<\/w:p>).)*<\/w:p>/s)?.[0] ?? '';
    expect(date).toContain('<w:i/>');
    expect(date).toContain('<w:jc w:val="end"/>');
  });

  it('writes the header block as a borderless two-column table and the data table with borders', () => {
    const tables = documentXml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    expect(tables).toHaveLength(2);
    expect(tables[0]).toContain('<w:gridCol w:w="4000"/>');
    expect(tables[0]).toContain('<w:gridCol w:w="5600"/>');
    expect(tables[0]).toMatch(/<w:tblBorders>.*w:val="none".*<\/w:tblBorders>/s);
    expect(tables[0]).not.toMatch(/w:val="single"/);
    expect(tables[1]).toMatch(/<w:top w:val="single"/);
    expect(tables[1]).toContain('UBND phường Cầu Diễn');
  });

  it('keeps a line break inside a cell as a Word break', () => {
    expect(documentXml).toMatch(/UBND QUẬN NAM TỪ LIÊM<\/w:t><\/w:r><w:r>.*?<w:br\/><w:t[^>]*>PHÒNG NỘI VỤ/s);
  });

  it('writes list items and page breaks', () => {
    expect(documentXml).toContain('<w:numPr>');
    expect(documentXml).toContain('<w:br w:type="page"/>');
  });

  it('numbers pages from page 2 at the top centre', async () => {
    expect(documentXml).toContain('<w:titlePg/>');
    expect(documentXml).toMatch(/<w:headerReference w:type="first"/);
    expect(documentXml).toMatch(/<w:headerReference w:type="default"/);
    const headers = await headerXmls();
    const withPage = headers.filter((h) => /PAGE/.test(h));
    expect(withPage).toHaveLength(1);
    expect(withPage[0]).toContain('<w:jc w:val="center"/>');
    expect(withPage[0]).toContain('w:ascii="Times New Roman"');
  });
});
