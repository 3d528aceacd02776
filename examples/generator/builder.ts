// Defines SampleBuilder: makes exported response rows of both forms for a unit, keeping names and titles unique.
import { AWARDS, CRITERIA, type Field, GENRES, SOURCES } from './forms';
import { birthYear, personName, position, type Role, roleFor, type Sex } from './people';
import type { Random } from './random';
import { articleTitle, fieldFor, groupName, type SubjectKind, summary } from './texts';
import { formatLocal, randomShape, type TimestampShape } from './timestamps';
import { type SampleUnit, slugify, WARDS } from './units';

/** One exported row before sorting: `at` orders it (local ms), `seq` keeps equal times in creation order. */
export interface Draft {
  at: number;
  seq: number;
  cells: string[];
  /** Edge-case id listed in README.md; generic rows have none. */
  edge?: string;
}

export interface Nominee {
  name: string;
  sex: Sex;
  kind: SubjectKind;
  year: string;
  role: Role;
  honorific: string;
}

export interface ExemplarAnswers {
  unit: string;
  name: string;
  kind: SubjectKind;
  year: string;
  position: string;
  field: Field;
  criteria: string;
  source: string;
  summary: string;
  award: string;
  url: string;
}

export interface ArticleAnswers {
  unit: string;
  title: string;
  author: string;
  genre: string;
  subject: string;
  url: string;
  score: string;
}

export interface RowOptions {
  /** The timestamp cell as written; by default `at` in a random shape. */
  timestamp?: string;
  shape?: TimestampShape;
  email?: string;
  edge?: string;
}

const key = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

export class SampleBuilder {
  readonly exemplars: Draft[] = [];
  readonly articles: Draft[] = [];
  private seq = 0;
  private readonly names = new Set<string>();
  private readonly titles = new Set<string>();
  private readonly nominees = new Map<string, Nominee[]>();

  constructor(
    private readonly rnd: Random,
    /** A sender address for units with no registered email (a clerk's own account). */
    private readonly personalEmail: (unit: SampleUnit) => string,
  ) {}

  newNominee(unit: SampleUnit, ward = this.wardOf(unit)): Nominee {
    const rnd = this.rnd;
    const households = unit.type === 'phuong' || unit.type === 'mttq_doan_the';
    let kind: SubjectKind = rnd.weighted([
      ['Cá nhân', 82],
      ['Tập thể', 13],
      ['Hộ gia đình', households ? 5 : 0],
    ]);
    for (let attempt = 0; ; attempt++) {
      // A unit has only so many groups: once they are used up it nominates people.
      if (attempt === 20) kind = 'Cá nhân';
      const role = roleFor(rnd, unit);
      const sex: Sex = unit.code === 'DT03' || rnd.chance(role === 'teacher' ? 0.8 : 0.5) ? 'nu' : 'nam';
      let name: string;
      let year = '';
      let honorific = '';
      if (kind === 'Tập thể') {
        name = groupName(rnd, unit, ward);
      } else if (kind === 'Hộ gia đình') {
        name = `Hộ gia đình ${sex === 'nam' ? 'ông' : 'bà'} ${personName(rnd, sex)}`;
      } else {
        name = personName(rnd, sex);
        const y = birthYear(rnd, role, unit);
        year = rnd.chance(role === 'resident' || role === 'member' ? 0.12 : 0.04) ? '' : String(y);
        honorific = honorificFor(role, sex, y);
      }
      if (this.names.has(key(name))) continue;
      this.names.add(key(name));
      const nominee: Nominee = { name, sex, kind, year, role, honorific };
      this.nomineesOf(unit).push(nominee);
      return nominee;
    }
  }

  /** A complete, valid Form A row for a new nominee; `over` replaces any answer. */
  exemplar(unit: SampleUnit, at: number, over: Partial<ExemplarAnswers> = {}, opts: RowOptions = {}): Draft {
    const rnd = this.rnd;
    const ward = this.wardOf(unit);
    // A hand-picked name is reserved so that no generic row repeats it by chance.
    if (over.name !== undefined) this.names.add(key(over.name));
    const nominee = over.name === undefined ? this.newNominee(unit, ward) : undefined;
    const role = nominee?.role ?? roleFor(rnd, unit);
    const kind = over.kind ?? nominee?.kind ?? 'Cá nhân';
    const field = over.field ?? fieldFor(rnd, role, unit);
    const answers: ExemplarAnswers = {
      unit: unit.name,
      name: nominee?.name ?? '',
      kind,
      year: nominee?.year ?? '',
      position: this.positionFor(kind, role, unit, ward, nominee?.sex ?? 'nu'),
      field,
      criteria: this.criteria(),
      source: rnd.weighted([
        [SOURCES[0], 70],
        [SOURCES[1], 10],
        [SOURCES[2], 12],
        [SOURCES[3], 8],
      ]),
      summary: summary(rnd, field, kind),
      award: rnd.weighted([
        [AWARDS[0], 30],
        [AWARDS[1], 30],
        [AWARDS[2], 5],
        [AWARDS[3], 15],
        ['', 20],
      ]),
      url: rnd.chance(0.45) ? '' : this.evidenceUrl(unit, nominee?.name ?? over.name ?? ''),
      ...over,
    };
    const cells = [
      answers.unit,
      answers.name,
      answers.kind,
      answers.year,
      answers.position,
      answers.field,
      answers.criteria,
      answers.source,
      answers.summary,
      answers.award,
      answers.url,
    ];
    return this.push(this.exemplars, unit, at, cells, opts);
  }

