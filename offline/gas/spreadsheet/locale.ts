// Defines what a spreadsheet locale changes: decimal and grouping marks, date order, the formats Sheets
// gives a cell when it recognises a typed date. Only the locales this project meets are listed.

export interface LocaleInfo {
  decimal: string;
  group: string;
  dayFirst: boolean;
  dateFormat: string;
  dateTimeFormat: string;
  timeFormat: string;
  monthNames: readonly string[];
  dayNames: readonly string[];
}

const VI: LocaleInfo = {
  decimal: ',',
  group: '.',
  dayFirst: true,
  dateFormat: 'dd/MM/yyyy',
  dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
  timeFormat: 'HH:mm:ss',
  monthNames: Array.from({ length: 12 }, (_, i) => `tháng ${i + 1}`),
  dayNames: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
};

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const EN_US: LocaleInfo = {
  decimal: '.',
  group: ',',
  dayFirst: false,
  dateFormat: 'M/d/yyyy',
  dateTimeFormat: 'M/d/yyyy H:mm:ss',
  timeFormat: 'h:mm:ss AM/PM',
  monthNames: EN_MONTHS,
  dayNames: EN_DAYS,
};

const EN_GB: LocaleInfo = {
  ...EN_US,
  dayFirst: true,
  dateFormat: 'dd/MM/yyyy',
  dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
  timeFormat: 'HH:mm:ss',
};

/** Unknown locales read like en_US (a known difference). */
export function localeInfo(locale: string): LocaleInfo {
  if (/^vi/i.test(locale)) return VI;
  if (/^en_(GB|AU|NZ|IE|IN|SG)/i.test(locale)) return EN_GB;
  return EN_US;
}
