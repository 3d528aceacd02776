// Tests the two form definitions (SPEC §5) and the validation of answers keyed by question title.
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_FORM,
  articleAnswersSchema,
  EXEMPLAR_FORM,
  exemplarAnswersSchema,
  parseArticleAnswers,
  parseExemplarAnswers,
  type RawAnswers,
  splitChoices,
} from '../../src/domain/forms';

const CRIT_1 = 'Gương mẫu chấp hành chủ trương và pháp luật';
const CRIT_2 = 'Hoàn thành xuất sắc nhiệm vụ được giao';

function exemplar(over: RawAnswers = {}): RawAnswers {
  return {
    'Đơn vị giới thiệu': ' UBND phường  Cầu Diễn ',
    'Họ và tên (hoặc tên tập thể, hộ gia đình)': 'Nguyễn Văn An',
    'Đối tượng': 'Cá nhân',
    'Năm sinh': '1985',
    'Chức vụ, nơi công tác hoặc nơi ở': 'Tổ dân phố số 5',
    'Lĩnh vực': 'Lao động, sản xuất, kinh doanh',
    'Tiêu chí đáp ứng': [CRIT_1, CRIT_2],
    'Nguồn phát hiện': 'Phong trào thi đua',
    'Tóm tắt thành tích': 'Dòng 1  \n\n  Dòng 2',
    'Hình thức khen thưởng đề xuất': 'Giấy khen',
    'Đường dẫn minh chứng': 'https://drive.google.com/drive/folders/abc',
    ...over,
  };
}

function article(over: RawAnswers = {}): RawAnswers {
  return {
    'Đơn vị gửi bài': 'PH01',
    'Tên bài viết, tác phẩm': 'Người giữ lửa ở tổ dân phố',
    'Tác giả': 'Trần Thị Mai',
    'Thể loại': 'Bài viết',
    'Gương được viết về': 'Nguyễn Văn An',
    'Đường dẫn bài viết, tác phẩm': 'https://baomoi.com/bai-viet.html?id=1',
    'Điểm sơ khảo': '85,5',
    ...over,
  };
}

function codes(r: { ok: boolean; problems?: { code: string; field?: string; value?: string }[] }) {
  return r.ok ? [] : (r.problems ?? []).map((p) => [p.code, p.field, p.value]);
}

describe('the form definitions', () => {
  it('carry the exact question titles of SPEC §5 in order', () => {
    expect(EXEMPLAR_FORM.title).toBe('Giới thiệu gương ĐHTT, NTVT');
    expect(EXEMPLAR_FORM.questions.map((q) => q.title)).toEqual([
      'Đơn vị giới thiệu',
      'Họ và tên (hoặc tên tập thể, hộ gia đình)',
      'Đối tượng',
      'Năm sinh',
      'Chức vụ, nơi công tác hoặc nơi ở',
      'Lĩnh vực',
      'Tiêu chí đáp ứng',
      'Nguồn phát hiện',
      'Tóm tắt thành tích',
      'Hình thức khen thưởng đề xuất',
      'Đường dẫn minh chứng',
    ]);
    expect(ARTICLE_FORM.title).toBe('Bài viết, tác phẩm dự thi viết về gương ĐHTT, NTVT');
    expect(ARTICLE_FORM.questions.map((q) => q.title)).toEqual([
      'Đơn vị gửi bài',
      'Tên bài viết, tác phẩm',
      'Tác giả',
      'Thể loại',
      'Gương được viết về',
      'Đường dẫn bài viết, tác phẩm',
      'Điểm sơ khảo',
    ]);
  });

  it('have one schema field per question key', () => {
    expect(Object.keys(exemplarAnswersSchema.shape)).toEqual(EXEMPLAR_FORM.questions.map((q) => q.key));
    expect(Object.keys(articleAnswersSchema.shape)).toEqual(ARTICLE_FORM.questions.map((q) => q.key));
  });

  it('never put a comma in a checkbox option, since Google joins checkbox answers with ", "', () => {
    const boxes = [...EXEMPLAR_FORM.questions, ...ARTICLE_FORM.questions].filter((q) => q.kind === 'checkbox');
    expect(boxes.length).toBeGreaterThan(0);
    for (const q of boxes) for (const c of q.choices ?? []) expect(c).not.toContain(',');
  });

  it('mark the unit question as the unit list and mention the deadline', () => {
    for (const f of [EXEMPLAR_FORM, ARTICLE_FORM]) {
      expect(f.questions.filter((q) => q.unitList).map((q) => q.key)).toEqual(['unit']);
      expect(f.description).toContain('trước ngày 20 hàng tháng');
    }
  });

  it('keep every text NFC', () => {
    const all = JSON.stringify([EXEMPLAR_FORM, ARTICLE_FORM]);
    expect(all).toBe(all.normalize('NFC'));
  });
});

