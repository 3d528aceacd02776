// Defines the offline environment: every stand-in wired together around one clock, the bundle loaded
// into it, and trigger delivery (form submits, time-driven jobs) as Apps Script would do it.
import { readFileSync } from 'node:fs';
import { createAdvancedDrive } from '../gas/advanced-drive';
import { createCacheService } from '../gas/cache-service';
import { Clock, ServiceContext } from '../gas/context';
import { FakeDriveStore } from '../gas/docs/drive-store';
import { createDocumentApp } from '../gas/document-app';
import { createDriveApp } from '../gas/drive-app';
import { createFormApp } from '../gas/form-app';
import { createLockService } from '../gas/lock-service';
import { createLogger } from '../gas/logger';
import { createMailApp } from '../gas/mail-app';
import { createPropertiesService } from '../gas/properties-service';
import { createScriptApp } from '../gas/script-app';
import { createSession } from '../gas/session';
import { createCharts } from '../gas/spreadsheet/enums';
import { createSpreadsheetApp } from '../gas/spreadsheet-app';
import { createUtilities } from '../gas/utilities';
import { bundlePath, type LoadedBundle, loadBundle } from './loader';

export const SCRIPT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OAUTH_SCOPES: string[] = JSON.parse(
  readFileSync(new URL('../../appsscript.json', import.meta.url), 'utf8'),
).oauthScopes;

/** How Google delivers a form-submit trigger: normally once, sometimes twice, sometimes not at all. */
export type Delivery = 'once' | 'twice' | 'never';

export interface EnvironmentOptions {
  start?: Date;
  /** MailApp daily recipients (100 consumer, 1,500 Workspace). */
  mailQuota?: number;
  bundle?: string;
  echoConsole?: boolean;
  spreadsheetName?: string;
  /** Simulated time one execution may take before Google stops it (6 minutes); unset: no limit. */
  executionLimitMs?: number;
}

/** One execution of the bundle: what ran, when (simulated time), for how long, and how it ended. */
export interface ExecutionRecord {
  fn: string;
  trigger: boolean;
  at: Date;
  durationMs: number;
  error?: string;
}

