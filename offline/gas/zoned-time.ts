// Defines time-zone arithmetic through Intl (never the host zone) and Java SimpleDateFormat formatting.
//
// Known differences from Java:
// - 'z' prints Intl's short name ('GMT+7') except for a few zones Java names otherwise ('ICT').
// - Week-based letters (w, W, Y as week year) are not supported: Y is treated as y; w and W throw.
// - An unknown zone id falls back to GMT, as java.util.TimeZone does.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Java's custom ids "GMT+7", "GMT+07:00", "GMT-0530", plus "UTC"/"GMT". */
const CUSTOM = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i;

export interface ZonedParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number; // 0..23
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

function customOffset(timeZone: string): number | null {
  const m = CUSTOM.exec(timeZone.trim());
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f) return f;
  try {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
  formatters.set(timeZone, f);
  return f;
}

/** True when Java (and so Apps Script) knows the zone id. */
export function isKnownZone(timeZone: string): boolean {
  return customOffset(timeZone) !== null || formatter(timeZone) !== null;
}

/** Offset of `timeZone` from UTC at instant `ms`, in minutes (east positive). */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const custom = customOffset(timeZone);
  if (custom !== null) return custom;
  const f = formatter(timeZone);
  if (!f) return 0;
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wall - (ms - (((ms % 1000) + 1000) % 1000))) / 60000);
}

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const offsetMinutes = zoneOffsetMinutes(ms, timeZone);
  const d = new Date(ms + offsetMinutes * 60000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offsetMinutes,
  };
}

/** The instant a wall-clock time in `timeZone` names (month 1..12; out-of-range fields roll over). */
export function zonedToEpoch(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const first = wall - zoneOffsetMinutes(wall, timeZone) * 60000;
  const second2 = wall - zoneOffsetMinutes(first, timeZone) * 60000;
  return second2;
}

const MONTHS = [
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
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const JAVA_SHORT_NAMES: Record<string, string> = {
  'Asia/Ho_Chi_Minh': 'ICT',
  'Asia/Saigon': 'ICT',
  'Asia/Bangkok': 'ICT',
  'Asia/Phnom_Penh': 'ICT',
  'Asia/Vientiane': 'ICT',
  UTC: 'UTC',
  GMT: 'GMT',
};

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

function offsetText(minutes: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (style !== 'Z' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X') return `${sign}${h}`;
  if (style === 'XXX') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function zoneName(ms: number, timeZone: string, long: boolean): string {
  if (!long && JAVA_SHORT_NAMES[timeZone]) return JAVA_SHORT_NAMES[timeZone];
  if (customOffset(timeZone) !== null || !formatter(timeZone))
    return `GMT${offsetText(zoneOffsetMinutes(ms, timeZone), 'XXX').replace('Z', '')}`;
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: long ? 'long' : 'short' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName');
  return name?.value ?? 'GMT';
}

function field(letter: string, count: number, p: ZonedParts, ms: number, timeZone: string): string {
  switch (letter) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[p.month - 1];
      if (count === 3) return MONTHS[p.month - 1].slice(0, 3);
      return pad(p.month, count);
    case 'd':
      return pad(p.day, count);
    case 'D': {
      const dayOfYear = (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000 + 1;
      return pad(dayOfYear, count);
    }
    case 'F':
      return pad(Math.ceil(p.day / 7), count);
    case 'E':
      return count >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K':
      return pad(p.hour % 12, count);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.millisecond, count);
    case 'z':
      return zoneName(ms, timeZone, count >= 4);
    case 'Z':
      return offsetText(p.offsetMinutes, 'Z');
    case 'X':
      return offsetText(p.offsetMinutes, count === 1 ? 'X' : count === 2 ? 'XX' : 'XXX');
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** Java SimpleDateFormat's `format`, in `timeZone` (unknown zones read as GMT, as in Java). */
export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const zone = isKnownZone(timeZone) ? timeZone : 'GMT';
  const p = zonedParts(ms, zone);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else out += pattern[j++];
      }
      if (j >= pattern.length) throw new Error('Unterminated quote');
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i, p, ms, zone);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
