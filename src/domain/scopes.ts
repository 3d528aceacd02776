// Defines the OAuth scopes of appsscript.json, what each lets Gương Sáng do (in Vietnamese, for the clerk), and
// the dialog shown when a person granted only some of them: since 2025 Google's consent screen lets a user untick
// scopes one by one (granular consent, SPEC §11; https://developers.google.com/apps-script/concepts/scopes).

/** Every scope of appsscript.json `oauthScopes` (a test keeps the two lists equal). */
export const SCOPE = {
  spreadsheet: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  forms: 'https://www.googleapis.com/auth/forms',
  documents: 'https://www.googleapis.com/auth/documents',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  triggers: 'https://www.googleapis.com/auth/script.scriptapp',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
  email: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

export type ScopeUrl = (typeof SCOPE)[keyof typeof SCOPE];

export const ALL_SCOPES: readonly ScopeUrl[] = Object.values(SCOPE);

/** What each scope lets Gương Sáng do, in the words of the task rather than Google's consent screen. */
export const SCOPE_PURPOSE_VI: Record<ScopeUrl, string> = {
  [SCOPE.spreadsheet]: 'Xem và chỉnh sửa bảng tính này (sổ tổng hợp Gương Sáng)',
  [SCOPE.forms]: 'Tạo và cập nhật hai Google Biểu mẫu, đọc các phản hồi của đơn vị',
  [SCOPE.documents]: 'Tạo và chỉnh sửa Google Tài liệu (báo cáo tháng)',
  [SCOPE.driveFile]: 'Tạo tệp trên Google Drive, chỉ những tệp do Gương Sáng tạo (thư mục báo cáo, bản PDF)',
  [SCOPE.sendMail]: 'Gửi email thay mặt bạn (thư nhắc và thư xác nhận cho các đơn vị)',
  [SCOPE.triggers]:
    'Chạy khi bạn không mở bảng tính (trình kích hoạt: nhận phản hồi, đối soát, thư nhắc, báo cáo tháng)',
  [SCOPE.ui]: 'Hiển thị menu Gương Sáng và các hộp thoại trong bảng tính',
  [SCOPE.email]: 'Xem địa chỉ email của bạn (để kiểm tra quyền quản trị)',
};

/** A scope this table does not know is named by its URL: never hidden, never a crash. */
export function scopePurposeVi(scope: string): string {
  return (SCOPE_PURPOSE_VI as Record<string, string>)[scope] ?? scope;
}

/**
 * The scopes of `required` not granted. `authorized` is AuthorizationInfo.getAuthorizedScopes() of the same
 * request; Google documents it as possibly null, and then nothing is known to be granted.
 */
export function missingScopes(required: readonly string[], authorized: readonly string[] | null): string[] {
  const granted = new Set(authorized ?? []);
  return [...new Set(required)].filter((s) => !granted.has(s));
}

/** The dialog of a menu action stopped before doing anything because scopes are missing. */
export function missingScopesMessageVi(action: string, missing: readonly string[], authorizationUrl: string | null) {
  const how = authorizationUrl
    ? [
        'Cách cấp quyền: mở đường dẫn dưới đây bằng đúng tài khoản Google này, đánh dấu chọn các quyền trên, ' +
          'bấm "Tiếp tục", rồi chạy lại chức năng:',
        authorizationUrl,
      ]
    : [
        'Cách cấp quyền: mở Tiện ích mở rộng › Apps Script, chạy hàm setupSystem, đánh dấu chọn các quyền trên ' +
          'khi Google hỏi, rồi chạy lại chức năng.',
      ];
  return [
    `Chức năng "${action}" cần những quyền mà tài khoản này chưa cấp cho Gương Sáng:`,
    ...missing.map((s) => `• ${scopePurposeVi(s)}.`),
    ...how,
    'Chưa có thay đổi nào được thực hiện.',
  ].join('\n');
}