describe('parseExemplarAnswers on a complete answer', () => {
  it('returns cleaned values keyed by question key', () => {
    const r = parseExemplarAnswers(exemplar());
    expect(r).toEqual({
      ok: true,
      kind: 'exemplar',
      value: {
        unit: 'UBND phường Cầu Diễn',
        name: 'Nguyễn Văn An',
        kind: 'Cá nhân',
        birthYear: '1985',
        position: 'Tổ dân phố số 5',
        field: 'Lao động, sản xuất, kinh doanh',
        criteria: [CRIT_1, CRIT_2],
        source: 'Phong trào thi đua',
        summary: 'Dòng 1\nDòng 2',
        award: 'Giấy khen',
        evidence: 'https://drive.google.com/drive/folders/abc',
      },
    });
  });

  it('accepts checkbox answers as one ", "-joined string as a CSV export writes them', () => {
    const r = parseExemplarAnswers(exemplar({ 'Tiêu chí đáp ứng': `${CRIT_1}, ${CRIT_2}` }));
    expect(r.ok && r.value.criteria).toEqual([CRIT_1, CRIT_2]);
    expect(splitChoices(` ${CRIT_2} ,${CRIT_2}`)).toEqual([CRIT_2]);
  });

  it('accepts blank optional answers and missing optional questions', () => {
    const answers = exemplar({ 'Năm sinh': '', 'Đường dẫn minh chứng': ' ', 'Hình thức khen thưởng đề xuất': '' });
    delete answers['Chức vụ, nơi công tác hoặc nơi ở'];
    const r = parseExemplarAnswers(answers);
    expect(r.ok && [r.value.birthYear, r.value.evidence, r.value.award, r.value.position]).toEqual(['', '', '', '']);
  });

  it('finds a question whose title arrives with different spacing or case', () => {
    const answers = exemplar();
    answers['  năm   sinh '] = answers['Năm sinh'];
    delete answers['Năm sinh'];
    const r = parseExemplarAnswers(answers);
    expect(r.ok && r.value.birthYear).toBe('1985');
  });
});

