// Tests the offline Utilities: formatDate in a named zone, digests as Java bytes, base64, blobs, sleep, printf, CSV.
import { describe, expect, it } from 'vitest';
import { FakeBlob } from '../../../offline/gas/blob.ts';
import { ServiceContext } from '../../../offline/gas/context.ts';
import { createUtilities } from '../../../offline/gas/utilities.ts';

function setup() {
  const ctx = new ServiceContext();
  return { ctx, u: createUtilities(ctx) };
}

/** 20/05/2023 23:59:59 in Hà Nội: the last second of period 2023-05. */
const CUTOFF = new Date('2023-05-20T16:59:59Z');

describe('formatDate in Asia/Ho_Chi_Minh on a host in America/New_York', () => {
  it('the host zone really is New York (the test would prove nothing otherwise)', () => {
    expect(new Date('2023-05-20T16:59:59Z').getHours()).toBe(12);
  });

  it('formats Google Vietnamese export timestamp', () => {
    const { u } = setup();
    expect(u.formatDate(CUTOFF, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm:ss')).toBe('20/05/2023 23:59:59');
  });

  it('rolls over to the next local day where New York has not', () => {
    const { u } = setup();
    const d = new Date('2023-05-20T17:00:01Z');
    expect(u.formatDate(d, 'Asia/Ho_Chi_Minh', 'yyyy-MM-dd HH:mm:ss')).toBe('2023-05-21 00:00:01');
    expect(u.formatDate(d, 'America/New_York', 'yyyy-MM-dd HH:mm:ss')).toBe('2023-05-20 13:00:01');
  });

  it('supports the SimpleDateFormat letters the project uses', () => {
    const { u } = setup();
    const d = new Date('2023-05-06T02:04:05.007Z');
    expect(u.formatDate(d, 'Asia/Ho_Chi_Minh', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('2023-05-06T09:04:05.007+07:00');
    expect(u.formatDate(d, 'Asia/Ho_Chi_Minh', 'EEE, d MMM yy h:mm a Z')).toBe('Sat, 6 May 23 9:04 AM +0700');
    expect(u.formatDate(d, 'Asia/Ho_Chi_Minh', "'ngày' dd 'tháng' M 'năm' yyyy")).toBe('ngày 06 tháng 5 năm 2023');
    expect(u.formatDate(d, 'Asia/Ho_Chi_Minh', "EEEE MMMM H 'o''clock' z")).toBe("Saturday May 9 o'clock ICT");
    expect(u.formatDate(d, 'UTC', 'HH:mm X')).toBe('02:04 Z');
    expect(u.formatDate(d, 'GMT+7', 'HH:mm XX')).toBe('09:04 +0700');
  });

  it('reads an unknown zone as GMT, as Java does', () => {
    const { u } = setup();
    expect(u.formatDate(CUTOFF, 'Not/AZone', 'HH:mm')).toBe('16:59');
  });

  it('throws Google signature error for a string date, and a pattern error for an unknown letter', () => {
    const { u } = setup();
    expect(() => u.formatDate('2023-05-20' as unknown as Date, 'Asia/Ho_Chi_Minh', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
    expect(() => u.formatDate(CUTOFF, 'Asia/Ho_Chi_Minh', 'yyyy q')).toThrow("Illegal pattern character 'q'");
  });
});

describe('computeDigest', () => {
  it('returns SHA-256 of "abc" as Java signed bytes', () => {
    const { u } = setup();
    // ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad
    expect(u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc')).toEqual([
      -70, 120, 22, -65, -113, 1, -49, -22, 65, 65, 64, -34, 93, -82, 34, 35, -80, 3, 97, -93, -106, 23, 122, -100, -76,
      16, -1, 97, -14, 0, 21, -83,
    ]);
  });

  it('reads strings as UTF-8 and accepts byte arrays', () => {
    const { u } = setup();
    const viaString = u.computeDigest(u.DigestAlgorithm.MD5, 'Gương Sáng', u.Charset.UTF_8);
    const viaBytes = u.computeDigest(u.DigestAlgorithm.MD5, u.newBlob('Gương Sáng').getBytes());
    expect(viaString).toEqual(viaBytes);
    expect(u.computeDigest(u.DigestAlgorithm.MD5, '')[0]).toBe(-44); // d41d8cd9…
  });

  it('MD2 is not available offline', () => {
    const { u } = setup();
    expect(() => u.computeDigest(u.DigestAlgorithm.MD2, 'abc')).toThrow();
  });
});

describe('HMAC signatures', () => {
  it('computeHmacSha256Signature matches the RFC test vector, in signed bytes', () => {
    const { u } = setup();
    const sig = u.computeHmacSha256Signature('The quick brown fox jumps over the lazy dog', 'key');
    // f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8
    const hex = sig.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8');
    expect(sig[0]).toBe(-9);
    expect(
      u.computeHmacSignature(u.MacAlgorithm.HMAC_SHA_256, 'The quick brown fox jumps over the lazy dog', 'key'),
    ).toEqual(sig);
  });
});

describe('base64', () => {
  it('round-trips Vietnamese text through UTF-8', () => {
    const { u } = setup();
    const encoded = u.base64Encode('Gương Sáng');
    expect(encoded).toBe(Buffer.from('Gương Sáng', 'utf8').toString('base64'));
    expect(u.newBlob(u.base64Decode(encoded)).getDataAsString()).toBe('Gương Sáng');
  });

  it('web-safe uses - and _ and keeps the padding', () => {
    const { u } = setup();
    expect(u.base64Encode([-5, -1])).toBe('+/8=');
    expect(u.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(u.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
  });

  it('throws "Could not decode string." on garbage', () => {
    const { u } = setup();
    expect(() => u.base64Decode('không phải base64!')).toThrow('Could not decode string.');
  });
});

describe('newBlob', () => {
  it('holds bytes as Java signed bytes, with the type and name given', () => {
    const { u } = setup();
    const blob = u.newBlob('Ấ', 'text/csv', 'don-vi.csv');
    expect(blob).toBeInstanceOf(FakeBlob);
    expect(blob.getBytes()).toEqual([-31, -70, -92]);
    expect(blob.getContentType()).toBe('text/csv');
    expect(blob.getName()).toBe('don-vi.csv');
  });

  it('types a string blob text/plain and a byte blob not at all', () => {
    const { u } = setup();
    expect(u.newBlob('x').getContentType()).toBe('text/plain');
    expect(u.newBlob([1, 2]).getContentType()).toBeNull();
    expect(u.newBlob([1, 2]).getName()).toBeNull();
  });

  it('copyBlob is independent; setters chain; the type follows the extension', () => {
    const { u } = setup();
    const a = u.newBlob('một');
    const b = a.copyBlob().setDataFromString('hai').setName('bao-cao.pdf').setContentTypeFromExtension();
    expect(a.getDataAsString()).toBe('một');
    expect(b.getDataAsString()).toBe('hai');
    expect(b.getContentType()).toBe('application/pdf');
  });

  it('getAs to another type throws unless a conversion is registered', () => {
    const { u } = setup();
    const blob = u.newBlob('<p>x</p>', 'text/html', 'a.html');
    expect(() => blob.getAs('application/pdf')).toThrow(
      'Converting from text/html to application/pdf is not supported.',
    );
    FakeBlob.registerConversion('text/html', 'application/pdf', (bytes) => Uint8Array.from([37, 80, 68, 70, ...bytes]));
    const pdf = blob.getAs('application/pdf');
    expect(pdf.getName()).toBe('a.pdf');
    expect(pdf.getDataAsString().startsWith('%PDF')).toBe(true);
  });
});

describe('sleep', () => {
  it('moves the offline clock instead of waiting', () => {
    const { ctx, u } = setup();
    const start = ctx.clock.nowMs();
    u.sleep(1500);
    expect(ctx.clock.nowMs() - start).toBe(1500);
  });

  it('refuses more than 300,000 ms', () => {
    const { u } = setup();
    expect(() => u.sleep(300_000)).not.toThrow();
    expect(() => u.sleep(300_001)).toThrow();
  });
});

describe('getUuid', () => {
  it('gives version-4 ids that repeat from run to run', () => {
    const a = createUtilities(new ServiceContext());
    const b = createUtilities(new ServiceContext());
    const ids = [a.getUuid(), a.getUuid()];
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect([b.getUuid(), b.getUuid()]).toEqual(ids);
  });
});

describe('formatString', () => {
  it('fills %s, %d and %.1f, and %% is a literal percent', () => {
    const { u } = setup();
    expect(u.formatString('%s có %d gương, đạt %.1f%%', 'PH01', 3, 60)).toBe('PH01 có 3 gương, đạt 60.0%');
  });

  it('pads with width and flags', () => {
    const { u } = setup();
    expect(u.formatString('%05d|%-4s|%4s|%+d|%x', 42, 'ab', 'cd', 7, 255)).toBe('00042|ab  |  cd|+7|ff');
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, CRLF and a final line break', () => {
    const { u } = setup();
    expect(u.parseCsv('a,"b,c"\r\n"d ""e""",f\n')).toEqual([
      ['a', 'b,c'],
      ['d "e"', 'f'],
    ]);
  });

  it('keeps line breaks inside quotes and empty cells', () => {
    const { u } = setup();
    expect(u.parseCsv('"dòng 1\ndòng 2",,x')).toEqual([['dòng 1\ndòng 2', '', 'x']]);
  });

  it('splits on another delimiter', () => {
    const { u } = setup();
    expect(u.parseCsv('a;b\nc;d', ';')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});
