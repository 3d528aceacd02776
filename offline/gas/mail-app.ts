// Defines the MailApp stand-in (FakeMailApp, createMailApp): sends nothing, records every message, keeps the quota.
//
// Known differences:
// - The daily quota resets at midnight America/Los_Angeles. Google only says quotas refresh 24 hours after a
//   window starts and that the moment varies between users.
// - Each listed address counts against the quota, duplicates included; Google does not say whether it dedupes.
// - The address check is a plain local@domain.tld pattern ("Name <addr>" accepted); Google's exact grammar is
//   not documented. Empty entries between commas are skipped.
// - Attachments and inline images are accepted and ignored (only their count is kept). noReply is recorded
//   whether or not the account could use it.
// - The 250-character subject limit ("Argument too large: subject") and the 200 KB body limit
//   ("Limit Exceeded: Email Body Size.") follow commonly reported behaviour; they are options here.
import type { ServiceContext } from './context.ts';

const SERVICE = 'MailApp';

export const MailErrors = {
  quota: 'Service invoked too many times for one day: email.',
  tooManyRecipients: 'Limit Exceeded: Email Recipients Per Message.',
  noRecipient: 'Failed to send email: no recipient',
  invalidEmail: (addr: string) => `Invalid email: ${addr}`,
  subjectTooLarge: 'Argument too large: subject',
  bodyTooLarge: 'Limit Exceeded: Email Body Size.',
} as const;

/** One message as MailApp would have sent it; addresses as given (a display name may precede them). */
export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo?: string;
  name?: string;
  noReply?: boolean;
  subject: string;
  body: string;
  htmlBody?: string;
  attachmentCount?: number;
  date: Date;
}

/** The fields of MailApp's message object and advanced options. */
export interface MailMessage {
  to?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  noReply?: boolean;
  attachments?: unknown[];
  inlineImages?: Record<string, unknown>;
}

export interface MailAppOptions {
  /** Recipients per day: 100 for consumer accounts (default), 1,500 for Workspace. */
  dailyQuota?: number;
  maxRecipientsPerMessage?: number;
  maxSubjectLength?: number;
  /** UTF-8 bytes of the plain or HTML body; 200 KB consumer, 400 KB Workspace. */
  maxBodyBytes?: number;
}

const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/** The bare address of "addr" or "Name <addr>". */
export function bareAddress(entry: string): string {
  const m = /<([^<>]*)>\s*$/.exec(entry);
  return (m ? m[1] : entry).trim();
}

