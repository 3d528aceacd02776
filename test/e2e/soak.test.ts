// Soak test (issue 6 §1): a month of about 3,000 responses replayed under seeded faults (Sheets errors, lock
// timeouts, executions stopped by the time limit, triggers lost or delivered twice), then reconcile as the
// hourly trigger runs it, compared with a fault-free run of the same month; then a month of reminders under
// mail errors, an exhausted quota, a skipped daily trigger and executions stopped mid-send.
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../offline/gas/context';
import type { OfflineEnvironment } from '../../offline/runtime/environment';
import {
  chaos,
  exhaustMailQuota,
  GOOGLE_ERRORS,
  inject,
  mailErrors,
  transientSheetErrors,
} from '../../offline/runtime/faults';
import { RECOVERED_NOTE } from '../../src/app/reminder-journal';
import { vn } from './helpers';
import {
  OFFICE,
  type OfficeEdit,
  type Replay,
  replayMonth,
  SHEETS,
  type SoakResponse,
  sheetRows,
  soakRegistry,
  soakResponses,
} from './soak-fixture';

const SEEDS = [11, 23, 47];
const EDIT_POINTS = [1000, 2000];
const SIX_MINUTES = 6 * 60_000;
const STATUSES = ['Đang thẩm định', 'Đề xuất khen thưởng', 'Không đạt', 'Đã khen thưởng'];

/** Nội vụ reviews ten rows of each sheet that exist at this point, chosen by a seeded generator. */
function editsChooser(seed: number) {
  const random = seededRandom(seed * 7919);
  return (after: number, env: OfflineEnvironment, ids: string[]): OfficeEdit[] => {
    const out: OfficeEdit[] = [];
    for (const kind of ['exemplar', 'article'] as const) {
      const { header, rows } = sheetRows(env, SHEETS[kind]);
      const present = rows.map((r) => ids.indexOf(String(r[header.indexOf('Mã phản hồi')]))).filter((i) => i >= 0);
      for (let k = 0; k < 10 && present.length; k++) {
        const index = present.splice(Math.floor(random() * present.length), 1)[0];
        const values: OfficeEdit['values'] = {
          [OFFICE.status]: STATUSES[(k + after) % STATUSES.length],
          [OFFICE.note]: `Đã rà soát đợt ${after}, mục ${k + 1}`,
        };
        if (kind === 'article') values[OFFICE.selected] = k % 2 === 0;
        out.push({ after, index, kind, values });
      }
    }
    return out;
  };
}

type Place = 'exemplar' | 'article' | 'errors';

/** Every response id stored anywhere, with where (a row without an id is a phantom and counts as such). */
function placesOf(env: OfflineEnvironment): Map<string, Place[]> {
  const places = new Map<string, Place[]>();
  for (const place of ['exemplar', 'article', 'errors'] as const) {
    const { header, rows } = sheetRows(env, SHEETS[place]);
    for (const r of rows) {
      const id = String(r[header.indexOf('Mã phản hồi')] ?? '');
      places.set(id, [...(places.get(id) ?? []), place]);
    }
  }
  return places;
}

