// Defines named fault presets for the offline environment: Google's own error messages for bad days
// (transient service errors, rate limits, lock timeouts, mail quota, the time limit, lost or repeated
// form-submit triggers) and a seeded `chaos` mix of them for soak tests.
import { EXECUTION_TIME_MESSAGE, type FaultRule, seededRandom } from '../gas/context';
import { LOCK_TIMEOUT_MESSAGE } from '../gas/lock-service';
import { MailErrors } from '../gas/mail-app';
import type { Delivery, OfflineEnvironment } from './environment';

/**
 * Messages as Apps Script throws them (`e.message`, without the "Exception: " prefix). The wording is
 * Google's as seen in execution logs and reported in public issue trackers; Google documents only
 * "Exceeded maximum execution time" and "Service invoked too many times…" on its troubleshooting page
 * (https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors).
 */
export const GOOGLE_ERRORS = {
  /** A Sheets back-end hiccup: retrying after a short wait usually works. */
  spreadsheetsFailed: (id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg') =>
    `Service Spreadsheets failed while accessing document with id ${id}.`,
  spreadsheetsTimedOut: (id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg') =>
    `Service Spreadsheets timed out while accessing document with id ${id}.`,
  documentsFailed: (id = '1DoCuMeNtIdOfTheMonthlyReport0123456789abcd') =>
    `Service Documents failed while accessing document with id ${id}.`,
  /** The per-second rate limit; Google's own text asks for a sleep between calls. */
  tooManyShortTime: (service = 'exec qps') =>
    `Service invoked too many times in a short time: ${service}. Try Utilities.sleep(1000) between calls.`,
  serverError: "We're sorry, a server error occurred. Please wait a bit and try again.",
  /** The daily recipients quota of MailApp (SPEC §11). */
  mailQuota: MailErrors.quota,
  lockTimeout: LOCK_TIMEOUT_MESSAGE,
  executionTime: EXECUTION_TIME_MESSAGE,
} as const;

/** Sheet calls that read or write cells, look up rows or grow the sheet: where a Sheets hiccup shows. */
export const SHEET_IO_METHODS = [
  'Range.getValues',
  'Range.setValues',
  'Range.setNumberFormats',
  'Range.clearContent',
  'Sheet.getLastRow',
  'Sheet.getDataRange',
  'Sheet.insertRowsAfter',
  'TextFinder.findNext',
  'TextFinder.findAll',
  'Spreadsheet.getSheetByName',
] as const;

type Rule = Omit<FaultRule, 'service' | 'method' | 'message'>;

/** Sheets transient errors on every cell read, write and lookup, with probability `rate` each. */
export function transientSheetErrors(rate: number, extra: Rule = {}): FaultRule[] {
  return SHEET_IO_METHODS.map((method, i) => ({
    service: 'SpreadsheetApp',
    method,
    probability: rate,
    message: i % 3 === 2 ? GOOGLE_ERRORS.tooManyShortTime() : GOOGLE_ERRORS.spreadsheetsFailed(),
    ...extra,
  }));
}

/** `waitLock` times out (another execution held the script lock), with probability `rate`. */
export function lockTimeouts(rate: number, extra: Rule = {}): FaultRule[] {
  return [
    { service: 'LockService', method: 'Lock.waitLock', probability: rate, message: LOCK_TIMEOUT_MESSAGE, ...extra },
  ];
}

/** MailApp.sendEmail fails before sending (a Gmail back-end error), with probability `rate`. */
export function mailErrors(rate: number, extra: Rule = {}): FaultRule[] {
  return [
    {
      service: 'MailApp',
      method: 'MailApp.sendEmail',
      probability: rate,
      message: GOOGLE_ERRORS.tooManyShortTime('email'),
      ...extra,
    },
  ];
}

/** Google stops the execution at a random call, as its time limit does (nothing after it reaches a service). */
export function executionKills(rate: number, extra: Rule = {}): FaultRule[] {
  return [{ service: '*', method: '*', probability: rate, message: EXECUTION_TIME_MESSAGE, kill: true, ...extra }];
}

/** Adds rules to the environment's plan; the returned function removes exactly those rules. */
export function inject(env: OfflineEnvironment, rules: readonly FaultRule[]): () => void {
  const removers = rules.map((r) => env.ctx.faults.add(r));
  return () => {
    for (const remove of removers) remove();
  };
}

/** The day's mail quota is used up: getRemainingDailyQuota() reports 0 and sendEmail throws Google's message. */
export function exhaustMailQuota(env: OfflineEnvironment): void {
  env.services.MailApp.setRemaining(0);
}

/** Each submission's trigger is delivered once, twice or never, drawn from a seeded generator. */
export function randomDelivery(seed: number, p: { twice: number; never: number }): (formId: string) => Delivery {
  const random = seededRandom(seed ^ 0x9e3779b9);
  return () => {
    const x = random();
    return x < p.never ? 'never' : x < p.never + p.twice ? 'twice' : 'once';
  };
}

export interface ChaosOptions {
  seed: number;
  /** Probability of a transient error on each Sheet read, write or lookup. */
  rate: number;
  /** Probability that `waitLock` times out (default `rate` × 4: locks are taken once per execution). */
  lockRate?: number;
  /** Probability that a submission's trigger never fires / fires twice (defaults 0.03 / 0.05). */
  never?: number;
  twice?: number;
  /** Probability that Google stops an execution at any given call (default 0: off). */
  killRate?: number;
}

export interface Chaos {
  /** Faults off (rules removed, delivery back to once); what fired stays in env.ctx.faults.fired. */
  stop(): void;
}

/**
 * Seeded random faults while the bundle runs (a test's own set-up calls are spared): Sheets errors,
 * lock timeouts, optional time-limit kills, and form-submit triggers lost or delivered twice.
 */
export function chaos(env: OfflineEnvironment, o: ChaosOptions): Chaos {
  env.ctx.faults.seed(o.seed);
  const during = { inExecution: true };
  const remove = inject(env, [
    ...transientSheetErrors(o.rate, during),
    ...lockTimeouts(o.lockRate ?? Math.min(1, o.rate * 4), during),
    ...(o.killRate ? executionKills(o.killRate, during) : []),
  ]);
  env.deliveryPolicy = randomDelivery(o.seed, { never: o.never ?? 0.03, twice: o.twice ?? 0.05 });
  return {
    stop() {
      remove();
      env.deliveryPolicy = null;
      env.delivery = 'once';
    },
  };
}
