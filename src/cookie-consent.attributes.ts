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

// What integrators read the choice with (js-cookie, Node's `cookie`) percent-decodes names
// and gathers cookies in a plain object: a name with `%` comes back as another name, and one
// that Object.prototype has ("constructor", "__proto__") is shadowed or dropped.
export const cookieName = (v: unknown): string =>
  checked('cookie-name', v, typeof v == 'string' && /^[\w!#$&'+.^`|~-]{1,200}$/.test(v) && !(v in {}), 'cookies_preferences', '§cname');

// 395 days (13 months): the longest a tracker may live under the CNIL guidelines (CNIL-9).
export const expiresDays = (v: unknown): number =>
  checked('expires-days', v, Number.isInteger(v) && (v as number) > 0 && (v as number) <= 395, 180, '§days');

/**
 * Where the choice lives, checked: a bad attribute falls back to its default. `host` is for
 * tests. A public suffix (`gouv.fr`, `co.uk`), a single label or an IP address's tail passes
 * here: the browser, which has the Public Suffix List, refuses it when the choice is written,
 * and writeRecord() then stores the choice on this host and names the refused domain.
 */
export function storeOptions(a: StoreAttributes, categoryIds: readonly string[], serviceIds?: readonly string[], host = location.hostname): StoreOptions {
  const domain = String(a.cookieDomain ?? '').replace(/^\./, '').toLowerCase();
  return {
    cookieName: cookieName(a.cookieName),
    cookieDomain: checked(
      'cookie-domain',
      domain,
      !domain || (/^[a-z\d.-]+$/.test(domain) && (host === domain || host.endsWith(`.${domain}`))),
      undefined,
      `${host} §parents`,
    ),
    revision: checked('revision', a.revision, Number.isSafeInteger(a.revision) && (a.revision as number) >= 0, 0, '§rev'),
    expiresDays: expiresDays(a.expiresDays),
    categoryIds,
    serviceIds,
  };
}

// The link gets the address that was checked, as the URL parser wrote it, not the raw value
// for the browser to read again (against a base that may have changed since).
export const policyUrl = (v: unknown, url = httpUrl(v, document.baseURI)): string | undefined =>
  v ? checked<string | undefined>('policy-url', url?.href ?? v, url, undefined, '§url') : undefined;
