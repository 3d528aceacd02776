// Defines the reminder rules (SPEC §8): which round falls on which local day, who is due, who receives it,
// and what a run still owes from earlier runs (deferred or failed sends), given the send log.
import { formatIsoDate, localParts, nextPeriod, periodBounds, periodOf, previousPeriod } from './period';
import type { PeriodConfig, PeriodId, Unit, UnitResult } from './types';

export type ReminderStage = 'truoc-han' | 'qua-han';

/** Sheet wording of the stages; the code (SPEC §7) stays in the log's key. */
export const STAGE_LABEL: Record<ReminderStage, string> = {
  'truoc-han': 'Trước hạn',
  'qua-han': 'Quá hạn',
};

export type ReminderStatus = 'sent' | 'skipped' | 'deferred' | 'failed';

/** Exact texts of `Nhật ký gửi thư` › `Trạng thái` (issue 4 §2). */
export const STATUS_LABEL: Record<ReminderStatus, string> = {
  sent: 'Đã gửi',
  skipped: 'Bỏ qua – không có email',
  deferred: 'Hoãn – hết hạn mức',
  failed: 'Lỗi',
};

export function statusOfLabel(label: unknown): ReminderStatus | undefined {
  const text = String(label ?? '')
    .normalize('NFC')
    .trim();
  return (Object.keys(STATUS_LABEL) as ReminderStatus[]).find((s) => STATUS_LABEL[s] === text);
}

export interface ReminderSchedule {
  /** Days of the month of the `truoc-han` rounds (current period). */
  reminderDays: readonly number[];
  /** Day of the month of the `qua-han` round (previous period). */
  overdueDay: number;
}

/**
 * One reminder round: a stage for a period on a local day. The round's day is part of what is sent
 * once: the letter's office sets three reminder days so that a unit still short on the 15th hears
 * again, while a second run of the same day sends nothing.
 */
export interface Round {
  stage: ReminderStage;
  period: PeriodId;
  /** Local date of the round, YYYY-MM-DD. */
  day: string;
}

/** The rounds scheduled on the local day of `now`; none on other days. A day in both lists has both. */
export function roundsOn(now: Date, schedule: ReminderSchedule, cfg: PeriodConfig): Round[] {
  const { day } = localParts(now, cfg.timeZone);
  const today = formatIsoDate(now, cfg.timeZone);
  const current = periodOf(now, cfg);
  const rounds: Round[] = [];
  // "Previous period" is the last one that has ended: with the default cutoff 20, on the 21st that is this month's.
  if (day === schedule.overdueDay) rounds.push({ stage: 'qua-han', period: previousPeriod(current), day: today });
  if (schedule.reminderDays.includes(day)) rounds.push({ stage: 'truoc-han', period: current, day: today });
  return rounds;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The rounds a scheduled run owes: today's, and those of the days after `lastDone` (the local day of the
 * last completed scheduled run) that no run covered because Google skipped the trigger or the run failed,
 * at most `maxDays` back. The newest round of a stage and period replaces older ones, and a round that
 * would arrive too late (isStale) is dropped. Without `lastDone` (the first run) only today's count.
 */
export function roundsSince(
  lastDone: string | null,
  now: Date,
  schedule: ReminderSchedule,
  cfg: PeriodConfig,
  maxDays = 7,
): Round[] {
  const newest = new Map<string, Round>();
  for (let back = lastDone === null ? 0 : maxDays; back >= 0; back--) {
    const then = new Date(now.getTime() - back * DAY_MS);
    if (back > 0 && formatIsoDate(then, cfg.timeZone) <= (lastDone ?? '')) continue;
    for (const r of roundsOn(then, schedule, cfg)) newest.set(`${r.stage}|${r.period}`, r);
  }
  return [...newest.values()].filter((r) => !isStale(r, now, cfg));
}

/** `Gửi thư nhắc ngay`: today's scheduled rounds, or else an extra `truoc-han` round for the current period. */
export function manualRounds(now: Date, schedule: ReminderSchedule, cfg: PeriodConfig): Round[] {
  const scheduled = roundsOn(now, schedule, cfg);
  if (scheduled.length) return scheduled;
  return [{ stage: 'truoc-han', period: periodOf(now, cfg), day: formatIsoDate(now, cfg.timeZone) }];
}

/** What is sent at most once: one unit in one round. */
export function reminderKey(round: Round, unitCode: string): string {
  return `${round.period}|${round.stage}|${round.day}|${unitCode.trim().toUpperCase()}`;
}

export function parseReminderKey(key: unknown): (Round & { unitCode: string }) | undefined {
  const m = /^(\d{4}-\d{2})\|(truoc-han|qua-han)\|(\d{4}-\d{2}-\d{2})\|(.+)$/.exec(String(key ?? '').trim());
  if (!m) return undefined;
  return { period: m[1], stage: m[2] as ReminderStage, day: m[3], unitCode: m[4] };
}

/** One row of the send log as the rules see it, in log order. */
export interface LogEntry {
  key: string;
  status: ReminderStatus;
}

/** One email the run owes: the unit's standing in the round's period. */
export interface DueReminder {
  round: Round;
  key: string;
  result: UnitResult;
  /** Owed by an earlier run (deferred for quota, or failed). */
  retry: boolean;
  /** The key's last status in the log, for a retry. */
  lastStatus?: ReminderStatus;
}

