// Defines Problem: a validation or domain problem as data (a stable code plus fields); words come later.
// Vietnamese wording for clerks lives in messages-vi.ts; `detail` is English for developers and logs.

export type ProblemCode =
  | 'UNIT_NOT_FOUND'
  | 'UNIT_AMBIGUOUS'
  | 'REQUIRED'
  | 'INVALID_CHOICE'
  | 'INVALID_YEAR'
  | 'INVALID_URL'
  | 'INVALID_SCORE'
  | 'INVALID_EMAIL'
  | 'INVALID_TIMESTAMP'
  | 'INVALID_PERIOD'
  | 'UNKNOWN_UNIT_TYPE'
  | 'DUPLICATE_UNIT_CODE'
  | 'DUPLICATE_QUOTA_TYPE'
  | 'MISSING_COLUMN'
  | 'INVALID_NUMBER'
  | 'RECOMMENDED_BELOW_MINIMUM'
  | 'TOO_LONG'
  | 'INVALID_SETTING'
  | 'UNVERIFIED_SENDER';

export interface Problem {
  code: ProblemCode;
  /** Machine name of the field (question key, unit field, setting key). */
  field?: string;
  /** 1-based data row (header not counted); 0 means the header row itself. */
  row?: number;
  /** The other row involved, for duplicates (the first occurrence). */
  otherRow?: number;
  /** Column header or question title as the clerk sees it. */
  column?: string;
  /** The offending value, cleaned. */
  value?: string;
  /** Accepted values, shown to the clerk. */
  allowed?: readonly string[];
  /** English detail for developers and logs; never shown to clerks. */
  detail?: string;
  limit?: number;
}

export function problem(code: ProblemCode, fields: Omit<Problem, 'code'> = {}): Problem {
  return { code, ...fields };
}
