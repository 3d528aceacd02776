// Defines the granular-consent check: which of a set of OAuth scopes the person running now has not granted.
// https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
import { missingScopes } from '../domain/scopes';

/** The published typings predate getAuthorizationInfo(authMode, scopes) and getAuthorizedScopes(). */
interface AuthorizationInfo {
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus;
  getAuthorizationUrl(): string | null;
  getAuthorizedScopes(): string[] | null;
}
type GetAuthorizationInfo = (authMode: GoogleAppsScript.Script.AuthMode, scopes: string[]) => AuthorizationInfo;

export interface ScopeGaps {
  missing: string[];
  /** Google's page that asks for the missing scopes (null when Google gives none). */
  url: string | null;
}

/** Two calls when everything is granted; asks nothing of the person and changes nothing. */
export function scopeGaps(scopes: readonly string[]): ScopeGaps {
  const info = (ScriptApp.getAuthorizationInfo as unknown as GetAuthorizationInfo)(ScriptApp.AuthMode.FULL, [
    ...scopes,
  ]);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return { missing: [], url: null };
  const missing = missingScopes(scopes, info.getAuthorizedScopes());
  // REQUIRED with every listed scope granted should not happen; name them all rather than show an empty list.
  return { missing: missing.length ? missing : [...scopes], url: info.getAuthorizationUrl() || null };
}
