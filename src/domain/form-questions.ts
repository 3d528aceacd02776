// Defines the two Google Forms of SPEC §5: exact titles, choices and validation rules, shared by the
// form builder and the answer validators so the two can never drift apart.

export type QuestionKind = 'list' | 'text' | 'paragraph' | 'multipleChoice' | 'checkbox';
export type QuestionValidation = 'year' | 'url' | 'score';

export interface FormQuestion {
  key: string;
  title: string;
  kind: QuestionKind;
  required: boolean;
  choices?: readonly string[];
  validation?: QuestionValidation;
  /** The choices are the registry's unit names, kept in sync by setup. */
  unitList?: true;
  help?: string;
}

export interface FormDefinition {
  title: string;
  description: string;
  questions: readonly FormQuestion[];
}

// Dropdown and multiple-choice options may hold commas (one value each); checkbox options never do,
// because Google joins checkbox answers with ", " in the sheet and in exports.
export const EXEMPLAR_KINDS = ['Cá nhân', 'Tập thể', 'Hộ gia đình'] as const;
export const EXEMPLAR_FIELDS = [
  'Lao động, sản xuất, kinh doanh',
  'Học tập',
  'Công tác',
  'Huấn luyện, sẵn sàng chiến đấu',
  'Đời sống xã hội',
  'Phòng chống tham nhũng, tội phạm',
] as const;
export const EXEMPLAR_CRITERIA = [
  'Gương mẫu chấp hành chủ trương và pháp luật',
  'Hoàn thành xuất sắc nhiệm vụ được giao',
  'Có mô hình mới và cách làm hay',
  'Tương thân tương ái và hoạt động nhân đạo',
] as const;
export const EXEMPLAR_SOURCES = [
  'Phong trào thi đua',
  'Cơ quan báo chí, truyền thông',
  'Cuộc thi viết về gương ĐHTT, NTVT',
  'Khác',
] as const;
export const AWARD_PROPOSALS = ['Biểu dương', 'Giấy khen', 'Bằng khen', 'Chưa đề xuất'] as const;
export const ARTICLE_GENRES = ['Bài viết', 'Ảnh', 'Video', 'Tác phẩm khác'] as const;

/** Rules the form builder gives Google's text validation; the validators below apply the same ones. */
export const VALIDATION_RULES = {
  year: { pattern: '^(19[0-9]{2}|20[0-9]{2}|2100)$', min: 1900, max: 2100, help: 'Năm sinh gồm 4 chữ số, ví dụ 1985.' },
  url: { help: 'Nhập đường dẫn đầy đủ, bắt đầu bằng http:// hoặc https://.' },
  score: { min: 0, max: 100, help: 'Nhập số từ 0 đến 100.' },
} as const;

/** Room under Sheets' 50,000-character cell limit for the formula-guard prefix and later edits. */
export const MAX_ANSWER_LENGTH = 49_000;

/**
 * The notice Decree 13/2023/NĐ-CP (Art. 11 and 13) asks for before personal data is collected: what is
 * collected, for which purpose, and that the unit vouches for the people it names, who are not the
 * respondents. Setup writes the descriptions into both forms on every run.
 */
export const PRIVACY_NOTICE = {
  exemplar:
    'Thông tin cá nhân khai trong biểu mẫu (họ tên, năm sinh, chức vụ, nơi công tác hoặc nơi ở, thành tích, ' +
    'email người gửi) chỉ dùng để tổng hợp, xét chọn và báo cáo phong trào thi đua theo Công văn 961/UBND-NV ' +
    'và được xử lý theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân; khi gửi, đơn vị xác nhận người ' +
    'được giới thiệu đã được thông báo và đồng ý.',
  article:
    'Thông tin cá nhân khai trong biểu mẫu (tác giả, người được viết về, email người gửi) chỉ dùng để tổ chức ' +
    'cuộc thi và báo cáo phong trào thi đua theo Công văn 961/UBND-NV và được xử lý theo Nghị định ' +
    '13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân; khi gửi, đơn vị xác nhận tác giả và người được viết về đã được ' +
    'thông báo và đồng ý.',
} as const;

