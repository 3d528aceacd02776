// Defines ingestion of one form response into the master sheet: idempotent, under the script lock, never losing input.
import { type FormKind, intake, type RawResponse } from '../domain/intake';
import { nomineeKey } from '../domain/keys';
import { formatDateTimeVi } from '../domain/period';
import { withScriptLock } from '../gas/lock';
import { withRetry } from '../gas/retry';
import { SheetTable } from '../gas/sheet-table';
import { escapeRegex } from '../sheets/cells';
import { ARTICLE_SHEET, COL, ERROR_SHEET, EXEMPLAR_SHEET, FLAG } from '../sheets/layout';
import { acceptedRecord, rejectedRecord } from '../sheets/rows';
import { type AppContext, loadContext } from './context';

export type IngestStatus = 'stored' | 'rejected' | 'duplicate';

export interface IngestOutcome {
  status: IngestStatus;
  kind: FormKind;
  row?: number;
  unitCode?: string;
  period?: string;
  counted?: boolean;
}

export const sheetOf = (kind: FormKind) => (kind === 'exemplar' ? EXEMPLAR_SHEET : ARTICLE_SHEET);

/**
 * Stores one response exactly once: a second delivery of the same response id, or an identical
 * re-delivered row (same fingerprint), changes nothing. Sheet calls do not depend on the number of
 * stored rows: lookups are server-side TextFinder searches.
 */
export function ingestResponse(
  kind: FormKind,
  raw: RawResponse,
  opts: { sourceRow?: number } = {},
  ctx: AppContext = loadContext(),
): IngestOutcome {
  return withScriptLock(() => withRetry(() => ingestLocked(ctx, kind, raw, opts)));
}

export function ingestLocked(
  ctx: AppContext,
  kind: FormKind,
  raw: RawResponse,
  opts: { sourceRow?: number },
): IngestOutcome {
  const table = SheetTable.open(ctx.ss, sheetOf(kind));
  const errors = SheetTable.open(ctx.ss, ERROR_SHEET);
  if (table.firstRow(COL.responseId, raw.id) || errors.firstRow(COL.responseId, raw.id))
    return { status: 'duplicate', kind };
  const result = intake(kind, raw, ctx);
  if (table.firstRow(COL.fingerprint, result.fingerprint) || errors.firstRow(COL.fingerprint, result.fingerprint)) {
    return { status: 'duplicate', kind };
  }
  if (!result.ok) {
    const { firstRow } = errors.append([
      rejectedRecord(result, raw, formatDateTimeVi(raw.timestamp, ctx.periodConfig.timeZone), opts.sourceRow),
    ]);
    return { status: 'rejected', kind, row: firstRow };
  }
  const flags: string[] = [];
  const repeat = table.firstRow(COL.key, result.key) !== null;
  if (repeat) flags.push(FLAG.repeat);
  if (!result.verified) flags.push(FLAG.unverified);
  if (result.kind === 'exemplar') {
    // Key = unit|name|year with any '|' inside a part encoded (keys.ts) and the year digits or blank:
    // the same name in any unit vs in this unit tells whether another unit has it.
    const year = '[0-9]*';
    const ownPrefix = escapeRegex(nomineeKey(result.unit.code, result.answers.name, ''));
    const anyUnit = table.countRows(COL.key, `[^|]*\\|${escapeRegex(result.nameKey)}\\|${year}`, { regex: true });
    const thisUnit = table.countRows(COL.key, `${ownPrefix}${year}`, { regex: true });
    if (anyUnit > thisUnit) flags.push(FLAG.otherUnit);
  }
  const counted = !repeat && (result.verified || ctx.settings.countUnverified);
  // acceptedRecord flags an answer too long for a cell, so the flag goes out in the same write.
  const { firstRow } = table.append([acceptedRecord(result, raw, flags, counted)]);
  return { status: 'stored', kind, row: firstRow, unitCode: result.unit.code, period: result.period, counted };
}
