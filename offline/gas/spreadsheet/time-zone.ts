// Defines date serials (days since 30/12/1899, wall-clock time of the spreadsheet's zone) and zone arithmetic.
// Sheets stores a date as a serial in the spreadsheet's time zone; Apps Script turns it into an instant
// with that zone, so the zone, never the host's, decides every conversion here.

import { zoneOffsetMinutes } from '../zoned-time';

export const DAY_MS = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);
const offsets = new Map<string, number>();

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Offset of the zone from UTC at an instant, in ms (wall = utc + offset); the zone rules are zoned-time.ts's. */
export function zoneOffset(utcMs: number, timeZone: string): number {
  // Offsets change on quarter-hour boundaries in practice; caching per quarter hour keeps bulk reads fast.
  const key = `${timeZone}|${Math.floor(utcMs / 900_000)}`;
  const hit = offsets.get(key);
  if (hit !== undefined) return hit;
  const offset = zoneOffsetMinutes(utcMs, timeZone) * 60_000;
  offsets.set(key, offset);
  return offset;
}

export function utcToWall(utcMs: number, timeZone: string): number {
  return utcMs + zoneOffset(utcMs, timeZone);
}

export function wallToUtc(wallMs: number, timeZone: string): number {
  const guess = wallMs - zoneOffset(wallMs, timeZone);
  return wallMs - zoneOffset(guess, timeZone);
}

export function serialToWall(serial: number): number {
  return EPOCH_1899 + Math.round(serial * DAY_MS);
}

export function wallToSerial(wallMs: number): number {
  return (wallMs - EPOCH_1899) / DAY_MS;
}

export function dateToSerial(d: Date, timeZone: string): number {
  return wallToSerial(utcToWall(d.getTime(), timeZone));
}

export function serialToDate(serial: number, timeZone: string): Date {
  return new Date(wallToUtc(serialToWall(serial), timeZone));
}