export const EXEMPLAR_FORM: FormDefinition = {
  title: 'Giới thiệu gương ĐHTT, NTVT',
  description:
    'Biểu mẫu để các đơn vị giới thiệu gương điển hình tiên tiến, người tốt, việc tốt mới hằng tháng. ' +
    'Mỗi lần gửi giới thiệu một gương. Hạn gửi: trước ngày 20 hàng tháng; ' +
    'phản hồi gửi sau hạn được tính vào tháng kế tiếp.\n\n' +
    PRIVACY_NOTICE.exemplar,
  questions: [
    {
      key: 'unit',
      title: 'Đơn vị giới thiệu',
      kind: 'list',
      required: true,
      unitList: true,
      help: 'Chọn đúng tên đơn vị của mình.',
    },
    {
      key: 'name',
      title: 'Họ và tên (hoặc tên tập thể, hộ gia đình)',
      kind: 'text',
      required: true,
      help: 'Ghi đầy đủ, có dấu.',
    },
    { key: 'kind', title: 'Đối tượng', kind: 'multipleChoice', required: true, choices: EXEMPLAR_KINDS },
    {
      key: 'birthYear',
      title: 'Năm sinh',
      kind: 'text',
      required: false,
      validation: 'year',
      help: 'Ghi 4 chữ số, ví dụ 1985. Để trống nếu là tập thể hoặc hộ gia đình.',
    },
    { key: 'position', title: 'Chức vụ, nơi công tác hoặc nơi ở', kind: 'text', required: false },
    { key: 'field', title: 'Lĩnh vực', kind: 'list', required: true, choices: EXEMPLAR_FIELDS },
    {
      key: 'criteria',
      title: 'Tiêu chí đáp ứng',
      kind: 'checkbox',
      required: true,
      choices: EXEMPLAR_CRITERIA,
      help: 'Chọn ít nhất một tiêu chí.',
    },
    { key: 'source', title: 'Nguồn phát hiện', kind: 'multipleChoice', required: true, choices: EXEMPLAR_SOURCES },
    {
      key: 'summary',
      title: 'Tóm tắt thành tích',
      kind: 'paragraph',
      required: true,
      help: 'Thành tích tiêu biểu, kết quả cụ thể và thời gian đạt được.',
    },
    { key: 'award', title: 'Hình thức khen thưởng đề xuất', kind: 'list', required: false, choices: AWARD_PROPOSALS },
    {
      key: 'evidence',
      title: 'Đường dẫn minh chứng',
      kind: 'text',
      required: false,
      validation: 'url',
      help: 'Đường dẫn đến bài báo, văn bản hoặc thư mục ảnh, bắt đầu bằng http:// hoặc https://.',
    },
  ],
};

export const ARTICLE_FORM: FormDefinition = {
  title: 'Bài viết, tác phẩm dự thi viết về gương ĐHTT, NTVT',
  description:
    'Biểu mẫu để các đơn vị gửi bài viết, tác phẩm dự thi viết về gương điển hình tiên tiến, ' +
    'người tốt, việc tốt đã được đơn vị chấm sơ khảo. Mỗi lần gửi một bài viết hoặc tác phẩm. ' +
    'Hạn gửi: trước ngày 20 hàng tháng; phản hồi gửi sau hạn được tính vào tháng kế tiếp.\n\n' +
    PRIVACY_NOTICE.article,
  questions: [
    {
      key: 'unit',
      title: 'Đơn vị gửi bài',
      kind: 'list',
      required: true,
      unitList: true,
      help: 'Chọn đúng tên đơn vị của mình.',
    },
    { key: 'title', title: 'Tên bài viết, tác phẩm', kind: 'text', required: true },
    { key: 'author', title: 'Tác giả', kind: 'text', required: true },
    { key: 'genre', title: 'Thể loại', kind: 'multipleChoice', required: true, choices: ARTICLE_GENRES },
    { key: 'subject', title: 'Gương được viết về', kind: 'text', required: true },
    {
      key: 'url',
      title: 'Đường dẫn bài viết, tác phẩm',
      kind: 'text',
      required: true,
      validation: 'url',
      help: 'Đường dẫn đến bài viết hoặc tác phẩm (Google Drive, trang báo, YouTube…), bắt đầu bằng http:// hoặc https://.',
    },
    {
      key: 'score',
      title: 'Điểm sơ khảo',
      kind: 'text',
      required: false,
      validation: 'score',
      help: 'Điểm đơn vị chấm sơ khảo, từ 0 đến 100 (ví dụ 85 hoặc 85,5).',
    },
  ],
};

export function questionByKey(form: FormDefinition, key: string): FormQuestion {
  const q = form.questions.find((x) => x.key === key);
  if (!q) throw new RangeError(`No question "${key}" in form "${form.title}"`);
  return q;
}
