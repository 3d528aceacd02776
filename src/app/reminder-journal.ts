// Defines the send journal: keys of reminders about to be sent or sent but not yet written to `Nhật ký gửi thư`,
// saved in the script properties before each send. A run stopped between a send and its log write (the time
// limit, a Sheets outage) leaves them there, and the next run logs them as sent before planning: no reminder
// goes out twice. A run stopped during the send itself cannot know whether Google sent it: the reminder is
// logged as sent with a note, never sent again blindly.
import { parseReminderKey, recipientsFor } from '../domain/reminders';
import { withRetry } from '../gas/retry';
import type { AppContext } from './context';
import { type Attempt, appendReminderLog, readReminderLog } from './reminder-log';

const PROPERTY = 'guongSang.reminderJournal';
/** Google allows 9 KB per property value; past this the run writes its log early and starts a new journal. */
export const JOURNAL_FLUSH_BYTES = 6 * 1024;

export interface JournalEntry {
  /** The reminder key (period|stage|day|unit). */
  k: string;
  /** Epoch ms of the send. */
  t: number;
  /** 1 once MailApp returned: the message went out. */
  ok?: 1;
}

/** Notes of rows written from the journal (the log's `Chi tiết lỗi`): sent for sure, or perhaps. */
export const RECOVERED_NOTE = {
  sent: 'Ghi bù từ nhật ký tạm: lần chạy trước dừng trước khi ghi nhật ký.',
  unsure:
    'Ghi bù từ nhật ký tạm: lần chạy trước dừng ngay khi gửi nên có thể thư chưa tới; không gửi lại để tránh gửi trùng.',
} as const;

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getScriptProperties();
}

export function readJournal(): JournalEntry[] {
  const raw = props().getProperty(PROPERTY);
  if (!raw) return [];
  try {
    const entries = JSON.parse(raw);
    return Array.isArray(entries) ? entries.filter((e) => typeof e?.k === 'string') : [];
  } catch {
    return [];
  }
}

/** The journal of one run: one property write per send, so it must stay small (keys and times only). */
export class SendJournal {
  private entries: JournalEntry[] = [];
  private text = '[]';

  /** Before a send: from here on the reminder counts as sent unless `cancel` says MailApp refused it. */
  record(key: string, at: Date): void {
    this.entries.push({ k: key, t: at.getTime() });
    this.save();
  }

  /** MailApp returned: the message went out. */
  confirm(key: string): void {
    const e = this.entries.find((x) => x.k === key);
    if (e) e.ok = 1;
    this.save();
  }

  /** MailApp threw: nothing went out, so the key is owed again (logged failed or deferred). */
  cancel(key: string): void {
    this.entries = this.entries.filter((e) => e.k !== key);
    this.save();
  }

  private save(): void {
    this.text = JSON.stringify(this.entries);
    props().setProperty(PROPERTY, this.text);
  }

  get full(): boolean {
    return this.text.length >= JOURNAL_FLUSH_BYTES;
  }

  /** After the log holds the run's sends. */
  clear(): void {
    if (this.entries.length === 0) return;
    this.entries = [];
    this.text = '[]';
    props().deleteProperty(PROPERTY);
  }
}

/**
 * Logs as sent what an earlier run sent but did not log, then empties the journal. Repeatable: a key the
 * log already shows as sent is not written again. Call under the script lock, before planning.
 */
export function recoverJournal(ctx: AppContext): number {
  const entries = readJournal();
  if (entries.length === 0) return 0;
  const logged = new Set(
    readReminderLog(ctx.ss, ctx.periodConfig.timeZone)
      .filter((e) => e.status === 'sent')
      .map((e) => e.key),
  );
  const byCode = new Map(ctx.units.map((u) => [u.code.trim().toUpperCase(), u]));
  const missing: Attempt[] = [];
  for (const e of entries) {
    const parsed = parseReminderKey(e.k);
    if (!parsed || logged.has(e.k)) continue;
    logged.add(e.k);
    const { unitCode, ...round } = parsed;
    const unit = byCode.get(unitCode.trim().toUpperCase());
    const recipients = unit ? recipientsFor(unit, ctx.settings) : { to: [], cc: [] };
    missing.push({
      at: new Date(e.t),
      round,
      key: e.k,
      unitCode,
      unitName: unit?.name ?? '',
      to: recipients.to,
      cc: recipients.cc,
      subject: '',
      status: 'sent',
      error: e.ok ? RECOVERED_NOTE.sent : RECOVERED_NOTE.unsure,
    });
  }
  withRetry(() => appendReminderLog(ctx.ss, missing));
  props().deleteProperty(PROPERTY);
  return missing.length;
}
