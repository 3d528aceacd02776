// Defines the offline ScriptApp: installable triggers (with an offline scheduler), enums and authorization.
//
// Known differences:
// - Enum values are strings ('ON_FORM_SUBMIT'); Google's are objects whose toString() is the name.
// - Triggers belong to ctx.effectiveUser at creation; getProjectTriggers/getUserTriggers list the
//   current effective user's. The 20-per-user limit counts every kind of trigger.
// - Nothing runs by itself: the environment asks dueTimeTriggers(now) / formSubmitTriggers(formId)
//   and calls markRun(). Run times are chosen as script-app-schedule.ts explains.
// - A one-off clock trigger stays listed after it ran (Google keeps it, disabled, until deleted).
// - Authorization is complete unless setMissingScopes() says otherwise; requireAllScopes and
//   requireScopes then throw "Authorization is required to perform that action." (no prompt offline).
// - deleteTrigger of a trigger already deleted does nothing. Clock triggers report a null source id.

import type { ServiceContext } from './context.ts';
import { GasException, gasEnum } from './gas-base.ts';
import { nextRun } from './script-app-schedule.ts';
import {
  EventType,
  type EventTypeName,
  FakeTrigger,
  FakeTriggerBuilder,
  TOO_MANY_TRIGGERS_MESSAGE,
  TRIGGERS_PER_USER,
  type TriggerRegistry,
  TriggerSource,
  type TriggerSpec,
} from './script-app-triggers.ts';

export { EventType, FakeTrigger, TOO_MANY_TRIGGERS_MESSAGE, TRIGGERS_PER_USER, TriggerSource };

export const AuthMode = gasEnum('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const AuthorizationStatus = gasEnum('REQUIRED', 'NOT_REQUIRED');
export const InstallationSource = gasEnum('APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON');
export const WeekDay = gasEnum('SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY');
export const AUTHORIZATION_REQUIRED_MESSAGE = 'Authorization is required to perform that action.';

export interface ScriptAppOptions {
  /** The project's zone (appsscript.json `timeZone`); clock triggers default to it. */
  timeZone?: string;
  scriptId?: string;
  /** The scopes the manifest asks for (appsscript.json `oauthScopes`). */
  oauthScopes?: string[];
}

export class FakeAuthorizationInfo {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly missing: string[],
    private readonly authorized: string[],
    private readonly url: string,
  ) {}

  // https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizationStatus()
  getAuthorizationStatus(): keyof typeof AuthorizationStatus {
    this.ctx.call('ScriptApp', 'AuthorizationInfo.getAuthorizationStatus');
    return this.missing.length > 0 ? 'REQUIRED' : 'NOT_REQUIRED';
  }

  // https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizationUrl()
  getAuthorizationUrl(): string | null {
    this.ctx.call('ScriptApp', 'AuthorizationInfo.getAuthorizationUrl');
    return this.missing.length > 0 ? this.url : null;
  }

  // https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizedScopes()
  getAuthorizedScopes(): string[] {
    this.ctx.call('ScriptApp', 'AuthorizationInfo.getAuthorizedScopes');
    return [...this.authorized];
  }
}

export class FakeScriptApp implements TriggerRegistry {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly InstallationSource = InstallationSource;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  readonly scriptTimeZone: string;
  private readonly scriptId: string;
  private readonly scopes: string[];
  private missingScopes: string[] = [];
  private triggers: FakeTrigger[] = [];
  private idCounter = 0;

  constructor(
    private readonly ctx: ServiceContext,
    options: ScriptAppOptions = {},
  ) {
    this.scriptTimeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
    this.scriptId = options.scriptId ?? '1offlineGuongSangScriptId0000000000000000000000000000';
    this.scopes = options.oauthScopes ?? [];
  }

  /** Called by the builders' create(): enforces the per-user limit. */
  register(spec: Omit<TriggerSpec, 'uniqueId' | 'owner' | 'createdAt' | 'lastRun'>): FakeTrigger {
    const owner = this.ctx.effectiveUser;
    if (this.triggers.filter((t) => t.spec.owner === owner).length >= TRIGGERS_PER_USER) {
      throw new GasException(TOO_MANY_TRIGGERS_MESSAGE);
    }
    const uniqueId = String(7_000_000_000_000_000 + ++this.idCounter);
    const trigger = new FakeTrigger(this.ctx, {
      ...spec,
      uniqueId,
      owner,
      createdAt: this.ctx.clock.nowMs(),
      lastRun: null,
    });
    this.triggers.push(trigger);
    return trigger;
  }

  private mine(): FakeTrigger[] {
    return this.triggers.filter((t) => t.spec.owner === this.ctx.effectiveUser);
  }

  private authorizationUrl(): string {
    const scope = encodeURIComponent(this.missingScopes.join(' '));
    return `https://script.google.com/macros/d/${this.scriptId}/authorize?scope=${scope}`;
  }

  // https://developers.google.com/apps-script/reference/script/script-app#deleteTrigger(Trigger)
  deleteTrigger(trigger: FakeTrigger): void {
    this.ctx.call('ScriptApp', 'ScriptApp.deleteTrigger');
    const id = trigger.spec.uniqueId;
    this.triggers = this.triggers.filter((t) => t.spec.uniqueId !== id);
  }

