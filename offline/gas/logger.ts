// Defines the offline Logger: lines stamped with ctx.clock, read back with getLog() as Google prints them.
//
// Known differences:
// - Objects and arrays are written as JSON; Google writes Java-style text ({a=1.0}).
// - Only the %s-style substitutions of Utilities.formatString are applied to the format.

import type { ServiceContext } from './context.ts';
import { formatString } from './text-format.ts';
import { formatJavaDate } from './zoned-time.ts';

export interface LogLine {
  at: Date;
  message: string;
}

export interface LoggerOptions {
  /** Zone of the stamps getLog() prints (the script's zone). */
  timeZone?: string;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && Object.prototype.toString.call(value) !== '[object Date]') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

export class FakeLogger implements GoogleAppsScript.Base.Logger {
  private lines: LogLine[] = [];
  private readonly timeZone: string;

  constructor(
    private readonly ctx: ServiceContext,
    options: LoggerOptions = {},
  ) {
    this.timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
  }

  /** Everything logged so far, for exporters and tests (not a Google method: not counted). */
  entries(): readonly LogLine[] {
    return this.lines;
  }

  // https://developers.google.com/apps-script/reference/base/logger#clear()
  clear(): void {
    this.ctx.call('Logger', 'Logger.clear');
    this.lines = [];
  }

  // https://developers.google.com/apps-script/reference/base/logger#getLog()
  getLog(): string {
    this.ctx.call('Logger', 'Logger.getLog');
    return this.lines
      .map((l) => `[${formatJavaDate(l.at.getTime(), this.timeZone, 'yy-MM-dd HH:mm:ss:SSS z')}] ${l.message}\n`)
      .join('');
  }

  // https://developers.google.com/apps-script/reference/base/logger#log(String,Object...)
  log(format: unknown, ...values: unknown[]): FakeLogger {
    this.ctx.call('Logger', 'Logger.log');
    const message = values.length > 0 ? formatString(text(format), values.map(text)) : text(format);
    this.lines.push({ at: this.ctx.clock.now(), message });
    return this;
  }
}

export function createLogger(ctx: ServiceContext, options?: LoggerOptions): FakeLogger {
  return new FakeLogger(ctx, options);
}
