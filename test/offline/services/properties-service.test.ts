// Tests the offline PropertiesService: string storage, chaining, Google's quota error and per-user stores.
import { describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../offline/gas/context.ts';
import {
  createPropertiesService,
  PROPERTY_QUOTA_MESSAGE,
  PROPERTY_VALUE_LIMIT,
} from '../../../offline/gas/properties-service.ts';

function setup() {
  const ctx = new ServiceContext();
  return { ctx, service: createPropertiesService(ctx) };
}

describe('script properties written and read back', () => {
  it('returns null for a key never set', () => {
    const { service } = setup();
    expect(service.getScriptProperties().getProperty('KHONG_CO')).toBeNull();
  });

  it('stores every value as a string and chains like Google', () => {
    const { service } = setup();
    const props = service.getScriptProperties();
    const same = props.setProperty('SO_DON_VI', 100 as unknown as string).setProperty('KY', '2023-05');
    expect(same).toBe(props);
    expect(service.getScriptProperties().getProperty('SO_DON_VI')).toBe('100');
    expect(props.getProperties()).toEqual({ SO_DON_VI: '100', KY: '2023-05' });
    expect(props.getKeys().sort()).toEqual(['KY', 'SO_DON_VI']);
  });

  it('setProperties with deleteAllOthers keeps only the new keys', () => {
    const { service } = setup();
    const props = service.getScriptProperties();
    props.setProperties({ A: '1', B: '2' });
    props.setProperties({ C: true as unknown as string }, true);
    expect(props.getProperties()).toEqual({ C: 'true' });
  });

  it('getProperties returns a copy, not a live view', () => {
    const { service } = setup();
    const props = service.getScriptProperties().setProperty('A', '1');
    const copy = props.getProperties();
    copy.A = 'changed';
    expect(props.getProperty('A')).toBe('1');
  });

  it('deleteProperty and deleteAllProperties remove keys', () => {
    const { service } = setup();
    const props = service.getScriptProperties().setProperties({ A: '1', B: '2', C: '3' });
    props.deleteProperty('A');
    expect(props.getKeys().sort()).toEqual(['B', 'C']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('counts each call under PropertiesService', () => {
    const { ctx, service } = setup();
    const props = service.getScriptProperties();
    props.getProperty('A');
    props.getProperty('B');
    expect(ctx.calls.count('PropertiesService', 'Properties.getProperty')).toBe(2);
    expect(ctx.calls.count('PropertiesService', 'PropertiesService.getScriptProperties')).toBe(1);
  });
});

describe('a value over 9 KB', () => {
  it('throws Google quota exception and stores nothing', () => {
    const { service } = setup();
    const props = service.getScriptProperties();
    props.setProperty('OK', 'x'.repeat(PROPERTY_VALUE_LIMIT - 2));
    let error: unknown;
    try {
      props.setProperty('BIG', 'x'.repeat(PROPERTY_VALUE_LIMIT + 1));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(String(error)).toBe(`Exception: ${PROPERTY_QUOTA_MESSAGE}`);
    expect(props.getProperty('BIG')).toBeNull();
  });

  it('counts Vietnamese text in UTF-8 bytes, not characters', () => {
    const { service } = setup();
    // 'ữ' is 3 bytes in UTF-8: 3,100 of them are 9,300 bytes though only 3,100 characters.
    expect(() => service.getScriptProperties().setProperty('VI', 'ữ'.repeat(3100))).toThrow(PROPERTY_QUOTA_MESSAGE);
  });
});

describe('a store filled past 500 KB', () => {
  it('throws the quota exception near 500 KB and keeps what was stored before', () => {
    const { service } = setup();
    const props = service.getScriptProperties();
    let n = 0;
    expect(() => {
      for (;;) props.setProperty(`K${n++}`, 'y'.repeat(9000));
    }).toThrow(PROPERTY_QUOTA_MESSAGE);
    expect(n).toBe(57); // 56 × ~9 KB fit in 512,000 bytes; the 57th does not
    expect(props.getKeys()).toHaveLength(56);
    expect(props.getProperty('K56')).toBeNull();
  });

  it('rejects a setProperties batch whole, not in part', () => {
    const { service } = setup();
    const props = service.getScriptProperties();
    const batch: Record<string, string> = {};
    for (let i = 0; i < 60; i++) batch[`K${i}`] = 'z'.repeat(9000);
    expect(() => props.setProperties(batch)).toThrow(PROPERTY_QUOTA_MESSAGE);
    expect(props.getKeys()).toEqual([]);
  });
});

describe('user and document stores', () => {
  it('keeps user properties apart per effective user', () => {
    const { ctx, service } = setup();
    service.getUserProperties().setProperty('THEME', 'dark');
    ctx.effectiveUser = 'khac@example.vn';
    expect(service.getUserProperties().getProperty('THEME')).toBeNull();
    ctx.effectiveUser = 'noivu@example.vn';
    expect(service.getUserProperties().getProperty('THEME')).toBe('dark');
  });

  it('keeps script, user and document stores apart', () => {
    const { service } = setup();
    service.getScriptProperties().setProperty('A', 'script');
    service.getDocumentProperties().setProperty('A', 'document');
    expect(service.getScriptProperties().getProperty('A')).toBe('script');
    expect(service.getDocumentProperties().getProperty('A')).toBe('document');
    expect(service.getUserProperties().getProperty('A')).toBeNull();
  });
});
