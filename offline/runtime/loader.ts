// Defines the vm loader: runs build/Code.js in its own node:vm context against the offline stand-ins.
//
// Realm boundary. A vm context has its own Date, Array, Error…, so a value made by a stand-in (host
// realm) would fail `instanceof` inside the bundle, and a Date made by the bundle would fail it in a
// stand-in. How each is handled:
// - Date: the bundle gets the host's Date (wrapped so `new Date()` / `Date.now()` follow the offline
//   clock when one is given). There are no Date literals, so every Date on both sides is a host Date.
// - Array, Error and its subclasses: the bundle keeps its own (literals and engine errors need them),
//   and their `instanceof` also accepts host arrays and errors. Array.isArray works on both anyway.
// - Object: `{}` literals are the bundle's; `hostObject instanceof Object` is false inside the bundle.
// Local-time Date methods (getHours…) follow the host process zone, not the script zone: the bundle
// must format through Utilities.formatDate / Session.getScriptTimeZone, as the project rules require.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import vm from 'node:vm';

export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

export interface ConsoleRecord {
  level: ConsoleLevel;
  message: string;
  /** Epoch ms from the offline clock when one is given, else the host clock. */
  at: number;
}

export interface LoadOptions {
  filename?: string;
  /** Longest a top-level run or one entry-point call may take (real time), in ms. */
  timeoutMs?: number;
  /** Makes `new Date()` and `Date.now()` inside the bundle read this clock (e.g. ServiceContext.clock). */
  clock?: { nowMs(): number };
  /** Also print console output on the host's console. */
  echoConsole?: boolean;
}

export interface LoadedBundle {
  context: vm.Context;
  entryPoints: Record<string, (...args: unknown[]) => unknown>;
  /** Calls a top-level function with `this` = the global object, under timeoutMs. */
  call(name: string, ...args: unknown[]): unknown;
  /** What the bundle wrote to `console`. */
  consoleRecords: ConsoleRecord[];
}

const ERROR_NAMES = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError'];
const ARGS_KEY = '__offlineCallArgs__';

/** The repository's build/Code.js, found from this file's place in the tree. */
export function bundlePath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return join(dir, 'build', 'Code.js');
    dir = dirname(dir);
  }
  throw new Error('Could not find the repository root (package.json beside src/) above offline/runtime/loader.ts');
}

/** The host Date, with the no-argument forms reading `clock`. Host Dates stay `instanceof` it. */
function clockDate(clock: { nowMs(): number }): DateConstructor {
  const HostDate = Date;
  return new Proxy(HostDate, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length === 0 ? [clock.nowMs()] : args, newTarget);
    },
    apply() {
      return new HostDate(clock.nowMs()).toString();
    },
    get(target, key, receiver) {
      if (key === 'now') return () => clock.nowMs();
      return Reflect.get(target, key, receiver);
    },
  });
}

/** Lets the context's own constructor also recognise the host realm's instances. */
function widenInstanceof(ctor: object, accept: (v: unknown) => boolean): void {
  const ordinary = Function.prototype[Symbol.hasInstance];
  Object.defineProperty(ctor, Symbol.hasInstance, {
    configurable: true,
    value(this: object, v: unknown): boolean {
      return ordinary.call(this, v) || (this === ctor && accept(v));
    },
  });
}

/** Apps Script's console: log, info, warn, error, debug, and time/timeEnd (printed at info level). */
function recordingConsole(records: ConsoleRecord[], now: () => number, echo: boolean): Record<string, unknown> {
  const write = (level: ConsoleLevel, args: unknown[]) => {
    records.push({ level, message: format(...args), at: now() });
    if (echo) console[level](...args);
  };
  const make =
    (level: ConsoleLevel) =>
    (...args: unknown[]) =>
      write(level, args);
  const timers = new Map<string, number>();
  return {
    log: make('log'),
    info: make('info'),
    warn: make('warn'),
    error: make('error'),
    debug: make('debug'),
    time: (label = 'default') => {
      timers.set(String(label), now());
    },
    timeEnd: (label = 'default') => {
      const start = timers.get(String(label));
      if (start === undefined) return;
      timers.delete(String(label));
      write('info', [`${label}: ${now() - start}ms`]);
    },
  };
}

export function loadBundle(code: string, globals: Record<string, unknown>, opts: LoadOptions = {}): LoadedBundle {
  const consoleRecords: ConsoleRecord[] = [];
  const now = opts.clock ? () => opts.clock!.nowMs() : () => Date.now();
  const sandbox: Record<string, unknown> = {
    console: recordingConsole(consoleRecords, now, opts.echoConsole ?? false),
    Date: opts.clock ? clockDate(opts.clock) : Date,
    ...globals,
  };
  const context = vm.createContext(sandbox, { name: opts.filename ?? 'Code.js' });
  const intrinsics = vm.runInContext(`({ Array, ${ERROR_NAMES.join(', ')} })`, context) as Record<string, object>;
  widenInstanceof(intrinsics.Array, (v) => Array.isArray(v));
  for (const name of ERROR_NAMES) {
    const host = (globalThis as unknown as Record<string, new () => object>)[name];
    widenInstanceof(intrinsics[name], (v) => v instanceof host);
  }

  const before = new Set(Object.getOwnPropertyNames(context));
  new vm.Script(code, { filename: opts.filename ?? 'Code.js' }).runInContext(context, { timeout: opts.timeoutMs });
  const entryPoints: Record<string, (...args: unknown[]) => unknown> = Object.create(null);
  for (const name of Object.getOwnPropertyNames(context)) {
    const value = (context as Record<string, unknown>)[name];
    if (!before.has(name) && typeof value === 'function') {
      entryPoints[name] = value as (...args: unknown[]) => unknown;
    }
  }

  const call = (name: string, ...args: unknown[]): unknown => {
    if (!(name in entryPoints)) throw new Error(`Script function not found: ${name}`);
    (context as Record<string, unknown>)[ARGS_KEY] = args;
    try {
      return new vm.Script(`${name}.apply(globalThis, globalThis.${ARGS_KEY})`, {
        filename: `call:${name}`,
      }).runInContext(context, { timeout: opts.timeoutMs });
    } finally {
      delete (context as Record<string, unknown>)[ARGS_KEY];
    }
  };
  return { context, entryPoints, call, consoleRecords };
}
