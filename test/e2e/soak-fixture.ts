// Defines the soak test's month: a seeded registry of 40 units and about 3,000 responses to both forms for the
// period 2023-05, with repeats, unknown units, unregistered senders and identical re-deliveries, and the
// replay of that month through the FormApp stand-in with Nội vụ's review edits along the way.
import { seededRandom } from '../../offline/gas/context';
import type { OfflineEnvironment } from '../../offline/runtime/environment';
import { ARTICLE_TITLES, EXEMPLAR_TITLES, type Seeded, seededEnvironment, vn } from './helpers';

type Kind = 'exemplar' | 'article';

export interface SoakResponse {
  kind: Kind;
  at: Date;
  email: string;
  answers: Record<string, string | string[]>;
  /** Index of the response this one repeats exactly (same time, email, answers), if any. */
  twinOf?: number;
}

const TYPES: [prefix: string, type: string, count: number][] = [
  ['PB', 'phong_ban', 10],
  ['DT', 'mttq_doan_the', 6],
  ['HQ', 'hiep_quan', 5],
  ['TR', 'truong', 12],
  ['PH', 'phuong', 7],
];

/** 40 units; every seventh has two emails, two have none (their reminders are logged as skipped). */
export function soakRegistry(): string[][] {
  const rows: string[][] = [];
  for (const [prefix, type, count] of TYPES) {
    for (let i = 1; i <= count; i++) {
      const code = `${prefix}${String(i).padStart(2, '0')}`;
      const n = rows.length + 1;
      const email = code === 'PB10' || code === 'TR12' ? '' : `${code.toLowerCase()}@soak.example.vn`;
      const emails = email && n % 7 === 0 ? `${email}; vanthu.${code.toLowerCase()}@soak.example.vn` : email;
      rows.push([code, `Đơn vị thử ${code} – ${type}`, type, emails, '', '', 'Có']);
    }
  }
  return rows;
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const MIDDLES = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc'];
const GIVEN = ['An', 'Ân', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nam', 'Phúc', 'Trang'];

/** About `total` responses between 21/04/2023 and 20/05/2023 (period 2023-05), oldest first. */
export function soakResponses(registry: string[][], total = 3000, seed = 2023): SoakResponse[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const start = vn('2023-04-21T00:00:00').getTime();
  const span = vn('2023-05-20T23:00:00').getTime() - start;
  const seconds = new Set<number>();
  while (seconds.size < total) seconds.add(Math.floor((random() * span) / 1000));
  const times = [...seconds].sort((a, b) => a - b).map((s) => new Date(start + s * 1000));
  const out: SoakResponse[] = [];
  for (const at of times) {
    const previous = out.at(-1);
    if (previous && random() < 0.005) {
      // Google's export replayed, or a double delivery by the form: identical in every cell.
      out.push({ ...previous, twinOf: previous.twinOf ?? out.length - 1 });
      continue;
    }
    const unit =
      random() < 0.03
        ? [`X${Math.floor(random() * 3)}`, `Phòng không có thật ${Math.floor(random() * 3)}`]
        : pick(registry);
    const registered = unit[3] ? unit[3].split(';')[0].trim() : '';
    const email = registered && random() < 0.88 ? registered : `nguoidan${Math.floor(random() * 500)}@gmail.com`;
    if (random() < 0.45) {
      const year = random() < 0.2 ? '' : String(1960 + Math.floor(random() * 40));
      out.push({
        kind: 'exemplar',
        at,
        email,
        answers: {
          [EXEMPLAR_TITLES.unit]: unit[1],
          [EXEMPLAR_TITLES.name]: `${pick(SURNAMES)} ${pick(MIDDLES)} ${pick(GIVEN)}`,
          [EXEMPLAR_TITLES.kind]: 'Cá nhân',
          [EXEMPLAR_TITLES.birthYear]: year,
          [EXEMPLAR_TITLES.field]: 'Công tác',
          [EXEMPLAR_TITLES.criteria]: ['Hoàn thành xuất sắc nhiệm vụ được giao'],
          [EXEMPLAR_TITLES.source]: 'Phong trào thi đua',
          [EXEMPLAR_TITLES.summary]: `Thành tích tiêu biểu số ${out.length + 1} trong tháng.`,
        },
      });
    } else {
      out.push({
        kind: 'article',
        at,
        email,
        answers: {
          [ARTICLE_TITLES.unit]: unit[1],
          [ARTICLE_TITLES.title]: `Bài viết ${Math.floor(random() * 60)} về gương sáng ${unit[0]}`,
          [ARTICLE_TITLES.author]: `${pick(SURNAMES)} ${pick(MIDDLES)} ${pick(GIVEN)}`,
          [ARTICLE_TITLES.genre]: 'Bài viết',
          [ARTICLE_TITLES.subject]: `${pick(SURNAMES)} ${pick(GIVEN)}`,
          [ARTICLE_TITLES.url]: `https://baiviet.example.vn/${out.length + 1}`,
          [ARTICLE_TITLES.score]: String(50 + Math.floor(random() * 50)),
        },
      });
    }
  }
  return out;
}

export const SHEETS = { exemplar: 'Gương ĐHTT-NTVT', article: 'Bài viết dự thi', errors: 'Lỗi nhập liệu' } as const;
export const OFFICE = { status: 'Trạng thái', note: 'Ghi chú Nội vụ', selected: 'Chọn gửi Thành phố' } as const;

/** A review edit by Nội vụ, made directly in the sheet (not through the script), keyed by response index. */
export interface OfficeEdit {
  /** Made once this many responses have been submitted. */
  after: number;
  index: number;
  kind: Kind;
  values: Partial<Record<(typeof OFFICE)[keyof typeof OFFICE], string | boolean>>;
}

export function sheetRows(env: OfflineEnvironment, name: string): { header: string[]; rows: unknown[][] } {
  const [header, ...rows] = env.spreadsheet.getSheetByName(name)!.getDataRange().getValues() as unknown[][];
  return { header: header.map(String), rows };
}

/** Writes one edit cell by cell, as a clerk types (looked up by response id). Returns false when the row is not there yet. */
export function applyEdit(env: OfflineEnvironment, id: string, edit: OfficeEdit): boolean {
  const sheet = env.spreadsheet.getSheetByName(SHEETS[edit.kind])!;
  const { header, rows } = sheetRows(env, SHEETS[edit.kind]);
  const r = rows.findIndex((row) => row[header.indexOf('Mã phản hồi')] === id);
  if (r < 0) return false;
  for (const [h, v] of Object.entries(edit.values)) sheet.getRange(r + 2, header.indexOf(h) + 1).setValue(v);
  return true;
}

export interface Replay {
  seeded: Seeded;
  env: OfflineEnvironment;
  /** Response id of each submission, by index. */
  ids: string[];
}

/**
 * Submits every response in time order (the bundle's form-submit trigger does the work, as delivered by
 * the environment) and makes the review edits at their points. `chooseEdits` picks edits from the rows
 * present at that point (the faulty run); `edits` replays given ones (the fault-free run).
 */
export function replayMonth(
  responses: readonly SoakResponse[],
  registry: string[][],
  opts: {
    before?: (env: OfflineEnvironment) => void;
    edits?: readonly OfficeEdit[];
    chooseEdits?: (after: number, env: OfflineEnvironment, ids: string[]) => OfficeEdit[];
    editPoints?: readonly number[];
  } = {},
): Replay & { edits: OfficeEdit[] } {
  const seeded = seededEnvironment({ registry, mailQuota: 1500 });
  const { env } = seeded;
  const forms = { exemplar: seeded.formId('exemplar'), article: seeded.formId('article') };
  opts.before?.(env);
  const ids: string[] = [];
  const made: OfficeEdit[] = [];
  const points = new Set(opts.editPoints ?? []);
  responses.forEach((r, i) => {
    if (points.has(i)) {
      const edits = opts.chooseEdits?.(i, env, ids) ?? (opts.edits ?? []).filter((e) => e.after === i);
      for (const e of edits) if (applyEdit(env, ids[e.index], e)) made.push(e);
    }
    env.clock.set(r.at);
    const response = env.services.FormApp.openById(forms[r.kind]).importResponse({
      email: r.email,
      timestamp: r.at,
      answers: r.answers,
    });
    ids.push(String(response.getId()));
  });
  return { seeded, env, ids, edits: made };
}