  /** A complete, valid Form B row, often about one of the unit's own nominees; `over` replaces any answer. */
  article(unit: SampleUnit, at: number, over: Partial<ArticleAnswers> = {}, opts: RowOptions = {}): Draft {
    const rnd = this.rnd;
    const genre =
      over.genre ??
      rnd.weighted([
        [GENRES[0], 70],
        [GENRES[1], 12],
        [GENRES[2], 12],
        [GENRES[3], 6],
      ]);
    let subject = over.subject;
    let title = over.title;
    for (let attempt = 0; title === undefined; attempt++) {
      const nominee = this.subjectFor(unit, attempt < 5);
      const candidate = articleTitle(rnd, genre, nominee.honorific, nominee.name);
      if (this.titles.has(key(candidate))) continue;
      title = candidate;
      subject ??= nominee.name;
    }
    subject ??= this.subjectFor(unit, true).name;
    this.titles.add(key(title));
    const author = rnd.chance(0.1) ? `${personName(rnd)}, ${personName(rnd)}` : personName(rnd);
    const answers: ArticleAnswers = {
      unit: unit.name,
      title,
      author,
      genre,
      subject,
      url: this.articleUrl(unit, genre, title),
      score: this.score(),
      ...over,
    };
    const cells = [
      answers.unit,
      answers.title,
      answers.author,
      answers.genre,
      answers.subject,
      answers.url,
      answers.score,
    ];
    return this.push(this.articles, unit, at, cells, opts);
  }

  /** The same row once more, as Google's duplicate trigger event or a replayed export would deliver it. */
  redeliver(list: 'exemplars' | 'articles', original: Draft, edge: string): Draft {
    const copy: Draft = { at: original.at, seq: this.seq++, cells: [...original.cells], edge };
    this[list].push(copy);
    return copy;
  }

  senderOf(unit: SampleUnit): string {
    if (unit.emails.length === 0) return this.personalEmail(unit);
    return unit.emails.length > 1 && this.rnd.chance(0.25) ? unit.emails[1] : unit.emails[0];
  }

  private push(list: Draft[], unit: SampleUnit, at: number, answers: string[], opts: RowOptions): Draft {
    const timestamp = opts.timestamp ?? formatLocal(at, opts.shape ?? randomShape(this.rnd));
    const email = opts.email ?? this.senderOf(unit);
    // Every row of a unit without a registered email is an edge case of its own (README.md).
    const edge = opts.edge ?? (unit.emails.length === 0 ? 'unit-without-email' : undefined);
    const draft: Draft = { at, seq: this.seq++, cells: [timestamp, email, ...answers], edge };
    list.push(draft);
    return draft;
  }

  /** Usually one of the unit's own nominees (not a household), otherwise someone new. */
  private subjectFor(unit: SampleUnit, mayReuse: boolean): Nominee {
    const own = this.nomineesOf(unit).filter((n) => n.kind !== 'Hộ gia đình');
    return own.length > 0 && mayReuse && this.rnd.chance(0.65) ? this.rnd.pick(own) : this.newNominee(unit);
  }

  private nomineesOf(unit: SampleUnit): Nominee[] {
    let list = this.nominees.get(unit.code);
    if (!list) {
      list = [];
      this.nominees.set(unit.code, list);
    }
    return list;
  }

  private wardOf(unit: SampleUnit): string {
    return unit.ward ?? this.rnd.pick(WARDS);
  }

  private positionFor(kind: SubjectKind, role: Role, unit: SampleUnit, ward: string, sex: Sex): string {
    if (kind === 'Hộ gia đình') return `Tổ dân phố số ${this.rnd.int(1, 32)}, phường ${ward}`;
    if (kind === 'Tập thể') return '';
    return this.rnd.chance(0.07) ? '' : position(this.rnd, role, unit, ward, sex);
  }

  private criteria(): string {
    const count = this.rnd.weighted([
      [1, 4],
      [2, 4],
      [3, 2],
      [4, 0.5],
    ]);
    return this.rnd.some(CRITERIA, count).join(', ');
  }

  private evidenceUrl(unit: SampleUnit, name: string): string {
    if (this.rnd.chance(0.4)) return `https://drive.example.vn/file/d/${this.token(20)}/view`;
    return `https://${unit.slug}.example.vn/tin-tuc/${slugify(name).slice(0, 40)}-${this.rnd.int(1000, 9999)}`;
  }

  private articleUrl(unit: SampleUnit, genre: string, title: string): string {
    switch (genre) {
      case 'Ảnh':
        return `https://anh.example.vn/album/${this.token(12)}`;
      case 'Video':
        return `https://video.example.vn/watch?v=${this.token(11)}`;
      case 'Tác phẩm khác':
        return `https://drive.example.vn/file/d/${this.token(20)}/view`;
      default:
        return `https://${unit.slug}.example.vn/bai-du-thi/${slugify(title).slice(0, 60)}`;
    }
  }

  private score(): string {
    if (this.rnd.chance(0.45)) return '';
    const base = this.rnd.int(60, 97);
    return this.rnd.chance(0.15) ? `${base},5` : String(base);
  }

  private token(length: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.rnd.int(0, alphabet.length - 1)];
    return out;
  }
}

function honorificFor(role: Role, sex: Sex, year: number): string {
  if (role === 'pupil') return 'Em';
  if (role === 'teacher') return sex === 'nu' ? 'Cô' : 'Thầy';
  if (role === 'officer') return 'Đồng chí';
  if (year <= 1965) return sex === 'nu' ? 'Bà' : 'Ông';
  return sex === 'nu' ? 'Chị' : 'Anh';
}
