// Defines `Khởi tạo hệ thống`: create or repair sheets, forms and triggers; safe to run any number of times.
import { DEFAULT_QUOTAS } from '../domain/quota';
import { UNIT_TYPES } from '../domain/unit-types';
import { ensureForm, isFormPublished } from '../gas/forms';
import { withScriptLock } from '../gas/lock';
import { ensureSheet } from '../gas/sheet-setup';
import { SheetTable } from '../gas/sheet-table';
import {
  type ClockSpec,
  ensureClockTrigger,
  ensureFormSubmitTrigger,
  ensureSpreadsheetEditTrigger,
  removeStaleFormTriggers,
} from '../gas/triggers';
import { MASTER_SHEETS, QUOTA_SHEET } from '../sheets/layout';
import { loadContext, spreadsheet } from './context';
import { KINDS } from './reconcile';
import { setupReporting } from './report';
import { ensureSettingRows, writeSetting } from './settings-store';
import { dropdownNames, syncUnitLists } from './units-sync';

export const HANDLERS = {
  formSubmit: 'onFormSubmit',
  hourly: 'hourlyReconcile',
  daily: 'dailyJob',
  monthlyReport: 'monthlyReportJob',
  edit: 'onSheetEdit',
} as const;

type ClockHandler = typeof HANDLERS.hourly | typeof HANDLERS.daily | typeof HANDLERS.monthlyReport;

export interface SetupReport {
  sheetsCreated: string[];
  columnsAdded: string[];
  formsCreated: string[];
  formsUnpublished: string[];
  triggersCreated: number;
  /** Clock triggers moved to a new schedule because a setting changed, with that schedule. */
  triggersRescheduled: { handler: ClockHandler; spec: ClockSpec }[];
  settingsAdded: number;
  quotasSeeded: boolean;
  warnings: string[];
}

function seedQuotas(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const table = SheetTable.open(ss, QUOTA_SHEET);
  if (table.readAll().length > 0) return false;
  const [code, label, ex, art, rec] = QUOTA_SHEET.columns.map((c) => c.header);
  table.append(
    UNIT_TYPES.map((t) => {
      const q = DEFAULT_QUOTAS[t.code];
      return { [code]: t.code, [label]: t.label, [ex]: q.exemplars, [art]: q.articles, [rec]: q.articlesRecommended };
    }),
  );
  return true;
}

export function setupSystem(): SetupReport {
  return withScriptLock(() => {
    const ss = spreadsheet();
    const report: SetupReport = {
      sheetsCreated: [],
      columnsAdded: [],
      formsCreated: [],
      formsUnpublished: [],
      triggersCreated: 0,
      triggersRescheduled: [],
      settingsAdded: 0,
      quotasSeeded: false,
      warnings: [],
    };
    for (const def of MASTER_SHEETS) {
      const { created, added } = ensureSheet(ss, def);
      if (created) report.sheetsCreated.push(def.name);
      else report.columnsAdded.push(...added.map((h) => `${def.name}: ${h}`));
    }
    report.quotasSeeded = seedQuotas(ss);
    report.settingsAdded = ensureSettingRows(ss);
    let ctx = loadContext(ss);
    const names = dropdownNames(ctx.units);
    const formIds: string[] = [];
    for (const kind of KINDS) {
      const key = kind === 'exemplar' ? 'exemplarFormId' : 'articleFormId';
      const { form, created } = ensureForm(kind, ctx.settings[key], names);
      if (created) {
        writeSetting(ss, key, form.getId());
        report.formsCreated.push(form.getTitle());
      }
      if (!isFormPublished(form)) report.formsUnpublished.push(form.getTitle());
      formIds.push(form.getId());
      if (ensureFormSubmitTrigger(HANDLERS.formSubmit, form.getId())) report.triggersCreated++;
    }
    removeStaleFormTriggers(HANDLERS.formSubmit, formIds);
    ctx = loadContext(ss);
    const tz = ctx.settings.timeZone;
    // The day after the cutoff (day 21 by default), for the period that has just ended; 28 exists in every month.
    const reportDay = Math.min(ctx.settings.cutoffDay + 1, 28);
    const clocks: [ClockHandler, ClockSpec][] = [
      [HANDLERS.hourly, { everyHours: 1 }],
      [HANDLERS.daily, { dailyAtHour: ctx.settings.reminderHour }],
      [HANDLERS.monthlyReport, { monthDay: reportDay, atHour: ctx.settings.reminderHour }],
    ];
    for (const [handler, spec] of clocks) {
      const outcome = ensureClockTrigger(handler, spec, tz);
      if (outcome === 'created') report.triggersCreated++;
      else if (outcome === 'rescheduled') report.triggersRescheduled.push({ handler, spec });
    }
    // Choosing a period in `Tiến độ` recomputes the sheet (onSheetEdit).
    if (ensureSpreadsheetEditTrigger(HANDLERS.edit, ss)) report.triggersCreated++;
    syncUnitLists(ctx);
    report.warnings = [...ctx.warnings, ...setupReporting(ctx)];
    return report;
  }, 60_000);
}
