// Defines when a time-driven trigger runs: its schedule as ClockTriggerBuilder records it, and the next run time.
//
// Choices where Google only promises a window (documented as "plus or minus 15 minutes"):
// - atHour(h) runs at h:00 local, or h:nearMinute; everyDays/everyWeeks without atHour keep the
//   local time of day the trigger was created at.
// - everyMinutes/everyHours count from the creation time.
// - onMonthDay(31) skips months without a 31st.
// - A one-off trigger (after, at, atDate) runs once; it then stays listed, disabled, until deleted.

import { zonedParts, zonedToEpoch } from './zoned-time.ts';

export interface ClockSchedule {
  timeZone: string;
  afterMs?: number;
  at?: number;
  atDate?: [number, number, number];
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  monthDay?: number;
  /** 0 = Sunday, as Date#getDay. */
  weekDay?: number;
}

const DAY_MS = 86400000;
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

export function weekDayNumber(day: unknown): number {
  const n = WEEKDAYS.indexOf(String(day).toUpperCase());
  if (n < 0) throw new Error(`Unknown week day: ${String(day)}`);
  return n;
}

/** Days since the epoch of a local calendar date (no zone involved). */
function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(n: number): [number, number, number] {
  const d = new Date(n * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Describes what schedule was asked for, or why it cannot run (the builder turns this into an error). */
export function scheduleProblem(s: ClockSchedule): string | null {
  const kinds = [
    s.afterMs !== undefined,
    s.at !== undefined,
    s.atDate !== undefined,
    s.everyMinutes !== undefined,
    s.everyHours !== undefined,
    s.everyDays !== undefined,
    s.everyWeeks !== undefined || s.weekDay !== undefined,
    s.monthDay !== undefined,
  ].filter(Boolean).length;
  if (kinds === 0)
    return 'Clock triggers need a schedule: after, at, atDate, everyMinutes, everyHours, everyDays, everyWeeks, onWeekDay or onMonthDay.';
  if (kinds > 1)
    return 'Clock trigger schedule is ambiguous: use one of after, at, atDate, everyMinutes, everyHours, everyDays, everyWeeks/onWeekDay, onMonthDay.';
  if (
    s.atHour !== undefined &&
    (s.everyMinutes !== undefined || s.everyHours !== undefined || s.afterMs !== undefined || s.at !== undefined)
  ) {
    return 'atHour can only be combined with everyDays, everyWeeks, onWeekDay, onMonthDay or atDate.';
  }
  return null;
}

function isOneOff(s: ClockSchedule): boolean {
  return s.afterMs !== undefined || s.at !== undefined || s.atDate !== undefined;
}

/** Run time of a daily-style slot on local date `day`. */
function slotOn(s: ClockSchedule, day: number, createdAt: number): number {
  const [y, m, d] = fromDayNumber(day);
  if (s.atHour !== undefined) return zonedToEpoch(s.timeZone, y, m, d, s.atHour, s.nearMinute ?? 0);
  const c = zonedParts(createdAt, s.timeZone);
  return zonedToEpoch(s.timeZone, y, m, d, c.hour, s.nearMinute ?? c.minute);
}

/**
 * The first run strictly after `afterMs`, or null when the trigger will not run again.
 * `lastRun` marks a one-off trigger as spent.
 */
export function nextRun(s: ClockSchedule, createdAt: number, afterMs: number, lastRun: number | null): number | null {
  if (isOneOff(s)) {
    if (lastRun !== null) return null;
    let at: number;
    if (s.afterMs !== undefined) at = createdAt + s.afterMs;
    else if (s.at !== undefined) at = s.at;
    else {
      const [y, m, d] = s.atDate!;
      at = zonedToEpoch(s.timeZone, y, m, d, s.atHour ?? 0, s.nearMinute ?? 0);
    }
    return at; // possibly overdue: a one-off that has not run yet is due whenever it is looked at
  }
  const step =
    s.everyMinutes !== undefined ? s.everyMinutes * 60000 : s.everyHours !== undefined ? s.everyHours * 3600000 : 0;
  if (step > 0) {
    const k = Math.max(1, Math.floor((afterMs - createdAt) / step) + 1);
    return createdAt + k * step;
  }
  const created = zonedParts(createdAt, s.timeZone);
  const createdDay = dayNumber(created.year, created.month, created.day);
  const after = zonedParts(afterMs, s.timeZone);
  const afterDay = dayNumber(after.year, after.month, after.day);
  if (s.monthDay !== undefined) {
    for (let i = 0; i < 24; i++) {
      const y = after.year + Math.floor((after.month - 1 + i) / 12);
      const m = ((after.month - 1 + i) % 12) + 1;
      if (new Date(Date.UTC(y, m - 1, s.monthDay)).getUTCDate() !== s.monthDay) continue;
      const at = slotOn(s, dayNumber(y, m, s.monthDay), createdAt);
      if (at > afterMs) return at;
    }
    return null;
  }
  let first = createdDay;
  let period = s.everyDays ?? 1;
  if (s.everyWeeks !== undefined || s.weekDay !== undefined) {
    const wd = s.weekDay ?? created.weekday;
    first = createdDay + ((wd - created.weekday + 7) % 7);
    period = 7 * (s.everyWeeks ?? 1);
  }
  let k = Math.max(0, Math.floor((afterDay - first) / period) - 1);
  for (; k < 100000; k++) {
    const at = slotOn(s, first + k * period, createdAt);
    if (at > afterMs) return at;
  }
  return null;
}