describe('parseExemplarAnswers on bad answers', () => {
  it('reports a bad year, URL and choice with their own codes, in question order', () => {
    const r = parseExemplarAnswers(
      exemplar({
        'Đường dẫn minh chứng': 'drive.google.com/abc',
        'Năm sinh': '85',
        'Đối tượng': 'Cá nhân xuất sắc',
        'Tiêu chí đáp ứng': `${CRIT_1}, Tích cực`,
      }),
    );
    expect(codes(r)).toEqual([
      ['INVALID_CHOICE', 'kind', 'Cá nhân xuất sắc'],
      ['INVALID_YEAR', 'birthYear', '85'],
      ['INVALID_CHOICE', 'criteria', 'Tích cực'],
      ['INVALID_URL', 'evidence', 'drive.google.com/abc'],
    ]);
  });

  it('rejects years outside 1900–2100 and non-http links', () => {
    expect(codes(parseExemplarAnswers(exemplar({ 'Năm sinh': '1899' })))).toEqual([
      ['INVALID_YEAR', 'birthYear', '1899'],
    ]);
    expect(codes(parseExemplarAnswers(exemplar({ 'Năm sinh': '2101' })))).toEqual([
      ['INVALID_YEAR', 'birthYear', '2101'],
    ]);
    expect(parseExemplarAnswers(exemplar({ 'Năm sinh': '2100' })).ok).toBe(true);
    expect(codes(parseExemplarAnswers(exemplar({ 'Đường dẫn minh chứng': 'ftp://x.vn/a' })))).toEqual([
      ['INVALID_URL', 'evidence', 'ftp://x.vn/a'],
    ]);
    expect(codes(parseExemplarAnswers(exemplar({ 'Đường dẫn minh chứng': 'https://có dấu cách.vn' })))).toEqual([
      ['INVALID_URL', 'evidence', 'https://có dấu cách.vn'],
    ]);
  });

  it('reports required answers that are blank or missing, an empty checkbox included', () => {
    const answers = exemplar({ 'Họ và tên (hoặc tên tập thể, hộ gia đình)': ' \u200B ', 'Tiêu chí đáp ứng': [] });
    delete answers['Đơn vị giới thiệu'];
    expect(codes(parseExemplarAnswers(answers))).toEqual([
      ['REQUIRED', 'unit', undefined],
      ['REQUIRED', 'name', undefined],
      ['REQUIRED', 'criteria', undefined],
    ]);
  });

  it('matches choices exactly after cleaning: a missing diacritic is not the same choice', () => {
    expect(parseExemplarAnswers(exemplar({ 'Đối tượng': '  Cá   nhân ' })).ok).toBe(true);
    expect(codes(parseExemplarAnswers(exemplar({ 'Đối tượng': 'Ca nhan' })))).toEqual([
      ['INVALID_CHOICE', 'kind', 'Ca nhan'],
    ]);
  });

  it('reports an over-long short answer as too long with the limit', () => {
    const r = parseExemplarAnswers(exemplar({ 'Họ và tên (hoặc tên tập thể, hộ gia đình)': 'a'.repeat(49_001) }));
    expect(r.ok ? [] : r.problems).toEqual([
      { code: 'TOO_LONG', field: 'name', column: 'Họ và tên (hoặc tên tập thể, hộ gia đình)', limit: 49_000 },
    ]);
  });

  it('accepts a summary longer than a sheet cell: the sheet cuts and flags it, the form keeps it whole', () => {
    const r = parseExemplarAnswers(exemplar({ 'Tóm tắt thành tích': 'a'.repeat(60_000) }));
    expect(r.ok && r.value.summary.length).toBe(60_000);
  });
});

describe('parseArticleAnswers', () => {
  it('reads a Vietnamese decimal comma in the score', () => {
    const r = parseArticleAnswers(article());
    expect(r.ok && r.value.score).toBe(85.5);
    expect(r.ok && r.kind).toBe('article');
  });

  it('accepts a blank score and a score Sheets gave back as a number', () => {
    const blank = parseArticleAnswers(article({ 'Điểm sơ khảo': '' }));
    expect(blank.ok && blank.value.score).toBeNull();
    const numeric = parseArticleAnswers({ ...article(), 'Điểm sơ khảo': 90 as unknown as string });
    expect(numeric.ok && numeric.value.score).toBe(90);
  });

  it('rejects scores out of 0–100 or not a number', () => {
    for (const bad of ['101', '-1', 'tám mươi', '85,5,5']) {
      expect(codes(parseArticleAnswers(article({ 'Điểm sơ khảo': bad })))).toEqual([['INVALID_SCORE', 'score', bad]]);
    }
    expect(parseArticleAnswers(article({ 'Điểm sơ khảo': '100' })).ok).toBe(true);
    expect(parseArticleAnswers(article({ 'Điểm sơ khảo': '0' })).ok).toBe(true);
  });

  it('requires the article link and checks it is http(s)', () => {
    expect(codes(parseArticleAnswers(article({ 'Đường dẫn bài viết, tác phẩm': '' })))).toEqual([
      ['REQUIRED', 'url', undefined],
    ]);
    expect(codes(parseArticleAnswers(article({ 'Đường dẫn bài viết, tác phẩm': 'bài trên Zalo' })))).toEqual([
      ['INVALID_URL', 'url', 'bài trên Zalo'],
    ]);
    expect(parseArticleAnswers(article({ 'Đường dẫn bài viết, tác phẩm': 'http://youtu.be/x1' })).ok).toBe(true);
  });

  it('reports an unknown genre as an invalid choice', () => {
    expect(codes(parseArticleAnswers(article({ 'Thể loại': 'Thơ' })))).toEqual([['INVALID_CHOICE', 'genre', 'Thơ']]);
  });
});
