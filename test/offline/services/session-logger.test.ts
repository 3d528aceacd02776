// Tests the offline Session (users, zone, locale) and Logger (stamped lines on the offline clock).
import { describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../offline/gas/context.ts';
import { createLogger } from '../../../offline/gas/logger.ts';
import { createSession } from '../../../offline/gas/session.ts';

describe('Session in an interactive run', () => {
  it('reports the active and effective users, the script zone and Vietnamese locale', () => {
    const ctx = new ServiceContext();
    ctx.effectiveUser = 'chu-du-an@example.vn';
    const session = createSession(ctx, { timeZone: 'Asia/Ho_Chi_Minh' });
    expect(session.getActiveUser().getEmail()).toBe('noivu@example.vn');
    expect(session.getEffectiveUser().getEmail()).toBe('chu-du-an@example.vn');
    expect(session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(session.getActiveUserLocale()).toBe('vi');
    expect(ctx.calls.count('Session')).toBe(6);
  });

  it('gives a stable temporary key per user', () => {
    const ctx = new ServiceContext();
    const session = createSession(ctx, { timeZone: 'Asia/Ho_Chi_Minh' });
    const key = session.getTemporaryActiveUserKey();
    expect(session.getTemporaryActiveUserKey()).toBe(key);
    ctx.activeUser = 'khac@example.vn';
    expect(session.getTemporaryActiveUserKey()).not.toBe(key);
  });
});

describe('Session in a trigger run for a consumer account', () => {
  it('returns a blank active user email', () => {
    const ctx = new ServiceContext();
    ctx.activeUser = '';
    const session = createSession(ctx, { timeZone: 'Asia/Ho_Chi_Minh' });
    expect(session.getActiveUser().getEmail()).toBe('');
    expect(session.getEffectiveUser().getEmail()).toBe('noivu@example.vn');
  });
});

describe('Logger', () => {
  it('stamps each line with the offline clock in the script zone and fills %s', () => {
    const ctx = new ServiceContext(); // clock starts 2023-05-01T01:00:00Z = 08:00 in Hà Nội
    const logger = createLogger(ctx);
    const same = logger.log('Đã nhận %s phản hồi của %s', 3, 'PH01');
    ctx.clock.advance(1_250);
    logger.log({ don_vi: 'PH01' });
    expect(same).toBe(logger);
    expect(logger.getLog()).toBe(
      '[23-05-01 08:00:00:000 ICT] Đã nhận 3 phản hồi của PH01\n[23-05-01 08:00:01:250 ICT] {"don_vi":"PH01"}\n',
    );
  });

  it('clear() empties the log', () => {
    const ctx = new ServiceContext();
    const logger = createLogger(ctx);
    logger.log('x');
    logger.clear();
    expect(logger.getLog()).toBe('');
    expect(ctx.calls.count('Logger', 'Logger.log')).toBe(1);
  });
});
