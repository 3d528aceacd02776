// Proves at compile time (tsc) that the stand-ins fit Google's published types, and checks them at run time.
import { describe, expect, it } from 'vitest';
import { createCacheService } from '../../../offline/gas/cache-service.ts';
import { ServiceContext } from '../../../offline/gas/context.ts';
import { createLockService } from '../../../offline/gas/lock-service.ts';
import { createLogger } from '../../../offline/gas/logger.ts';
import { createPropertiesService } from '../../../offline/gas/properties-service.ts';
import { createSession } from '../../../offline/gas/session.ts';
import { createUtilities } from '../../../offline/gas/utilities.ts';

describe('the stand-ins typed as Google services', () => {
  it('fit the @types/google-apps-script interfaces', () => {
    const ctx = new ServiceContext();
    const properties: GoogleAppsScript.Properties.PropertiesService = createPropertiesService(ctx);
    const cache: GoogleAppsScript.Cache.CacheService = createCacheService(ctx);
    const locks: GoogleAppsScript.Lock.LockService = createLockService(ctx);
    const session: GoogleAppsScript.Base.Session = createSession(ctx, { timeZone: 'Asia/Ho_Chi_Minh' });
    const logger: GoogleAppsScript.Base.Logger = createLogger(ctx);
    const blob: GoogleAppsScript.Base.Blob = createUtilities(ctx).newBlob('x');
    // @ts-expect-error a Lock is not a Properties store: a wrongly shaped stand-in must not compile
    const wrong: GoogleAppsScript.Properties.Properties = locks.getScriptLock();
    expect(wrong).toBeDefined();
    expect(properties.getScriptProperties().setProperty('a', 'b').getProperty('a')).toBe('b');
    expect(cache.getScriptCache().get('a')).toBeNull();
    expect(locks.getScriptLock().tryLock(0)).toBe(true);
    expect(session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(logger.log('x')).toBe(logger);
    expect(blob.getDataAsString()).toBe('x');
  });
});
