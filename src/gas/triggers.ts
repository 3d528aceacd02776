// Defines idempotent trigger installation: one trigger per (handler, source), never a duplicate; clock triggers
// follow the schedule they are asked for.
type Trigger = GoogleAppsScript.Script.Trigger;

function existing(handler: string, sourceId?: string): Trigger[] {
  return ScriptApp.getProjectTriggers().filter(
    (t) => t.getHandlerFunction() === handler && (sourceId === undefined || t.getTriggerSourceId() === sourceId),
  );
}

/** https://developers.google.com/apps-script/reference/script/form-trigger-builder */
export function ensureFormSubmitTrigger(handler: string, formId: string): boolean {
  if (existing(handler, formId).length > 0) return false;
  ScriptApp.newTrigger(handler).forForm(formId).onFormSubmit().create();
  return true;
}

/** Removes form triggers of `handler` that point at a form no longer in use (after a form was recreated). */
export function removeStaleFormTriggers(handler: string, keepIds: readonly string[]): number {
  let n = 0;
  for (const t of existing(handler)) {
    if (!keepIds.includes(t.getTriggerSourceId())) {
      ScriptApp.deleteTrigger(t);
      n++;
    }
  }
  return n;
}

export type ClockSpec = { everyHours: number } | { dailyAtHour: number } | { monthDay: number; atHour: number };

/** What ensureClockTrigger did: a trigger already on the asked schedule is left alone. */
export type ClockOutcome = 'created' | 'rescheduled' | 'unchanged';

const SCHEDULE_KEY_PREFIX = 'guongSang.clockSchedule.';

/** The schedule as stored beside its trigger; the zone only where it changes the run time. */
export function scheduleKey(spec: ClockSpec, timeZone: string): string {
  if ('everyHours' in spec) return `every ${spec.everyHours} h`;
  if ('dailyAtHour' in spec) return `daily at ${spec.dailyAtHour} h ${timeZone}`;
  return `monthly on day ${spec.monthDay} at ${spec.atHour} h ${timeZone}`;
}

/**
 * One clock trigger of `handler` on `spec`. A Trigger does not tell its schedule back, so the schedule it was
 * created with is kept in a script property: when settings move it (`Giờ gửi thư nhắc`, the cutoff day), the
 * old trigger is deleted and a new one created. A trigger found without a stored schedule (installed before
 * schedules were stored) or duplicated is recreated once.
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */
export function ensureClockTrigger(handler: string, spec: ClockSpec, timeZone: string): ClockOutcome {
  const props = PropertiesService.getScriptProperties();
  const key = SCHEDULE_KEY_PREFIX + handler;
  const want = scheduleKey(spec, timeZone);
  const found = existing(handler);
  if (found.length === 1 && props.getProperty(key) === want) return 'unchanged';
  for (const t of found) ScriptApp.deleteTrigger(t);
  const b = ScriptApp.newTrigger(handler).timeBased();
  if ('everyHours' in spec) b.everyHours(spec.everyHours);
  else if ('dailyAtHour' in spec) b.everyDays(1).atHour(spec.dailyAtHour).nearMinute(0).inTimezone(timeZone);
  else b.onMonthDay(spec.monthDay).atHour(spec.atHour).inTimezone(timeZone);
  b.create();
  props.setProperty(key, want);
  return found.length > 0 ? 'rescheduled' : 'created';
}

/**
 * The installable on-edit trigger of the bound spreadsheet: a simple `onEdit` runs 30 seconds at most and
 * without authorization, too little for a recompute of a large district.
 * https://developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder#onEdit()
 */
export function ensureSpreadsheetEditTrigger(handler: string, ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  if (existing(handler, ss.getId()).length > 0) return false;
  ScriptApp.newTrigger(handler).forSpreadsheet(ss).onEdit().create();
  return true;
}

/**
 * One-off follow-up run (checkpointed long jobs). A one-off trigger that has fired stays listed until
 * deleted and cannot be told apart from a pending one, so any earlier one is replaced: there is never
 * more than one, and a spent one never blocks the next.
 */
export function scheduleOnce(handler: string, afterMs: number): void {
  deleteTriggers(handler);
  ScriptApp.newTrigger(handler).timeBased().after(afterMs).create();
}

export function deleteTriggers(handler: string): void {
  for (const t of existing(handler)) ScriptApp.deleteTrigger(t);
}