export interface DueInput {
  now: Date;
  rounds: readonly Round[];
  log: readonly LogEntry[];
  /** Every active unit's standing in a period (computeCompliance(...).units). */
  standings: (period: PeriodId) => readonly UnitResult[];
  cfg: PeriodConfig;
  /**
   * SPEC §8 read to the letter: one reminder per unit, period and stage, so a unit reminded on the 10th
   * hears nothing on the 15th. Off by default (setting `Nhắc lại ở mỗi ngày nhắc`): each reminder day
   * is its own round, still never twice on one day.
   */
  oncePerStage?: boolean;
}

/**
 * A deferred or failed round stops being owed once it would no longer make sense: a `truoc-han`
 * reminder after its deadline, a `qua-han` one after the next period has closed too.
 */
export function isStale(round: Round, now: Date, cfg: PeriodConfig): boolean {
  const lastPeriod = round.stage === 'truoc-han' ? round.period : nextPeriod(round.period);
  return now.getTime() > periodBounds(lastPeriod, cfg).end.getTime();
}

/**
 * The emails a run owes, retries first (they were due earlier), each in unit order. A key logged
 * `Đã gửi` or `Bỏ qua` is never due again; a key whose last entry is `Hoãn` or `Lỗi` is due again
 * while the unit is still short, unless a newer round of the same stage and period replaces it.
 */
export function dueReminders(input: DueInput): DueReminder[] {
  const { now, rounds, log, cfg } = input;
  const codeKey = (code: string) => code.trim().toUpperCase();
  const last = new Map<string, ReminderStatus>();
  const closed = new Set<string>();
  const stageLine = (k: { period: PeriodId; stage: ReminderStage }, code: string) =>
    `${k.period}|${k.stage}|${codeKey(code)}`;
  const closedStages = new Set<string>();
  for (const e of log) {
    last.set(e.key, e.status);
    if (e.status === 'sent' || e.status === 'skipped') {
      closed.add(e.key);
      const k = parseReminderKey(e.key);
      if (k) closedStages.add(stageLine(k, k.unitCode));
    }
  }
  const done = (key: string, k: { period: PeriodId; stage: ReminderStage }, code: string) =>
    closed.has(key) || (input.oncePerStage === true && closedStages.has(stageLine(k, code)));
  const cache = new Map<PeriodId, Map<string, { result: UnitResult; index: number }>>();
  const standing = (period: PeriodId, code: string) => {
    let byCode = cache.get(period);
    if (!byCode) {
      byCode = new Map(input.standings(period).map((result, index) => [codeKey(result.code), { result, index }]));
      cache.set(period, byCode);
    }
    return byCode.get(codeKey(code));
  };

  // A newer round of the same stage and period (today's, or one already logged) replaces an older one still owed.
  const newestDay = new Map<string, string>();
  const noteDay = (line: string, day: string) => {
    if ((newestDay.get(line) ?? '') < day) newestDay.set(line, day);
  };
  for (const key of last.keys()) {
    const k = parseReminderKey(key);
    if (k) noteDay(`${k.period}|${k.stage}|${codeKey(k.unitCode)}`, k.day);
  }
  for (const r of rounds) noteDay(`${r.period}|${r.stage}|*`, r.day);
  const superseded = (k: Round & { unitCode: string }) =>
    (newestDay.get(`${k.period}|${k.stage}|${codeKey(k.unitCode)}`) ?? '') > k.day ||
    (newestDay.get(`${k.period}|${k.stage}|*`) ?? '') > k.day;

  const retries: (DueReminder & { index: number })[] = [];
  for (const [key, status] of last) {
    if (status !== 'deferred' && status !== 'failed') continue;
    const parsed = parseReminderKey(key);
    if (!parsed || done(key, parsed, parsed.unitCode) || isStale(parsed, now, cfg) || superseded(parsed)) continue;
    const found = standing(parsed.period, parsed.unitCode);
    if (!found || found.result.met) continue;
    const { unitCode: _, ...round } = parsed;
    retries.push({ round, key, result: found.result, retry: true, lastStatus: status, index: found.index });
  }
  retries.sort((a, b) => a.round.day.localeCompare(b.round.day) || a.index - b.index);
  const retryKeys = new Set(retries.map((d) => d.key));

  const fresh: DueReminder[] = [];
  for (const round of rounds) {
    for (const result of input.standings(round.period)) {
      const key = reminderKey(round, result.code);
      if (!result.met && !done(key, round, result.code) && !retryKeys.has(key)) {
        fresh.push({ round, key, result, retry: false });
      }
    }
  }
  return [...retries.map(({ index: _, ...d }) => d), ...fresh];
}

export interface Recipients {
  to: string[];
  cc: string[];
  /** What MailApp.getRemainingDailyQuota() is charged: every address in to and cc. */
  count: number;
}

export interface OfficeContact {
  officeEmail: string;
  ccOffice: boolean;
}

/** The unit's registered emails; Nội vụ in cc when set, unless it is already a recipient. */
export function recipientsFor(unit: Pick<Unit, 'emails'>, office: OfficeContact): Recipients {
  const to = [...new Set(unit.emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const officeEmail = office.officeEmail.trim().toLowerCase();
  const cc = to.length && office.ccOffice && officeEmail && !to.includes(officeEmail) ? [officeEmail] : [];
  return { to, cc, count: to.length + cc.length };
}
