// Defines reporting periods (SPEC §3), wall-clock ↔ instant conversion in any IANA zone, and date formats.
// Never reads the host zone: every conversion goes through Intl with an explicit timeZone.
import * as z from 'zod';
import type { PeriodConfig, PeriodId } from './types';

export const DEFAULT_PERIOD_CONFIG: PeriodConfig = { cutoffDay: 20, timeZone: 'Asia/Ho_Chi_Minh' };

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

// Day 28 at most so that every month has the cutoff day.
export const periodConfigSchema = z.object({
  cutoffDay: z.number().int().min(1).max(28),
  timeZone: z.string().refine(isValidTimeZone),
});

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
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
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone. */
export function localParts(d: Date, timeZone: string): LocalParts {
  const out: LocalParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatterFor(timeZone).formatToParts(d)) {
    if (p.type in out) out[p.type as keyof LocalParts] = Number(p.value);
  }
  // Some engines still print midnight as 24 despite hourCycle h23.
  if (out.hour === 24) out.hour = 0;
  return out;
}

/** Date.UTC without its two-digit-year quirk; out-of-range fields roll over (31 April → 1 May). */
function utcMs(w: WallTime): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour ?? 0, w.minute ?? 0, w.second ?? 0, w.millisecond ?? 0);
  return d.getTime();
}

/** Zone offset (local − UTC) in ms at an instant. */
function offsetAt(t: number, timeZone: string): number {
  const whole = Math.floor(t / 1000) * 1000;
  const p = localParts(new Date(whole), timeZone);
  return utcMs(p) - whole;
}

/**
 * The instant of a wall-clock time in a zone. In a repeated hour (DST end) the earlier instant wins;
 * in a skipped hour (DST start) the time moves forward by the gap, as Temporal's 'compatible' does.
 */
export function zonedToInstant(parts: WallTime, timeZone: string): Date {
  const wall = utcMs(parts);
  const day = 86_400_000;
  const before = offsetAt(wall - day, timeZone);
  const after = offsetAt(wall + day, timeZone);
  const candidates = [wall - before, wall - after].filter((t) => wall - offsetAt(t, timeZone) === t);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(wall - before);
}

