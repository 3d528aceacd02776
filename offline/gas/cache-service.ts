// Defines the offline CacheService: script, user and document caches whose expiry follows ctx.clock.
//
// Known differences:
// - Google may evict any entry before it expires; here an entry lives its full time unless the
//   cache passes 1,000 items, when the oldest 100 are dropped (FIFO by write, as measured on Google).
// - An expiration above 21,600 s is capped at 21,600 s; one below 1 s is taken as the default 600 s.
// - Value size is counted in UTF-8 bytes (100 KB = 102,400), key length in characters (250).

import type { ServiceContext } from './context.ts';
import { GasException, utf8Length } from './gas-base.ts';

/** https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer) */
export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21600;
export const CACHE_MAX_ITEMS = 1000;
const EVICT_COUNT = 100;

interface Entry {
  value: string;
  expiresAt: number;
}

function checkKey(key: unknown): string {
  const k = String(key);
  if (k.length > CACHE_KEY_LIMIT) throw new GasException('Argument too large: key');
  return k;
}

function expiry(seconds: number | undefined): number {
  if (seconds === undefined || !(seconds >= 1)) return CACHE_DEFAULT_SECONDS;
  return Math.min(Math.floor(seconds), CACHE_MAX_SECONDS);
}

export class FakeCache implements GoogleAppsScript.Cache.Cache {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly entries: Map<string, Entry>,
  ) {}

  private live(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e && e.expiresAt <= this.ctx.clock.nowMs()) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  private store(pairs: [string, string][], seconds: number | undefined): void {
    const expiresAt = this.ctx.clock.nowMs() + expiry(seconds) * 1000;
    for (const [k, v] of pairs) {
      this.entries.delete(k); // re-insert so FIFO order follows the latest write
      this.entries.set(k, { value: v, expiresAt });
    }
    if (this.entries.size > CACHE_MAX_ITEMS) {
      const drop = [...this.entries.keys()].slice(0, this.entries.size - CACHE_MAX_ITEMS + EVICT_COUNT - 1);
      for (const k of drop) this.entries.delete(k);
    }
  }

  private checked(key: unknown, value: unknown): [string, string] {
    const k = checkKey(key);
    const v = String(value);
    if (utf8Length(v) > CACHE_VALUE_LIMIT) throw new GasException('Argument too large: value');
    return [k, v];
  }

  // https://developers.google.com/apps-script/reference/cache/cache#get(String)
  get(key: string): string | null {
    this.ctx.call('CacheService', 'Cache.get');
    return this.live(checkKey(key))?.value ?? null;
  }

  // https://developers.google.com/apps-script/reference/cache/cache#getAll(String)
  getAll(keys: string[]): { [key: string]: string } {
    this.ctx.call('CacheService', 'Cache.getAll');
    const out: { [key: string]: string } = {};
    for (const key of keys) {
      const e = this.live(checkKey(key));
      if (e) out[String(key)] = e.value;
    }
    return out;
  }

  // https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer)
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.ctx.call('CacheService', 'Cache.put');
    this.store([this.checked(key, value)], expirationInSeconds);
  }

  // https://developers.google.com/apps-script/reference/cache/cache#putAll(Object,Integer)
  putAll(values: { [key: string]: unknown }, expirationInSeconds?: number): void {
    this.ctx.call('CacheService', 'Cache.putAll');
    const pairs = Object.entries(values).map(([k, v]) => this.checked(k, v));
    this.store(pairs, expirationInSeconds);
  }

  // https://developers.google.com/apps-script/reference/cache/cache#remove(String)
  remove(key: string): void {
    this.ctx.call('CacheService', 'Cache.remove');
    this.entries.delete(checkKey(key));
  }

  // https://developers.google.com/apps-script/reference/cache/cache#removeAll(String)
  removeAll(keys: string[]): void {
    this.ctx.call('CacheService', 'Cache.removeAll');
    for (const key of keys) this.entries.delete(checkKey(key));
  }
}

export class FakeCacheService implements GoogleAppsScript.Cache.CacheService {
  private readonly script = new Map<string, Entry>();
  private readonly document = new Map<string, Entry>();
  private readonly users = new Map<string, Map<string, Entry>>();

  constructor(private readonly ctx: ServiceContext) {}

  // https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()
  getDocumentCache(): FakeCache {
    this.ctx.call('CacheService', 'CacheService.getDocumentCache');
    return new FakeCache(this.ctx, this.document);
  }

  // https://developers.google.com/apps-script/reference/cache/cache-service#getScriptCache()
  getScriptCache(): FakeCache {
    this.ctx.call('CacheService', 'CacheService.getScriptCache');
    return new FakeCache(this.ctx, this.script);
  }

  // https://developers.google.com/apps-script/reference/cache/cache-service#getUserCache()
  getUserCache(): FakeCache {
    this.ctx.call('CacheService', 'CacheService.getUserCache');
    const user = this.ctx.effectiveUser;
    let entries = this.users.get(user);
    if (!entries) {
      entries = new Map();
      this.users.set(user, entries);
    }
    return new FakeCache(this.ctx, entries);
  }
}

export function createCacheService(ctx: ServiceContext): FakeCacheService {
  return new FakeCacheService(ctx);
}
