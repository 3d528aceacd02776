// Defines the synthetic district of the benchmark: a registry of any size (imported through the bundle) and
// existing responses, held by the stand-in forms as Google holds them and written straight into the stand-in
// sheets as the rows the bundle appends (layout, keys, number formats), because replaying tens of thousands of
// submissions through the triggers would take too long.
import { ARTICLE_FORM, ARTICLE_GENRES, EXEMPLAR_FIELDS, EXEMPLAR_FORM } from '../../src/domain/forms';
import { type FormKind, formOf, responseFingerprint } from '../../src/domain/intake';
import { articleKey, fingerprint, nomineeKey } from '../../src/domain/keys';
import { periodBounds, periodsBetween, previousPeriod } from '../../src/domain/period';
import { settingLabel } from '../../src/domain/settings';
import type { PeriodConfig, PeriodId } from '../../src/domain/types';
import { UNIT_TYPES } from '../../src/domain/unit-types';
import { UNIT_COLUMNS } from '../../src/domain/units';
import { NUMBER_FORMATS } from '../../src/gas/sheet-table';
import { toCell } from '../../src/sheets/cells';
import {
  ARTICLE_SHEET,
  COL,
  ERROR_COL,
  ERROR_SHEET,
  EXEMPLAR_SHEET,
  FLAG,
  type SheetDef,
} from '../../src/sheets/layout';
import { FORM_LABEL, periodKey, YES } from '../../src/sheets/rows';
import type { OfflineEnvironment } from '../runtime/environment';

export const PERIOD_CONFIG: PeriodConfig = { cutoffDay: 20, timeZone: 'Asia/Ho_Chi_Minh' };
export const OFFICE_EMAIL = 'noivu@example.vn';

/** Share of each unit type in a district (schools are the most numerous), in UNIT_TYPES order. */
const TYPE_SHARE = [0.2, 0.1, 0.1, 0.4, 0.2];
const NAME_STEM: Record<string, string> = {
  phong_ban: 'Phòng chuyên môn',
  mttq_doan_the: 'Hội, đoàn thể',
  hiep_quan: 'Cơ quan hiệp quản',
  truong: 'Trường học',
  phuong: 'UBND phường',
};

export interface BenchUnit {
  code: string;
  name: string;
  emails: string[];
}

/** `count` units: one in ten has two emails, one in fifty none; every seventh never sends anything. */
export function registry(count: number): { header: string[]; rows: string[][]; units: BenchUnit[] } {
  const rows: string[][] = [];
  const units: BenchUnit[] = [];
  // Last unit number of each type: the running total of the shares.
  const ends = TYPE_SHARE.map((_, t) => Math.round(count * TYPE_SHARE.slice(0, t + 1).reduce((a, b) => a + b, 0)));
  for (let i = 1; i <= count; i++) {
    const t = ends.findIndex((end) => i <= end);
    const type = UNIT_TYPES[t < 0 ? UNIT_TYPES.length - 1 : t].code;
    const code = `U${String(i).padStart(4, '0')}`;
    const name = `${NAME_STEM[type]} số ${i}`;
    const local = code.toLowerCase();
    const emails =
      i % 50 === 0
        ? []
        : i % 10 === 0
          ? [`${local}@example.vn`, `vanthu.${local}@example.vn`]
          : [`${local}@example.vn`];
    rows.push([code, name, type, emails.join('; '), '', '', 'Có']);
    units.push({ code, name, emails });
  }
  return { header: [...UNIT_COLUMNS], rows, units };
}

/** Rows each sending unit adds per period: about its quota (SPEC §2: 2–5 exemplars, 3–15 articles). */
export const MONTHLY = { exemplar: 3, article: 8 } as const;

/** `count` periods ending with `last`, oldest first. */
export function periodsEndingWith(last: PeriodId, count: number): PeriodId[] {
  let first = last;
  for (let i = 1; i < count; i++) first = previousPeriod(first);
  return periodsBetween(first, last);
}

const title = (form: typeof EXEMPLAR_FORM, key: string) => form.questions.find((q) => q.key === key)!.title;
const E = (key: string) => title(EXEMPLAR_FORM, key);
const A = (key: string) => title(ARTICLE_FORM, key);

interface History {
  senders: BenchUnit[];
  /** Rows per period (every sender's monthly rows); the last period is full, older ones hold the rest. */
  perPeriod: number;
  periods: PeriodId[];
  rows: number;
  /** Every response is stamped before this instant: a form holds no response from the future. */
  until: Date;
}

/**
 * More existing rows means a longer history, as a district's sheets grow: each period holds what the senders
 * send in a month, the newest period is full, and the oldest takes the remainder.
 */
