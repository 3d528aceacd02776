// Defines an RFC 4180 CSV reader and writer, in the shapes Google Sheets and Forms export.

/** Thrown by parseCsv; the table reader turns it into an InputFileError naming the file. */
export class CsvParseError extends Error {
  override readonly name = 'CsvParseError';
  constructor(
    readonly code: 'unterminated_quote',
    /** 0-based record index where the open quote started (0 = header). */
    readonly record: number,
    /** 1-based physical line where the open quote started. */
    readonly line: number,
  ) {
    super(`Unterminated quoted field starting at record ${record} (line ${line}).`);
  }
}

/**
 * https://www.rfc-editor.org/rfc/rfc4180 — quoted fields may hold commas, doubled quotes and line
 * breaks; records end with CRLF, LF or a lone CR. A UTF-8 BOM is dropped and a final line break does
 * not make an empty record. Lenient where spreadsheets are: a quote inside an unquoted field, or
 * text after a closing quote, is kept as text. Only an unterminated quote is an error, because it
 * would silently swallow the rest of the file.
 */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  if (src.length === 0) return records;
  let record: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  const n = src.length;

  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };

  while (i < n) {
    const c = src[i];
    if (c === '"' && field === '') {
      const startLine = line;
      let closed = false;
      i++;
      while (i < n) {
        const q = src[i];
        if (q === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (q === '\n' || (q === '\r' && src[i + 1] !== '\n')) line++;
        field += q;
        i++;
      }
      if (!closed) throw new CsvParseError('unterminated_quote', records.length, startLine);
      continue;
    }
    if (c === ',') {
      record.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      endRecord();
      continue;
    }
    field += c;
    i++;
  }
  const last = src[n - 1];
  if (last !== '\n' && last !== '\r') endRecord();
  return records;
}

export interface CsvWriteOptions {
  /** Google's export uses CRLF. */
  eol?: '\r\n' | '\n';
  /** Excel's "CSV UTF-8" starts with a BOM; Google's export does not. */
  bom?: boolean;
  /** Google's export ends without a final line break. */
  finalNewline?: boolean;
}

/** Quotes a field only when it needs it, as Google's export does. */
export function toCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const eol = options.eol ?? '\r\n';
  const body = rows.map((row) => row.map(quoteField).join(',')).join(eol);
  return (options.bom ? '\ufeff' : '') + body + (options.finalNewline && rows.length > 0 ? eol : '');
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
