// Defines who may run the admin actions (issue 6 §3): the `Quản trị` list of `Cấu hình`, with a first-setup bootstrap.
import { cleanText } from './text';

/** Menu actions that change the system for everyone or write to the units; triggers are never checked. */
export type AdminAction = 'setup' | 'rebuild' | 'sendNow';

/**
 * `UNKNOWN_USER`: Google gave no email for the person running (fail closed, even before any admin exists);
 * `NO_ADMIN_YET`: `Quản trị` is empty and the action is not the first setup; `NOT_ADMIN`: not on the list.
 */
export type AccessDenial = 'UNKNOWN_USER' | 'NO_ADMIN_YET' | 'NOT_ADMIN';

export type AccessDecision =
  | { allowed: true; user: string; action: AdminAction; bootstrap: boolean }
  | { allowed: false; user: string; action: AdminAction; code: AccessDenial };

const GMAIL = /^(.*)@(gmail|googlemail)\.com$/;

/**
 * Comparable form of an address: cleaned, lower-cased; for consumer Gmail the dots of the local part are
 * dropped and googlemail.com is gmail.com, because Google treats those spellings as one account.
 * https://support.google.com/mail/answer/7436150
 */
export function canonicalEmail(s: unknown): string {
  const e = cleanText(s).toLowerCase();
  const m = GMAIL.exec(e);
  return m ? `${m[1].replace(/\./g, '')}@gmail.com` : e;
}

/**
 * The person running a menu item. Session.getActiveUser() may be blank for consumer accounts; a menu or
 * editor run executes under that same person's authorization, so the effective user is that person too
 * (it differs only in installable triggers and "execute as me" web apps, which never reach admin actions).
 * https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()
 */
export function runningUser(activeEmail: unknown, effectiveEmail: unknown): string {
  return cleanText(activeEmail) || cleanText(effectiveEmail);
}

/**
 * An empty list lets only the first setup through (which then writes its runner into `Quản trị`), so the
 * office is never locked out and the system is never left open to every editor.
 */
export function decideAdminAccess(input: {
  action: AdminAction;
  user: string;
  admins: readonly string[];
}): AccessDecision {
  const { action } = input;
  const user = cleanText(input.user);
  const admins = input.admins.map(canonicalEmail).filter((a) => a !== '');
  if (canonicalEmail(user) === '') return { allowed: false, user, action, code: 'UNKNOWN_USER' };
  if (admins.length === 0) {
    return action === 'setup'
      ? { allowed: true, user, action, bootstrap: true }
      : { allowed: false, user, action, code: 'NO_ADMIN_YET' };
  }
  return admins.includes(canonicalEmail(user))
    ? { allowed: true, user, action, bootstrap: false }
    : { allowed: false, user, action, code: 'NOT_ADMIN' };
}
