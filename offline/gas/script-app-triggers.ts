// Defines the offline Trigger and the trigger builders of ScriptApp (clock, form, spreadsheet, document).

import type { ServiceContext } from './context.ts';
import { GasException, gasEnum } from './gas-base.ts';
import { type ClockSchedule, scheduleProblem, weekDayNumber } from './script-app-schedule.ts';

export const EventType = gasEnum('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
export const TriggerSource = gasEnum('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
export type EventTypeName = keyof typeof EventType;
export type TriggerSourceName = keyof typeof TriggerSource;

/** https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export const TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
const EVERY_MINUTES = [1, 5, 10, 15, 30];

export interface TriggerSpec {
  uniqueId: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  sourceId: string | null;
  /** The user who created it: triggers run as, and are listed for, their owner. */
  owner: string;
  createdAt: number;
  schedule?: ClockSchedule;
  lastRun: number | null;
}

export class FakeTrigger {
  constructor(
    private readonly ctx: ServiceContext,
    /** What the trigger is, for the offline scheduler (not a Google member). */
    readonly spec: TriggerSpec,
  ) {}

  // https://developers.google.com/apps-script/reference/script/trigger#getEventType()
  getEventType(): EventTypeName {
    this.ctx.call('ScriptApp', 'Trigger.getEventType');
    return this.spec.eventType;
  }

  // https://developers.google.com/apps-script/reference/script/trigger#getHandlerFunction()
  getHandlerFunction(): string {
    this.ctx.call('ScriptApp', 'Trigger.getHandlerFunction');
    return this.spec.handler;
  }

  // https://developers.google.com/apps-script/reference/script/trigger#getTriggerSource()
  getTriggerSource(): TriggerSourceName {
    this.ctx.call('ScriptApp', 'Trigger.getTriggerSource');
    return this.spec.source;
  }

  // https://developers.google.com/apps-script/reference/script/trigger#getTriggerSourceId()
  getTriggerSourceId(): string | null {
    this.ctx.call('ScriptApp', 'Trigger.getTriggerSourceId');
    return this.spec.sourceId;
  }

  // https://developers.google.com/apps-script/reference/script/trigger#getUniqueId()
  getUniqueId(): string {
    this.ctx.call('ScriptApp', 'Trigger.getUniqueId');
    return this.spec.uniqueId;
  }
}

/** What the builders need from ScriptApp: a place to register the trigger they build. */
export interface TriggerRegistry {
  register(spec: Omit<TriggerSpec, 'uniqueId' | 'owner' | 'createdAt' | 'lastRun'>): FakeTrigger;
  readonly scriptTimeZone: string;
}

function sourceKey(x: unknown): string {
  if (typeof x === 'string') return x;
  const o = x as { getId?: () => string } | null;
  if (o && typeof o.getId === 'function') return o.getId();
  throw new GasException('Invalid argument: key');
}

function integerIn(method: string, n: number, min: number, max: number): number {
  if (!Number.isInteger(n) || n < min || n > max)
    throw new GasException(`The value you passed to ${method} was invalid.`);
  return n;
}

export class FakeClockTriggerBuilder {
  private readonly s: ClockSchedule;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly registry: TriggerRegistry,
    private readonly handler: string,
  ) {
    this.s = { timeZone: registry.scriptTimeZone };
  }

  private step(method: string, apply: () => void): FakeClockTriggerBuilder {
    this.ctx.call('ScriptApp', `ClockTriggerBuilder.${method}`);
    apply();
    return this;
  }

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)
  after(durationMilliseconds: number): FakeClockTriggerBuilder {
    return this.step('after', () => {
      this.s.afterMs = integerIn('after', durationMilliseconds, 0, Number.MAX_SAFE_INTEGER);
    });
  }

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#at(Date)
  at(date: Date): FakeClockTriggerBuilder {
    return this.step('at', () => {
      this.s.at = date.getTime();
    });
  }

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#atDate(Integer,Integer,Integer)
  atDate(year: number, month: number, day: number): FakeClockTriggerBuilder {
    return this.step('atDate', () => {
      this.s.atDate = [year, integerIn('atDate', month, 1, 12), integerIn('atDate', day, 1, 31)];
    });
  }

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#atHour(Integer)
  atHour(hour: number): FakeClockTriggerBuilder {
    return this.step('atHour', () => {
      this.s.atHour = integerIn('atHour', hour, 0, 23);
    });
  }

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyDays(Integer)
  everyDays(n: number): FakeClockTriggerBuilder {
    return this.step('everyDays', () => {
      this.s.everyDays = integerIn('everyDays', n, 1, 366);
    });
  }

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyHours(Integer)
  everyHours(n: number): FakeClockTriggerBuilder {
    return this.step('everyHours', () => {
      this.s.everyHours = integerIn('everyHours', n, 1, 24);
    });
  }

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
  everyMinutes(n: number): FakeClockTriggerBuilder {
    return this.step('everyMinutes', () => {
      if (!EVERY_MINUTES.includes(n)) {
        throw new GasException(
          'The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.',
        );
      }
      this.s.everyMinutes = n;
    });
  }

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyWeeks(Integer)
  everyWeeks(n: number): FakeClockTriggerBuilder {
    return this.step('everyWeeks', () => {
      this.s.everyWeeks = integerIn('everyWeeks', n, 1, 52);
    });
  }

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String)
  inTimezone(timezone: string): FakeClockTriggerBuilder {
    return this.step('inTimezone', () => {
      this.s.timeZone = timezone;
    });
  }

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#nearMinute(Integer)
  nearMinute(minute: number): FakeClockTriggerBuilder {
    return this.step('nearMinute', () => {
      this.s.nearMinute = integerIn('nearMinute', minute, 0, 59);
    });
  }

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#onMonthDay(Integer)
  onMonthDay(day: number): FakeClockTriggerBuilder {
    return this.step('onMonthDay', () => {
      this.s.monthDay = integerIn('onMonthDay', day, 1, 31);
    });
  }

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#onWeekDay(Weekday)
  onWeekDay(day: unknown): FakeClockTriggerBuilder {
    return this.step('onWeekDay', () => {
      this.s.weekDay = weekDayNumber(day);
    });
  }

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#create()
  create(): FakeTrigger {
    this.ctx.call('ScriptApp', 'ClockTriggerBuilder.create');
    const problem = scheduleProblem(this.s);
    if (problem) throw new GasException(problem);
    return this.registry.register({
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: { ...this.s },
    });
  }
}

