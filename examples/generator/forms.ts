// Defines the column titles of the two Google Forms exports (SPEC §5), exactly as the forms ask them.

export const TIMESTAMP_TITLE = 'Dấu thời gian';
export const EMAIL_TITLE = 'Địa chỉ email';

export const EXEMPLAR_TITLES = [
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
] as const;

export const ARTICLE_TITLES = [
  'Đơn vị gửi bài',
  'Tên bài viết, tác phẩm',
  'Tác giả',
  'Thể loại',
  'Gương được viết về',
  'Đường dẫn bài viết, tác phẩm',
  'Điểm sơ khảo',
] as const;

export const SUBJECT_KINDS = ['Cá nhân', 'Tập thể', 'Hộ gia đình'] as const;

export const FIELDS = [
  'Lao động, sản xuất, kinh doanh',
  'Học tập',
  'Công tác',
  'Huấn luyện, sẵn sàng chiến đấu',
  'Đời sống xã hội',
  'Phòng chống tham nhũng, tội phạm',
] as const;
export type Field = (typeof FIELDS)[number];

/** Google joins the ticked boxes with ", " in the form's order. */
export const CRITERIA = [
  'Gương mẫu chấp hành chủ trương và pháp luật',
  'Hoàn thành xuất sắc nhiệm vụ được giao',
  'Có mô hình mới và cách làm hay',
  'Tương thân tương ái và hoạt động nhân đạo',
] as const;

export const SOURCES = [
  'Phong trào thi đua',
  'Cơ quan báo chí, truyền thông',
  'Cuộc thi viết về gương ĐHTT, NTVT',
  'Khác',
] as const;

export const AWARDS = ['Biểu dương', 'Giấy khen', 'Bằng khen', 'Chưa đề xuất'] as const;

export const GENRES = ['Bài viết', 'Ảnh', 'Video', 'Tác phẩm khác'] as const;

/** One exported row: the two fixed columns then the answers in question order. */
export type ExportRow = string[];
