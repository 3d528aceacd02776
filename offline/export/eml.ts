// Defines toEml: one sent message as an RFC 5322 / MIME file (UTF-8, CRLF, encoded-word headers, base64 parts).
import { createHash } from 'node:crypto';
import { bareAddress, type SentMail } from '../gas/mail-app.ts';

export interface EmlOptions {
  /** The sender: "addr" or "Name <addr>"; mail.name, when set, replaces the display name. */
  from: string;
  /** With or without the angle brackets; a stable one is derived from the message when absent. */
  messageId?: string;
}

const CRLF = '\r\n';
const MAX_LINE = 78;
// "Subject: " (9) + "=?UTF-8?B?" (10) + 56 base64 chars + "?=" (2) = 77: 42 bytes fit in each encoded word.
const WORD_BYTES = 42;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** CR and LF would end the header line and start a new header: they become spaces. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text) && !text.includes('=?');
}

/** RFC 2047 B-encoded words, split between characters so no UTF-8 sequence is cut. */
function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk !== '' || words.length === 0) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`);
}

/** Lays tokens on folded lines of at most 78 characters; a fold replaces the space before a token. */
function header(name: string, tokens: string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const token of tokens) {
    if (line.length + 1 + token.length > MAX_LINE && line !== `${name}:`) {
      lines.push(line);
      line = ` ${token}`;
    } else line += ` ${token}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

function textTokens(text: string): string[] {
  const clean = oneLine(text);
  if (isPlainAscii(clean) && clean.length + 10 <= MAX_LINE) return clean === '' ? [] : [clean];
  return encodedWords(clean);
}

function displayNameTokens(name: string): string[] {
  const clean = oneLine(name).trim();
  if (clean === '') return [];
  if (!isPlainAscii(clean)) return encodedWords(clean);
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(clean)) return clean.split(/ +/);
  return [`"${clean.replace(/["\\]/g, '\\$&')}"`];
}

function displayName(entry: string): string {
  const m = /^(.*)<[^<>]*>\s*$/.exec(entry);
  return m ? m[1].trim().replace(/^"(.*)"$/, '$1') : '';
}

/** One mailbox as tokens: the display name (encoded when not ASCII) and the address. */
function mailboxTokens(entry: string, nameOverride?: string): string[] {
  const address = oneLine(bareAddress(entry)).replace(/\s+/g, '');
  const name = nameOverride ?? displayName(entry);
  const nameTokens = displayNameTokens(name);
  return nameTokens.length ? [...nameTokens, `<${address}>`] : [address];
}

function addressHeader(name: string, entries: string[]): string {
  const tokens: string[] = [];
  entries.forEach((entry, i) => {
    const mailbox = mailboxTokens(entry);
    if (i < entries.length - 1) mailbox[mailbox.length - 1] += ',';
    tokens.push(...mailbox);
  });
  return header(name, tokens);
}

/** RFC 5322 date-time in UTC, so the file never depends on the host's zone. */
export function rfc5322Date(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`
  );
}

/** Base64 of the UTF-8 text with CRLF line breaks (the canonical form of text), in lines of 76. */
function base64Body(text: string): string {
  const canonical = text.replace(/\r?\n/g, CRLF);
  const b64 = Buffer.from(canonical, 'utf8').toString('base64');
  return (b64.match(/.{1,76}/g) ?? ['']).join(CRLF);
}

function part(type: 'plain' | 'html', text: string): string {
  return [`Content-Type: text/${type}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', base64Body(text)].join(
    CRLF,
  );
}

export function toEml(mail: SentMail, opts: EmlOptions): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([mail.date.toISOString(), mail.to, mail.cc, mail.subject, mail.body, mail.htmlBody ?? '']))
    .digest('hex');
  const fromAddress = bareAddress(opts.from);
  const domain = fromAddress.includes('@') ? fromAddress.split('@')[1] : 'localhost';
  const rawId = opts.messageId ? oneLine(opts.messageId).replace(/\s+/g, '') : `${digest.slice(0, 32)}@${domain}`;
  const messageId = rawId.startsWith('<') ? rawId : `<${rawId}>`;

  const lines: string[] = [header('From', mailboxTokens(opts.from, mail.name))];
  if (mail.to.length) lines.push(addressHeader('To', mail.to));
  if (mail.cc.length) lines.push(addressHeader('Cc', mail.cc));
  if (mail.replyTo) lines.push(addressHeader('Reply-To', [mail.replyTo]));
  lines.push(header('Subject', textTokens(mail.subject)));
  lines.push(`Date: ${rfc5322Date(mail.date)}`);
  lines.push(`Message-ID: ${messageId}`);
  lines.push('MIME-Version: 1.0');

  if (mail.htmlBody === undefined) {
    lines.push(part('plain', mail.body));
  } else {
    const boundary = `=_gs_${digest.slice(32, 56)}`;
    lines.push(`Content-Type: multipart/alternative; boundary="${boundary}"`, '');
    lines.push(`--${boundary}`, part('plain', mail.body), `--${boundary}`, part('html', mail.htmlBody));
    lines.push(`--${boundary}--`);
  }
  return lines.join(CRLF) + CRLF;
}
