// Tests the monthly report through the built bundle: its numbers equal the summary and `Tiến độ`, the Decree 30
// layout on the document structure, the Drive files and the `Báo cáo` log, replacement on a second run, the
// day-21 trigger, constant Docs/Sheet/Drive calls, and the .docx export with page numbers.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxBuffer } from '../../offline/export/docx';
import type { DocumentJSON } from '../../offline/gas/docs/model';
import { paragraphsOf, tablesOf, textOf } from '../../offline/gas/docs/model';
import { vn } from './helpers';
import {
  bodyTables,
  type District,
  district,
  paragraphWith,
  progressUnits,
  records,
  runsOf,
  tableRows,
} from './reporting-fixture';

const LOG = 'Báo cáo';

interface Summary {
  units: {
    code: string;
    name: string;
    exemplars: { counted: number; required: number };
    articles: { counted: number; required: number };
    met: boolean;
  }[];
  totals: { units: number; unitsMet: number; exemplarsCounted: number; articlesCounted: number };
}
interface Created {
  docId: string;
  pdfId: string;
  docUrl: string;
}

const SETTINGS: [string, string][] = [
  ['Cơ quan ban hành', 'ỦY BAN NHÂN DÂN\nQUẬN BA ĐÌNH'],
  ['Địa danh', 'Ba Đình'],
  ['Ký hiệu báo cáo', 'BC-UBND'],
  ['Họ tên người ký', 'Phạm Minh Quang'],
  ['Nơi nhận', '- Thường trực Quận ủy;\n- Lưu: VT, NV.'],
];

function docOf(d: District, id: string): DocumentJSON {
  return d.env.services.DocumentApp.openById(id).toJSON();
}

function setCell(d: District, sheet: string, header: string, row: number, value: unknown): void {
  const s = d.env.spreadsheet.getSheetByName(sheet)!;
  const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0];
  s.getRange(row, headers.indexOf(header) + 1).setValue(value);
}

/** A district of `perType` units per type with May responses, one exemplar proposed and one article selected. */
function mayDistrict(perType: number): District {
  const d = district(perType);
  d.env.run('apiImportSettings_', SETTINGS);
  d.month('2023-04-25T08:00:00');
  // Nội vụ's own marks, made in the sheet as the office does.
  setCell(d, 'Gương ĐHTT-NTVT', 'Trạng thái', 2, 'Đề xuất khen thưởng');
  setCell(d, 'Bài viết dự thi', 'Chọn gửi Thành phố', 3, true);
  return d;
}

