// Defines the offline PropertiesService: script, user and document property stores held in memory.
//
// Known differences:
// - Both documented limits are enforced (9 KB per value, 500 KB per store, counted in UTF-8 bytes of
//   key + value), each with the one quota message Google throws. Measurements (2023) suggest Google
//   in practice checks only the store total; the documented rule is the stricter one.
// - The daily read/write quota (50,000 consumer) is not counted; ctx.calls has the counts.
// - User stores are keyed by ctx.effectiveUser at the time of the call.
// - Google's Properties cache reads within an execution; here every read sees the latest write.

import type { ServiceContext } from './context.ts';
import { GasException, utf8Length } from './gas-base.ts';

export const PROPERTY_QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';
/** https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

function storeSize(store: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of store) n += utf8Length(k) + utf8Length(v);
  return n;
}

/** Applies `changes` to a copy, checks Google's limits, then commits: a failed write changes nothing. */
function commit(store: Map<string, string>, changes: [string, string][], deleteAllOthers: boolean): void {
  const next = deleteAllOthers ? new Map<string, string>() : new Map(store);
  for (const [k, v] of changes) {
    if (utf8Length(v) > PROPERTY_VALUE_LIMIT) throw new GasException(PROPERTY_QUOTA_MESSAGE);
    next.set(k, v);
  }
  if (storeSize(next) > PROPERTY_STORE_LIMIT) throw new GasException(PROPERTY_QUOTA_MESSAGE);
  store.clear();
  for (const [k, v] of next) store.set(k, v);
}

export class FakeProperties implements GoogleAppsScript.Properties.Properties {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly store: Map<string, string>,
  ) {}

  // https://developers.google.com/apps-script/reference/properties/properties#deleteAllProperties()
  deleteAllProperties(): FakeProperties {
    this.ctx.call('PropertiesService', 'Properties.deleteAllProperties');
    this.store.clear();
    return this;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#deleteProperty(String)
  deleteProperty(key: string): FakeProperties {
    this.ctx.call('PropertiesService', 'Properties.deleteProperty');
    this.store.delete(String(key));
    return this;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#getKeys()
  getKeys(): string[] {
    this.ctx.call('PropertiesService', 'Properties.getKeys');
    return [...this.store.keys()];
  }

  // https://developers.google.com/apps-script/reference/properties/properties#getProperties()
  getProperties(): { [key: string]: string } {
    this.ctx.call('PropertiesService', 'Properties.getProperties');
    return Object.fromEntries(this.store);
  }

  // https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)
  getProperty(key: string): string | null {
    this.ctx.call('PropertiesService', 'Properties.getProperty');
    return this.store.get(String(key)) ?? null;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean)
  setProperties(properties: { [key: string]: unknown }, deleteAllOthers = false): FakeProperties {
    this.ctx.call('PropertiesService', 'Properties.setProperties');
    const changes = Object.entries(properties).map(([k, v]): [string, string] => [k, String(v)]);
    commit(this.store, changes, deleteAllOthers);
    return this;
  }

  // https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
  setProperty(key: string, value: unknown): FakeProperties {
    this.ctx.call('PropertiesService', 'Properties.setProperty');
    commit(this.store, [[String(key), String(value)]], false);
    return this;
  }
}

export class FakePropertiesService implements GoogleAppsScript.Properties.PropertiesService {
  private readonly script = new Map<string, string>();
  private readonly document = new Map<string, string>();
  private readonly users = new Map<string, Map<string, string>>();

  constructor(private readonly ctx: ServiceContext) {}

  // https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
  getDocumentProperties(): FakeProperties {
    this.ctx.call('PropertiesService', 'PropertiesService.getDocumentProperties');
    return new FakeProperties(this.ctx, this.document);
  }

  // https://developers.google.com/apps-script/reference/properties/properties-service#getScriptProperties()
  getScriptProperties(): FakeProperties {
    this.ctx.call('PropertiesService', 'PropertiesService.getScriptProperties');
    return new FakeProperties(this.ctx, this.script);
  }

  // https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()
  getUserProperties(): FakeProperties {
    this.ctx.call('PropertiesService', 'PropertiesService.getUserProperties');
    const user = this.ctx.effectiveUser;
    let store = this.users.get(user);
    if (!store) {
      store = new Map();
      this.users.set(user, store);
    }
    return new FakeProperties(this.ctx, store);
  }
}

export function createPropertiesService(ctx: ServiceContext): FakePropertiesService {
  return new FakePropertiesService(ctx);
}