function checkConfig(cfg: PeriodConfig): void {
  if (!Number.isInteger(cfg.cutoffDay) || cfg.cutoffDay < 1 || cfg.cutoffDay > 28) {
    throw new RangeError(`cutoffDay must be an integer 1..28, got ${cfg.cutoffDay}`);
  }
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function makePeriod(year: number, month: number): PeriodId {
  const y = month > 12 ? year + 1 : month < 1 ? year - 1 : year;
  const m = month > 12 ? month - 12 : month < 1 ? month + 12 : month;
  return `${pad(y, 4)}-${pad(m)}`;
}

function splitPeriod(p: PeriodId): { year: number; month: number } {
  const parsed = parsePeriod(p);
  if (!parsed) throw new RangeError(`Invalid period: ${p}`);
  return { year: Number(parsed.slice(0, 4)), month: Number(parsed.slice(5, 7)) };
}

/** 'YYYY-MM' with a real month, else undefined. */
export function parsePeriod(s: string): PeriodId | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(String(s ?? '').trim());
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-${m[2]}` : undefined;
}

export function previousPeriod(p: PeriodId): PeriodId {
  const { year, month } = splitPeriod(p);
  return makePeriod(year, month - 1);
}

export function nextPeriod(p: PeriodId): PeriodId {
  const { year, month } = splitPeriod(p);
  return makePeriod(year, month + 1);
}

/** Every period from `from` to `to`, both included; empty when `from` is after `to`. */
export function periodsBetween(from: PeriodId, to: PeriodId): PeriodId[] {
  const out: PeriodId[] = [];
  const last = splitPeriod(to);
  for (let p = splitPeriod(from); p.year < last.year || (p.year === last.year && p.month <= last.month); ) {
    out.push(makePeriod(p.year, p.month));
    p = p.month === 12 ? { year: p.year + 1, month: 1 } : { year: p.year, month: p.month + 1 };
  }
  return out;
}

/** 'tháng 05/2023'. */
export function periodLabel(p: PeriodId): string {
  const { year, month } = splitPeriod(p);
  return `tháng ${pad(month)}/${year}`;
}

/** The period an instant belongs to: day ≤ cutoff → this month, later → next month (local time). */
export function periodOf(d: Date, cfg: PeriodConfig): PeriodId {
  checkConfig(cfg);
  const p = localParts(d, cfg.timeZone);
  return makePeriod(p.year, p.day > cfg.cutoffDay ? p.month + 1 : p.month);
}

/** [start, end] instants: start = previous month's day cutoff+1 00:00 local; end = cutoff day 23:59:59.999. */
export function periodBounds(p: PeriodId, cfg: PeriodConfig): { start: Date; end: Date } {
  checkConfig(cfg);
  const { year, month } = splitPeriod(p);
  const day = cfg.cutoffDay + 1;
  // With cutoff 28 the start of March is "29 February", which rolls over to 1 March when it does not exist.
  const start = zonedToInstant({ year, month: month - 1, day }, cfg.timeZone);
  const next = zonedToInstant({ year, month, day }, cfg.timeZone);
  return { start, end: new Date(next.getTime() - 1) };
}

export function periodStartDate(p: PeriodId, cfg: PeriodConfig): string {
  return formatIsoDate(periodBounds(p, cfg).start, cfg.timeZone);
}

export function periodEndDate(p: PeriodId, cfg: PeriodConfig): string {
  return formatIsoDate(periodBounds(p, cfg).end, cfg.timeZone);
}

/** 'dd/MM/yyyy'. */
export function formatDateVi(d: Date, timeZone: string): string {
  const p = localParts(d, timeZone);
  return `${pad(p.day)}/${pad(p.month)}/${pad(p.year, 4)}`;
}

/** 'dd/MM/yyyy HH:mm:ss', the shape of Google's Vietnamese export. */
export function formatDateTimeVi(d: Date, timeZone: string): string {
  const p = localParts(d, timeZone);
  return `${formatDateVi(d, timeZone)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** 'YYYY-MM-DD'. */
export function formatIsoDate(d: Date, timeZone: string): string {
  const p = localParts(d, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/**
 * 'Nam Từ Liêm, ngày 06 tháng 4 năm 2023'. Decree 30/2020/NĐ-CP, Appendix I: days below 10 and
 * months below 3 take a leading zero.
 */
export function decreeDateLine(place: string, d: Date, timeZone: string): string {
  const p = localParts(d, timeZone);
  const day = pad(p.day);
  const month = p.month < 3 ? pad(p.month) : String(p.month);
  return `${place.trim()}, ngày ${day} tháng ${month} năm ${p.year}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcMs({ year, month: month + 1, day: 0 })).getUTCDate();
}

function validWall(w: Required<Omit<WallTime, 'millisecond'>>): boolean {
  return (
    w.month >= 1 &&
    w.month <= 12 &&
    w.day >= 1 &&
    w.day <= daysInMonth(w.year, w.month) &&
    w.hour <= 23 &&
    w.minute <= 59 &&
    w.second <= 59
  );
}

const VI_TIMESTAMP = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * A response timestamp from an export file (SPEC §6, §11): a Date passes through; text is
 * 'd/M/yyyy[ H:mm[:ss]]' (Google's Vietnamese export) or ISO 8601. Without a zone it is local to
 * `timeZone`. Impossible dates (31/02, 25:00) give undefined, never a rolled-over date.
 */
export function parseTimestamp(text: unknown, timeZone: string): Date | undefined {
  if (text instanceof Date) return Number.isNaN(text.getTime()) ? undefined : text;
  if (typeof text !== 'string') return undefined;
  const s = text.replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '').trim();
  const vi = VI_TIMESTAMP.exec(s);
  if (vi) {
    const w = {
      year: Number(vi[3]),
      month: Number(vi[2]),
      day: Number(vi[1]),
      hour: Number(vi[4] ?? 0),
      minute: Number(vi[5] ?? 0),
      second: Number(vi[6] ?? 0),
    };
    return validWall(w) ? zonedToInstant(w, timeZone) : undefined;
  }
  const iso = ISO_TIMESTAMP.exec(s);
  if (!iso) return undefined;
  const w = {
    year: Number(iso[1]),
    month: Number(iso[2]),
    day: Number(iso[3]),
    hour: Number(iso[4] ?? 0),
    minute: Number(iso[5] ?? 0),
    second: Number(iso[6] ?? 0),
  };
  if (!validWall(w)) return undefined;
  const millisecond = iso[7] ? Math.floor(Number(`0.${iso[7]}`) * 1000) : 0;
  if (!iso[8]) return zonedToInstant({ ...w, millisecond }, timeZone);
  const offset = offsetMinutes(iso[8]);
  if (Math.abs(offset) > 18 * 60) return undefined;
  return new Date(utcMs({ ...w, millisecond }) - offset * 60_000);
}