describe('the report of May 2023', () => {
  let d: District;
  let created: Created;
  let doc: DocumentJSON;
  beforeAll(() => {
    d = mayDistrict(2);
    d.env.clock.set(vn('2023-05-22T09:30:00'));
    created = d.env.run<Created>('apiCreateReport_', '2023-05');
    doc = docOf(d, created.docId);
  });

  it('has the numbers of the summary, type by type and in total', () => {
    const summary = d.env.run<Summary>('apiSummary_', '2023-05');
    const typeTables = bodyTables(doc).slice(1, 6);
    const docUnits = typeTables.flatMap((t) => tableRows(t).slice(1, -1));
    expect(docUnits.map((r) => r[1])).toEqual(summary.units.map((u) => u.name));
    for (const [i, u] of summary.units.entries()) {
      expect(docUnits[i].slice(2)).toEqual([
        `${u.exemplars.counted}/${u.exemplars.required}`,
        `${u.articles.counted}/${u.articles.required}`,
        u.met ? 'Đạt' : 'Chưa đạt',
      ]);
    }
    const t = summary.totals;
    expect(textOf(paragraphWith(doc, /^- Số đơn vị thực hiện/))).toBe(
      `- Số đơn vị thực hiện: ${t.units}; số đơn vị đạt cả hai chỉ tiêu: ${t.unitsMet} (30,0%); số đơn vị chưa đạt: ${t.units - t.unitsMet}.`,
    );
    expect(textOf(paragraphWith(doc, /^- Số gương/))).toContain(
      `được tính: ${t.exemplarsCounted} (chỉ tiêu: 30); số bài viết, tác phẩm được tính: ${t.articlesCounted} (chỉ tiêu: 102)`,
    );
  });

  it('has the numbers of Tiến độ for the same period', () => {
    // The dropdown lists the periods up to the current one at its last recompute.
    d.env.run('apiUpdateProgress_');
    d.env.spreadsheet.getSheetByName('Tiến độ')!.getRange('B1').setValue('2023-05');
    d.env.run('apiUpdateProgress_');
    const sheet = progressUnits(d.sheetValues('Tiến độ'));
    const docUnits = bodyTables(doc)
      .slice(1, 6)
      .flatMap((t) => tableRows(t).slice(1, -1));
    expect(docUnits.map((r) => [r[1], r[2], r[3], r[4]])).toEqual(
      sheet.map((r) => [
        r['Tên đơn vị'],
        `${r['Gương đã có']}/${r['Gương chỉ tiêu']}`,
        `${r['Bài viết đã có']}/${r['Bài viết chỉ tiêu']}`,
        r['Kết quả'],
      ]),
    );
    const footers = bodyTables(doc)
      .slice(1, 6)
      .map((t) => tableRows(t).at(-1)![2]);
    const subtotals = records(d.sheetValues('Tiến độ'), 4)
      .filter((r) => String(r['Tên đơn vị']).startsWith('Cộng '))
      .map((r) => `${r['Gương đã có']}/${r['Gương chỉ tiêu']}`);
    expect(footers).toEqual(subtotals);
  });

  it('lists the units short of quota, the proposed exemplar and the selected article', () => {
    const tables = bodyTables(doc);
    const short = tableRows(tables[6]);
    const summary = d.env.run<Summary>('apiSummary_', '2023-05');
    expect(short.slice(1).map((r) => r[1])).toEqual(summary.units.filter((u) => !u.met).map((u) => u.name));
    const firstNominee = records(d.sheetValues('Gương ĐHTT-NTVT'))[0]['Họ và tên (hoặc tên tập thể, hộ gia đình)'];
    expect(tableRows(tables[7])).toHaveLength(2);
    expect(tableRows(tables[7])[1].slice(0, 3)).toEqual(['1', firstNominee, 'Phòng chuyên môn số 1']);
    expect(tableRows(tables[8])[1][0]).toBe('1');
    expect(tableRows(tables[8])[1][3]).toBe('Phòng chuyên môn số 1');
  });

  it('is A4 portrait with Decree 30 margins, in points', () => {
    const a = doc.body.attrs;
    expect(a.PAGE_WIDTH).toBeCloseTo(595.28, 1);
    expect(a.PAGE_HEIGHT).toBeCloseTo(841.89, 1);
    const mm = (pt: unknown) => (Number(pt) * 25.4) / 72;
    expect(mm(a.MARGIN_TOP)).toBeGreaterThanOrEqual(20);
    expect(mm(a.MARGIN_TOP)).toBeLessThanOrEqual(25);
    expect(mm(a.MARGIN_BOTTOM)).toBeGreaterThanOrEqual(20);
    expect(mm(a.MARGIN_BOTTOM)).toBeLessThanOrEqual(25);
    expect(mm(a.MARGIN_LEFT)).toBeGreaterThanOrEqual(30);
    expect(mm(a.MARGIN_LEFT)).toBeLessThanOrEqual(35);
    expect(mm(a.MARGIN_RIGHT)).toBeGreaterThanOrEqual(15);
    expect(mm(a.MARGIN_RIGHT)).toBeLessThanOrEqual(20);
  });

  it('sets every piece of text in Times New Roman', () => {
    const runs = paragraphsOf(doc.body).flatMap(runsOf);
    expect(runs.length).toBeGreaterThan(50);
    expect(new Set(runs.map((r) => r.attrs.FONT_FAMILY))).toEqual(new Set(['Times New Roman']));
  });

  it('opens with a borderless two-column header block: issuing body left, national name and motto right', () => {
    const header = bodyTables(doc)[0];
    expect(doc.body.children[0]).toBe(header);
    expect(header.attrs.BORDER_WIDTH).toBe(0);
    const left = paragraphsOf(header.children[0].children[0]);
    const right = paragraphsOf(header.children[0].children[1]);
    const style = (p: (typeof left)[number]) => {
      const r = runsOf(p)[0];
      return [textOf(p), r.attrs.BOLD, r.attrs.FONT_SIZE, p.attrs.HORIZONTAL_ALIGNMENT];
    };
    expect(left.slice(0, 2).map(style)).toEqual([
      ['ỦY BAN NHÂN DÂN', true, 13, 'CENTER'],
      ['QUẬN BA ĐÌNH', true, 13, 'CENTER'],
    ]);
    expect(right.slice(0, 2).map(style)).toEqual([
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true, 12, 'CENTER'],
      ['Độc lập - Tự do - Hạnh phúc', true, 13, 'CENTER'],
    ]);
    expect(textOf(header.children[1].children[0])).toBe('Số:       /BC-UBND');
  });

  it('writes place and date in italics with Decree 30 leading zeros', () => {
    const date = paragraphWith(doc, /ngày \d\d tháng/);
    expect(textOf(date)).toBe('Ba Đình, ngày 22 tháng 5 năm 2023');
    expect(runsOf(date)[0].attrs).toMatchObject({ ITALIC: true, FONT_SIZE: 13 });
  });

  it('titles it BÁO CÁO over the subject line, bold and centred, with a 14 pt body', () => {
    for (const pattern of [/^BÁO CÁO$/, /^Kết quả giới thiệu gương .* tháng 05\/2023$/]) {
      const p = paragraphWith(doc, pattern);
      expect(p.attrs.HORIZONTAL_ALIGNMENT).toBe('CENTER');
      expect(runsOf(p)[0].attrs).toMatchObject({ BOLD: true, FONT_SIZE: 14 });
    }
    const body = paragraphWith(doc, /^Trên cơ sở tổng hợp/);
    expect(runsOf(body)[0].attrs.FONT_SIZE).toBe(14);
    expect(body.attrs).toMatchObject({ HORIZONTAL_ALIGNMENT: 'JUSTIFY', INDENT_FIRST_LINE: 36 });
    const tableRuns = tablesOf(bodyTables(doc)[1])
      .flatMap((t) => paragraphsOf(t))
      .flatMap(runsOf);
    expect(new Set(tableRuns.map((r) => r.attrs.FONT_SIZE))).toEqual(new Set([13]));
  });

  it('closes with Nơi nhận and the signer block from the settings', () => {
    const closing = bodyTables(doc).at(-1)!;
    expect(closing.attrs.BORDER_WIDTH).toBe(0);
    const left = paragraphsOf(closing.children[0].children[0]);
    expect(left.map(textOf)).toEqual(['Nơi nhận:', '- Thường trực Quận ủy;', '- Lưu: VT, NV.']);
    expect(runsOf(left[0])[0].attrs).toMatchObject({ BOLD: true, ITALIC: true, FONT_SIZE: 12 });
    expect(runsOf(left[1])[0].attrs.FONT_SIZE).toBe(11);
    const right = paragraphsOf(closing.children[0].children[1]).map(textOf).filter(Boolean);
    expect(right).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phạm Minh Quang']);
  });

  it('is named after the period and sits with its PDF in the report folder named in Cấu hình', () => {
    const settings = d.sheetValues('Cấu hình');
    const folderId = String(settings.find((r) => r[0] === 'Thư mục báo cáo')?.[1]);
    const listed = d.env.services.Drive.Files.list({
      q: `'${folderId}' in parents and trashed = false`,
      fields: 'files(id,name,mimeType)',
    }).files!;
    expect(listed.map((f) => [f.id, f.name, f.mimeType])).toEqual([
      [created.docId, 'Báo cáo ĐHTT-NTVT tháng 05-2023', 'application/vnd.google-apps.document'],
      [created.pdfId, 'Báo cáo ĐHTT-NTVT tháng 05-2023.pdf', 'application/pdf'],
    ]);
  });

  it('is logged in Báo cáo with links to the document and the PDF', () => {
    const log = records(d.sheetValues(LOG));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      Kỳ: '2023-05',
      'Tên báo cáo': 'Báo cáo ĐHTT-NTVT tháng 05-2023',
      'Cách tạo': 'Chạy ngoại tuyến',
      'Tài liệu': created.docUrl,
      'Mã tài liệu': created.docId,
      'Mã PDF': created.pdfId,
    });
    expect(String(log[0]['Bản PDF'])).toContain(created.pdfId);
  });

  it('replaces the period files and its log row when made again', () => {
    d.env.clock.set(vn('2023-05-23T10:00:00'));
    const again = d.env.run<Created>('apiCreateReport_', '2023-05');
    expect(again.docId).not.toBe(created.docId);
    const drive = d.env.services.Drive.Files;
    expect(drive.get(created.docId, { fields: 'trashed' }).trashed).toBe(true);
    expect(drive.get(created.pdfId, { fields: 'trashed' }).trashed).toBe(true);
    const log = records(d.sheetValues(LOG));
    expect(log.map((r) => [r.Kỳ, r['Mã tài liệu'], r['Mã PDF']])).toEqual([['2023-05', again.docId, again.pdfId]]);
    expect(textOf(paragraphWith(docOf(d, again.docId), /ngày \d\d tháng/))).toBe('Ba Đình, ngày 23 tháng 5 năm 2023');
  });

  it('exports to .docx with page numbers from page 2, centred at the top', async () => {
    const zip = await JSZip.loadAsync(await docxBuffer(d.env.services.DocumentApp.openById(created.docId)));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('<w:titlePg/>');
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/header\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(headers.filter((h) => h.includes('PAGE')).length).toBe(1);
  });
});

