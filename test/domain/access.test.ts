// Tests the admin rule of issue 6 §3: the `Quản trị` list, the first-setup bootstrap, and who is running.
import { describe, expect, it } from 'vitest';
import { type AdminAction, canonicalEmail, decideAdminAccess, runningUser } from '../../src/domain/access';

const ACTIONS: AdminAction[] = ['setup', 'rebuild', 'sendNow'];
const ADMINS = ['noivu@example.vn', 'truongphong@example.vn'];

describe('a user on the Quản trị list', () => {
  it('may run every admin action, whatever the case and spacing of either address', () => {
    for (const action of ACTIONS) {
      expect(decideAdminAccess({ action, user: ' NoiVu@Example.VN ', admins: ADMINS })).toEqual({
        allowed: true,
        user: 'NoiVu@Example.VN',
        action,
        bootstrap: false,
      });
    }
    expect(
      decideAdminAccess({ action: 'rebuild', user: 'noivu@example.vn', admins: [' NOIVU@example.vn\u200B'] }).allowed,
    ).toBe(true);
  });
});

describe('a user not on the list', () => {
  it('is refused every admin action as NOT_ADMIN', () => {
    for (const action of ACTIONS) {
      expect(decideAdminAccess({ action, user: 'vanthu@example.vn', admins: ADMINS })).toEqual({
        allowed: false,
        user: 'vanthu@example.vn',
        action,
        code: 'NOT_ADMIN',
      });
    }
  });

  it('is not let in by an address that merely contains an admin address', () => {
    expect(decideAdminAccess({ action: 'setup', user: 'x.noivu@example.vn', admins: ADMINS }).allowed).toBe(false);
    expect(decideAdminAccess({ action: 'setup', user: 'noivu@example.vn.evil.test', admins: ADMINS }).allowed).toBe(
      false,
    );
  });
});

describe('an empty Quản trị list', () => {
  it('lets the first setup through as a bootstrap, so the office is never locked out', () => {
    expect(decideAdminAccess({ action: 'setup', user: 'noivu@example.vn', admins: [] })).toEqual({
      allowed: true,
      user: 'noivu@example.vn',
      action: 'setup',
      bootstrap: true,
    });
  });

  it('refuses rebuild and send-now as NO_ADMIN_YET, so the system is never left open', () => {
    for (const action of ['rebuild', 'sendNow'] as const) {
      expect(decideAdminAccess({ action, user: 'noivu@example.vn', admins: [] })).toMatchObject({
        allowed: false,
        code: 'NO_ADMIN_YET',
      });
    }
  });

  it('counts a list of blanks as empty', () => {
    expect(decideAdminAccess({ action: 'setup', user: 'a@example.vn', admins: ['', ' '] })).toMatchObject({
      allowed: true,
      bootstrap: true,
    });
  });
});

describe('a user Google gives no email for', () => {
  it('is refused as UNKNOWN_USER, even for the first setup', () => {
    for (const admins of [[], ADMINS]) {
      for (const action of ACTIONS) {
        expect(decideAdminAccess({ action, user: '', admins })).toMatchObject({ allowed: false, code: 'UNKNOWN_USER' });
      }
    }
  });
});

describe('runningUser', () => {
  it('is the active user when Google gives one', () => {
    expect(runningUser('vanthu@example.vn', 'noivu@example.vn')).toBe('vanthu@example.vn');
  });

  it('falls back to the effective user when the active user is blank (consumer account)', () => {
    expect(runningUser('', 'noivu@example.vn')).toBe('noivu@example.vn');
    expect(runningUser(' ', ' noivu@example.vn ')).toBe('noivu@example.vn');
  });

  it('is blank when both are', () => {
    expect(runningUser('', '')).toBe('');
    expect(runningUser(undefined, null)).toBe('');
  });
});

describe('canonicalEmail', () => {
  it('treats the dotted, upper-case and googlemail.com spellings of one Gmail account as one', () => {
    expect(canonicalEmail('Nguyen.Van.An@Gmail.com')).toBe('nguyenvanan@gmail.com');
    expect(canonicalEmail('nguyenvanan@googlemail.com')).toBe('nguyenvanan@gmail.com');
    expect(
      decideAdminAccess({ action: 'rebuild', user: 'nguyenvanan@gmail.com', admins: ['Nguyen.Van.An@gmail.com'] })
        .allowed,
    ).toBe(true);
  });

  it('keeps dots elsewhere: other domains may give them meaning', () => {
    expect(canonicalEmail('le.thu.ha@example.vn')).toBe('le.thu.ha@example.vn');
    expect(
      decideAdminAccess({ action: 'rebuild', user: 'lethuha@example.vn', admins: ['le.thu.ha@example.vn'] }).allowed,
    ).toBe(false);
  });
});
