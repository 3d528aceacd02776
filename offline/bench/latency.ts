// Defines the latency model that turns recorded stand-in calls into an estimated Apps Script duration: a cost
// per call by service and method, plus a cost per cell for block reads, block writes and searches.
//
// Google publishes no per-call latencies. The figures below come from these measurements, and where none exists
// the number is an assumption, marked as such and chosen on the slow side:
// [S1] Google, Apps Script best practices: service calls dominate, batch reads and writes.
//      https://developers.google.com/apps-script/guides/support/best-practices
// [S2] Google, Quotas for Google services: 6 min per execution; email recipients per day.
//      https://developers.google.com/apps-script/guides/services/quotas
// [S3] "What is faster: ScriptDb or SpreadsheetApp?", a measured Stack Overflow answer (read in a copy): one
//      setValues of 4,000 cells < 50 ms; the same then flush() 610 ms; 400 one-row writes each then flush() ≈ 12 s.
//      https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp
// [S4] L. Peralta, "Google Apps Script APIs performance" (100 runs): PropertiesService getProperty 30 ms and
//      setProperty 62 ms on average; CacheService get 3 ms, put 93 ms. https://ziritione.org/post/apps_script_performance
// [S5] Small Outbox add-on FAQ: an email of 100 KB takes about 1.2 s to send.
//      https://sites.google.com/quickfixters.com/add-onsuniverse/faq
// [S6] Google Apps Script blog, "Optimizing Spreadsheet Operations" (2010): reads are look-ahead cached, writes
//      are cached until a read or flush commits them. http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html

export interface Cost {
  /** Milliseconds per call. */
  ms: number;
  /** Milliseconds per cell of the range read, written or searched (block methods only). */
  perCellMs?: number;
  source: string;
}

const ASSUMED = 'assumption (no published figure)';

/** Value reads: one round trip, then transfer per cell ([S3]'s write rate, taken for reads too). */
const READ: Cost = { ms: 100, perCellMs: 0.0125, source: `base: ${ASSUMED}, ~3× a property read [S4]; per cell: [S3]` };
/** Writes are cached [S6]; committing costs [S3]: (610 ms − 50 ms) / 4,000 cells ≈ 0.14 ms per cell. */
const WRITE: Cost = {
  ms: 30,
  perCellMs: 0.14,
  source: '[S3]: 12 s / 400 one-row writes with flush; 0.14 ms/cell committed',
};
/** Sheet-level writes (insert rows, rules, widths): the per-call part of a write. */
const SHEET_WRITE: Cost = { ms: WRITE.ms, source: WRITE.source };
const SEARCH: Cost = { ms: 150, perCellMs: 0.001, source: `${ASSUMED}: a read round trip plus a server-side scan` };
const METADATA: Cost = { ms: 20, source: `${ASSUMED}: sheet size and lookups, answered from the open spreadsheet` };
const HANDLE: Cost = { ms: 1, source: '[S3]: 4,000 getRange+setValue ≈ 100× 50 ms, so ≈ 1 ms per cached call' };
const DOC_EDIT: Cost = { ms: 50, source: `${ASSUMED}: every DocumentApp element call counted as a round trip` };
const LOCAL: Cost = { ms: 1, source: 'runs in the script (no service round trip)' };
const DRIVE: Cost = { ms: 300, source: `${ASSUMED}: one Drive request` };
const FORMS: Cost = { ms: 20, source: `${ASSUMED}: form objects already loaded` };
const TRIGGERS: Cost = { ms: 200, source: `${ASSUMED}: trigger management` };
const FALLBACK: Cost = { ms: 50, source: ASSUMED };

const READ_METHODS = new Set([
  'getValue',
  'getValues',
  'getDisplayValue',
  'getDisplayValues',
  'getFormulas',
  'getBackgrounds',
  'getFontWeights',
  'getNumberFormats',
  'getDataValidations',
  'getNotes',
]);
const WRITE_METHODS = new Set([
  'setValue',
  'setValues',
  'setNumberFormat',
  'setNumberFormats',
  'setBackground',
  'setBackgrounds',
  'setFontWeight',
  'setFontWeights',
  'setDataValidation',
  'setDataValidations',
  'setFormula',
  'setFormulas',
  'clear',
  'clearContent',
  'clearFormat',
  'insertCheckboxes',
  'setNote',
  'setNotes',
]);
const SHEET_WRITES = /^(Sheet\.(insert|delete|set|clear|hide|show|append|autoResize)|Spreadsheet\.(insert|delete|set))/;
const METADATA_CALLS =
  /^(SpreadsheetApp\.(getActive|openById)|Spreadsheet\.getSheet|Sheet\.(getLast|getMax|getDataRange|getCharts|getConditionalFormatRules|getFrozen))/;