describe('the place-and-date line on early days and early months', () => {
  let d: District;
  beforeAll(() => {
    d = district(1);
    d.env.run('apiImportSettings_', [['Địa danh', 'Hoàn Kiếm']]);
  });
  const line = (iso: string) => {
    d.env.clock.set(vn(iso));
    const { docId } = d.env.run<Created>('apiCreateReport_', '2023-12');
    return textOf(paragraphWith(docOf(d, docId), /ngày \d\d tháng/));
  };

  it('pads January and February, and days 1 to 9', () => {
    expect(line('2024-01-05T08:00:00')).toBe('Hoàn Kiếm, ngày 05 tháng 01 năm 2024');
    expect(line('2024-02-21T08:00:00')).toBe('Hoàn Kiếm, ngày 21 tháng 02 năm 2024');
    expect(line('2024-03-09T08:00:00')).toBe('Hoàn Kiếm, ngày 09 tháng 3 năm 2024');
    expect(line('2024-11-30T08:00:00')).toBe('Hoàn Kiếm, ngày 30 tháng 11 năm 2024');
  });
});

describe('the menu and the monthly trigger', () => {
  it('reports the period just ended on day 21, once, whatever the number of runs', () => {
    const d = district(1);
    d.month('2023-04-25T08:00:00');
    d.env.advanceTo(vn('2023-05-21T10:00:00'));
    const may = () => records(d.sheetValues(LOG)).filter((r) => r.Kỳ === '2023-05');
    expect(may().map((r) => r['Cách tạo'])).toEqual(['Tự động']);
    // Due at 08:00 on day 21; the offline clock steps an hour at a time.
    const madeAt = (may()[0]['Thời điểm tạo'] as Date).getTime();
    expect(madeAt).toBeGreaterThanOrEqual(vn('2023-05-21T08:00:00').getTime());
    expect(madeAt).toBeLessThan(vn('2023-05-21T09:00:00').getTime());
    const firstId = may()[0]['Mã tài liệu'];
    d.env.runTrigger('monthlyReportJob');
    d.env.advanceTo(vn('2023-05-22T10:00:00'));
    expect(may().map((r) => r['Mã tài liệu'])).toEqual([firstId]);
    expect(d.env.runs.filter((r) => r.handler === 'monthlyReportJob' && r.error)).toEqual([]);
  });

  it('reports the last ended period from the menu, or the period chosen in Tiến độ', () => {
    const d = district(1);
    d.env.clock.set(vn('2023-06-02T09:00:00'));
    d.env.run('createMonthlyReport');
    d.env.spreadsheet.getSheetByName('Tiến độ')!.getRange('B1').setValue('2023-04');
    d.env.run('createMonthlyReport');
    expect(records(d.sheetValues(LOG)).map((r) => [r.Kỳ, r['Cách tạo']])).toEqual([
      ['2023-05', 'Menu'],
      ['2023-04', 'Menu'],
    ]);
  });
});

describe('the cost of a report', () => {
  function callsFor(perType: number) {
    const d = mayDistrict(perType);
    d.env.clock.set(vn('2023-05-22T09:00:00'));
    d.env.ctx.calls.reset();
    d.env.run('apiCreateReport_', '2023-05');
    const all = d.env.ctx.calls.snapshot();
    const pick = (service: string) =>
      Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(`${service}.`)));
    return {
      docs: pick('DocumentApp'),
      sheets: pick('SpreadsheetApp'),
      drive: pick('Drive'),
      rows: d.sheetValues('Bài viết dự thi').length,
    };
  }

  it('makes the same Docs, Sheet and Drive calls for 5 units and for 20 units with four times the rows', () => {
    const small = callsFor(1);
    const large = callsFor(4);
    expect(large.rows).toBeGreaterThan(3 * small.rows);
    expect(large.docs).toEqual(small.docs);
    expect(large.sheets).toEqual(small.sheets);
    expect(large.drive).toEqual(small.drive);
    expect(small.docs['DocumentApp.Body.appendTable']).toBe(9);
    expect(small.docs['DocumentApp.TableCell.appendParagraph'] ?? 0).toBeLessThan(20);
  });
});
