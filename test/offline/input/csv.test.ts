// Tests the RFC 4180 reader and writer against the shapes spreadsheets export.
import { describe, expect, it } from 'vitest';
import { CsvParseError, parseCsv, toCsv } from '../../../offline/input/csv';

describe('parseCsv on plain records', () => {
  it('splits CRLF records into fields', () => {
    expect(parseCsv('a,b,c\r\n1,2,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('accepts LF and lone CR line ends too', () => {
    expect(parseCsv('a,b\n1,2\r3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv(',x,,\r\n')).toEqual([['', 'x', '', '']]);
  });

  it('ignores one final line break but keeps a blank line in the middle as one empty field', () => {
    expect(parseCsv('a\r\n\r\nb\r\n')).toEqual([['a'], [''], ['b']]);
  });

  it('returns no records for an empty text', () => {
    expect(parseCsv('')).toEqual([]);
  });

  it('drops a UTF-8 byte order mark so the first title reads clean', () => {
    expect(parseCsv('\ufeffDấu thời gian,Địa chỉ email')[0][0]).toBe('Dấu thời gian');
  });

  it('leaves spaces and Vietnamese text untouched', () => {
    expect(parseCsv(' UBND  phường Mễ Trì ,x')).toEqual([[' UBND  phường Mễ Trì ', 'x']]);
  });
});

describe('parseCsv on quoted fields', () => {
  it('keeps commas and doubled quotes inside quotes', () => {
    expect(parseCsv('"Chức vụ, nơi ở","Mô hình ""Tủ sách"""')).toEqual([['Chức vụ, nơi ở', 'Mô hình "Tủ sách"']]);
  });

  it('keeps line breaks inside quotes exactly, and the record goes on', () => {
    expect(parseCsv('Cơ quan ban hành,"ỦY BAN NHÂN DÂN\nQUẬN NAM TỪ LIÊM"\r\nĐịa danh,"a\r\nb"')).toEqual([
      ['Cơ quan ban hành', 'ỦY BAN NHÂN DÂN\nQUẬN NAM TỪ LIÊM'],
      ['Địa danh', 'a\r\nb'],
    ]);
  });

  it('reads an empty quoted field as empty', () => {
    expect(parseCsv('"",x')).toEqual([['', 'x']]);
  });

  it('keeps a quote inside an unquoted field as text, as spreadsheets do', () => {
    expect(parseCsv('5" màn hình,x')).toEqual([['5" màn hình', 'x']]);
  });

  it('keeps text after a closing quote as part of the field', () => {
    expect(parseCsv('"abc"def,x')).toEqual([['abcdef', 'x']]);
  });

  it('throws CsvParseError naming the record and line where an unterminated quote opened', () => {
    let error: unknown;
    try {
      parseCsv('h1,h2\r\nx,y\r\n"open,\r\nz');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvParseError);
    expect(error).toMatchObject({ code: 'unterminated_quote', record: 2, line: 3 });
  });
});

describe('toCsv', () => {
  it('quotes only the fields that need it', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'x\ny', '=SUM(A1)']])).toBe('a,"b,c","say ""hi""","x\ny",=SUM(A1)');
  });

  it('joins records with CRLF by default and adds a BOM or a final line break on request', () => {
    expect(toCsv([['a'], ['b']])).toBe('a\r\nb');
    expect(toCsv([['a'], ['b']], { bom: true, finalNewline: true, eol: '\n' })).toBe('\ufeffa\nb\n');
  });

  it('writes what parseCsv reads back unchanged', () => {
    const rows = [
      ['Dấu thời gian', 'Tóm tắt thành tích'],
      ['18/05/2023 14:03:27', '-Tích cực, gương mẫu; "Tủ sách"\r\nnhiều năm'],
      ['', '  khoảng trắng  '],
    ];
    expect(parseCsv(toCsv(rows, { bom: true }))).toEqual(rows);
  });
});
