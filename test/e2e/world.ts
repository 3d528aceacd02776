// Defines a snapshot of everything a run could change (sheets, triggers, forms, Drive files, emails, script
// properties), for tests that a refused or stopped menu item changed nothing.
import type { OfflineEnvironment } from '../../offline/runtime/environment';

export function world(env: OfflineEnvironment) {
  return {
    sheets: env.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]),
    triggers: env.services.ScriptApp.allTriggers().map((t) => `${t.spec.handler}:${t.spec.sourceId ?? ''}`),
    forms: env.services.FormApp.allFormsForTest().map((f) => f.getId()),
    files: env.driveStore.all().map((f) => f.id),
    mails: env.services.MailApp.sent.length,
    properties: env.services.PropertiesService.getScriptProperties().getProperties(),
  };
}

export function lastAlert(env: OfflineEnvironment) {
  return env.services.SpreadsheetApp.uiForTests().alerts.at(-1);
}

export function alertCount(env: OfflineEnvironment): number {
  return env.services.SpreadsheetApp.uiForTests().alerts.length;
}

/** Words of English developer messages that must never reach a clerk's dialog. */
export const ENGLISH =
  /\b(missing|run setup|sheet|column|invalid|error|exception|lock|timeout|authorization|required)\b/i;
