// Tests the offline CacheService: expiry on the offline clock, Google's size errors, getAll/putAll and eviction.
import { describe, expect, it } from 'vitest';
import { CACHE_MAX_ITEMS, createCacheService } from '../../../offline/gas/cache-service.ts';
import { ServiceContext } from '../../../offline/gas/context.ts';

function setup() {
  const ctx = new ServiceContext();
  return { ctx, cache: createCacheService(ctx).getScriptCache(), service: createCacheService(ctx) };
}

describe('a value put without an expiration', () => {
  it('lives 600 seconds of the offline clock', () => {
    const { ctx, cache } = setup();
    cache.put('bao-cao', 'nội dung');
    ctx.clock.advance(599_000);
    expect(cache.get('bao-cao')).toBe('nội dung');
    ctx.clock.advance(1_000);
    expect(cache.get('bao-cao')).toBeNull();
  });
});

describe('a value put with an expiration', () => {
  it('expires after the seconds given', () => {
    const { ctx, cache } = setup();
    cache.put('k', 'v', 10);
    ctx.clock.advance(9_999);
    expect(cache.get('k')).toBe('v');
    ctx.clock.advance(1);
    expect(cache.get('k')).toBeNull();
  });

  it('is capped at 21,600 seconds (6 hours)', () => {
    const { ctx, cache } = setup();
    cache.put('k', 'v', 100_000);
    ctx.clock.advance(21_599_000);
    expect(cache.get('k')).toBe('v');
    ctx.clock.advance(1_000);
    expect(cache.get('k')).toBeNull();
  });

  it('stores numbers as strings', () => {
    const { cache } = setup();
    cache.put('n', 42 as unknown as string);
    expect(cache.get('n')).toBe('42');
  });
});

describe('keys and values over Google limits', () => {
  it('throws "Argument too large: key" past 250 characters', () => {
    const { cache } = setup();
    expect(() => cache.put('k'.repeat(250), 'v')).not.toThrow();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.get('k'.repeat(251))).toThrow('Argument too large: key');
  });

  it('throws "Argument too large: value" past 100 KB', () => {
    const { cache } = setup();
    expect(() => cache.put('k', 'v'.repeat(102_400))).not.toThrow();
    let error: unknown;
    try {
      cache.put('k2', 'v'.repeat(102_401));
    } catch (e) {
      error = e;
    }
    expect(String(error)).toBe('Exception: Argument too large: value');
    expect(cache.get('k2')).toBeNull();
  });
});

describe('batch calls', () => {
  it('getAll returns only the keys found and live', () => {
    const { ctx, cache } = setup();
    cache.putAll({ a: '1', b: '2' }, 5);
    cache.put('c', '3', 60);
    ctx.clock.advance(5_000);
    expect(cache.getAll(['a', 'b', 'c', 'd'])).toEqual({ c: '3' });
  });

  it('removeAll drops the keys given', () => {
    const { cache } = setup();
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.removeAll(['a', 'c']);
    cache.remove('zzz');
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ b: '2' });
  });
});

describe('a cache past 1,000 items', () => {
  it('drops the oldest entries first', () => {
    const { cache } = setup();
    for (let i = 0; i <= CACHE_MAX_ITEMS; i++) cache.put(`k${i}`, String(i));
    expect(cache.get('k0')).toBeNull();
    expect(cache.get('k99')).toBeNull();
    expect(cache.get('k100')).toBe('100');
    expect(cache.get(`k${CACHE_MAX_ITEMS}`)).toBe(String(CACHE_MAX_ITEMS));
  });
});

describe('separate caches', () => {
  it('keeps script, document and per-user caches apart', () => {
    const { ctx, service } = setup();
    service.getScriptCache().put('k', 'script');
    service.getUserCache().put('k', 'user');
    expect(service.getDocumentCache().get('k')).toBeNull();
    expect(service.getScriptCache().get('k')).toBe('script');
    ctx.effectiveUser = 'khac@example.vn';
    expect(service.getUserCache().get('k')).toBeNull();
    expect(ctx.calls.count('CacheService', 'Cache.get')).toBe(3);
  });
});