export const MimeType = {
  PDF: 'application/pdf',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  FOLDER: 'application/vnd.google-apps.folder',
  PLAIN_TEXT: 'text/plain',
  HTML: 'text/html',
  CSV: 'text/csv',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export function createServices(ctx: ServiceContext, opts: EnvironmentOptions = {}) {
  const driveStore = new FakeDriveStore(ctx);
  const services = {
    SpreadsheetApp: createSpreadsheetApp(ctx, { timeZone: SCRIPT_TIME_ZONE }),
    FormApp: createFormApp(ctx),
    DocumentApp: createDocumentApp(ctx, driveStore),
    DriveApp: createDriveApp(ctx, driveStore),
    Drive: createAdvancedDrive(ctx, driveStore),
    MailApp: createMailApp(ctx, { dailyQuota: opts.mailQuota ?? 100 }),
    PropertiesService: createPropertiesService(ctx),
    CacheService: createCacheService(ctx),
    LockService: createLockService(ctx),
    ScriptApp: createScriptApp(ctx, { timeZone: SCRIPT_TIME_ZONE, oauthScopes: OAUTH_SCOPES }),
    Session: createSession(ctx, { timeZone: SCRIPT_TIME_ZONE }),
    Utilities: createUtilities(ctx),
    Logger: createLogger(ctx),
    Charts: createCharts(),
    MimeType,
  };
  return { services, driveStore };
}

export type Services = ReturnType<typeof createServices>['services'];

export class OfflineEnvironment {
  readonly ctx: ServiceContext;
  readonly services: Services;
  readonly driveStore: FakeDriveStore;
  readonly bundle: LoadedBundle;
  readonly spreadsheet: ReturnType<Services['SpreadsheetApp']['createBoundSpreadsheet']>;
  /** How the next form submissions are delivered to their triggers. */
  delivery: Delivery = 'once';
  /** Decides each submission's delivery when set (fault injection); `delivery` is used otherwise. */
  deliveryPolicy: ((formId: string, response: unknown) => Delivery) | null = null;
  /** Every trigger run, in order (handler, the clock time it started, its simulated duration). */
  readonly runs: { handler: string; at: Date; durationMs?: number; error?: string }[] = [];
  /** Every execution (menu, editor and trigger runs), in order. */
  readonly executions: ExecutionRecord[] = [];
  /** Google stops an execution after this much simulated time (6 minutes); null: never. */
  executionLimitMs: number | null;

  constructor(opts: EnvironmentOptions = {}) {
    this.ctx = new ServiceContext(new Clock(opts.start ?? new Date('2023-04-01T01:00:00Z')));
    this.executionLimitMs = opts.executionLimitMs ?? null;
    const { services, driveStore } = createServices(this.ctx, opts);
    this.services = services;
    this.driveStore = driveStore;
    this.spreadsheet = services.SpreadsheetApp.createBoundSpreadsheet(
      opts.spreadsheetName ?? 'Gương Sáng – Sổ tổng hợp',
    );
    const code = readFileSync(opts.bundle ?? bundlePath(), 'utf8');
    this.bundle = loadBundle(code, services as unknown as Record<string, unknown>, {
      clock: this.ctx.clock,
      echoConsole: opts.echoConsole,
      filename: 'Code.js',
    });
    this.ctx.formSubmitListeners.push((formId, response) => this.deliverFormSubmit(formId, response));
  }

  get clock(): Clock {
    return this.ctx.clock;
  }

  /** A menu click or editor run by Nội vụ: UI available, the user is the active user. */
  run<T = unknown>(fn: string, ...args: unknown[]): T {
    return this.execute(fn, true, args) as T;
  }

  /** A trigger run: no UI; the event object (if any) is the first argument. */
  runTrigger<T = unknown>(fn: string, event?: unknown): T {
    return this.execute(fn, false, event === undefined ? [] : [event]) as T;
  }

  private execute(fn: string, ui: boolean, args: unknown[]): unknown {
    const ctx = this.ctx;
    const outer = { deadline: ctx.deadlineMs, killed: ctx.killedWith };
    const at = this.clock.now();
    const record: ExecutionRecord = { fn, trigger: !ui, at, durationMs: 0 };
    this.executions.push(record);
    this.services.LockService.newExecution();
    this.services.SpreadsheetApp.setUiAvailable(ui);
    ctx.executing++;
    ctx.killedWith = null;
    ctx.deadlineMs = this.executionLimitMs === null ? null : at.getTime() + this.executionLimitMs;
    try {
      return this.bundle.call(fn, ...args);
    } catch (e) {
      record.error = e instanceof Error ? e.message : String(e);
      throw e;
    } finally {
      ctx.executing--;
      ctx.deadlineMs = outer.deadline;
      ctx.killedWith = outer.killed;
      record.durationMs = this.clock.nowMs() - at.getTime();
      // Google saves every open document when an execution ends.
      this.driveStore.flush();
      this.services.LockService.newExecution();
      this.services.SpreadsheetApp.setUiAvailable(true);
    }
  }

  private deliverFormSubmit(formId: string, response: unknown): void {
    const delivery = this.deliveryPolicy?.(formId, response) ?? this.delivery;
    const times = delivery === 'never' ? 0 : delivery === 'twice' ? 2 : 1;
    const form = this.services.FormApp.openById(formId);
    for (const trigger of this.services.ScriptApp.formSubmitTriggers(formId)) {
      for (let i = 0; i < times; i++) {
        const event = { authMode: 'FULL', response, source: form, triggerUid: trigger.getUniqueId() };
        this.fire(trigger.getHandlerFunction(), event);
      }
    }
  }

  /** Runs a trigger handler like Google: an exception is logged against the run, never thrown at the submitter. */
  private fire(handler: string, event: unknown): void {
    const at = this.clock.now();
    const durationMs = () => this.clock.nowMs() - at.getTime();
    try {
      this.runTrigger(handler, event);
      this.runs.push({ handler, at, durationMs: durationMs() });
    } catch (e) {
      this.runs.push({ handler, at, durationMs: durationMs(), error: e instanceof Error ? e.message : String(e) });
    }
  }

  /** Moves the clock to `until`, firing every time-driven trigger that falls due on the way, in order. */
  advanceTo(until: Date, stepMs = 60 * 60 * 1000): void {
    const end = until.getTime();
    while (this.clock.nowMs() < end) {
      this.clock.set(new Date(Math.min(end, this.clock.nowMs() + stepMs)));
      for (const t of this.services.ScriptApp.dueTimeTriggers(this.clock.now())) {
        this.services.ScriptApp.markRun(t, this.clock.now());
        this.fire(t.getHandlerFunction(), { authMode: 'FULL', triggerUid: t.getUniqueId() });
      }
    }
  }
}
