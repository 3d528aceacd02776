// Defines idempotent trigger installation: one trigger per (handler, source), never a duplicate.
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

/** https://developers.google.com/apps-script/reference/script/clock-trigger-builder */
export function ensureClockTrigger(handler: string, spec: ClockSpec, timeZone: string): boolean {
  if (existing(handler).length > 0) return false;
  const b = ScriptApp.newTrigger(handler).timeBased();
  if ('everyHours' in spec) b.everyHours(spec.everyHours);
  else if ('dailyAtHour' in spec) b.everyDays(1).atHour(spec.dailyAtHour).nearMinute(0).inTimezone(timeZone);
  else b.onMonthDay(spec.monthDay).atHour(spec.atHour).inTimezone(timeZone);
  b.create();
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
