// Defines InputFileError: a problem in an input file, as a stable code plus where it is, worded in Vietnamese.

/**
 * `row` follows summary.json's convention: 1-based data row, header not counted; 0 means the header row.
 * `invalid_value` and `duplicate_value` are for the callers that validate content (units registry…):
 * they pass the Vietnamese `detail` themselves.
 */
export type InputFileErrorCode =
  | 'file_not_found'
  | 'unreadable_file'
  | 'unknown_extension'
  | 'empty_file'
  | 'unterminated_quote'
  | 'missing_column'
  | 'invalid_value'
  | 'duplicate_value';

export interface InputFileProblem {
  code: InputFileErrorCode;
  /** Name shown to the clerk; callers pass the path and the base name is kept. */
  file: string;
  row?: number;
  column?: string;
  /** Extra words: the extension, the underlying error, or the whole reason for `invalid_value`. */
  detail?: string;
}

export class InputFileError extends Error {
  override readonly name = 'InputFileError';
  readonly code: InputFileErrorCode;
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
  readonly detail?: string;

  constructor(problem: InputFileProblem) {
    const file = baseName(problem.file);
    super(`${where({ ...problem, file })}: ${reason(problem)}`);
    this.code = problem.code;
    this.file = file;
    this.row = problem.row;
    this.column = problem.column;
    this.detail = problem.detail;
  }
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

function where(p: InputFileProblem): string {
  let text = `Tệp ${p.file}`;
  if (p.row === 0) text += ', dòng tiêu đề';
  else if (p.row !== undefined) text += `, dòng ${p.row}`;
  if (p.column !== undefined) text += `, cột "${p.column}"`;
  return text;
}

function reason(p: InputFileProblem): string {
  switch (p.code) {
    case 'file_not_found':
      return 'không tìm thấy tệp.';
    case 'unreadable_file':
      return p.detail ? `không đọc được tệp (${p.detail}).` : 'không đọc được tệp.';
    case 'unknown_extension':
      return `định dạng "${p.detail ?? ''}" không được hỗ trợ; chỉ nhận tệp .csv hoặc .xlsx.`;
    case 'empty_file':
      return 'tệp trống, không có dòng tiêu đề.';
    case 'unterminated_quote':
      return 'dấu ngoặc kép (") được mở nhưng không được đóng đến hết tệp.';
    case 'missing_column':
      return 'thiếu cột bắt buộc.';
    case 'invalid_value':
      return p.detail ?? 'giá trị không hợp lệ.';
    case 'duplicate_value':
      return p.detail ?? 'giá trị bị trùng.';
  }
}
