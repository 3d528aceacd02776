// Defines the MailApp adapter (scope script.send_mail): the remaining daily quota and one multipart message.
import { headerText } from '../domain/reminder-email';

export interface OutgoingMail {
  to: readonly string[];
  cc: readonly string[];
  replyTo?: string;
  /** Sender display name. */
  name: string;
  subject: string;
  text: string;
  html: string;
}

/** Google's message when the day's recipients are used up (SPEC §11). */
export const MAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

export function isQuotaError(e: unknown): boolean {
  return (e instanceof Error ? e.message : String(e)).startsWith('Service invoked too many times for one day');
}

/**
 * Recipients (to + cc + bcc) that may still be sent today.
 * https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()
 */
export function remainingDailyQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/**
 * Sends plain text with an HTML alternative. Never retried here: an error after Google accepted the
 * message would send it twice; the caller logs the failure and a later run tries again.
 * https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
 */
export function sendMail(m: OutgoingMail): void {
  MailApp.sendEmail({
    to: m.to.join(','),
    ...(m.cc.length ? { cc: m.cc.join(',') } : {}),
    ...(m.replyTo ? { replyTo: m.replyTo } : {}),
    // Header fields on one line whatever the settings hold: a line break in `Tên phòng Nội vụ` must not
    // start a new header (issue 6 injection tests).
    name: headerText(m.name, 200),
    subject: headerText(m.subject),
    body: m.text,
    htmlBody: m.html,
  });
}
