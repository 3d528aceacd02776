// Defines reading and writing `Nhật ký gửi thư`: every attempt appended in one write, the whole log read in one read.
import { formatIsoDate, parseTimestamp } from '../domain/period';
import {
  type LogEntry,
  parseReminderKey,
  type ReminderStage,
  type ReminderStatus,
  type Round,
  STAGE_LABEL,
  STATUS_LABEL,
  statusOfLabel,
} from '../domain/reminders';
import { cleanText } from '../domain/text';
import { ensureSheet } from '../gas/sheet-setup';
import { SheetTable } from '../gas/sheet-table';
import { REMINDER_COL as C, REMINDER_LOG_SHEET } from '../sheets/reminder-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface LoggedAttempt extends LogEntry {
  at: Date | null;
  unitCode: string;
  stage: ReminderStage;
  to: string[];
}

export interface Attempt {
  at: Date;
  round: Round;
  key: string;
  unitCode: string;
  unitName: string;
  to: readonly string[];
  cc: readonly string[];
  subject: string;
  status: ReminderStatus;
  error?: string;
}

function splitList(v: unknown): string[] {
  return String(v ?? '')
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The log in row order; rows without a readable key or status (a clerk's note) are ignored. One read. */
export function readReminderLog(ss: Spreadsheet, timeZone: string): LoggedAttempt[] {
  if (!ss.getSheetByName(REMINDER_LOG_SHEET.name)) return [];
  const out: LoggedAttempt[] = [];
  for (const { record } of SheetTable.open(ss, REMINDER_LOG_SHEET).readAll()) {
    const key = cleanText(record[C.key]);
    const parsed = parseReminderKey(key);
    const status = statusOfLabel(record[C.status]);
    if (!parsed || !status) continue;
    const t = record[C.time];
    out.push({
      key,
      status,
      at: t instanceof Date ? t : (parseTimestamp(String(t ?? ''), timeZone) ?? null),
      unitCode: cleanText(record[C.unitCode]) || parsed.unitCode,
      stage: parsed.stage,
      to: splitList(record[C.to]),
    });
  }
  return out;
}

function dayVi(isoDay: string): string {
  const [y, m, d] = isoDay.split('-');
  return `${d}/${m}/${y}`;
}

/** Appends every attempt of a run in one write (the sheet is created if setup predates it). */
export function appendReminderLog(ss: Spreadsheet, attempts: readonly Attempt[]): void {
  if (attempts.length === 0) return;
  if (!ss.getSheetByName(REMINDER_LOG_SHEET.name)) ensureSheet(ss, REMINDER_LOG_SHEET);
  SheetTable.open(ss, REMINDER_LOG_SHEET).append(
    attempts.map((a) => ({
      [C.time]: a.at,
      [C.period]: a.round.period,
      [C.stage]: STAGE_LABEL[a.round.stage],
      [C.round]: dayVi(a.round.day),
      [C.unitCode]: a.unitCode,
      [C.unitName]: a.unitName,
      [C.to]: a.to.join('; '),
      [C.cc]: a.cc.join('; '),
      [C.subject]: a.subject,
      [C.status]: STATUS_LABEL[a.status],
      [C.error]: a.error ?? '',
      [C.key]: a.key,
    })),
  );
}

/** SPEC §7 `reminders`: what was sent on the local day of `asOf`, in send order. */
export function remindersSentOn(
  ss: Spreadsheet,
  asOf: Date,
  timeZone: string,
): { unit: string; to: string[]; stage: ReminderStage }[] {
  const day = formatIsoDate(asOf, timeZone);
  return readReminderLog(ss, timeZone)
    .filter((e) => e.status === 'sent' && e.at && formatIsoDate(e.at, timeZone) === day)
    .map((e) => ({ unit: e.unitCode, to: e.to, stage: e.stage }));
}