  // https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
  getAuthorizationInfo(_authMode: unknown, oAuthScopes?: string[]): FakeAuthorizationInfo {
    this.ctx.call('ScriptApp', 'ScriptApp.getAuthorizationInfo');
    const asked = oAuthScopes ?? [...new Set([...this.scopes, ...this.missingScopes])];
    const missing = asked.filter((s) => this.missingScopes.includes(s));
    const authorized = asked.filter((s) => !this.missingScopes.includes(s));
    return new FakeAuthorizationInfo(this.ctx, missing, authorized, this.authorizationUrl());
  }

  // https://developers.google.com/apps-script/reference/script/script-app#getInstallationSource()
  getInstallationSource(): keyof typeof InstallationSource {
    this.ctx.call('ScriptApp', 'ScriptApp.getInstallationSource');
    return 'NONE';
  }

  // https://developers.google.com/apps-script/reference/script/script-app#getOAuthToken()
  getOAuthToken(): string {
    this.ctx.call('ScriptApp', 'ScriptApp.getOAuthToken');
    return `ya29.offline-${Buffer.from(this.ctx.effectiveUser).toString('base64url')}`;
  }

  // https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
  getProjectTriggers(): FakeTrigger[] {
    this.ctx.call('ScriptApp', 'ScriptApp.getProjectTriggers');
    return this.mine();
  }

  // https://developers.google.com/apps-script/reference/script/script-app#getScriptId()
  getScriptId(): string {
    this.ctx.call('ScriptApp', 'ScriptApp.getScriptId');
    return this.scriptId;
  }

  // https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
  getUserTriggers(container: { getId(): string }): FakeTrigger[] {
    this.ctx.call('ScriptApp', 'ScriptApp.getUserTriggers');
    const id = container.getId();
    return this.mine().filter((t) => t.spec.sourceId === id);
  }

  // https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String)
  newTrigger(functionName: string): FakeTriggerBuilder {
    this.ctx.call('ScriptApp', 'ScriptApp.newTrigger');
    return new FakeTriggerBuilder(this.ctx, this, String(functionName));
  }

  // https://developers.google.com/apps-script/reference/script/script-app#requireAllScopes(AuthMode)
  requireAllScopes(_authMode: unknown): void {
    this.ctx.call('ScriptApp', 'ScriptApp.requireAllScopes');
    if (this.missingScopes.length > 0) throw new GasException(AUTHORIZATION_REQUIRED_MESSAGE);
  }

  // https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String)
  requireScopes(_authMode: unknown, oAuthScopes: string[]): void {
    this.ctx.call('ScriptApp', 'ScriptApp.requireScopes');
    if (oAuthScopes.some((s) => this.missingScopes.includes(s))) {
      throw new GasException(AUTHORIZATION_REQUIRED_MESSAGE);
    }
  }

  // ---- Offline hooks (not Google members: not counted) ----

  /** Test hook: the user has not granted these scopes (granular consent). */
  setMissingScopes(scopes: string[]): void {
    this.missingScopes = [...scopes];
  }

  /** Every trigger of every user, for the environment and exporters. */
  allTriggers(): FakeTrigger[] {
    return [...this.triggers];
  }

  /** When a clock trigger runs next (null: never again, or not a clock trigger). */
  nextRunOf(trigger: FakeTrigger): Date | null {
    const s = trigger.spec;
    if (!s.schedule) return null;
    const at = nextRun(s.schedule, s.createdAt, s.lastRun ?? s.createdAt, s.lastRun);
    return at === null ? null : new Date(at);
  }

  /** Clock triggers (of every user) whose next run is at or before `now`, earliest first. */
  dueTimeTriggers(now: Date): FakeTrigger[] {
    const due: [number, FakeTrigger][] = [];
    for (const t of this.triggers) {
      const at = this.nextRunOf(t);
      if (at && at.getTime() <= now.getTime()) due.push([at.getTime(), t]);
    }
    return due.sort((a, b) => a[0] - b[0]).map(([, t]) => t);
  }

  /** Records that the environment ran `trigger` at `at`; its next run is computed from then. */
  markRun(trigger: FakeTrigger, at: Date): void {
    trigger.spec.lastRun = at.getTime();
  }

  /** Installed form-submit triggers of a form (every user's), in creation order. */
  formSubmitTriggers(formId: string): FakeTrigger[] {
    return this.triggersFor(formId, 'ON_FORM_SUBMIT');
  }

  /** Installed triggers of one container and event type (e.g. a spreadsheet's ON_FORM_SUBMIT). */
  triggersFor(sourceId: string, eventType: EventTypeName): FakeTrigger[] {
    return this.triggers.filter((t) => t.spec.sourceId === sourceId && t.spec.eventType === eventType);
  }
}

export function createScriptApp(ctx: ServiceContext, options?: ScriptAppOptions): FakeScriptApp {
  return new FakeScriptApp(ctx, options);
}
