// Tests the vm loader: top-level functions found, the realm boundary (Date, Array, Error), clock, console, timeout.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Clock } from '../../../offline/gas/context.ts';
import { GasException } from '../../../offline/gas/gas-base.ts';
import { bundlePath, loadBundle } from '../../../offline/runtime/loader.ts';

/** Same shape as build/Code.js: an IIFE bundle, then one wrapper per entry point. */
const TINY = `
var GuongSang = (() => {
  function onOpen() { return 'menu'; }
  function double(n) { return n * 2; }
  return { onOpen, double };
})();
var notAFunction = 3;
const alsoNot = () => 1;
function onOpen() { return GuongSang.onOpen.apply(this, arguments); }
function double() { return GuongSang.double.apply(this, arguments); }
`;

describe('a script shaped like build/Code.js', () => {
  it('exposes exactly its top-level function declarations', () => {
    const b = loadBundle(TINY, {});
    expect(Object.keys(b.entryPoints).sort()).toEqual(['double', 'onOpen']);
    expect(b.call('double', 21)).toBe(42);
    expect(b.entryPoints.onOpen()).toBe('menu');
  });

  it('does not list the globals it was given', () => {
    const b = loadBundle('function mine() {}', { SpreadsheetApp: {}, helper: () => 1 });
    expect(Object.keys(b.entryPoints)).toEqual(['mine']);
  });

  it('calls with this = the global object, as Apps Script does', () => {
    const b = loadBundle('function self() { return this === globalThis; }', {});
    expect(b.call('self')).toBe(true);
  });

  it('throws Google message for an unknown function', () => {
    const b = loadBundle(TINY, {});
    expect(() => b.call('nope')).toThrow('Script function not found: nope');
  });
});

describe('values crossing the realm boundary', () => {
  it('a Date made by a stand-in is instanceof Date inside the bundle', () => {
    const b = loadBundle('function check() { var d = makeDate(); return [d instanceof Date, d.getTime()]; }', {
      makeDate: () => new Date('2023-05-20T16:59:59Z'),
    });
    expect(b.call('check')).toEqual([true, Date.parse('2023-05-20T16:59:59Z')]);
  });

  it('a Date made by the bundle is instanceof Date in the host (stand-ins can check it)', () => {
    const b = loadBundle('function make() { return new Date(0); }', {});
    expect(b.call('make')).toBeInstanceOf(Date);
  });

  it('arrays passed in pass Array.isArray and instanceof Array; literals still work', () => {
    const b = loadBundle(
      'function check(a) { return [Array.isArray(a), a instanceof Array, [] instanceof Array, ({}) instanceof Array]; }',
      {},
    );
    expect(b.call('check', [[1, 2]])).toEqual([true, true, true, false]);
  });

  it('an array from the bundle passes Array.isArray on the host', () => {
    const b = loadBundle('function rows() { return [["a", 1]]; }', {});
    const rows = b.call('rows');
    expect(Array.isArray(rows)).toBe(true);
    expect(Array.isArray((rows as unknown[])[0])).toBe(true);
  });

  it('a stand-in Exception is instanceof Error inside the bundle, with its message and name', () => {
    const b = loadBundle(
      'function check() { try { boom(); } catch (e) { return [e instanceof Error, e.message, String(e)]; } }',
      {
        boom: () => {
          throw new GasException('Service invoked too many times for one day: email.');
        },
      },
    );
    expect(b.call('check')).toEqual([
      true,
      'Service invoked too many times for one day: email.',
      'Exception: Service invoked too many times for one day: email.',
    ]);
  });

  it('engine errors inside the bundle keep their own classes', () => {
    const b = loadBundle(
      'function check() { try { null.x; } catch (e) { return [e instanceof TypeError, e instanceof Error, e instanceof RangeError]; } }',
      {},
    );
    expect(b.call('check')).toEqual([true, true, false]);
  });

  it('a host TypeError is instanceof TypeError but not RangeError', () => {
    const b = loadBundle('function check(e) { return [e instanceof TypeError, e instanceof RangeError]; }', {});
    expect(b.call('check', new TypeError('x'))).toEqual([true, false]);
  });
});

describe('a bundle loaded with the offline clock', () => {
  it('new Date() and Date.now() read the clock; explicit dates are untouched', () => {
    const clock = new Clock(new Date('2023-05-21T00:00:01Z'));
    const b = loadBundle(
      'function now() { return [new Date().toISOString(), Date.now(), new Date(2020, 0, 1).getFullYear(), typeof Date()]; }',
      {},
      { clock },
    );
    expect(b.call('now')).toEqual(['2023-05-21T00:00:01.000Z', clock.nowMs(), 2020, 'string']);
    clock.advance(1000);
    expect((b.call('now') as unknown[])[1]).toBe(clock.nowMs());
  });

  it('dates made under the clock still cross as host Dates', () => {
    const clock = new Clock();
    const b = loadBundle(
      'function make() { return new Date(); }',
      { isHostDate: (d: unknown) => d instanceof Date },
      { clock },
    );
    expect(b.call('make')).toBeInstanceOf(Date);
    const c = loadBundle(
      'function check() { return isHostDate(new Date()); }',
      { isHostDate: (d: unknown) => d instanceof Date },
      { clock },
    );
    expect(c.call('check')).toBe(true);
  });
});

describe('console and time limits', () => {
  it('records console output with its level', () => {
    const clock = new Clock(new Date('2023-05-01T01:00:00Z'));
    const b = loadBundle(
      'function run() { console.log("đã nhận %d", 3); console.error(new Error("hỏng").message); }',
      {},
      { clock },
    );
    b.call('run');
    expect(b.consoleRecords).toEqual([
      { level: 'log', message: 'đã nhận 3', at: clock.nowMs() },
      { level: 'error', message: 'hỏng', at: clock.nowMs() },
    ]);
  });

  it('stops a runaway call after timeoutMs', () => {
    const b = loadBundle('function spin() { for (;;) {} }', {}, { timeoutMs: 50 });
    expect(() => b.call('spin')).toThrow(/timed out/);
  });
});

describe('bundlePath', () => {
  it('points at build/Code.js in the repository root', () => {
    const path = bundlePath();
    expect(path.endsWith(join('build', 'Code.js'))).toBe(true);
    expect(existsSync(join(dirname(dirname(path)), 'package.json'))).toBe(true);
  });
});

describe('console.time in the bundle', () => {
  it('records the elapsed offline time at info level', () => {
    const clock = new Clock(new Date('2023-05-01T01:00:00Z'));
    const b = loadBundle(
      'function run() { console.time("ghi"); tick(); console.timeEnd("ghi"); }',
      {
        tick: () => clock.advance(250),
      },
      { clock },
    );
    b.call('run');
    expect(b.consoleRecords.map((r) => [r.level, r.message])).toEqual([['info', 'ghi: 250ms']]);
  });
});
