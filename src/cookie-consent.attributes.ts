import type { StoreOptions } from './consent/cookie-store.js';
import { httpUrl } from './internal/http-url.js';
import { reportOnce } from './internal/report.js';

/** The attributes that decide where and how the choice is stored. */
export interface StoreAttributes {
  readonly cookieName: unknown;
  readonly cookieDomain: unknown;
  readonly revision: unknown;
  readonly expiresDays: unknown;
}

/** The attribute's value when `ok`, else `fallback` after one console.error naming the attribute. */
function checked<T>(attribute: string, value: unknown, ok: unknown, fallback: T, expected: string): T {
  if (ok) return value as T;
  reportOnce(`${attribute}=${value}`, `"${attribute}" must be ${expected} (got "${value}"); using ${fallback ?? 'none'}`);
  return fallback;
}

export const cookieName = (v: unknown): string =>
  checked('cookie-name', v, typeof v == 'string' && /^[\w!#$%&'+.^`|~-]{1,200}$/.test(v), 'cookies_preferences', 'a cookie name');

// 395 days (13 months): the longest a tracker may live under the CNIL guidelines (CNIL-9).
export const expiresDays = (v: unknown): number =>
  checked('expires-days', v, Number.isInteger(v) && (v as number) > 0 && (v as number) <= 395, 180, 'a whole number of days from 1 to 395');

/** Where the choice lives, checked: a bad attribute falls back to its default. */
export function storeOptions(a: StoreAttributes, categoryIds: readonly string[]): StoreOptions {
  const domain = String(a.cookieDomain ?? '').replace(/^\./, '').toLowerCase();
  const host = location.hostname;
  return {
    cookieName: cookieName(a.cookieName),
    cookieDomain: checked(
      'cookie-domain',
      domain,
      !domain || (/^[a-z\d.-]+$/.test(domain) && (host === domain || host.endsWith(`.${domain}`))),
      undefined,
      `${host} or one of its parent domains`,
    ),
    revision: checked('revision', a.revision, Number.isSafeInteger(a.revision) && (a.revision as number) >= 0, 0, 'a whole number ≥ 0'),
    expiresDays: expiresDays(a.expiresDays),
    categoryIds,
  };
}

export const policyUrl = (v: unknown): string | undefined =>
  checked('policy-url', v, !v || httpUrl(v as string, document.baseURI), undefined, 'an http(s) or relative URL') || undefined;
