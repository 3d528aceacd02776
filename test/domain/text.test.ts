// Tests text cleaning and normalisation (SPEC §4 "Normalised text").
import { describe, expect, it } from 'vitest';
import { cleanMultiline, cleanText, naturalCompare, normalizeText } from '../../src/domain/text';

describe('cleanText on pasted text', () => {
  it('collapses spaces, tabs, newlines and no-break spaces into one space and trims', () => {
    expect(cleanText('  Nguyễn\u00A0\u00A0Văn\tAn\n ')).toBe('Nguyễn Văn An');
  });

  it('removes zero-width and right-to-left marks', () => {
    expect(cleanText('\uFEFFNguy\u200Bễn\u200E Văn\u202E An\u2066')).toBe('Nguyễn Văn An');
  });

  it('turns null and undefined into an empty string and numbers into their digits', () => {
    expect(cleanText(null)).toBe('');
    expect(cleanText(undefined)).toBe('');
    expect(cleanText(1985)).toBe('1985');
  });

  it('composes decomposed (NFD) input to NFC', () => {
    const nfd = 'Nguyễn Văn An'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Văn An');
    expect(cleanText(nfd)).toBe('Nguyễn Văn An'.normalize('NFC'));
  });
});

describe('normalizeText for comparing names', () => {
  it('makes NFD input equal to its NFC form', () => {
    expect(normalizeText('Phường Cầu Diễn'.normalize('NFD'))).toBe(normalizeText('Phường Cầu Diễn'));
  });

  it('ignores case, including Đ and letters with diacritics', () => {
    expect(normalizeText('ĐOÀN THANH NIÊN  ')).toBe(normalizeText('đoàn thanh niên'));
    expect(normalizeText('ỦY BAN')).toBe('ủy ban');
  });

  it('keeps diacritics significant', () => {
    expect(normalizeText('Nguyễn Văn An')).not.toBe(normalizeText('Nguyễn Văn Ân'));
    expect(normalizeText('Lê Thị Hà')).not.toBe(normalizeText('Le Thi Ha'));
  });

  it('ignores invisible marks between letters', () => {
    expect(normalizeText('Trần\u200B Thị\u200F Mai')).toBe(normalizeText('Trần Thị Mai'));
  });
});

describe('cleanMultiline for long answers', () => {
  it('keeps single line breaks, drops blank lines and collapses spaces inside lines', () => {
    expect(cleanMultiline('  Dòng   một \r\n\r\n\n  Dòng\thai  \n')).toBe('Dòng một\nDòng hai');
  });

  it('composes NFD and strips invisible marks', () => {
    expect(cleanMultiline('Thành\u200B tích'.normalize('NFD'))).toBe('Thành tích');
  });
});

describe('naturalCompare on unit codes', () => {
  it('puts PH2 before PH10 and ignores case', () => {
    expect(['PH10', 'ph2', 'PH1', 'MT3'].sort(naturalCompare)).toEqual(['MT3', 'PH1', 'ph2', 'PH10']);
  });
});
