// Defines writeEmails: the reminders MailApp sent, as out/emails/NN-<unit code>.eml (SPEC §10), each matched to its unit
// through the bundle's `Nhật ký gửi thư` sheet (MailApp cannot set a custom header that would carry the unit).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bareAddress, type SentMail } from '../gas/mail-app.ts';
import { toEml } from './eml.ts';

export const REMINDER_LOG_SHEET_NAME = 'Nhật ký gửi thư';
const SENT = 'Đã gửi';

export interface ReminderMail {
  unitCode: string;
  mail: SentMail;
}

function addresses(list: readonly string[]): string {
  return list
    .map((a) => bareAddress(a).toLowerCase())
    .sort()
    .join(',');
}

function splitCell(v: unknown): string[] {
  return String(v ?? '')
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const matchKey = (to: readonly string[], cc: readonly string[], subject: string) =>
  `${addresses(to)}|${addresses(cc)}|${subject}`;

/**
 * Pairs every sent message with a `Đã gửi` row of the log (values with their header row) that has the same
 * recipients and subject, in order. Messages without such a row (receipts to respondents) are left out.
 */
export function reminderMails(sent: readonly SentMail[], logValues: readonly (readonly unknown[])[]): ReminderMail[] {
  const [header = [], ...rows] = logValues;
  const col = (name: string) => header.findIndex((h) => String(h).normalize('NFC').trim() === name);
  const [to, cc, subject, status, unit] = ['Người nhận', 'Bản sao', 'Tiêu đề', 'Trạng thái', 'Mã đơn vị'].map(col);
  if ([to, cc, subject, status, unit].some((i) => i < 0)) return [];
  const waiting = new Map<string, string[]>();
  for (const r of rows) {
    if (String(r[status] ?? '').trim() !== SENT) continue;
    const k = matchKey(splitCell(r[to]), splitCell(r[cc]), String(r[subject] ?? ''));
    const list = waiting.get(k) ?? [];
    list.push(String(r[unit] ?? '').trim());
    waiting.set(k, list);
  }
  const out: ReminderMail[] = [];
  for (const mail of sent) {
    const unitCode = waiting.get(matchKey(mail.to, mail.cc, mail.subject))?.shift();
    if (unitCode !== undefined) out.push({ unitCode, mail });
  }
  return out;
}

/** 01, 02… in send order; the unit code made safe for every file system. */
export function emailFileName(index: number, unitCode: string): string {
  const safe = unitCode.replace(/[^A-Za-z0-9._-]+/g, '_') || 'don-vi';
  return `${String(index + 1).padStart(2, '0')}-${safe}.eml`;
}

/**
 * Writes DIR/emails/NN-<unit code>.eml for each reminder sent, after removing the .eml files of an
 * earlier run there. `from` is the sender ("Name <addr>" or "addr"); returns the paths written.
 */
export function writeEmails(
  sent: readonly SentMail[],
  dir: string,
  from: string,
  logValues: readonly (readonly unknown[])[],
): string[] {
  const folder = join(dir, 'emails');
  mkdirSync(folder, { recursive: true });
  for (const f of readdirSync(folder)) if (f.endsWith('.eml')) rmSync(join(folder, f));
  return reminderMails(sent, logValues).map(({ unitCode, mail }, i) => {
    const path = join(folder, emailFileName(i, unitCode));
    writeFileSync(path, toEml(mail, { from }), 'utf8');
    return path;
  });
}
