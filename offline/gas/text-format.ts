// Defines the text helpers behind Utilities.formatString (a printf subset) and Utilities.parseCsv (RFC 4180).

const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifeExXoc%])/g;

function padTo(text: string, width: number | undefined, flags: string): string {
  if (width === undefined || text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width, ' ');
  if (flags.includes('0') && /^[+-]?\d/.test(text)) {
    const sign = /^[+-]/.test(text) ? text[0] : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width, ' ');
}

function signed(text: string, n: number, flags: string): string {
  if (n >= 0 && flags.includes('+')) return `+${text}`;
  if (n >= 0 && flags.includes(' ')) return ` ${text}`;
  return text;
}

/**
 * sprintf-like formatting: %s %d %i %f %e %x %X %o %c %% with flags (- + space 0 #), width and
 * precision. A conversion without an argument is left as written.
 */
export function formatString(template: string, args: unknown[]): string {
  let next = 0;
  return String(template).replace(SPEC, (whole, flags: string, w?: string, prec?: string, conv?: string) => {
    if (conv === '%') return '%';
    if (next >= args.length) return whole;
    const arg = args[next++];
    const width = w === undefined ? undefined : Number(w);
    const precision = prec === undefined ? undefined : Number(prec);
    let text: string;
    switch (conv) {
      case 's':
        text = String(arg);
        if (precision !== undefined) text = text.slice(0, precision);
        break;
      case 'd':
      case 'i': {
        const n = Math.trunc(Number(arg));
        text = signed(String(n), n, flags);
        break;
      }
      case 'f': {
        const n = Number(arg);
        text = signed(n.toFixed(precision ?? 6), n, flags);
        break;
      }
      case 'e':
      case 'E': {
        const n = Number(arg);
        text = signed(n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2'), n, flags);
        if (conv === 'E') text = text.toUpperCase();
        break;
      }
      case 'x':
      case 'X':
      case 'o': {
        const n = Math.trunc(Number(arg)) >>> 0;
        text = n.toString(conv === 'o' ? 8 : 16);
        if (flags.includes('#')) text = (conv === 'o' ? '0' : '0x') + text;
        if (conv === 'X') text = text.toUpperCase();
        break;
      }
      default: // 'c'
        text = typeof arg === 'number' ? String.fromCharCode(arg) : String(arg).charAt(0);
    }
    return padTo(text, width, flags);
  });
}

/** RFC 4180: quoted fields may hold the delimiter, line breaks and doubled quotes; a final line break ends the last row. */
export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const text = String(csv);
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        cell += ch;
        i++;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
