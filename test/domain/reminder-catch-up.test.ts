// Tests how a scheduled reminder run makes up the rounds of days no run covered (a skipped or failed trigger).
import { describe, expect, it } from 'vitest';
import { DEFAULT_PERIOD_CONFIG } from '../../src/domain/period';
import { type ReminderSchedule, roundsSince } from '../../src/domain/reminders';

const cfg = DEFAULT_PERIOD_CONFIG;
const schedule: ReminderSchedule = { reminderDays: [10, 15, 18], overdueDay: 21 };
const vn = (iso: string) => new Date(`${iso}+07:00`);

describe('the rounds a scheduled run owes', () => {
  it('are only today’s on the very first run', () => {
    expect(roundsSince(null, vn('2023-05-11T08:00:00'), schedule, cfg)).toEqual([]);
    expect(roundsSince(null, vn('2023-05-10T08:00:00'), schedule, cfg)).toEqual([
      { stage: 'truoc-han', period: '2023-05', day: '2023-05-10' },
    ]);
  });

  it('are only today’s when yesterday’s run completed', () => {
    expect(roundsSince('2023-05-10', vn('2023-05-11T08:00:00'), schedule, cfg)).toEqual([]);
    expect(roundsSince('2023-05-14', vn('2023-05-15T08:00:00'), schedule, cfg)).toEqual([
      { stage: 'truoc-han', period: '2023-05', day: '2023-05-15' },
    ]);
  });

  it('include the round of a day whose run did not happen', () => {
    expect(roundsSince('2023-05-09', vn('2023-05-11T08:00:00'), schedule, cfg)).toEqual([
      { stage: 'truoc-han', period: '2023-05', day: '2023-05-10' },
    ]);
  });

  it('keep only the newest round of a stage and period', () => {
    expect(roundsSince('2023-05-09', vn('2023-05-16T08:00:00'), schedule, cfg)).toEqual([
      { stage: 'truoc-han', period: '2023-05', day: '2023-05-15' },
    ]);
  });

  it('drop a before-deadline round once the deadline has passed, but keep the overdue round', () => {
    expect(roundsSince('2023-05-17', vn('2023-05-22T08:00:00'), schedule, cfg)).toEqual([
      { stage: 'qua-han', period: '2023-05', day: '2023-05-21' },
    ]);
  });

  it('look back at most a week', () => {
    expect(roundsSince('2023-04-01', vn('2023-05-19T08:00:00'), schedule, cfg)).toEqual([
      { stage: 'truoc-han', period: '2023-05', day: '2023-05-18' },
    ]);
    expect(roundsSince('2023-04-01', vn('2023-05-29T08:00:00'), schedule, cfg)).toEqual([]);
  });
});
