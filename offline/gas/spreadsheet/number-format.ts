// Defines how Sheets number formats turn a cell value into its displayed text, and which formats are dates.
import { FORMULA_VALUE, Formula, SerialDate, type Stored } from './cells';
import type { LocaleInfo } from './locale';
import { serialToWall } from './time-zone';

/** What a new cell reports from getNumberFormat(): Google's "automatic" format. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const TEXT_FORMAT = '@';

const kinds = new Map<string, 'general' | 'text' | 'date' | 'number'>();

/** Removes quoted literals, escapes and bracketed parts ("[$₫]", "[Red]") before looking at tokens. */
function bare(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

export function formatKind(format: string | undefined): 'general' | 'text' | 'date' | 'number' {
  if (format === undefined || format === '' || format === DEFAULT_NUMBER_FORMAT || /^general$/i.test(format)) {
    return 'general';
  }
  let k = kinds.get(format);
  if (!k) {
    const b = bare(format.split(';')[0]);
    if (b.trim() === '@') k = 'text';
    else if (/[ydhs]|am\/pm|m/i.test(b.replace(/e[+-]/gi, ''))) k = 'date';
    else k = 'number';
    kinds.set(format, k);
  }
  return k;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatGeneralNumber(n: number, loc: LocaleInfo): string {
  if (!Number.isFinite(n)) return '#NUM!';
  const abs = Math.abs(n);
  let s: string;
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) s = n.toExponential(2).replace('e', 'E');
  else s = String(Number(n.toPrecision(15)));
  return s.replace('.', loc.decimal);
}

function groupDigits(int: string, mark: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, mark);
}

export function formatNumber(n: number, format: string, loc: LocaleInfo): string {
  const section = format.split(';')[0];
  const match = /[#0?][#0?,]*(\.[#0?]*)?/.exec(section);
  if (!match) return formatGeneralNumber(n, loc);
  const spec = match[0];
  const percent = /%/.test(bare(section));
  const value = percent ? n * 100 : n;
  const fraction = spec.includes('.') ? spec.slice(spec.indexOf('.') + 1) : '';
  const maxDec = fraction.length;
  const minDec = (fraction.match(/0/g) ?? []).length;
  let text = Math.abs(value).toFixed(maxDec);
  if (maxDec > minDec) text = text.replace(new RegExp(`0{1,${maxDec - minDec}}$`), '');
  let [int, dec = ''] = text.split('.');
  if (/^0*$/.test(int) && !spec.split('.')[0].includes('0')) int = '';
  if (spec.split('.')[0].includes(',')) int = groupDigits(int, loc.group);
  const number =
    (value < 0 && Number(text) !== 0 ? '-' : '') + int + (dec || (maxDec > 0 && minDec > 0) ? loc.decimal + dec : '');
  const literal = (s: string) =>
    s
      .replace(/"([^"]*)"/g, '$1')
      .replace(/\\(.)/g, '$1')
      .replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1');
  return literal(section.slice(0, match.index)) + number + literal(section.slice(match.index + spec.length));
}

const DATE_TOKEN = /"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|\.0+/gi;

export function formatSerial(serial: number, format: string, loc: LocaleInfo): string {
  const t = new Date(serialToWall(serial));
  const tokens = [...format.split(';')[0].matchAll(DATE_TOKEN)];
  const twelve = tokens.some((m) => /^(am\/pm|a\/p)$/i.test(m[0]));
  let out = '';
  let last = 0;
  tokens.forEach((m, i) => {
    out += format.slice(last, m.index).replace(/\[[^\]]*\]/g, '');
    last = (m.index ?? 0) + m[0].length;
    const tok = m[0];
    const low = tok.toLowerCase();
    const prev = tokens[i - 1]?.[0].toLowerCase() ?? '';
    const next = tokens[i + 1]?.[0].toLowerCase() ?? '';
    // "m" is minutes next to hours or seconds, months elsewhere, as in Sheets and Excel.
    const minutes = (low === 'm' || low === 'mm') && (/^h/.test(prev) || /^s/.test(next));
    const hour = t.getUTCHours();
    switch (true) {
      case tok.startsWith('"'):
        out += tok.slice(1, -1);
        break;
      case tok.startsWith('\\'):
        out += tok.slice(1);
        break;
      case low === 'yyyy':
        out += pad(t.getUTCFullYear(), 4);
        break;
      case low === 'yy':
        out += pad(t.getUTCFullYear() % 100, 2);
        break;
      case low === 'mmmm':
        out += loc.monthNames[t.getUTCMonth()];
        break;
      case low === 'mmm':
        out += loc.monthNames[t.getUTCMonth()].slice(0, 3);
        break;
      case minutes:
        out += low === 'mm' ? pad(t.getUTCMinutes(), 2) : String(t.getUTCMinutes());
        break;
      case low === 'mm':
        out += pad(t.getUTCMonth() + 1, 2);
        break;
      case low === 'm':
        out += String(t.getUTCMonth() + 1);
        break;
      case low === 'dddd':
        out += loc.dayNames[t.getUTCDay()];
        break;
      case low === 'ddd':
        out += loc.dayNames[t.getUTCDay()].slice(0, 3);
        break;
      case low === 'dd':
        out += pad(t.getUTCDate(), 2);
        break;
      case low === 'd':
        out += String(t.getUTCDate());
        break;
      case low === 'hh' || low === 'h': {
        const h = twelve ? hour % 12 || 12 : hour;
        out += low === 'hh' ? pad(h, 2) : String(h);
        break;
      }
      case low === 'ss':
        out += pad(t.getUTCSeconds(), 2);
        break;
      case low === 's':
        out += String(t.getUTCSeconds());
        break;
      case low === 'am/pm':
        out += hour < 12 ? 'AM' : 'PM';
        break;
      case low === 'a/p':
        out += hour < 12 ? 'A' : 'P';
        break;
      default:
        // ".000": fractions of a second.
        out += loc.decimal + pad(t.getUTCMilliseconds(), 3).slice(0, tok.length - 1);
    }
  });
  return (
    out +
    format
      .split(';')[0]
      .slice(last)
      .replace(/\[[^\]]*\]/g, '')
  );
}

/** The text Sheets shows for a stored value under a number format (getDisplayValue). */
export function displayText(v: Stored | undefined, format: string | undefined, loc: LocaleInfo): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Formula) return FORMULA_VALUE;
  const kind = formatKind(format);
  const serial = v instanceof SerialDate ? v.serial : v;
  if (kind === 'date') return formatSerial(serial, format as string, loc);
  if (kind === 'number') return formatNumber(serial, format as string, loc);
  if (v instanceof SerialDate) {
    const whole = Number.isInteger(v.serial);
    return formatSerial(v.serial, whole ? loc.dateFormat : loc.dateTimeFormat, loc);
  }
  return formatGeneralNumber(v, loc);
}
