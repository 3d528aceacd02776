// Defines the question titles of SPEC §5, typed here independently of the generator so tests catch a drift.

export const FORM_A_TITLES = [
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
];

/** Questions the form marks required (SPEC §5). */
export const FORM_A_REQUIRED = [
  'Đơn vị giới thiệu',
  'Họ và tên (hoặc tên tập thể, hộ gia đình)',
  'Đối tượng',
  'Lĩnh vực',
  'Tiêu chí đáp ứng',
  'Nguồn phát hiện',
  'Tóm tắt thành tích',
];

export const FORM_B_TITLES = [
  'Đơn vị gửi bài',
  'Tên bài viết, tác phẩm',
  'Tác giả',
  'Thể loại',
  'Gương được viết về',
  'Đường dẫn bài viết, tác phẩm',
  'Điểm sơ khảo',
];

export const FORM_B_REQUIRED = FORM_B_TITLES.slice(0, 6);

export const EXAMPLES_DIR = new URL('../../../examples/', import.meta.url).pathname;