/** Where each response ended up, by index; identical re-deliveries (twins) are one response. */
function placementByIndex(run: Replay, responses: readonly SoakResponse[]): (Place | 'missing' | 'twice')[] {
  const places = placesOf(run.env);
  const groups = new Map<number, number[]>();
  responses.forEach((r, i) => {
    const root = r.twinOf ?? i;
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const out: (Place | 'missing' | 'twice')[] = [];
  for (const [root, members] of groups) {
    const found = members.flatMap((i) => places.get(run.ids[i]) ?? []);
    out[root] = found.length === 0 ? 'missing' : found.length > 1 ? 'twice' : found[0];
  }
  return out.filter((x) => x !== undefined);
}

/**
 * apiSummary_ of 2023-05 with response ids replaced by submission indexes (ids differ between runs), and
 * `rejected` in submission order (the sheet's order is arrival order: reconcile appends late ones last).
 */
function summaryOf(run: Replay, responses: readonly SoakResponse[]) {
  run.env.clock.set(vn('2023-05-21T06:00:00'));
  const s = run.env.run<{ units: unknown[]; rejected: { responseId: string }[] }>('apiSummary_', '2023-05');
  const index = (id: string) => {
    const i = run.ids.indexOf(id);
    return responses[i].twinOf ?? i;
  };
  const rejected = s.rejected.map((r) => ({ ...r, responseId: index(r.responseId) }));
  return { ...s, rejected: rejected.sort((x, y) => x.responseId - y.responseId) };
}

/** `Cờ` and `Được tính` of every stored response, by index (a twin by the index of its first copy). */
function derivedByIndex(run: Replay, responses: readonly SoakResponse[]): Record<number, [unknown, unknown]> {
  const out: Record<number, [unknown, unknown]> = {};
  for (const kind of ['exemplar', 'article'] as const) {
    const { header, rows } = sheetRows(run.env, SHEETS[kind]);
    for (const r of rows) {
      const i = run.ids.indexOf(String(r[header.indexOf('Mã phản hồi')]));
      out[responses[i].twinOf ?? i] = [r[header.indexOf('Cờ')], r[header.indexOf('Được tính')]];
    }
  }
  return out;
}

const REMINDER_DAYS = [
  '2023-05-21',
  '2023-05-22',
  '2023-05-23',
  '2023-06-10',
  '2023-06-11',
  '2023-06-15',
  '2023-06-16',
  '2023-06-18',
  '2023-06-19',
  '2023-06-21',
  '2023-06-22',
];
/** Google skips the daily trigger that day in the faulty run: the next run makes the round up. */
const SKIPPED_DAY = '2023-06-15';
const QUOTA_GONE_DAY = '2023-06-10';

/** A morning of time triggers: the daily job at 8:00, hourly reconciles, follow-up runs. */
function morning(env: OfflineEnvironment, day: string): void {
  env.clock.set(vn(`${day}T07:50:00`));
  env.advanceTo(vn(`${day}T12:00:00`), 10 * 60_000);
}

interface LogRow {
  key: string;
  status: string;
  unit: string;
  at: Date;
  error: string;
}

function reminderLog(env: OfflineEnvironment): LogRow[] {
  const { header, rows } = sheetRows(env, 'Nhật ký gửi thư');
  const c = (h: string) => header.indexOf(h);
  return rows.map((r) => ({
    key: String(r[c('Khoá thư')]),
    status: String(r[c('Trạng thái')]),
    unit: String(r[c('Mã đơn vị')]),
    at: r[c('Thời gian')] as Date,
    error: String(r[c('Chi tiết lỗi')] ?? ''),
  }));
}

describe.each(SEEDS)('a month of 3,000 responses under seeded faults (seed %i)', (seed) => {
  const registry = soakRegistry();
  const responses = soakResponses(registry, 3000, seed);
  let faulty: Replay & { edits: OfficeEdit[] };
  let clean: Replay & { edits: OfficeEdit[] };

  beforeAll(() => {
    let stop = () => {};
    faulty = replayMonth(responses, registry, {
      before: (env) => {
        env.executionLimitMs = SIX_MINUTES;
        stop = chaos(env, { seed, rate: 0.02, killRate: 0.0005 }).stop;
      },
      editPoints: EDIT_POINTS,
      chooseEdits: editsChooser(seed),
    });
    stop();
    // As the hourly trigger runs it, faults off.
    faulty.env.runTrigger('hourlyReconcile');
    clean = replayMonth(responses, registry, { edits: faulty.edits, editPoints: EDIT_POINTS });
    clean.env.runTrigger('hourlyReconcile');
  }, 120_000);

  it('met every kind of fault while the month was replayed', () => {
    const fired = faulty.env.ctx.faults.fired;
    const messages = new Set(fired.map((f) => f.message));
    expect(messages).toContain(GOOGLE_ERRORS.spreadsheetsFailed());
    expect(messages).toContain(GOOGLE_ERRORS.tooManyShortTime());
    expect(messages).toContain(GOOGLE_ERRORS.lockTimeout);
    expect(messages).toContain(GOOGLE_ERRORS.executionTime);
    const submits = faulty.env.runs.filter((r) => r.handler === 'onFormSubmit');
    expect(submits.length).not.toBe(responses.length); // some delivered twice, some never
    expect(submits.some((r) => r.error)).toBe(true);
    expect(faulty.edits.length).toBe(40);
  });

  it('stores every response once, in its sheet or in Lỗi nhập liệu, where the fault-free run stores it', () => {
    const got = placementByIndex(faulty, responses);
    expect(got.filter((p) => p === 'missing' || p === 'twice')).toEqual([]);
    expect(got).toEqual(placementByIndex(clean, responses));
    const places = placesOf(faulty.env);
    expect(places.has('')).toBe(false); // no phantom row without a response id
    expect([...places.keys()].every((id) => faulty.ids.includes(id))).toBe(true);
  });

  it('counts like the fault-free run: apiSummary_, per-unit counts, flags and Được tính', () => {
    const a = summaryOf(faulty, responses);
    const b = summaryOf(clean, responses);
    expect(a.units).toEqual(b.units);
    expect(a).toEqual(b);
    expect(derivedByIndex(faulty, responses)).toEqual(derivedByIndex(clean, responses));
  });

  it('keeps every Trạng thái, Ghi chú Nội vụ and Chọn gửi Thành phố that Nội vụ set during the month', () => {
    // A row reviewed twice keeps the later review.
    const last = new Map(faulty.edits.map((e) => [e.index, e]));
    expect(last.size).toBeGreaterThan(30);
    for (const e of last.values()) {
      const { header, rows } = sheetRows(faulty.env, SHEETS[e.kind]);
      const row = rows.find((r) => r[header.indexOf('Mã phản hồi')] === faulty.ids[e.index])!;
      const kept = Object.fromEntries(Object.keys(e.values).map((h) => [h, row[header.indexOf(h)]]));
      expect(kept).toEqual(e.values);
    }
  });

  describe('then a month of reminders under mail errors, an exhausted quota and runs stopped mid-send', () => {
    let mailsBefore = 0;

    beforeAll(() => {
      const env = faulty.env;
      mailsBefore = env.services.MailApp.sent.length;
      env.services.MailApp.setDailyQuota(25);
      const during = { inExecution: true };
      const stop = inject(env, [
        ...mailErrors(0.1, during),
        ...transientSheetErrors(0.01, during),
        // Google's time limit hitting the send loop: during a send, the quota check or the journal write.
        {
          service: 'MailApp',
          method: '*',
          probability: 0.02,
          message: GOOGLE_ERRORS.executionTime,
          kill: true,
          ...during,
        },
        {
          service: 'PropertiesService',
          method: 'Properties.setProperty',
          probability: 0.02,
          message: GOOGLE_ERRORS.executionTime,
          kill: true,
          ...during,
        },
      ]);
      for (const day of REMINDER_DAYS) {
        if (day === SKIPPED_DAY) continue;
        if (day === QUOTA_GONE_DAY) {
          env.clock.set(vn(`${day}T07:50:00`));
          exhaustMailQuota(env);
        }
        morning(env, day);
      }
      stop();
      // A quiet afternoon: follow-up and hourly runs finish what was stopped.
      env.advanceTo(vn('2023-06-22T16:00:00'), 10 * 60_000);
      for (const day of REMINDER_DAYS) morning(clean.env, day);
    }, 120_000);

    it('met mail errors, quota deferrals and stopped executions', () => {
      const messages = faulty.env.ctx.faults.fired.map((f) => f.message);
      expect(messages).toContain(GOOGLE_ERRORS.tooManyShortTime('email'));
      expect(messages.filter((m) => m === GOOGLE_ERRORS.executionTime).length).toBeGreaterThan(1);
      expect(reminderLog(faulty.env).some((r) => r.status === 'Hoãn – hết hạn mức')).toBe(true);
      expect(reminderLog(faulty.env).some((r) => r.error === RECOVERED_NOTE.sent)).toBe(true);
    });

    it('never sent one reminder (unit, period, stage, day) twice: every email matches its own Đã gửi row', () => {
      const log = reminderLog(faulty.env);
      const sent = log.filter((r) => r.status === 'Đã gửi');
      expect(sent.length).toBe(new Set(sent.map((r) => r.key)).size);
      const unitOf = new Map(
        registry.flatMap((u) => u[3].split(';').map((e) => [e.trim().toLowerCase(), u[0]] as [string, string])),
      );
      const unmatched = [...sent];
      const mails = faulty.env.services.MailApp.sent.slice(mailsBefore);
      for (const m of mails) {
        const unit = unitOf.get(m.to[0].toLowerCase());
        const i = unmatched.findIndex((r) => r.unit === unit && Math.abs(r.at.getTime() - m.date.getTime()) < 2000);
        expect(i, `email to ${unit} at ${m.date.toISOString()} has no Đã gửi row of its own`).toBeGreaterThanOrEqual(0);
        unmatched.splice(i, 1);
      }
      // A row with no email: a run stopped during the send, logged from the journal, never sent again.
      expect(unmatched.every((r) => r.error === RECOVERED_NOTE.unsure)).toBe(true);
    });

    it('sent or logged every reminder the fault-free run sent, the skipped day included', () => {
      const keys = (env: OfflineEnvironment) => [...new Set(reminderLog(env).map((r) => r.key))].sort();
      const due = keys(clean.env);
      expect(due.some((k) => k.includes(`|${SKIPPED_DAY}|`))).toBe(true);
      expect(keys(faulty.env)).toEqual(due);
      expect(reminderLog(clean.env).every((r) => r.status === 'Đã gửi' || r.status.startsWith('Bỏ qua'))).toBe(true);
    });

    it('leaves no checkpoint, journal or follow-up trigger behind', () => {
      const props = faulty.env.services.PropertiesService.getScriptProperties().getProperties();
      expect(
        Object.keys(props).filter((k) => k.startsWith('guongSang.job.') || k === 'guongSang.reminderJournal'),
      ).toEqual([]);
      expect(faulty.env.services.ScriptApp.allTriggers().filter((t) => t.spec.handler === 'continueJob')).toEqual([]);
    });
  });
});
