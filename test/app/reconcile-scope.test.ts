// Tests which responses a reconcile lists: the hourly run after its watermark less the margin, a full scan for
// the menu, the first run of each local day, a missing watermark and a clock that reads earlier than it.
import { describe, expect, it } from 'vitest';
import { listSince, nextWatermark, SINCE_MARGIN_MS } from '../../src/app/reconcile-scope';

const TZ = 'Asia/Ho_Chi_Minh';
const vn = (iso: string) => new Date(`${iso}+07:00`);
const at = (iso: string) => vn(iso).getTime();

describe('listSince', () => {
  const wm = { startedAt: at('2023-05-02T10:05:00'), fullAt: at('2023-05-02T00:10:00') };

  it('lists the hourly run from the previous run’s start less 15 minutes, the same local day', () => {
    expect(listSince('hourly', vn('2023-05-02T11:05:00'), wm, TZ)).toBe(at('2023-05-02T09:50:00'));
    expect(SINCE_MARGIN_MS).toBe(15 * 60_000);
  });

  it('lists every response for the menu, whatever the watermark', () => {
    expect(listSince('full', vn('2023-05-02T11:05:00'), wm, TZ)).toBeNull();
  });

  it('lists every response when no reconcile has completed yet', () => {
    expect(listSince('hourly', vn('2023-05-02T11:05:00'), null, TZ)).toBeNull();
  });

  it('lists every response on the first hourly run after local midnight, not UTC midnight', () => {
    // 06:30 UTC on 2 May is 13:30 in Hà Nội: still the day of the last full scan.
    expect(listSince('hourly', new Date('2023-05-02T06:30:00Z'), wm, TZ)).not.toBeNull();
    // 17:30 UTC on 2 May is 00:30 on 3 May in Hà Nội (and still 2 May on the host's clock).
    expect(listSince('hourly', new Date('2023-05-02T17:30:00Z'), wm, TZ)).toBeNull();
  });

  it('lists every response when the clock reads earlier than the previous run', () => {
    expect(listSince('hourly', vn('2023-05-02T10:00:00'), wm, TZ)).toBeNull();
  });
});

describe('nextWatermark', () => {
  it('moves the full-scan day only after a full scan', () => {
    const prev = { startedAt: at('2023-05-02T10:05:00'), fullAt: at('2023-05-02T00:10:00') };
    expect(nextWatermark(prev, at('2023-05-02T11:05:00'), false)).toEqual({
      startedAt: at('2023-05-02T11:05:00'),
      fullAt: prev.fullAt,
    });
    expect(nextWatermark(prev, at('2023-05-02T11:05:00'), true)).toEqual({
      startedAt: at('2023-05-02T11:05:00'),
      fullAt: at('2023-05-02T11:05:00'),
    });
  });

  it('leaves the next hourly run a full scan when an hourly run completes without any earlier full scan', () => {
    const wm = nextWatermark(null, at('2023-05-02T11:05:00'), false);
    expect(listSince('hourly', vn('2023-05-02T12:05:00'), wm, TZ)).toBeNull();
  });
});
