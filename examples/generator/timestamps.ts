// Defines the sample's response times: wall-clock times of Hà Nội, and the text shapes an export writes them in.
import type { Random } from './random';

/**
 * A local time as the milliseconds of the same wall-clock reading in UTC, so the generator never
 * depends on the host's zone. Asia/Ho_Chi_Minh has no daylight saving: local = UTC + 7 h.
 */
export function local(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export type TimestampShape = 'padded' | 'single-digit' | 'minutes' | 'iso-offset';

const two = (n: number) => String(n).padStart(2, '0');

/** `padded` is Google's Vietnamese export ('18/05/2023 14:03:27'). */
export function formatLocal(ms: number, shape: TimestampShape): string {
  const t = new Date(ms);
  const [y, mo, d, h, mi, s] = [
    t.getUTCFullYear(),
    t.getUTCMonth() + 1,
    t.getUTCDate(),
    t.getUTCHours(),
    t.getUTCMinutes(),
    t.getUTCSeconds(),
  ];
  switch (shape) {
    case 'padded':
      return `${two(d)}/${two(mo)}/${y} ${two(h)}:${two(mi)}:${two(s)}`;
    case 'single-digit':
      return `${d}/${mo}/${y} ${h}:${two(mi)}:${two(s)}`;
    case 'minutes':
      return `${two(d)}/${two(mo)}/${y} ${two(h)}:${two(mi)}`;
    case 'iso-offset':
      return `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}+07:00`;
  }
}

/**
 * A moment between `from` and `to` (local ms): more answers as the deadline nears, fewer at
 * weekends, mostly in office hours, some in the evening.
 */
export function randomMoment(rnd: Random, from: number, to: number): number {
  const days = Math.floor((to - from) / DAY) + 1;
  const weights: [number, number][] = [];
  for (let i = 0; i < days; i++) {
    const day = from + i * DAY;
    const weekday = new Date(day).getUTCDay();
    let w = 1 + 3 * (i / days) ** 2;
    if (i >= days - 3) w += 2;
    if (weekday === 0 || weekday === 6) w *= 0.35;
    weights.push([day - (day % DAY), w]);
  }
  for (;;) {
    const dayStart = rnd.weighted(weights);
    const hour = rnd.weighted([
      [7, 2],
      [8, 5],
      [9, 6],
      [10, 6],
      [11, 4],
      [12, 1],
      [13, 3],
      [14, 6],
      [15, 6],
      [16, 5],
      [17, 2],
      [19, 1],
      [20, 2],
      [21, 2],
      [22, 1],
    ]);
    const ms = dayStart + hour * HOUR + rnd.int(0, 3599) * 1000;
    if (ms >= from && ms <= to) return ms;
  }
}

export function randomShape(rnd: Random): TimestampShape {
  return rnd.weighted([
    ['padded', 88],
    ['single-digit', 9],
    ['minutes', 1],
    ['iso-offset', 2],
  ]);
}
