// Defines readResponsesFile: a Google Forms responses export (.csv or .xlsx) as raw answers by question title.
import { matchHeader, type WantedColumn } from './headers';
import { cellText, readTableFile } from './table-file';

export interface ResponseRow {
  row: number;
  /** Raw text, never parsed here: 'dd/MM/yyyy HH:mm:ss', its single-digit or minute-only forms, ISO 8601… */
  timestamp: string;
  /** '' when the file has no email column. */
  email: string;
  /** Keyed by the caller's question titles; '' for an absent optional column. Values are not trimmed. */
  answers: Record<string, string>;
}

export interface ResponsesFile {
  file: string;
  rows: ResponseRow[];
}

// https://support.google.com/docs/answer/139706 — the export's first two columns, in Vietnamese
// and in English depending on the account's language.
const FIXED_COLUMNS: readonly WantedColumn<'timestamp' | 'email'>[] = [
  { key: 'timestamp', titles: ['Dấu thời gian', 'Timestamp'], required: true },
  { key: 'email', titles: ['Địa chỉ email', 'Email Address', 'Email'], required: false },
];

/**
 * Question columns are found by their exact title after normalisation (NFC, spaces, case); a title
 * in `requiredTitles` whose column is absent throws InputFileError `missing_column` naming it.
 */
export async function readResponsesFile(
  path: string,
  questionTitles: readonly string[],
  requiredTitles: readonly string[],
): Promise<ResponsesFile> {
  const table = await readTableFile(path);
  const fixed = matchHeader(table.header, FIXED_COLUMNS, path);
  const required = new Set(requiredTitles);
  const questions = matchHeader(
    table.header,
    questionTitles.map((title) => ({ key: title, titles: [title], required: required.has(title) })),
    path,
  );
  const rows = table.rows.map(({ row, cells }): ResponseRow => {
    const answers: Record<string, string> = {};
    for (const title of questionTitles) {
      const at = questions[title];
      answers[title] = at === -1 ? '' : cellText(cells[at]);
    }
    return {
      row,
      timestamp: cellText(cells[fixed.timestamp]),
      email: fixed.email === -1 ? '' : cellText(cells[fixed.email]),
      answers,
    };
  });
  return { file: path, rows };
}
