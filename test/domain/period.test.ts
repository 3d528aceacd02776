// Tests reporting periods (SPEC §3), zone conversion, export timestamps and Vietnamese date formats.
// The test runner's host zone is America/New_York on purpose: nothing here may depend on it.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PERIOD_CONFIG,
  decreeDateLine,
  formatDateTimeVi,
  formatDateVi,
  formatIsoDate,
  localParts,
  nextPeriod,
  parsePeriod,
  parseTimestamp,
  periodBounds,
  periodConfigSchema,
  periodEndDate,
  periodLabel,
  periodOf,
  periodStartDate,
  periodsBetween,
  previousPeriod,
  zonedToInstant,
} from '../../src/domain/period';

const HCM = 'Asia/Ho_Chi_Minh';
const cfg = DEFAULT_PERIOD_CONFIG;

describe('periodOf around the cutoff in Asia/Ho_Chi_Minh', () => {
  it('puts the last second of 20/05 in 2023-05', () => {
    expect(periodOf(new Date('2023-05-20T23:59:59+07:00'), cfg)).toBe('2023-05');
  });

  it('puts midnight and the first second of 21/05 in 2023-06', () => {
    expect(periodOf(new Date('2023-05-21T00:00:00+07:00'), cfg)).toBe('2023-06');
    expect(periodOf(new Date('2023-05-21T00:00:01+07:00'), cfg)).toBe('2023-06');
  });

  it('reads a UTC instant in local time: 17:00Z on 20/05 is 21/05 00:00 local', () => {
    expect(periodOf(new Date('2023-05-20T17:00:00Z'), cfg)).toBe('2023-06');
    expect(periodOf(new Date('2023-05-20T16:59:59Z'), cfg)).toBe('2023-05');
  });

  it('crosses the year: 21/12/2023 belongs to 2024-01', () => {
    expect(periodOf(new Date('2023-12-21T00:00:00+07:00'), cfg)).toBe('2024-01');
    expect(periodOf(new Date('2023-12-20T12:00:00+07:00'), cfg)).toBe('2023-12');
  });

  it('puts the first days of a month in that month', () => {
    expect(periodOf(new Date('2023-05-01T00:00:00+07:00'), cfg)).toBe('2023-05');
  });
});

describe('periodOf with another cutoff and zone', () => {
  it('uses cutoff day 25', () => {
    const c = { cutoffDay: 25, timeZone: HCM };
    expect(periodOf(new Date('2023-05-25T23:59:59+07:00'), c)).toBe('2023-05');
    expect(periodOf(new Date('2023-05-26T00:00:00+07:00'), c)).toBe('2023-06');
  });

  it('uses Asia/Tokyo (UTC+9)', () => {
    const c = { cutoffDay: 20, timeZone: 'Asia/Tokyo' };
    expect(periodOf(new Date('2023-05-20T15:00:00Z'), c)).toBe('2023-06');
    expect(periodOf(new Date('2023-05-20T14:59:59Z'), c)).toBe('2023-05');
    expect(periodBounds('2023-05', c).start.toISOString()).toBe('2023-04-20T15:00:00.000Z');
  });

  it('refuses a cutoff day outside 1..28', () => {
    expect(() => periodOf(new Date(), { cutoffDay: 31, timeZone: HCM })).toThrow(RangeError);
    expect(periodConfigSchema.safeParse({ cutoffDay: 29, timeZone: HCM }).success).toBe(false);
    expect(periodConfigSchema.safeParse({ cutoffDay: 20, timeZone: 'Mars/Base' }).success).toBe(false);
    expect(periodConfigSchema.safeParse({ cutoffDay: 28, timeZone: 'Asia/Tokyo' }).success).toBe(true);
  });
});

describe('periodBounds', () => {
  it('spans 21/04 00:00:00 to 20/05 23:59:59.999 local for 2023-05', () => {
    const { start, end } = periodBounds('2023-05', cfg);
    expect(start.toISOString()).toBe('2023-04-20T17:00:00.000Z');
    expect(end.toISOString()).toBe('2023-05-20T16:59:59.999Z');
    expect(periodOf(start, cfg)).toBe('2023-05');
    expect(periodOf(end, cfg)).toBe('2023-05');
    expect(periodOf(new Date(end.getTime() + 1), cfg)).toBe('2023-06');
    expect(periodOf(new Date(start.getTime() - 1), cfg)).toBe('2023-04');
  });

  it('gives local calendar dates', () => {
    expect(periodStartDate('2023-05', cfg)).toBe('2023-04-21');
    expect(periodEndDate('2023-05', cfg)).toBe('2023-05-20');
    expect(periodStartDate('2024-01', cfg)).toBe('2023-12-21');
  });

  it('starts March on 1 March when cutoff 28 meets a short February', () => {
    const c = { cutoffDay: 28, timeZone: HCM };
    expect(periodStartDate('2023-03', c)).toBe('2023-03-01');
    expect(periodStartDate('2024-03', c)).toBe('2024-02-29');
    expect(periodOf(new Date('2023-03-01T00:00:00+07:00'), c)).toBe('2023-03');
  });

  it('follows daylight saving time in a zone that has it', () => {
    const c = { cutoffDay: 10, timeZone: 'America/New_York' };
    // Period 2023-04 runs from 11/03 00:00 EST (UTC-5) to 10/04 23:59:59.999 EDT (UTC-4).
    const { start, end } = periodBounds('2023-04', c);
    expect(start.toISOString()).toBe('2023-03-11T05:00:00.000Z');
    expect(end.toISOString()).toBe('2023-04-11T03:59:59.999Z');
  });
});

