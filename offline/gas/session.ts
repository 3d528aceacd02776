// Defines the offline Session: the active and effective user, the script time zone and the user's locale.
//
// Known differences:
// - Users come from ctx.activeUser / ctx.effectiveUser at the time of the call; set ctx.activeUser
//   to '' to model a trigger run for a consumer account (Google then returns a blank email).
// - getTemporaryActiveUserKey() is a stable hash of the active user and script, not rotated monthly.

import { createHash } from 'node:crypto';
import type { ServiceContext } from './context.ts';

export class FakeUser implements GoogleAppsScript.Base.User {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly email: string,
  ) {}

  // https://developers.google.com/apps-script/reference/base/user#getEmail()
  getEmail(): string {
    this.ctx.call('Session', 'User.getEmail');
    return this.email;
  }

  // https://developers.google.com/apps-script/reference/base/user#getUserLoginId()
  /** @deprecated Google deprecated it in favour of getEmail(). */
  getUserLoginId(): string {
    this.ctx.call('Session', 'User.getUserLoginId');
    return this.email;
  }
}

export interface SessionOptions {
  /** The project's zone (appsscript.json `timeZone`), e.g. 'Asia/Ho_Chi_Minh'. */
  timeZone: string;
  /** The active user's language, as Session reports it; the district office works in Vietnamese. */
  locale?: string;
}

export class FakeSession implements GoogleAppsScript.Base.Session {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly options: SessionOptions,
  ) {}

  // https://developers.google.com/apps-script/reference/base/session#getActiveUser()
  getActiveUser(): FakeUser {
    this.ctx.call('Session', 'Session.getActiveUser');
    return new FakeUser(this.ctx, this.ctx.activeUser);
  }

  // https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()
  getActiveUserLocale(): string {
    this.ctx.call('Session', 'Session.getActiveUserLocale');
    return this.options.locale ?? 'vi';
  }

  // https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()
  getEffectiveUser(): FakeUser {
    this.ctx.call('Session', 'Session.getEffectiveUser');
    return new FakeUser(this.ctx, this.ctx.effectiveUser);
  }

  // https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
  getScriptTimeZone(): string {
    this.ctx.call('Session', 'Session.getScriptTimeZone');
    return this.options.timeZone;
  }

  // https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey()
  getTemporaryActiveUserKey(): string {
    this.ctx.call('Session', 'Session.getTemporaryActiveUserKey');
    return createHash('sha256').update(`offline-session:${this.ctx.activeUser}`).digest('base64url').slice(0, 43);
  }

  // https://developers.google.com/apps-script/reference/base/session#getUser()
  /** @deprecated Google deprecated it in favour of getActiveUser(). */
  getUser(): FakeUser {
    this.ctx.call('Session', 'Session.getUser');
    return new FakeUser(this.ctx, this.ctx.activeUser);
  }

  // https://developers.google.com/apps-script/reference/base/session#getTimeZone()
  /** @deprecated Google deprecated it in favour of getScriptTimeZone(). */
  getTimeZone(): string {
    this.ctx.call('Session', 'Session.getTimeZone');
    return this.options.timeZone;
  }
}

export function createSession(ctx: ServiceContext, options: SessionOptions): FakeSession {
  return new FakeSession(ctx, options);
}