/** Splits a comma-separated list, keeping commas inside quotes or angle brackets. */
export function splitAddressList(list: string | undefined): string[] {
  if (!list) return [];
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let angle = false;
  for (const ch of String(list)) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<' && !quoted) angle = true;
    else if (ch === '>' && !quoted) angle = false;
    if (ch === ',' && !quoted && !angle) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

function checked(list: string | undefined): string[] {
  const entries = splitAddressList(list);
  for (const e of entries) if (!ADDRESS.test(bareAddress(e))) throw new Error(MailErrors.invalidEmail(e));
  return entries;
}

function pacificDay(d: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Los_Angeles',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
}

function typeName(v: unknown): string {
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (v === null || v === undefined) return 'null';
  return 'Object';
}

// https://developers.google.com/apps-script/reference/mail/mail-app
export class FakeMailApp implements GoogleAppsScript.Mail.MailApp {
  /** Every message sent, in order. */
  readonly sent: SentMail[] = [];
  private dailyQuota: number;
  private used = 0;
  private day: string;
  private readonly limits: Required<Omit<MailAppOptions, 'dailyQuota'>>;

  constructor(
    private readonly ctx: ServiceContext,
    opts: MailAppOptions = {},
  ) {
    this.dailyQuota = opts.dailyQuota ?? 100;
    this.limits = {
      maxRecipientsPerMessage: opts.maxRecipientsPerMessage ?? 50,
      maxSubjectLength: opts.maxSubjectLength ?? 250,
      maxBodyBytes: opts.maxBodyBytes ?? 200 * 1024,
    };
    this.day = pacificDay(ctx.clock.now());
  }

  private rollOver(): void {
    const today = pacificDay(this.ctx.clock.now());
    if (today !== this.day) {
      this.day = today;
      this.used = 0;
    }
  }

  // https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()
  getRemainingDailyQuota(): number {
    this.ctx.call(SERVICE, 'MailApp.getRemainingDailyQuota');
    this.rollOver();
    return Math.max(0, this.dailyQuota - this.used);
  }

  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
  sendEmail(message: MailMessage): void;
  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String)
  sendEmail(recipient: string, subject: string, body: string): void;
  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,Object)
  sendEmail(recipient: string, subject: string, body: string, options: MailMessage): void;
  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,String)
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
  sendEmail(...args: unknown[]): void {
    this.ctx.call(SERVICE, 'MailApp.sendEmail');
    this.rollOver();
    this.deliver(this.normalise(args));
  }

  private normalise(args: unknown[]): MailMessage {
    const [a, b, c, d] = args;
    if (args.length === 1 && typeof a === 'object' && a !== null) return { ...(a as MailMessage) };
    if (args.length === 4 && [a, b, c, d].every((x) => typeof x === 'string')) {
      return { to: a as string, replyTo: b as string, subject: c as string, body: d as string };
    }
    const strings = [a, b, c].every((x) => typeof x === 'string');
    if (strings && args.length === 3) return { to: a as string, subject: b as string, body: c as string };
    if (strings && args.length === 4 && typeof d === 'object' && d !== null) {
      return { ...(d as MailMessage), to: a as string, subject: b as string, body: c as string };
    }
    const sig = args.map(typeName).join(',');
    throw new Error(`The parameters (${sig}) don't match the method signature for MailApp.sendEmail.`);
  }

  private deliver(m: MailMessage): void {
    const to = checked(m.to);
    const cc = checked(m.cc);
    const bcc = checked(m.bcc);
    const recipients = to.length + cc.length + bcc.length;
    if (recipients === 0) throw new Error(MailErrors.noRecipient);
    if (m.replyTo !== undefined && m.replyTo !== '' && !ADDRESS.test(bareAddress(m.replyTo))) {
      throw new Error(MailErrors.invalidEmail(m.replyTo));
    }
    if (recipients > this.limits.maxRecipientsPerMessage) throw new Error(MailErrors.tooManyRecipients);
    const subject = m.subject === undefined || m.subject === null ? '' : String(m.subject);
    if (subject.length > this.limits.maxSubjectLength) throw new Error(MailErrors.subjectTooLarge);
    const body = m.body === undefined || m.body === null ? '' : String(m.body);
    const bytes = (s: string | undefined) => Buffer.byteLength(s ?? '', 'utf8');
    if (Math.max(bytes(body), bytes(m.htmlBody)) > this.limits.maxBodyBytes) throw new Error(MailErrors.bodyTooLarge);
    if (recipients > this.dailyQuota - this.used) throw new Error(MailErrors.quota);
    this.used += recipients;
    const mail: SentMail = { to, cc, bcc, subject, body, date: this.ctx.clock.now() };
    if (m.replyTo) mail.replyTo = m.replyTo;
    if (m.name !== undefined) mail.name = String(m.name);
    if (m.noReply !== undefined) mail.noReply = Boolean(m.noReply);
    if (m.htmlBody !== undefined) mail.htmlBody = String(m.htmlBody);
    if (m.attachments?.length) mail.attachmentCount = m.attachments.length;
    this.sent.push(mail);
  }

  /** Test hook: the recipients allowed per day (100 consumer, 1,500 Workspace). */
  setDailyQuota(n: number): void {
    this.rollOver();
    this.dailyQuota = n;
  }

  /** Test hook: what getRemainingDailyQuota() reports for the rest of today. */
  setRemaining(n: number): void {
    this.rollOver();
    this.used = this.dailyQuota - n;
  }
}

export function createMailApp(ctx: ServiceContext, opts?: MailAppOptions): FakeMailApp {
  return new FakeMailApp(ctx, opts);
}
