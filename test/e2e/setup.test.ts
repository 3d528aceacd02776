import { describe, expect, it } from 'vitest';
import { seededEnvironment } from './helpers';

describe('setup run twice', () => {
  it('creates each sheet, form and trigger once and adds no row the second time', () => {
    const { env, sheetValues } = seededEnvironment();
    const snapshot = () => ({
      sheets: env.spreadsheet.getSheets().map((s) => s.getName()),
      forms: env.services.FormApp.allFormsForTest().length,
      triggers: env.services.ScriptApp.getProjectTriggers().map(
        (t) => `${t.getHandlerFunction()}:${t.getTriggerSourceId() ?? ''}`,
      ),
      rows: ['Đơn vị', 'Chỉ tiêu', 'Cấu hình'].map((n) => sheetValues(n).length),
    });
    const first = snapshot();
    env.run('setupSystem');
    env.run('setupSystem');
    expect(snapshot()).toEqual(first);
    expect(first.forms).toBe(2);
    expect(first.sheets).toEqual(
      expect.arrayContaining(['Đơn vị', 'Chỉ tiêu', 'Cấu hình', 'Gương ĐHTT-NTVT', 'Bài viết dự thi', 'Lỗi nhập liệu']),
    );
    expect(first.triggers.filter((t) => t.startsWith('onFormSubmit:'))).toHaveLength(2);
    expect(new Set(first.triggers).size).toBe(first.triggers.length);
  });

  it('fills Chỉ tiêu with the letter defaults', () => {
    const { sheetValues } = seededEnvironment();
    const rows = sheetValues('Chỉ tiêu').slice(1);
    expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['phong_ban', 2, 3],
      ['mttq_doan_the', 2, 15],
      ['hiep_quan', 3, 15],
      ['truong', 3, 3],
      ['phuong', 5, 15],
    ]);
  });

  it('builds both forms exactly as SPEC §5, with verified emails, no summary and the unit dropdown', () => {
    const { env, formId } = seededEnvironment();
    const a = env.services.FormApp.openById(formId('exemplar'));
    expect(a.getTitle()).toBe('Giới thiệu gương ĐHTT, NTVT');
    expect(a.getItems().map((i) => i.getTitle())).toEqual([
      'Đơn vị giới thiệu',
      'Họ và tên (hoặc tên tập thể, hộ gia đình)',
      'Đối tượng',
      'Năm sinh',
      'Chức vụ, nơi công tác hoặc nơi ở',
      'Lĩnh vực',
      'Tiêu chí đáp ứng',
      'Nguồn phát hiện',
      'Tóm tắt thành tích',
      'Hình thức khen thưởng đề xuất',
      'Đường dẫn minh chứng',
    ]);
    expect(String(a.getEmailCollectionType())).toBe('VERIFIED');
    expect(a.isPublishingSummary()).toBe(false);
    expect(a.isPublished()).toBe(true);
    const units = a
      .getItems()[0]
      .asListItem()
      .getChoices()
      .map((c) => c.getValue());
    expect(units).toContain('UBND phường Cầu Diễn');
    const b = env.services.FormApp.openById(formId('article'));
    expect(b.getItems().map((i) => i.getTitle())).toEqual([
      'Đơn vị gửi bài',
      'Tên bài viết, tác phẩm',
      'Tác giả',
      'Thể loại',
      'Gương được viết về',
      'Đường dẫn bài viết, tác phẩm',
      'Điểm sơ khảo',
    ]);
  });

  it('keeps a renamed unit’s old name as an alias so earlier answers still match', () => {
    const { env, sheetValues, nominate } = seededEnvironment();
    const sheet = env.spreadsheet.getSheetByName('Đơn vị')!;
    const row = sheetValues('Đơn vị').findIndex((r) => r[0] === 'PB01') + 1;
    sheet.getRange(row, 2).setValue('Phòng Nội vụ và Lao động');
    env.run('syncUnits');
    const updated = sheetValues('Đơn vị')[row - 1];
    expect(String(updated[4])).toContain('Phòng Nội vụ');
    nominate({ unit: 'Phòng Nội vụ', name: 'Trần Văn Bình', at: '2023-05-02T09:00:00' });
    const stored = sheetValues('Gương ĐHTT-NTVT').slice(1);
    expect(stored.map((r) => r[3])).toEqual(['PB01']);
  });
});