/** Costs of single methods, where a figure or a specific assumption exists. Keys are `Service.Class.method`. */
const BY_METHOD: Record<string, Cost> = {
  'SpreadsheetApp.SpreadsheetApp.flush': {
    ms: 30,
    source: '[S3]: flush after a one-row write; block commits are in WRITE',
  },
  'MailApp.MailApp.sendEmail': { ms: 1200, source: '[S5]: ≈1.2 s per 100 KB message (ours are ≈10 KB)' },
  'MailApp.MailApp.getRemainingDailyQuota': { ms: 30, source: `${ASSUMED}: like a property read [S4]` },
  'PropertiesService.Properties.getProperty': { ms: 30, source: '[S4]' },
  'PropertiesService.Properties.getProperties': { ms: 30, source: '[S4] (as getProperty)' },
  'PropertiesService.Properties.setProperty': { ms: 62, source: '[S4]' },
  'PropertiesService.Properties.setProperties': { ms: 62, source: '[S4] (as setProperty)' },
  'PropertiesService.Properties.deleteProperty': { ms: 62, source: '[S4] (as setProperty)' },
  'CacheService.Cache.get': { ms: 3, source: '[S4]' },
  'CacheService.Cache.put': { ms: 93, source: '[S4]' },
  'LockService.Lock.waitLock': { ms: 100, source: `${ASSUMED}: uncontended lock` },
  'LockService.Lock.tryLock': { ms: 100, source: `${ASSUMED}: uncontended lock` },
  'LockService.Lock.releaseLock': { ms: 30, source: ASSUMED },
  'DocumentApp.DocumentApp.openById': { ms: 1000, source: `${ASSUMED}: opening a document` },
  'DocumentApp.DocumentApp.create': { ms: 1000, source: `${ASSUMED}: creating a document` },
  'DocumentApp.Document.saveAndClose': { ms: 1000, source: `${ASSUMED}: saving a document` },
  'DocumentApp.Document.getAs': { ms: 3000, source: `${ASSUMED}: PDF conversion` },
  'DocumentApp.Body.appendTable': { ms: 500, source: `${ASSUMED}: a whole table in one call` },
  'DocumentApp.Body.insertTable': { ms: 500, source: `${ASSUMED}: a whole table in one call` },
  'FormApp.FormApp.openById': { ms: 500, source: `${ASSUMED}: opening a form` },
  'FormApp.Form.getItems': { ms: 200, source: `${ASSUMED}: listing a form's items` },
  'FormApp.FormResponse.toPrefilledUrl': { ms: 100, source: ASSUMED },
};

/** Range methods charged per cell of their range as well as per call. */
export const BLOCK_METHODS: readonly string[] = [...READ_METHODS, ...WRITE_METHODS];

/** The cost of one call of `key` (`Service.Class.method`, as the stand-ins record it). */
export function costOf(key: string): Cost {
  const exact = BY_METHOD[key];
  if (exact) return exact;
  const dot = key.indexOf('.');
  const service = key.slice(0, dot);
  const method = key.slice(dot + 1);
  const name = method.slice(method.lastIndexOf('.') + 1);
  switch (service) {
    case 'SpreadsheetApp':
      if (method.startsWith('TextFinder.find') || method === 'TextFinder.replaceAllWith') return SEARCH;
      if (method.startsWith('Range.') && READ_METHODS.has(name)) return READ;
      if (method.startsWith('Range.') && WRITE_METHODS.has(name)) return WRITE;
      if (SHEET_WRITES.test(method)) return SHEET_WRITE;
      if (METADATA_CALLS.test(method)) return METADATA;
      return HANDLE;
    case 'DocumentApp':
      return DOC_EDIT;
    case 'Drive':
    case 'DriveApp':
      return DRIVE;
    case 'FormApp':
      // A Choice is a value read with its item (getChoices): like a cached Range handle.
      if (method.startsWith('Choice.')) return HANDLE;
      return FORMS;
    case 'ScriptApp':
      return name === 'create' || name === 'deleteTrigger' || name === 'getProjectTriggers' ? TRIGGERS : LOCAL;
    case 'Session':
    case 'Utilities':
    case 'Logger':
    case 'Charts':
    // Getting a service object (getScriptProperties, getScriptLock…); their round trips are in BY_METHOD.
    case 'PropertiesService':
    case 'CacheService':
    case 'LockService':
    case 'MailApp':
      return LOCAL;
    default:
      return FALLBACK;
  }
}

/** The model as printed under the table: each class of call, its cost and where the figure comes from. */
export function latencyLegend(): string[] {
  const show = (name: string, c: Cost) =>
    `${name}: ${c.ms} ms${c.perCellMs ? ` + ${c.perCellMs} ms/cell` : ''} (${c.source})`;
  return [
    show('Sheet value reads (getValues…)', READ),
    show('Sheet writes (setValues, formats…)', WRITE),
    show('TextFinder searches (per cell scanned)', SEARCH),
    show('Sheet size and lookups (getLastRow, getSheetByName…)', METADATA),
    show('Handles and builders (getRange, createTextFinder…)', HANDLE),
    show('Other DocumentApp calls', DOC_EDIT),
    ...Object.entries(BY_METHOD).map(([k, c]) => show(k, c)),
    show('Drive and DriveApp calls', DRIVE),
    show('Other FormApp calls', FORMS),
    show('Trigger create, delete, list', TRIGGERS),
    show('Session, Utilities, Logger, other script-local calls', LOCAL),
    show('Anything else', FALLBACK),
    `JS time: ${JS_TIME_FACTOR} × Node CPU (assumption, see latency.ts)`,
  ];
}

/**
 * JS time in Apps Script is taken as twice the Node CPU time measured around the job. Google publishes no speed
 * ratio between its V8 servers and a desktop Node; the Node figure already includes the stand-ins' own work
 * (coercion, searches), so doubling it stays on the slow side. Assumption.
 */
export const JS_TIME_FACTOR = 2;

/** The 6-minute execution limit [S2] less a minute of margin: the budget every job must fit. */
export const JOB_BUDGET_MS = 5 * 60 * 1000;
