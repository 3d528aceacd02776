import { describe, expect, it } from 'vitest';
import { EXEMPLAR_TITLES, seededEnvironment, vn } from './helpers';

const EX = 'Gương ĐHTT-NTVT';
const ART = 'Bài viết dự thi';
const ERR = 'Lỗi nhập liệu';

type Summary = {
  units: { code: string; exemplars: { counted: number; repeats: number }; articles: { counted: number } }[];
  rejected: { reason: string }[];
};

function byHeader(values: unknown[][]) {
  const [header, ...rows] = values;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

describe('a nomination arriving through the form trigger', () => {
  it('is stored once with its period, unit, answers and Trạng thái Mới', () => {
    const s = seededEnvironment();
    s.nominate({
      unit: 'UBND phường Cầu Diễn',
      name: 'Nguyễn Văn An',
      year: '1980',
      at: '2023-05-20T23:59:59',
      email: 'vanthu.caudien@example.vn',
    });
    const [row] = byHeader(s.sheetValues(EX));
    expect(row).toMatchObject({
      Kỳ: '2023-05',
      'Mã đơn vị': 'PH01',
      'Tên đơn vị': 'UBND phường Cầu Diễn',
      [EXEMPLAR_TITLES.name]: 'Nguyễn Văn An',
      [EXEMPLAR_TITLES.birthYear]: '1980',
      Cờ: '',
      'Được tính': 'Có',
      'Trạng thái': 'Mới',
    });
    expect(row['Dấu thời gian']).toEqual(vn('2023-05-20T23:59:59'));
  });

  it('puts the first second after the cutoff in the next period', () => {
    const s = seededEnvironment();
    s.nominate({ unit: 'PH01', name: 'Lê Thị Hoa', at: '2023-05-21T00:00:01' });
    expect(byHeader(s.sheetValues(EX))[0]['Kỳ']).toBe('2023-06');
  });

  it('matches the unit by code, alias, NFD spelling and stray spaces', () => {
    const s = seededEnvironment();
    s.nominate({ unit: 'ph01', name: 'A Một', at: '2023-05-02T09:00:00' });
    s.nominate({ unit: 'UBND P. Cầu Diễn', name: 'A Hai', at: '2023-05-02T09:01:00' });
    s.nominate({ unit: 'UBND phường  Cầu Diễn '.normalize('NFD'), name: 'A Ba', at: '2023-05-02T09:02:00' });
    expect(byHeader(s.sheetValues(EX)).map((r) => r['Mã đơn vị'])).toEqual(['PH01', 'PH01', 'PH01']);
  });

  it('flags a repeat by the same unit (same or earlier period) and does not count it', () => {
    const s = seededEnvironment();
    s.nominate({
      unit: 'PH01',
      name: 'Nguyễn Văn An',
      year: '1980',
      at: '2023-04-10T09:00:00',
      email: 'vanthu.caudien@example.vn',
    });
    s.nominate({
      unit: 'PH01',
      name: 'nguyễn  văn an',
      year: '1980',
      at: '2023-05-02T09:00:00',
      email: 'vanthu.caudien@example.vn',
    });
    s.nominate({
      unit: 'PH01',
      name: 'Nguyễn Văn An',
      year: '1990',
      at: '2023-05-03T09:00:00',
      email: 'vanthu.caudien@example.vn',
    });
    const rows = byHeader(s.sheetValues(EX));
    expect(rows.map((r) => [r['Kỳ'], r['Cờ'], r['Được tính']])).toEqual([
      ['2023-04', '', 'Có'],
      ['2023-05', 'Trùng', 'Không'],
      ['2023-05', '', 'Có'],
    ]);
    const sum = s.env.run<Summary>('apiSummary_', '2023-05');
    expect(sum.units.find((u) => u.code === 'PH01')!.exemplars).toMatchObject({ counted: 1, repeats: 1 });
  });

  it('counts the same name from two units for each and flags it for review', () => {
    const s = seededEnvironment();
    s.nominate({ unit: 'PH01', name: 'Phạm Thu Trang', at: '2023-05-02T09:00:00', email: 'vanthu.caudien@example.vn' });
    s.nominate({ unit: 'TH01', name: 'Phạm Thu Trang', at: '2023-05-03T09:00:00', email: 'thcs.caudien@example.vn' });
    const rows = byHeader(s.sheetValues(EX));
    expect(rows[1]['Cờ']).toBe('Có thể trùng đơn vị khác');
    expect(rows.map((r) => r['Được tính'])).toEqual(['Có', 'Có']);
    s.env.run('reconcileNow');
    s.env.run('rebuildData');
    expect(byHeader(s.sheetValues(EX)).map((r) => r['Cờ'])).toEqual([
      'Có thể trùng đơn vị khác',
      'Có thể trùng đơn vị khác',
    ]);
  });

  it('counts an unverified sender but flags it, and stops counting it when the setting says so', () => {
    const s = seededEnvironment();
    s.nominate({ unit: 'PH01', name: 'Đỗ Minh Khôi', at: '2023-05-02T09:00:00', email: 'ai.do@gmail.com' });
    expect(byHeader(s.sheetValues(EX))[0]).toMatchObject({ Cờ: 'Chưa xác thực', 'Được tính': 'Có' });
    s.env.run('apiImportSettings_', [['Tính phản hồi chưa xác thực', 'Không']]);
    const sum = s.env.run<Summary>('apiSummary_', '2023-05');
    expect(sum.units.find((u) => u.code === 'PH01')!.exemplars.counted).toBe(0);
  });

  it('stops counting a nomination Nội vụ marks Không đạt', () => {
    const s = seededEnvironment();
    s.nominate({ unit: 'PB01', name: 'Vũ Thị Lan', at: '2023-05-02T09:00:00' });
    const sheet = s.env.spreadsheet.getSheetByName(EX)!;
    const col = (s.sheetValues(EX)[0] as string[]).indexOf('Trạng thái') + 1;
    expect(s.env.run<Summary>('apiSummary_', '2023-05').units.find((u) => u.code === 'PB01')!.exemplars.counted).toBe(
      1,
    );
    sheet.getRange(2, col).setValue('Không đạt');
    expect(s.env.run<Summary>('apiSummary_', '2023-05').units.find((u) => u.code === 'PB01')!.exemplars.counted).toBe(
      0,
    );
  });

  it('stores formula-looking answers as literal text', () => {
    const s = seededEnvironment();
    s.nominate({
      unit: 'PB01',
      name: '=HYPERLINK("http://x.example","y")',
      summary: '+84 912 000 000 @team -ok',
      at: '2023-05-02T09:00:00',
    });
    const sheet = s.env.spreadsheet.getSheetByName(EX)!;
    const header = s.sheetValues(EX)[0] as string[];
    const nameCell = sheet.getRange(2, header.indexOf(EXEMPLAR_TITLES.name) + 1);
    expect(nameCell.getValue()).toBe('=HYPERLINK("http://x.example","y")');
    expect(nameCell.getFormula()).toBe('');
    expect(sheet.getRange(2, header.indexOf(EXEMPLAR_TITLES.summary) + 1).getValue()).toBe('+84 912 000 000 @team -ok');
  });

  it('rejects an unknown unit into Lỗi nhập liệu with a reason a clerk can act on', () => {
    const s = seededEnvironment();
    s.nominate({ unit: 'Phường Không Tồn Tại', name: 'Ai Đó', at: '2023-05-02T09:00:00' });
    expect(s.sheetValues(EX)).toHaveLength(1);
    const [err] = byHeader(s.sheetValues(ERR));
    expect(err['Lý do']).toContain('Không tìm thấy đơn vị');
    expect(err['Lý do']).toContain('Phường Không Tồn Tại');
    expect(JSON.parse(String(err['Dữ liệu gốc']))[EXEMPLAR_TITLES.name]).toBe('Ai Đó');
  });

  it('rejects an invalid birth year and an invalid article URL, keeping the raw answers', () => {
    const s = seededEnvironment();
    s.nominate({ unit: 'PB01', name: 'Hà Văn Tú', year: '19a5', at: '2023-05-02T09:00:00' });
    s.env.clock.set(vn('2023-05-02T10:00:00'));
    s.env.services.FormApp.openById(s.formId('article')).importResponse({
      email: 'noivu@example.vn',
      answers: {
        'Đơn vị gửi bài': 'PB01',
        'Tên bài viết, tác phẩm': 'Bài',
        'Tác giả': 'X',
        'Thể loại': 'Bài viết',
        'Gương được viết về': 'Y',
        'Đường dẫn bài viết, tác phẩm': 'không phải url',
      },
    });
    const errs = byHeader(s.sheetValues(ERR));
    expect(errs.map((e) => e['Mã lỗi'])).toEqual(['INVALID_YEAR', 'INVALID_URL']);
    expect(s.sheetValues(EX)).toHaveLength(1);
    expect(s.sheetValues(ART)).toHaveLength(1);
  });
});

describe('duplicate deliveries', () => {
  it('stores a response delivered twice by the trigger once', () => {
    const s = seededEnvironment();
    s.env.delivery = 'twice';
    s.nominate({ unit: 'PB01', name: 'Vũ Thị Lan', at: '2023-05-02T09:00:00' });
    expect(s.env.runs.filter((r) => r.handler === 'onFormSubmit')).toHaveLength(2);
    expect(s.sheetValues(EX)).toHaveLength(2);
  });

  it('stores an identical re-delivered response (every answer, time and email equal) once', () => {
    const s = seededEnvironment();
    s.nominate({ unit: 'PB01', name: 'Vũ Thị Lan', at: '2023-05-02T09:00:00' });
    s.nominate({ unit: 'PB01', name: 'Vũ Thị Lan', at: '2023-05-02T09:00:00' });
    expect(s.sheetValues(EX)).toHaveLength(2);
    s.env.run('reconcileNow');
    expect(s.sheetValues(EX)).toHaveLength(2);
  });
});

describe('a lock timeout during a submission', () => {
  it('loses nothing: the hourly reconcile stores the response from the form', () => {
    const s = seededEnvironment();
    s.env.services.LockService.holdByOtherProcess('script');
    s.nominate({ unit: 'PB01', name: 'Vũ Thị Lan', at: '2023-05-02T09:00:00' });
    expect(s.sheetValues(EX)).toHaveLength(1);
    s.env.services.LockService.releaseOtherProcess('script');
    s.env.advanceTo(vn('2023-05-02T11:00:00'));
    expect(s.env.runs.some((r) => r.handler === 'hourlyReconcile' && !r.error)).toBe(true);
    const rows = byHeader(s.sheetValues(EX));
    expect(rows.map((r) => r[EXEMPLAR_TITLES.name])).toEqual(['Vũ Thị Lan']);
    expect(rows[0]['Được tính']).toBe('Có');
  });

  it('recovers a submission whose trigger never fired, and reconcile twice adds nothing more', () => {
    const s = seededEnvironment();
    s.env.delivery = 'never';
    s.nominate({ unit: 'PB01', name: 'A', at: '2023-05-02T09:00:00' });
    s.nominate({ unit: 'Không rõ', name: 'B', at: '2023-05-02T09:05:00' });
    s.env.run('reconcileNow');
    s.env.run('reconcileNow');
    expect(s.sheetValues(EX)).toHaveLength(2);
    expect(s.sheetValues(ERR)).toHaveLength(2);
  });
});

describe('rebuild from the forms', () => {
  it('keeps Nội vụ’s status and notes by response id', () => {
    const s = seededEnvironment();
    s.nominate({ unit: 'PB01', name: 'A', at: '2023-05-02T09:00:00' });
    s.nominate({ unit: 'PB01', name: 'B', at: '2023-05-03T09:00:00' });
    const sheet = s.env.spreadsheet.getSheetByName(EX)!;
    const header = s.sheetValues(EX)[0] as string[];
    sheet.getRange(3, header.indexOf('Trạng thái') + 1).setValue('Đề xuất khen thưởng');
    sheet.getRange(3, header.indexOf('Ghi chú Nội vụ') + 1).setValue('Trình Hội đồng');
    sheet.getRange(2, 1, 1, header.length).clearContent();
    s.env.run('rebuildData');
    const rows = byHeader(s.sheetValues(EX));
    expect(rows.map((r) => [r[EXEMPLAR_TITLES.name], r['Trạng thái'], r['Ghi chú Nội vụ']])).toEqual([
      ['A', 'Mới', ''],
      ['B', 'Đề xuất khen thưởng', 'Trình Hội đồng'],
    ]);
  });
});

describe('Sheet calls per submission', () => {
  function callsForOneSubmission(existingRows: number): number {
    const s = seededEnvironment();
    if (existingRows > 0) {
      const sheet = s.env.spreadsheet.getSheetByName(EX)!;
      const header = s.sheetValues(EX)[0] as string[];
      const rows = Array.from({ length: existingRows }, (_, i) =>
        header.map((h) =>
          h === 'Mã phản hồi'
            ? `old-${i}`
            : h === 'Dấu thời gian'
              ? vn('2023-04-01T08:00:00')
              : h === 'Khoá trùng'
                ? `pb01|người ${i}|`
                : h === 'Mã đơn vị'
                  ? 'PB01'
                  : '',
        ),
      );
      // Room for what follows, as the automation leaves it (it grows the sheet 1,000 rows at a time).
      sheet.insertRowsAfter(sheet.getMaxRows(), existingRows + 1000 - sheet.getMaxRows());
      sheet.getRange(2, 1, rows.length, header.length).setValues(rows);
    }
    s.env.ctx.calls.reset();
    s.nominate({ unit: 'PB01', name: 'Người mới', at: '2023-05-02T09:00:00' });
    expect(s.sheetValues(EX)).toHaveLength(existingRows + 2);
    return s.env.ctx.calls.count('SpreadsheetApp');
  }

  it('is the same with 10 and with 10,000 rows already stored', () => {
    const small = callsForOneSubmission(10);
    const large = callsForOneSubmission(10_000);
    expect(large).toBe(small);
    expect(small).toBeLessThan(80);
  });
});
