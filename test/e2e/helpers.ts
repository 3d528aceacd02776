// Defines shared fixtures for end-to-end tests: a built bundle in the offline environment, set up with a small registry.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type EnvironmentOptions, OfflineEnvironment } from '../../offline/runtime/environment';
import { bundlePath } from '../../offline/runtime/loader';
import { ARTICLE_FORM, EXEMPLAR_FORM } from '../../src/domain/forms';

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestSource(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

/** `npm test` builds first; a single test file run from an editor rebuilds when src/ is newer than the bundle. */
export function ensureBuilt(): void {
  const path = bundlePath();
  if (!existsSync(path) || statSync(path).mtimeMs < newestSource('src'))
    execSync('node scripts/build.mjs', { stdio: 'ignore' });
}

export const UNIT_HEADER = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại đơn vị',
  'Email',
  'Tên gọi khác',
  'Người phụ trách',
  'Hoạt động',
];

/** One unit of each type, plus a ward with two emails and an alias, and one without email. */
export const SMALL_REGISTRY: string[][] = [
  ['PB01', 'Phòng Nội vụ', 'phong_ban', 'noivu@example.vn', 'P. Nội vụ', 'Lê Thu Hà', 'Có'],
  ['DT01', 'Quận đoàn', 'MTTQ, đoàn thể, hội', 'quandoan@example.vn', '', '', 'Có'],
  ['HQ01', 'Công an quận', 'hiep_quan', 'congan@example.vn', '', '', 'Có'],
  ['TH01', 'Trường THCS Cầu Diễn', 'truong', 'thcs.caudien@example.vn', '', '', 'Có'],
  [
    'PH01',
    'UBND phường Cầu Diễn',
    'UBND phường',
    'vanthu.caudien@example.vn; chutich.caudien@example.vn',
    'Phường Cầu Diễn; UBND P. Cầu Diễn',
    '',
    'Có',
  ],
  ['PH02', 'UBND phường Mỹ Đình 1', 'phuong', '', '', '', 'Có'],
];

export const EXEMPLAR_TITLES = Object.fromEntries(EXEMPLAR_FORM.questions.map((q) => [q.key, q.title]));
export const ARTICLE_TITLES = Object.fromEntries(ARTICLE_FORM.questions.map((q) => [q.key, q.title]));

/** Local Vietnamese wall time → instant (Asia/Ho_Chi_Minh is UTC+7, no DST). */
export function vn(iso: string): Date {
  return new Date(`${iso}+07:00`);
}

export interface Seeded {
  env: OfflineEnvironment;
  formId: (kind: 'exemplar' | 'article') => string;
  nominate: (o: { unit: string; name: string; year?: string; at: string; email?: string; summary?: string }) => void;
  article: (o: { unit: string; title: string; at: string; email?: string; score?: string }) => void;
  sheetValues: (name: string) => unknown[][];
}

export function seededEnvironment(opts: EnvironmentOptions & { registry?: string[][] } = {}): Seeded {
  ensureBuilt();
  const env = new OfflineEnvironment({ start: vn('2023-04-01T08:00:00'), ...opts });
  env.run('apiSetup_');
  const problems = env.run<unknown[]>('apiImportUnits_', UNIT_HEADER, opts.registry ?? SMALL_REGISTRY);
  if (problems.length) throw new Error(`registry problems: ${JSON.stringify(problems)}`);
  const settings = () => env.spreadsheet.getSheetByName('Cấu hình')!.getDataRange().getValues();
  const formId = (kind: 'exemplar' | 'article') => {
    const label = kind === 'exemplar' ? 'Biểu mẫu giới thiệu gương' : 'Biểu mẫu bài viết dự thi';
    return String(settings().find((r) => r[0] === label)?.[1] ?? '');
  };
  const submit = (
    kind: 'exemplar' | 'article',
    at: string,
    email: string,
    answers: Record<string, string | string[]>,
  ) => {
    env.clock.set(vn(at));
    env.services.FormApp.openById(formId(kind)).importResponse({ email, timestamp: vn(at), answers });
  };
  return {
    env,
    formId,
    nominate: (o) =>
      submit('exemplar', o.at, o.email ?? 'noivu@example.vn', {
        [EXEMPLAR_TITLES.unit]: o.unit,
        [EXEMPLAR_TITLES.name]: o.name,
        [EXEMPLAR_TITLES.kind]: 'Cá nhân',
        [EXEMPLAR_TITLES.birthYear]: o.year ?? '',
        [EXEMPLAR_TITLES.field]: 'Công tác',
        [EXEMPLAR_TITLES.criteria]: ['Hoàn thành xuất sắc nhiệm vụ được giao'],
        [EXEMPLAR_TITLES.source]: 'Phong trào thi đua',
        [EXEMPLAR_TITLES.summary]: o.summary ?? 'Hoàn thành xuất sắc nhiệm vụ năm 2023.',
      }),
    article: (o) =>
      submit('article', o.at, o.email ?? 'noivu@example.vn', {
        [ARTICLE_TITLES.unit]: o.unit,
        [ARTICLE_TITLES.title]: o.title,
        [ARTICLE_TITLES.author]: 'Nguyễn Thị Mai',
        [ARTICLE_TITLES.genre]: 'Bài viết',
        [ARTICLE_TITLES.subject]: 'Nguyễn Văn An',
        [ARTICLE_TITLES.url]: 'https://baiviet.example.vn/1',
        [ARTICLE_TITLES.score]: o.score ?? '',
      }),
    sheetValues: (name) => env.spreadsheet.getSheetByName(name)!.getDataRange().getValues(),
  };
}
