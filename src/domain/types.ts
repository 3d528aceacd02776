// Defines the shared vocabulary of the rules core: units, quotas, periods, records and results.
// Pure data types; no Apps Script globals anywhere under src/domain.

/** Unit types of letter 961/UBND-NV §4–5, in the letter's order. */
export type UnitTypeCode = 'phong_ban' | 'mttq_doan_the' | 'hiep_quan' | 'truong' | 'phuong';

export interface Unit {
  code: string;
  name: string;
  type: UnitTypeCode;
  /** Registered emails (lower-cased); a response from another address is `Chưa xác thực`. */
  emails: string[];
  /** Other names the unit answers to (old names after a rename, abbreviations). */
  aliases: string[];
  contact: string;
  active: boolean;
}

export interface Quota {
  type: UnitTypeCode;
  /** New exemplars required per month. */
  exemplars: number;
  /** Minimum articles per month. */
  articles: number;
  /** Recommended articles per month (the letter's "3 đến 5"); informative only. */
  articlesRecommended: number;
}

export type QuotaTable = Record<UnitTypeCode, Quota>;

/** `month`: the article quota applies to each period; `campaign`: cumulative since the campaign start. */
export type ArticleQuotaMode = 'month' | 'campaign';

/** `YYYY-MM`: from day (cutoffDay+1) of the previous month 00:00:00 to day cutoffDay 23:59:59, local time. */
export type PeriodId = string;

export interface PeriodConfig {
  /** Last day (inclusive) of a period; default 20. */
  cutoffDay: number;
  /** IANA zone of the office; default Asia/Ho_Chi_Minh. */
  timeZone: string;
}

export const REVIEW_STATUSES = ['Mới', 'Đang thẩm định', 'Đề xuất khen thưởng', 'Đã khen thưởng', 'Không đạt'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** One exemplar nomination as the counting rules see it (a row of `Gương ĐHTT-NTVT`). */
export interface NominationRecord {
  id: string;
  timestamp: Date;
  unitCode: string;
  nomineeName: string;
  /** Four digits, or '' when not given. */
  birthYear: string;
  status: ReviewStatus | '';
  /** Respondent email is among the unit's registered emails. */
  verified: boolean;
}

/** One contest article as the counting rules see it (a row of `Bài viết dự thi`). */
export interface ArticleRecord {
  id: string;
  timestamp: Date;
  unitCode: string;
  title: string;
  status: ReviewStatus | '';
  verified: boolean;
}

export interface StreamResult {
  counted: number;
  required: number;
  met: boolean;
  repeats: number;
}

/** One unit's standing in one period; the shape of summary.json `units[]` (SPEC §7). */
export interface UnitResult {
  code: string;
  name: string;
  type: UnitTypeCode;
  exemplars: StreamResult;
  articles: StreamResult;
  met: boolean;
}

export interface Totals {
  units: number;
  unitsMet: number;
  exemplarsCounted: number;
  articlesCounted: number;
}