describe('period ids', () => {
  it('parse only YYYY-MM with a real month', () => {
    expect(parsePeriod('2023-05')).toBe('2023-05');
    expect(parsePeriod(' 2023-12 ')).toBe('2023-12');
    expect(parsePeriod('2023-13')).toBeUndefined();
    expect(parsePeriod('2023-5')).toBeUndefined();
    expect(parsePeriod('05/2023')).toBeUndefined();
  });

  it('step across years', () => {
    expect(previousPeriod('2024-01')).toBe('2023-12');
    expect(nextPeriod('2023-12')).toBe('2024-01');
    expect(periodsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(periodsBetween('2023-05', '2023-05')).toEqual(['2023-05']);
    expect(periodsBetween('2023-06', '2023-05')).toEqual([]);
  });

  it('read as Vietnamese labels', () => {
    expect(periodLabel('2023-05')).toBe('tháng 05/2023');
  });

  it('throw on an invalid id given to arithmetic', () => {
    expect(() => nextPeriod('2023-13')).toThrow(RangeError);
  });
});

describe('zonedToInstant', () => {
  it('inverts localParts', () => {
    const d = new Date('2023-05-20T16:59:59Z');
    expect(localParts(d, HCM)).toEqual({ year: 2023, month: 5, day: 20, hour: 23, minute: 59, second: 59 });
    expect(zonedToInstant(localParts(d, HCM), HCM).getTime()).toBe(d.getTime());
  });

  it('moves a time in a spring-forward gap forward and picks the earlier of a repeated hour', () => {
    const ny = 'America/New_York';
    expect(zonedToInstant({ year: 2023, month: 3, day: 12, hour: 2, minute: 30 }, ny).toISOString()).toBe(
      '2023-03-12T07:30:00.000Z',
    );
    expect(zonedToInstant({ year: 2023, month: 11, day: 5, hour: 1, minute: 30 }, ny).toISOString()).toBe(
      '2023-11-05T05:30:00.000Z',
    );
  });
});

describe('parseTimestamp on export files', () => {
  const at = (s: unknown, tz = HCM) => parseTimestamp(s, tz)?.toISOString();

  it('reads dd/MM/yyyy HH:mm:ss as local time', () => {
    expect(at('20/05/2023 23:59:59')).toBe('2023-05-20T16:59:59.000Z');
  });

  it('reads minutes only, single-digit day and month, and a date alone at midnight', () => {
    expect(at('20/05/2023 23:59')).toBe('2023-05-20T16:59:00.000Z');
    expect(at('1/5/2023 7:05:09')).toBe('2023-05-01T00:05:09.000Z');
    expect(at('21/5/2023')).toBe('2023-05-20T17:00:00.000Z');
  });

  it('reads ISO 8601 with Z or an offset as that instant, and without a zone as local', () => {
    expect(at('2023-05-20T17:00:00Z')).toBe('2023-05-20T17:00:00.000Z');
    expect(at('2023-05-21T00:00:00+07:00')).toBe('2023-05-20T17:00:00.000Z');
    expect(at('2023-05-21T00:00:00.250+0700')).toBe('2023-05-20T17:00:00.250Z');
    expect(at('2023-05-21T00:00:00')).toBe('2023-05-20T17:00:00.000Z');
    expect(at('2023-05-21 00:00:00', 'Asia/Tokyo')).toBe('2023-05-20T15:00:00.000Z');
    expect(at('2023-05-21')).toBe('2023-05-20T17:00:00.000Z');
  });

  it('passes Date objects through and ignores BOM and spaces', () => {
    const d = new Date('2023-05-01T00:00:00Z');
    expect(parseTimestamp(d, HCM)).toBe(d);
    expect(at('\uFEFF 20/05/2023 23:59:59 ')).toBe('2023-05-20T16:59:59.000Z');
  });

  it('rejects impossible or unreadable dates', () => {
    for (const bad of [
      '31/02/2023',
      '29/02/2023 10:00:00',
      '20/05/2023 25:00',
      '20/05/2023 23:60:00',
      '20/13/2023',
      '2023-02-30T00:00:00Z',
      'hôm qua',
      '',
      42,
      null,
      new Date(Number.NaN),
    ]) {
      expect(parseTimestamp(bad, HCM), String(bad)).toBeUndefined();
    }
    expect(at('29/02/2024 10:00:00')).toBe('2024-02-29T03:00:00.000Z');
  });
});

describe('Vietnamese date formats', () => {
  const d = new Date('2023-04-05T17:03:04Z'); // 06/04/2023 00:03:04 in Hà Nội, still 05/04 in New York

  it('format in the office zone, not the host zone', () => {
    expect(formatDateVi(d, HCM)).toBe('06/04/2023');
    expect(formatDateTimeVi(d, HCM)).toBe('06/04/2023 00:03:04');
    expect(formatIsoDate(d, HCM)).toBe('2023-04-06');
  });

  it('follow Decree 30/2020 for the place and date line', () => {
    const line = (iso: string) => decreeDateLine('Nam Từ Liêm', new Date(iso), HCM);
    expect(line('2023-04-06T09:00:00+07:00')).toBe('Nam Từ Liêm, ngày 06 tháng 4 năm 2023');
    expect(line('2024-02-15T09:00:00+07:00')).toBe('Nam Từ Liêm, ngày 15 tháng 02 năm 2024');
    expect(line('2024-01-01T00:00:00+07:00')).toBe('Nam Từ Liêm, ngày 01 tháng 01 năm 2024');
    expect(line('2023-12-10T23:59:59+07:00')).toBe('Nam Từ Liêm, ngày 10 tháng 12 năm 2023');
    expect(line('2023-03-22T09:00:00+07:00')).toBe('Nam Từ Liêm, ngày 22 tháng 3 năm 2023');
  });
});
