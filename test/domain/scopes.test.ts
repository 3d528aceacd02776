// Tests the OAuth scope table and the granular-consent dialog: every scope of appsscript.json explained in
// Vietnamese, what is missing computed from what Google says was granted, and the exact words a clerk reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ALL_SCOPES,
  missingScopes,
  missingScopesMessageVi,
  SCOPE,
  SCOPE_PURPOSE_VI,
  scopePurposeVi,
} from '../../src/domain/scopes';

const manifest: { oauthScopes: string[] } = JSON.parse(readFileSync('appsscript.json', 'utf8'));

describe('the scope table', () => {
  it('lists exactly the scopes appsscript.json asks for', () => {
    expect([...ALL_SCOPES].sort()).toEqual([...manifest.oauthScopes].sort());
  });

  it('explains every scope in Vietnamese with full diacritics, never by its URL', () => {
    for (const scope of manifest.oauthScopes) {
      const text = scopePurposeVi(scope);
      expect(text).not.toContain('https://');
      expect(text).toBe(text.normalize('NFC'));
      expect(text).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵệềếểễọỏõòóôộồốổỗơợờớởỡụủũùúưựừứửữịỉĩìíỵỷỹỳýđ]/);
    }
    expect(Object.keys(SCOPE_PURPOSE_VI)).toHaveLength(manifest.oauthScopes.length);
  });

  it('names a scope it does not know by its URL rather than hiding it', () => {
    expect(scopePurposeVi('https://www.googleapis.com/auth/calendar')).toBe('https://www.googleapis.com/auth/calendar');
  });
});

describe('missingScopes', () => {
  it('keeps the required scopes not granted, in the order they were asked for', () => {
    expect(missingScopes([SCOPE.spreadsheet, SCOPE.sendMail, SCOPE.forms], [SCOPE.forms, SCOPE.spreadsheet])).toEqual([
      SCOPE.sendMail,
    ]);
  });

  it('treats an unknown grant (Google returned null) as nothing granted', () => {
    expect(missingScopes([SCOPE.documents, SCOPE.driveFile], null)).toEqual([SCOPE.documents, SCOPE.driveFile]);
  });

  it('finds nothing missing when every scope was granted, and lists a repeated scope once', () => {
    expect(missingScopes([SCOPE.ui, SCOPE.ui], [SCOPE.ui])).toEqual([]);
    expect(missingScopes([SCOPE.ui, SCOPE.ui], [])).toEqual([SCOPE.ui]);
  });
});

describe('missingScopesMessageVi', () => {
  it('says which permissions the action lacks, where to grant them, and that nothing changed', () => {
    const url = 'https://script.google.com/macros/d/abc/authorize';
    expect(missingScopesMessageVi('Gửi thư nhắc ngay', [SCOPE.sendMail, SCOPE.email], url)).toMatchInlineSnapshot(`
      "Chức năng "Gửi thư nhắc ngay" cần những quyền mà tài khoản này chưa cấp cho Gương Sáng:
      • Gửi email thay mặt bạn (thư nhắc và thư xác nhận cho các đơn vị).
      • Xem địa chỉ email của bạn (để kiểm tra quyền quản trị).
      Cách cấp quyền: mở đường dẫn dưới đây bằng đúng tài khoản Google này, đánh dấu chọn các quyền trên, bấm "Tiếp tục", rồi chạy lại chức năng:
      https://script.google.com/macros/d/abc/authorize
      Chưa có thay đổi nào được thực hiện."
    `);
  });

  it('tells how to grant from the script editor when Google gives no authorization link', () => {
    const text = missingScopesMessageVi('Tạo báo cáo tháng', [SCOPE.documents], null);
    expect(text).toContain('• Tạo và chỉnh sửa Google Tài liệu (báo cáo tháng).');
    expect(text).toContain('Cách cấp quyền: mở Tiện ích mở rộng › Apps Script, chạy hàm setupSystem');
    expect(text).not.toContain('https://');
  });
});
