// Defines how Sheets reads a value written by setValue(s)/appendRow: as a person typing it would.
// Strings that look like numbers, percentages, booleans or dates become those types unless the
// cell's number format is plain text ('@'); '=' starts a formula; a leading apostrophe forces text.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
import { Formula, isDate, SerialDate, type Stored } from './cells';
import type { LocaleInfo } from './locale';
import { CELL_CHAR_LIMIT, fail, MSG } from './messages';
import { formatKind } from './number-format';
import { dateToSerial, wallToSerial } from './time-zone';

export interface CellEnv {
  loc: LocaleInfo;
  timeZone: string;
  /** Current instant, for dates typed without a year. */
  now: () => Date;
}

/** A value as stored, plus the number format Sheets gives the cell when it had none (dates, percents). */
export interface Entered {
  value: Stored | undefined;
  format?: string;
}

const numberPatterns = new Map<string, RegExp>();

function numberPattern(loc: LocaleInfo): RegExp {
  const key = loc.decimal + loc.group;
  let re = numberPatterns.get(key);
  if (!re) {
    const g = `\\${loc.group}`;
    const d = `\\${loc.decimal}`;
    re = new RegExp(`^([+-])?(?:(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?|${d}(\\d+))(?:[eE]([+-]?\\d+))?(%)?$`);
    numberPatterns.set(key, re);
  }
  return re;
}

function parseNumber(t: string, loc: LocaleInfo): Entered | null {
  const m = numberPattern(loc).exec(t);
  if (!m) return null;
  const [, sign, int, frac, onlyFrac, exp, percent] = m;
  const digits = `${(int ?? '0').split(loc.group).join('')}.${frac ?? onlyFrac ?? '0'}${exp ? `e${exp}` : ''}`;
  let n = Number(digits);
  if (sign === '-') n = -n;
  if (percent) {
    n /= 100;
    return { value: n, format: frac || onlyFrac ? '0.00%' : '0%' };
  }
  return { value: n };
}

const DAY_FIRST =
  /^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?)?$/;
const ISO = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateEntered(y: number, mo: number, d: number, time: (string | undefined)[], loc: LocaleInfo): Entered | null {
  const [h, mi, s, ms] = time.map((x) => (x === undefined ? 0 : Number(x)));
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  // Date.UTC maps years 0–99 to 1900–1999; 2000 is a leap year, so any day can be placed first.
  const fixed = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
  fixed.setUTCFullYear(y);
  const hasTime = time[0] !== undefined;
  return {
    value: new SerialDate(wallToSerial(fixed.getTime())),
    format: hasTime ? loc.dateTimeFormat : loc.dateFormat,
  };
}

function twoDigitYear(yy: string): number {
  const n = Number(yy);
  return yy.length === 4 ? n : n < 30 ? 2000 + n : 1900 + n;
}

function parseDate(t: string, env: CellEnv): Entered | null {
  const { loc } = env;
  let m = ISO.exec(t);
  if (m) return dateEntered(Number(m[1]), Number(m[3]), Number(m[4]), m.slice(5, 9), loc);
  m = DAY_FIRST.exec(t);
  if (m) {
    // A year-less date ("20/5") is this year in the spreadsheet's zone; only '/' reads that way.
    if (m[4] === undefined && m[2] !== '/') return null;
    const year =
      m[4] === undefined
        ? Number(new Intl.DateTimeFormat('en-US', { timeZone: env.timeZone, year: 'numeric' }).format(env.now()))
        : twoDigitYear(m[4]);
    const a = Number(m[1]);
    const b = Number(m[3]);
    return dateEntered(year, loc.dayFirst ? b : a, loc.dayFirst ? a : b, m.slice(5, 9), loc);
  }
  m = TIME.exec(t);
  if (m) {
    const [h, mi, s] = [m[1], m[2], m[3] ?? '0'].map(Number);
    if (h > 23 || mi > 59 || s > 59) return null;
    return { value: new SerialDate((h * 3600 + mi * 60 + s) / 86400), format: loc.timeFormat };
  }
  return null;
}

function checkLength(s: string): void {
  if (s.length > CELL_CHAR_LIMIT) fail(MSG.cellTooLong);
}

/** Parses a string as Sheets parses typed input. */
export function parseEntered(s: string, env: CellEnv): Entered {
  checkLength(s);
  if (s === '') return { value: undefined };
  if (s.startsWith('=') && s.length > 1) return { value: new Formula(s) };
  if (s.startsWith("'")) return { value: s.length > 1 ? s.slice(1) : undefined };
  // Fast path: text that cannot start a number, date or boolean (most names and titles).
  if (!/^\s*[\d+\-.,tTfF]/.test(s)) return { value: s };
  const t = s.trim();
  if (t === '') return { value: s };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  return parseNumber(t, env.loc) ?? parseDate(t, env) ?? { value: s };
}

/** The value a cell holds after a script writes `raw` into it, given the cell's number format. */
export function enterValue(raw: unknown, cellFormat: string | undefined, env: CellEnv): Entered {
  if (raw === null || raw === undefined) return { value: undefined };
  if (typeof raw === 'number') return { value: raw };
  if (typeof raw === 'boolean') return { value: raw };
  if (isDate(raw)) {
    return { value: new SerialDate(dateToSerial(raw, env.timeZone)), format: env.loc.dateTimeFormat };
  }
  const s = typeof raw === 'string' ? raw : String(raw);
  if (formatKind(cellFormat) === 'text') {
    checkLength(s);
    return { value: s === '' ? undefined : s };
  }
  return parseEntered(s, env);
}
