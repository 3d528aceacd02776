// Defines the five unit types of letter 961/UBND-NV §4–5, in the letter's order, and their lookup.
import { normalizeText } from './text';
import type { UnitTypeCode } from './types';

export const UNIT_TYPES: readonly { readonly code: UnitTypeCode; readonly label: string }[] = [
  { code: 'phong_ban', label: 'Phòng, ban, ngành, đơn vị sự nghiệp' },
  { code: 'mttq_doan_the', label: 'MTTQ, đoàn thể, hội' },
  { code: 'hiep_quan', label: 'Cơ quan, đơn vị hiệp quản' },
  { code: 'truong', label: 'Trường học (MN, TH, THCS)' },
  { code: 'phuong', label: 'UBND phường' },
];

export const UNIT_TYPE_CODES: readonly UnitTypeCode[] = UNIT_TYPES.map((t) => t.code);

const BY_KEY = new Map<string, UnitTypeCode>();
for (const t of UNIT_TYPES) {
  BY_KEY.set(normalizeText(t.code), t.code);
  BY_KEY.set(normalizeText(t.label), t.code);
}

/** A type code or its exact label, compared after normalisation; anything else is unknown. */
export function parseUnitType(s: string): UnitTypeCode | undefined {
  return BY_KEY.get(normalizeText(s));
}

export function unitTypeLabel(code: UnitTypeCode): string {
  const t = UNIT_TYPES.find((x) => x.code === code);
  if (!t) throw new RangeError(`Unknown unit type code: ${code}`);
  return t.label;
}

/** Position of the type in the letter's order (for sorting reports). */
export function unitTypeOrder(code: UnitTypeCode): number {
  return UNIT_TYPE_CODES.indexOf(code);
}
