// Defines `Cập nhật danh sách đơn vị` (also run by every reconcile): refresh both forms' unit dropdowns from
// `Đơn vị`, keeping renamed units' old names as aliases.

import type { FormKind } from '../domain/intake';
import { cleanText } from '../domain/text';
import type { Unit } from '../domain/types';
import { UNIT_TYPES } from '../domain/unit-types';
import { openFormById, setUnitChoices } from '../gas/forms';
import { SheetTable } from '../gas/sheet-table';
import { UNIT_SHEET, UNIT_SYNCED_NAME } from '../sheets/layout';
import type { AppContext } from './context';

const ALIAS = 'Tên gọi khác';
const NAME = 'Tên đơn vị';
const CODE = 'Mã đơn vị';

/** Dropdown order: the letter's unit types, then names in Vietnamese alphabetical order. */
export function dropdownNames(units: readonly Unit[]): string[] {
  const order = new Map(UNIT_TYPES.map((t, i) => [t.code, i]));
  return units
    .filter((u) => u.active)
    .sort((a, b) => (order.get(a.type) ?? 9) - (order.get(b.type) ?? 9) || a.name.localeCompare(b.name, 'vi'))
    .map((u) => u.name);
}

/** Adds a unit's previous dropdown name to its aliases: answers given under the old name still match. */
export function keepRenamedAliases(ctx: AppContext): string[] {
  const table = SheetTable.open(ctx.ss, UNIT_SHEET);
  const rows = table.readAll();
  if (rows.length === 0) return [];
  const renamed: string[] = [];
  const aliases = rows.map(({ record }) => {
    const current = cleanText(record[ALIAS]);
    const old = cleanText(record[UNIT_SYNCED_NAME]);
    const name = cleanText(record[NAME]);
    if (!old || !name || old === name) return current;
    const list = current ? current.split(';').map((s) => s.trim()) : [];
    if (list.includes(old)) return current;
    renamed.push(`${cleanText(record[CODE])}: ${old} → ${name}`);
    return [...list, old].join('; ');
  });
  if (renamed.length) table.writeColumn(ALIAS, aliases);
  const names = rows.map(({ record }) => cleanText(record[NAME]));
  // Run every hour by reconcile: an unchanged registry costs no write.
  if (names.some((n, i) => n !== cleanText(rows[i].record[UNIT_SYNCED_NAME])))
    table.writeColumn(UNIT_SYNCED_NAME, names);
  return renamed;
}

/**
 * `forms`: the forms a caller already opened (reconcile), so they are not opened twice. While a row of
 * `Đơn vị` is in error, no unit is taken off the dropdowns: a typo must not hide a unit from its form.
 */
export function syncUnitLists(
  ctx: AppContext,
  forms: Partial<Record<FormKind, GoogleAppsScript.Forms.Form | null>> = {},
): { names: string[]; renamed: string[] } {
  const renamed = keepRenamedAliases(ctx);
  const names = dropdownNames(ctx.units);
  for (const [kind, id] of [
    ['exemplar', ctx.settings.exemplarFormId],
    ['article', ctx.settings.articleFormId],
  ] as const) {
    const form = kind in forms ? forms[kind] : openFormById(id);
    if (form) setUnitChoices(form, kind, names, ctx.registryProblems > 0);
  }
  return { names, renamed };
}