function history(senders: BenchUnit[], monthly: number, rows: number, last: PeriodId, until: Date): History {
  const perPeriod = senders.length * monthly;
  const periods = periodsEndingWith(last, Math.max(1, Math.ceil(rows / perPeriod)));
  return { senders, perPeriod, rows, periods, until };
}

/** Row `i` (1-based, in sheet order): its period, its sender and a time inside the period's window. */
function placement(i: number, h: History): { period: PeriodId; at: Date; unit: BenchUnit } {
  const fromEnd = h.rows - i;
  const p = h.periods.length - 1 - Math.floor(fromEnd / h.perPeriod);
  const k = h.perPeriod - 1 - (fromEnd % h.perPeriod);
  const period = h.periods[p];
  const { start, end: periodEnd } = periodBounds(period, PERIOD_CONFIG);
  const end = Math.min(periodEnd.getTime(), h.until.getTime());
  const at = new Date(start.getTime() + Math.floor(((k + 0.5) / h.perPeriod) * (end - start.getTime())));
  return { period, at, unit: h.senders[k % h.senders.length] };
}

function exemplarRecord(i: number, h: History): Record<string, unknown> {
  const { period, at, unit } = placement(i, h);
  const name = `Nguyễn Văn Thử ${i}`;
  const year = String(1960 + (i % 45));
  const key = nomineeKey(unit.code, name, year);
  return {
    [COL.responseId]: `seed-e-${i}`,
    [COL.timestamp]: at,
    [COL.period]: period,
    [COL.unitCode]: unit.code,
    [COL.unitName]: unit.name,
    [COL.email]: unit.emails[0] ?? OFFICE_EMAIL,
    [E('name')]: name,
    [E('kind')]: 'Cá nhân',
    [E('birthYear')]: year,
    [E('position')]: `Cán bộ ${unit.name}`,
    [E('field')]: EXEMPLAR_FIELDS[i % EXEMPLAR_FIELDS.length],
    [E('criteria')]: 'Hoàn thành xuất sắc nhiệm vụ được giao',
    [E('source')]: 'Phong trào thi đua',
    [E('summary')]: `Hoàn thành xuất sắc nhiệm vụ được giao trong kỳ ${period}; có mô hình mới và cách làm hay.`,
    [E('award')]: i % 20 === 0 ? 'Giấy khen' : '',
    [E('evidence')]: '',
    [COL.flags]: unit.emails.length ? '' : FLAG.unverified,
    [COL.counted]: YES,
    // One nomination in twenty proposed for commendation, so every period's report has that table.
    [COL.status]: i % 20 === 0 ? 'Đề xuất khen thưởng' : 'Mới',
    [COL.note]: '',
    [COL.key]: key,
    [COL.periodKey]: periodKey(period, unit.code, true),
    [COL.fingerprint]: fingerprint(['exemplar', unit.code, name, year, period]),
  };
}

function articleRecord(i: number, h: History): Record<string, unknown> {
  const { period, at, unit } = placement(i, h);
  const articleTitle = `Tấm gương sáng số ${i}`;
  return {
    [COL.responseId]: `seed-a-${i}`,
    [COL.timestamp]: at,
    [COL.period]: period,
    [COL.unitCode]: unit.code,
    [COL.unitName]: unit.name,
    [COL.email]: unit.emails[0] ?? OFFICE_EMAIL,
    [A('title')]: articleTitle,
    [A('author')]: 'Trần Thị Viết',
    [A('genre')]: ARTICLE_GENRES[i % ARTICLE_GENRES.length],
    [A('subject')]: `Nguyễn Văn Thử ${i}`,
    [A('url')]: `https://baiviet.example.vn/${i}`,
    [A('score')]: 50 + (i % 50),
    [COL.flags]: unit.emails.length ? '' : FLAG.unverified,
    [COL.counted]: YES,
    [COL.status]: 'Mới',
    // One article in twenty-five selected for the city, so every period's report has that table.
    [COL.selected]: i % 25 === 0,
    [COL.note]: '',
    [COL.key]: articleKey(unit.code, articleTitle),
    [COL.periodKey]: periodKey(period, unit.code, true),
    [COL.fingerprint]: fingerprint(['article', unit.code, articleTitle, period]),
  };
}

