// Defines the unit registry: the `Đơn vị` sheet/file columns, row parsing, and matching a form answer to a unit.
import { type Problem, problem } from './problems';
import { cleanText, normalizeText } from './text';
import type { Unit } from './types';
import { parseUnitType, UNIT_TYPES } from './unit-types';

/** Header of the `Đơn vị` sheet and units file, by field. */
export const UNIT_COLUMN = {
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  type: 'Loại đơn vị',
  emails: 'Email',
  aliases: 'Tên gọi khác',
  contact: 'Người phụ trách',
  active: 'Hoạt động',
} as const;

type UnitField = keyof typeof UNIT_COLUMN;

/** The same headers in file order. */
export const UNIT_COLUMNS = Object.values(UNIT_COLUMN) as readonly (typeof UNIT_COLUMN)[UnitField][];

export const REQUIRED_UNIT_FIELDS: readonly UnitField[] = ['code', 'name', 'type', 'emails'];

const ACTIVE_YES = ['có', 'co', 'x', 'true', '1', 'hoạt động'];
const ACTIVE_NO = ['không', 'khong', 'false', '0', 'ngừng', 'ngừng hoạt động'];
const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

export function isValidEmail(email: string): boolean {
  return EMAIL.test(email);
}

function splitEmails(cell: unknown): string[] {
  return cleanText(cell)
    .split(/[;,\s]+/)
    .map((e) => e.toLowerCase())
    .filter((e) => e !== '');
}

// Aliases split on ';' only: Vietnamese unit names routinely contain commas
// ("Phòng Lao động, Thương binh và Xã hội"), so a comma cannot separate two names.
function splitAliases(cell: unknown): string[] {
  return String(cell ?? '')
    .split(/[;\n]/)
    .map(cleanText)
    .filter((a) => a !== '');
}

function parseActive(cell: unknown): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  const v = normalizeText(cell);
  if (v === '' || ACTIVE_YES.includes(v)) return true;
  if (ACTIVE_NO.includes(v)) return false;
  return undefined;
}

/**
 * Reads the units sheet/file. Columns are found by header in any order; data rows are numbered from 1.
 * Every problem is collected (none throws) so the clerk can fix the file in one pass.
 */
export function parseUnitRows(rows: unknown[][], header: unknown[]): { units: Unit[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const index = new Map<UnitField, number>();
  const wanted = new Map(Object.entries(UNIT_COLUMN).map(([f, h]) => [normalizeText(h), f as UnitField]));
  header.forEach((h, i) => {
    const field = wanted.get(normalizeText(h));
    if (field && !index.has(field)) index.set(field, i);
  });
  for (const f of REQUIRED_UNIT_FIELDS) {
    if (!index.has(f)) problems.push(problem('MISSING_COLUMN', { row: 0, column: UNIT_COLUMN[f], field: f }));
  }
  if (problems.length > 0) return { units: [], problems };

  const units: Unit[] = [];
  const firstRowOfCode = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = i + 1;
    const cell = (f: UnitField): unknown => {
      const at = index.get(f);
      return at === undefined ? undefined : cells?.[at];
    };
    if (!cells || cells.every((c) => cleanText(c) === '')) return;
    const at = (f: UnitField) => ({ row, column: UNIT_COLUMN[f], field: f });
    let ok = true;

    const code = cleanText(cell('code'));
    if (code === '') {
      problems.push(problem('REQUIRED', at('code')));
      ok = false;
    } else {
      const first = firstRowOfCode.get(normalizeText(code));
      if (first !== undefined) {
        problems.push(problem('DUPLICATE_UNIT_CODE', { ...at('code'), value: code, otherRow: first }));
        ok = false;
      } else {
        firstRowOfCode.set(normalizeText(code), row);
      }
    }
    const name = cleanText(cell('name'));
    if (name === '') {
      problems.push(problem('REQUIRED', at('name')));
      ok = false;
    }
    const typeText = cleanText(cell('type'));
    const type = parseUnitType(typeText);
    if (typeText === '') {
      problems.push(problem('REQUIRED', at('type')));
      ok = false;
    } else if (!type) {
      problems.push(
        problem('UNKNOWN_UNIT_TYPE', { ...at('type'), value: typeText, allowed: UNIT_TYPES.map((t) => t.code) }),
      );
      ok = false;
    }
    const emails: string[] = [];
    for (const e of splitEmails(cell('emails'))) {
      if (!isValidEmail(e)) problems.push(problem('INVALID_EMAIL', { ...at('emails'), value: e }));
      else if (!emails.includes(e)) emails.push(e);
    }
    let active = parseActive(cell('active'));
    if (active === undefined) {
      problems.push(
        problem('INVALID_CHOICE', { ...at('active'), value: cleanText(cell('active')), allowed: ['Có', 'Không'] }),
      );
      active = true;
    }
    if (!ok || !type) return;
    const aliases = splitAliases(cell('aliases')).filter((a, j, all) => all.indexOf(a) === j);
    units.push({ code, name, type, emails, aliases, contact: cleanText(cell('contact')), active });
  });
  return { units, problems };
}

/** One unit as a row in UNIT_COLUMNS order (for seeding or exporting the sheet). */
export function unitToRow(u: Unit): string[] {
  return [u.code, u.name, u.type, u.emails.join('; '), u.aliases.join('; '), u.contact, u.active ? 'Có' : 'Không'];
}

/**
 * Finds the unit a form answer names, by code, name or alias after normalisation. Inactive units
 * still match so their old answers keep matching. A key shared by two units matches neither.
 */
export class UnitMatcher {
  private readonly byKey = new Map<string, Unit[]>();

  constructor(units: Unit[]) {
    for (const u of units) {
      for (const key of [u.code, u.name, ...u.aliases]) {
        const k = normalizeText(key);
        if (k === '') continue;
        const list = this.byKey.get(k) ?? [];
        if (!list.includes(u)) list.push(u);
        this.byKey.set(k, list);
      }
    }
  }

  match(answer: string): Unit | undefined {
    const list = this.byKey.get(normalizeText(answer));
    return list && list.length === 1 ? list[0] : undefined;
  }

  /** The units an ambiguous answer could mean; empty when the answer matches one unit or none. */
  ambiguous(answer: string): Unit[] {
    const list = this.byKey.get(normalizeText(answer));
    return list && list.length > 1 ? [...list] : [];
  }
}

export function isRegisteredSender(unit: Unit, email: string): boolean {
  const e = cleanText(email).toLowerCase();
  return e !== '' && unit.emails.some((x) => cleanText(x).toLowerCase() === e);
}
