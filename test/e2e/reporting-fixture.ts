// Defines the fixtures of the reporting end-to-end tests (issue 5): a district of any size built through the
// bundle (setup, registry import, form submissions), and readers for the `Tiến độ` sheet and the report document.
import type { DocumentJSON, ParagraphNode, TableNode } from '../../offline/gas/docs/model';
import { paragraphsOf, textOf } from '../../offline/gas/docs/model';
import { type Seeded, seededEnvironment, vn } from './helpers';

export const TYPES = [
  { code: 'phong_ban', prefix: 'PB', name: 'Phòng chuyên môn số', exemplars: 2, articles: 3 },
  { code: 'mttq_doan_the', prefix: 'DT', name: 'Hội đoàn thể số', exemplars: 2, articles: 15 },
  { code: 'hiep_quan', prefix: 'HQ', name: 'Cơ quan hiệp quản số', exemplars: 3, articles: 15 },
  { code: 'truong', prefix: 'TH', name: 'Trường học số', exemplars: 3, articles: 3 },
  { code: 'phuong', prefix: 'PH', name: 'UBND phường số', exemplars: 5, articles: 15 },
] as const;

export interface FixtureUnit {
  code: string;
  name: string;
  email: string;
  exemplars: number;
  articles: number;
}

export function registry(perType: number): { rows: string[][]; units: FixtureUnit[] } {
  const units: FixtureUnit[] = [];
  const rows: string[][] = [];
  for (const t of TYPES) {
    for (let i = 1; i <= perType; i++) {
      const code = `${t.prefix}${String(i).padStart(2, '0')}`;
      const u = { code, name: `${t.name} ${i}`, email: `${code.toLowerCase()}@example.vn` };
      units.push({ ...u, exemplars: t.exemplars, articles: t.articles });
      rows.push([code, u.name, t.code, u.email, '', '', 'Có']);
    }
  }
  return { rows, units };
}

/** Local wall time `minutes` after a start, as the helpers' ISO form. */
function at(startIso: string, minutes: number): string {
  const d = new Date(vn(startIso).getTime() + minutes * 60_000 + 7 * 3600_000);
  return d.toISOString().slice(0, 19);
}

export interface District extends Seeded {
  units: FixtureUnit[];
  /** Submits a month of responses: unit k meets exemplars when k is even and articles unless k % 3 === 2. */
  month: (startIso: string, shift?: number) => void;
}

let clock = 0;

export function district(perType: number): District {
  const { rows, units } = registry(perType);
  const s = seededEnvironment({ registry: rows });
  const month = (startIso: string, shift = 0) => {
    let minute = 0;
    units.forEach((u, i) => {
      const k = i + shift;
      const ex = k % 2 === 0 ? u.exemplars : u.exemplars - 1;
      const art = k % 3 === 2 ? 1 : u.articles;
      for (let n = 0; n < ex; n++) {
        clock++;
        s.nominate({ unit: u.name, name: `Gương ${u.code} ${clock}`, at: at(startIso, minute++), email: u.email });
      }
      for (let n = 0; n < art; n++) {
        clock++;
        s.article({ unit: u.name, title: `Bài ${u.code} ${clock}`, at: at(startIso, minute++), email: u.email });
      }
    });
  };
  return { ...s, units, month };
}

export type Row = Record<string, unknown>;

/** Rows of a sheet whose header is on `headerRow` (1-based), as records. */
export function records(values: unknown[][], headerRow = 1): Row[] {
  const header = values[headerRow - 1] ?? [];
  return values.slice(headerRow).map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** Unit rows of `Tiến độ` (those with a unit code). */
export function progressUnits(values: unknown[][]): Row[] {
  return records(values, 4).filter((r) => /^[A-Z]{2}\d+$/.test(String(r['Mã đơn vị'] ?? '')));
}

export function cellText(t: TableNode, row: number, col: number): string {
  return textOf(t.children[row].children[col]);
}

export function tableRows(t: TableNode): string[][] {
  return t.children.map((r) => r.children.map((c) => textOf(c)));
}

/** Top-level blocks of the body. */
export function bodyTables(doc: DocumentJSON): TableNode[] {
  return doc.body.children.filter((b): b is TableNode => b.type === 'TABLE');
}

export function bodyParagraphs(doc: DocumentJSON): ParagraphNode[] {
  return doc.body.children.filter((b): b is ParagraphNode => b.type === 'PARAGRAPH');
}

export function paragraphWith(doc: DocumentJSON, pattern: RegExp): ParagraphNode {
  const p = paragraphsOf(doc.body).find((x) => pattern.test(textOf(x)));
  if (!p) throw new Error(`No paragraph matches ${pattern}`);
  return p;
}

/** Every run's attributes under a node, with its text. */
export function runsOf(p: ParagraphNode): { text: string; attrs: Record<string, unknown> }[] {
  return p.children.flatMap((c) => (c.type === 'TEXT' ? c.runs : []));
}