function errorRecord(i: number): Record<string, unknown> {
  return {
    [COL.responseId]: `seed-x-${i}`,
    [COL.timestamp]: '01/05/2024 08:00:00',
    [ERROR_COL.form]: FORM_LABEL.exemplar,
    [COL.email]: 'khach@example.vn',
    [ERROR_COL.unitAnswer]: `Đơn vị lạ ${i}`,
    [ERROR_COL.reason]: `Không tìm thấy đơn vị: Đơn vị lạ ${i}`,
    [ERROR_COL.codes]: 'unit.unknown',
    [ERROR_COL.raw]: '{}',
    [ERROR_COL.sourceRow]: '',
    [ERROR_COL.handled]: false,
    [COL.fingerprint]: fingerprint(['error', i]),
  };
}

/**
 * Puts `record`'s response into the form it came from (no trigger fires) and returns the record with the id
 * and fingerprint the bundle would have stored: the hourly reconcile then finds every response already stored.
 */
function inForm(env: OfflineEnvironment, kind: FormKind, record: Record<string, unknown>): Record<string, unknown> {
  const formId = formIdOf(env, kind);
  const answers: Record<string, string | string[]> = {};
  for (const q of formOf(kind).questions) {
    const v = q.unitList ? record[COL.unitName] : record[q.title];
    const text = String(v ?? '');
    if (text === '') continue;
    answers[q.title] = q.kind === 'checkbox' ? text.split(', ') : text;
  }
  const timestamp = record[COL.timestamp] as Date;
  const email = String(record[COL.email]);
  const previous = env.delivery;
  env.delivery = 'never';
  const response = env.services.FormApp.openById(formId).importResponse({ email, timestamp, answers });
  env.delivery = previous;
  const id = String(response.getId());
  return { ...record, [COL.responseId]: id, [COL.fingerprint]: responseFingerprint({ id, timestamp, email, answers }) };
}

const formIds = new WeakMap<OfflineEnvironment, Record<FormKind, string>>();

function formIdOf(env: OfflineEnvironment, kind: FormKind): string {
  let ids = formIds.get(env);
  if (!ids) {
    const rows = env.spreadsheet.getSheetByName('Cấu hình')!.getDataRange().getValues();
    const of = (key: 'exemplarFormId' | 'articleFormId') =>
      String(rows.find((r) => r[0] === settingLabel(key))?.[1] ?? '');
    ids = { exemplar: of('exemplarFormId'), article: of('articleFormId') };
    formIds.set(env, ids);
  }
  return ids[kind];
}

const BLOCK = 5000;

/**
 * Appends `records` after the header in blocks, formats first as SheetTable.append does, and leaves a thousand
 * free rows (the bundle grows sheets in blocks of 1,000), so the measured submission does not grow the sheet.
 */
function writeRows(
  env: OfflineEnvironment,
  def: SheetDef,
  count: number,
  make: (i: number) => Record<string, unknown>,
): void {
  const sheet = env.spreadsheet.getSheetByName(def.name);
  if (!sheet) throw new Error(`Sheet ${def.name} is missing: run setup first`);
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  const formats = headers.map((h) => NUMBER_FORMATS[def.columns.find((c) => c.header === h)?.format ?? 'text']);
  const isText = headers.map((h) => (def.columns.find((c) => c.header === h)?.format ?? 'text') === 'text');
  const needed = count + 1 + 1000;
  if (sheet.getMaxRows() < needed) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  for (let first = 0; first < count; first += BLOCK) {
    const size = Math.min(BLOCK, count - first);
    const rows = Array.from({ length: size }, (_, k) => {
      const r = make(first + k + 1);
      return headers.map((h, j) => toCell(r[h] ?? '', isText[j]).value);
    });
    const range = sheet.getRange(first + 2, 1, size, headers.length);
    range.setNumberFormats(rows.map(() => formats));
    range.setValues(rows);
  }
}

/**
 * `rows` existing nominations and as many articles ending with period `last`, from every unit but one in seven
 * (so some units are always short and every report keeps its layout), each also held by its form and stamped
 * before `until` (the newest period ends at the scenario's clock, as it would mid-month), and `rows / 100`
 * rejected responses.
 */
export function seedRows(
  env: OfflineEnvironment,
  units: BenchUnit[],
  rows: number,
  last: PeriodId,
  until = env.clock.now(),
): void {
  const senders = units.filter((_, i) => (i + 1) % 7 !== 0);
  const exemplars = history(senders, MONTHLY.exemplar, rows, last, until);
  const articles = history(senders, MONTHLY.article, rows, last, until);
  writeRows(env, EXEMPLAR_SHEET, rows, (i) => inForm(env, 'exemplar', exemplarRecord(i, exemplars)));
  writeRows(env, ARTICLE_SHEET, rows, (i) => inForm(env, 'article', articleRecord(i, articles)));
  writeRows(env, ERROR_SHEET, Math.floor(rows / 100), errorRecord);
}