type ContainerBuilderName = 'FormTriggerBuilder' | 'SpreadsheetTriggerBuilder' | 'DocumentTriggerBuilder';

/** Shared part of the container builders (form, spreadsheet, document): one event type, then create(). */
abstract class ContainerTriggerBuilder {
  private eventType: EventTypeName | null = null;

  constructor(
    protected readonly ctx: ServiceContext,
    private readonly registry: TriggerRegistry,
    private readonly handler: string,
    private readonly className: ContainerBuilderName,
    private readonly source: TriggerSourceName,
    private readonly sourceId: string,
  ) {}

  protected on(method: string, type: EventTypeName): this {
    this.ctx.call('ScriptApp', `${this.className}.${method}`);
    this.eventType = type;
    return this;
  }

  // https://developers.google.com/apps-script/reference/script/form-trigger-builder#create()
  create(): FakeTrigger {
    this.ctx.call('ScriptApp', `${this.className}.create`);
    if (!this.eventType) throw new GasException('Trigger event type was not specified.');
    return this.registry.register({
      handler: this.handler,
      eventType: this.eventType,
      source: this.source,
      sourceId: this.sourceId,
    });
  }
}

export class FakeFormTriggerBuilder extends ContainerTriggerBuilder {
  constructor(ctx: ServiceContext, registry: TriggerRegistry, handler: string, formId: string) {
    super(ctx, registry, handler, 'FormTriggerBuilder', 'FORMS', formId);
  }

  // https://developers.google.com/apps-script/reference/script/form-trigger-builder#onFormSubmit()
  onFormSubmit(): this {
    return this.on('onFormSubmit', 'ON_FORM_SUBMIT');
  }

  // https://developers.google.com/apps-script/reference/script/form-trigger-builder#onOpen()
  onOpen(): this {
    return this.on('onOpen', 'ON_OPEN');
  }
}

export class FakeSpreadsheetTriggerBuilder extends ContainerTriggerBuilder {
  constructor(ctx: ServiceContext, registry: TriggerRegistry, handler: string, spreadsheetId: string) {
    super(ctx, registry, handler, 'SpreadsheetTriggerBuilder', 'SPREADSHEETS', spreadsheetId);
  }

  // https://developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder#onChange()
  onChange(): this {
    return this.on('onChange', 'ON_CHANGE');
  }

  // https://developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder#onEdit()
  onEdit(): this {
    return this.on('onEdit', 'ON_EDIT');
  }

  // https://developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder#onFormSubmit()
  onFormSubmit(): this {
    return this.on('onFormSubmit', 'ON_FORM_SUBMIT');
  }

  // https://developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder#onOpen()
  onOpen(): this {
    return this.on('onOpen', 'ON_OPEN');
  }
}

export class FakeDocumentTriggerBuilder extends ContainerTriggerBuilder {
  constructor(ctx: ServiceContext, registry: TriggerRegistry, handler: string, documentId: string) {
    super(ctx, registry, handler, 'DocumentTriggerBuilder', 'DOCUMENTS', documentId);
  }

  // https://developers.google.com/apps-script/reference/script/document-trigger-builder#onOpen()
  onOpen(): this {
    return this.on('onOpen', 'ON_OPEN');
  }
}

export class FakeTriggerBuilder {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly registry: TriggerRegistry,
    private readonly handler: string,
  ) {}

  // https://developers.google.com/apps-script/reference/script/trigger-builder#forDocument(String)
  forDocument(documentOrKey: unknown): FakeDocumentTriggerBuilder {
    this.ctx.call('ScriptApp', 'TriggerBuilder.forDocument');
    return new FakeDocumentTriggerBuilder(this.ctx, this.registry, this.handler, sourceKey(documentOrKey));
  }

  // https://developers.google.com/apps-script/reference/script/trigger-builder#forForm(String)
  forForm(formOrKey: unknown): FakeFormTriggerBuilder {
    this.ctx.call('ScriptApp', 'TriggerBuilder.forForm');
    return new FakeFormTriggerBuilder(this.ctx, this.registry, this.handler, sourceKey(formOrKey));
  }

  // https://developers.google.com/apps-script/reference/script/trigger-builder#forSpreadsheet(String)
  forSpreadsheet(spreadsheetOrKey: unknown): FakeSpreadsheetTriggerBuilder {
    this.ctx.call('ScriptApp', 'TriggerBuilder.forSpreadsheet');
    return new FakeSpreadsheetTriggerBuilder(this.ctx, this.registry, this.handler, sourceKey(spreadsheetOrKey));
  }

  // https://developers.google.com/apps-script/reference/script/trigger-builder#timeBased()
  timeBased(): FakeClockTriggerBuilder {
    this.ctx.call('ScriptApp', 'TriggerBuilder.timeBased');
    return new FakeClockTriggerBuilder(this.ctx, this.registry, this.handler);
  }
}
