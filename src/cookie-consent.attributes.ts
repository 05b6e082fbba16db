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
  checked('cookie-name', v, typeof v == 'string' && /^[\w!#$&'+.^`|~-]{1,200}$/.test(v) && !(v in {}), 'cookies_preferences', 'a cookie name (no %, no Object.prototype name)');

// 395 days (13 months): the longest a tracker may live under the CNIL guidelines (CNIL-9).
export const expiresDays = (v: unknown): number =>
  checked('expires-days', v, Number.isInteger(v) && (v as number) > 0 && (v as number) <= 395, 180, 'a whole number of days from 1 to 395');

// A Domain the browser may take but that loses the choice or spreads it too far: a single
// label ("localhost", "fr"), an IP address's tail ("0.5" of 10.0.0.5: a host whose last label
// is a number is an IPv4 address, and an IPv6 one has no dot), and the usual country second
// levels ("co.uk", "gouv.fr", as SECOND_LEVEL in cookie-cleanup.ts). No public suffix list
// here: the browser has one, and refuses the rest when the cookie is written.
const DOMAIN = /^(?!(ac|com?|edu|gouv?|net|org)\.\w\w$)[a-z\d.-]+\.(?!\d+$)[a-z\d-]+$/;

/** Where the choice lives, checked: a bad attribute falls back to its default. `host` is for tests. */
export function storeOptions(a: StoreAttributes, categoryIds: readonly string[], host = location.hostname): StoreOptions {
  const domain = String(a.cookieDomain ?? '').replace(/^\./, '').toLowerCase();
  return {
    cookieName: cookieName(a.cookieName),
    cookieDomain: checked(
      'cookie-domain',
      domain,
      !domain || (DOMAIN.test(domain) && (host === domain || host.endsWith(`.${domain}`))),
      undefined,
      `${host} or a parent domain (no IP, single label or public suffix)`,
    ),
    revision: checked('revision', a.revision, Number.isSafeInteger(a.revision) && (a.revision as number) >= 0, 0, 'a whole number ≥ 0'),
    expiresDays: expiresDays(a.expiresDays),
    categoryIds,
  };
}

// The link gets the address that was checked, as the URL parser wrote it, not the raw value
// for the browser to read again (against a base that may have changed since).
export const policyUrl = (v: unknown, url = httpUrl(v, document.baseURI)): string | undefined =>
  v ? checked<string | undefined>('policy-url', url?.href ?? v, url, undefined, 'an http(s) or relative URL') : undefined;
