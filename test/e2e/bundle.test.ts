import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { OfflineEnvironment } from '../../offline/runtime/environment';
import { bundlePath } from '../../offline/runtime/loader';
import { ensureBuilt, seededEnvironment } from './helpers';

const mainExports = () =>
  [...readFileSync('src/main.ts', 'utf8').matchAll(/^export function (\w+)/gm)].map((m) => m[1]).sort();

describe('the Apps Script bundle', () => {
  beforeAll(() => ensureBuilt());

  it('is a plain script: no import or export statement survives', () => {
    const code = readFileSync(bundlePath(), 'utf8');
    // vm.Script compiles in script mode, where a module statement is a SyntaxError.
    expect(() => new vm.Script(code)).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('declares every export of src/main.ts as a top-level function', () => {
    const env = new OfflineEnvironment();
    const names = Object.keys(env.bundle.entryPoints).filter((n) => n !== 'GuongSang');
    expect(names.sort()).toEqual(mainExports());
    for (const n of names) expect(typeof env.bundle.entryPoints[n]).toBe('function');
  });

  it('does not clobber the global object', () => {
    const env = new OfflineEnvironment();
    expect(vm.runInContext('typeof globalThis.SpreadsheetApp', env.bundle.context)).toBe('object');
  });

  it('copies appsscript.json with the V8 runtime, the office zone and explicit scopes', () => {
    const manifest = JSON.parse(readFileSync('build/appsscript.json', 'utf8'));
    expect(manifest).toMatchObject({
      runtimeVersion: 'V8',
      timeZone: 'Asia/Ho_Chi_Minh',
      exceptionLogging: 'STACKDRIVER',
    });
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/script.send_mail');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.oauthScopes).not.toContain('https://mail.google.com/');
  });
});

describe('onOpen with a fake event', () => {
  it('builds the Gương Sáng menu with Vietnamese items', () => {
    const { env } = seededEnvironment();
    env.run('onOpen', { authMode: 'LIMITED', source: env.spreadsheet });
    const menu = env.services.SpreadsheetApp.getUi().menus.find((m) => m.caption === 'Gương Sáng');
    expect(menu).toBeDefined();
    const captions = menu!.entries.flatMap((e) => (e.kind === 'item' ? [e.caption] : []));
    for (const e of menu!.entries)
      if (e.kind === 'item') expect(Object.keys(env.bundle.entryPoints)).toContain(e.functionName);
    expect(captions).toContain('Khởi tạo hệ thống');
    expect(captions).toContain('Đối soát');
    for (const c of captions) expect(c).toBe(c.normalize('NFC'));
  });
});
