import { reportOnce } from '../internal/report.js';
import { validateRecord, type ConsentRecord, type Verdict } from './record.js';

/** The attributes the choice cookie is written with. */
export interface CookieAttributes {
  readonly path: string;
  readonly sameSite: 'Lax';
  readonly secure: boolean;
  readonly domain?: string;
}

// The value encoding is js-cookie's, so that the stored format stays what integrators' back
// ends read (SPEC, "The stored choice"): percent-encoding, except the characters a cookie
// value may hold as they are; reading undoes runs of %XX and drops surrounding quotes.
export const encode = (value: string): string =>
  encodeURIComponent(value).replace(/%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g, decodeURIComponent);
const decode = (value: string): string => (value[0] === '"' ? value.slice(1, -1) : value).replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);

/** Writes a cookie; a number `expires` is days from now, a negative one deletes it. */
function setCookie(name: string, value: string, attributes: CookieAttributes, expires: number): void {
  const { path, sameSite, secure, domain } = attributes;
  document.cookie =
    `${name}=${encode(value)}; Path=${path}; Expires=${new Date(Date.now() + expires * 864e5).toUTCString()}; SameSite=${sameSite}` +
    (domain ? `; Domain=${domain}` : '') +
    (secure ? '; Secure' : '');
}

export interface StoreOptions {
  /** Name of the cookie that stores the choice. Default `cookies_preferences`. */
  readonly cookieName?: string;
  /** `Domain` attribute, to share the choice across sub-domains. Default: this host only. */
  readonly cookieDomain?: string;
  /** Policy revision in force. Default `0`. */
  readonly revision?: number;
  /** Lifetime of a choice in days. Default `180`. */
  readonly expiresDays?: number;
  /** Categories the visitor must have decided on. Default: any. */
  readonly categoryIds?: readonly string[];
  /** Services the visitor must have decided on. Default: any. */
  readonly serviceIds?: readonly string[];
  /** The current time. Default: now. */
  readonly now?: Date;
}

/**
 * The raw values of the cookies named `name`, in `document.cookie`'s order (longest path
 * first). The name is matched exactly, never percent-decoded (so `cookies%5Fpreferences` is
 * another cookie). Never throws: sandboxed frames throw on `document.cookie`.
 */
function rawCookies(name: string): string[] {
  try {
    return valuesIn(document.cookie, name);
  } catch {
    return [];
  }
}

/**
 * The raw values of the cookies named `name` in `cookies`, `document.cookie` or a request's
 * `Cookie` header alike (pairs joined by "; ", RFC 6265 §5.4; a pair's name is what comes
 * before its first "="), in order.
 */
export const valuesIn = (cookies: string, name: string): string[] =>
  cookies.split(/;\s*/).flatMap((pair) => (pair.split('=', 1)[0] === name ? [pair.slice(name.length + 1)] : []));

/**
 * A cookie's value, or `undefined`; where several carry the name, the first listed. A
 * malformed %-sequence (or no cookie: `decode` throws on `undefined`) reads as no value.
 */
export function readCookie(name: string): string | undefined {
  try {
    return decode(rawCookies(name)[0]!);
  } catch {
    // No value.
  }
}

/**
 * Reads and checks the stored choice; without one, says why. Several cookies may carry the
 * name: a sibling sub-domain can plant one with `Domain=` the parent, or on a longer path,
 * and `document.cookie` does not tell which is ours. So the most restrictive reading wins:
 * copies that differ make no choice, until the visitor's next one replaces them all.
 */
export const readVerdict = (options: StoreOptions = {}): Verdict => verdictOf(rawCookies(options.cookieName ?? 'cookies_preferences'), options);

/**
 * The verdict on the raw values of every cookie that carries the choice's name, as
 * readVerdict() reads them from this page and the server entry from a request
 * (server/read-consent.ts): one set of rules for both.
 */
export function verdictOf([raw, ...others]: readonly string[], options: StoreOptions): Verdict {
  let value: unknown;
  try {
    value = others.every((other) => other == raw) && JSON.parse(decode(raw!));
  } catch {
    // Unparsable (or no cookie: `decode` throws on `undefined`) is no choice.
  }
  return validateRecord(value, {
    revision: options.revision ?? 0,
    expiresDays: options.expiresDays ?? 180,
    categoryIds: options.categoryIds,
    serviceIds: options.serviceIds,
    now: options.now ?? new Date(),
  });
}

/**
 * The stored choice, or `null` when there is no valid one; needs no element, e.g. in a
 * script deciding whether to load a tag: `readConsent()?.categories.statistics`.
 */
export const readConsent = (options?: StoreOptions): ConsentRecord | null => readVerdict(options).record;

/** `Path=/`, `SameSite=Lax`, `Secure` on https, `Domain` only when one is configured (GDPR-1). */
export const cookieAttributes = (options: StoreOptions, protocol = location.protocol): CookieAttributes => ({
  path: '/',
  sameSite: 'Lax',
  secure: protocol === 'https:',
  domain: options.cookieDomain || undefined,
});

/**
 * Stores the record, after removing every copy of the cookie this page can reach (see
 * readVerdict), so that the visitor's choice replaces a planted one. `false` unless exactly
 * one copy can be read afterwards and it is this record (cookies blocked, `document.cookie`
 * throwing, a copy out of reach on a path holding `;`, a `Secure` copy that an http page may
 * not overwrite); the choice then holds for this page view only.
 */
export function writeRecord(record: ConsentRecord, options: StoreOptions = {}): boolean {
  const name = options.cookieName ?? 'cookies_preferences';
  const value = JSON.stringify(record);
  const { domain } = cookieAttributes(options);
  const write = (domain?: string) => setCookie(name, value, { ...cookieAttributes(options), domain }, options.expiresDays ?? 180);
  // Exactly one copy, this one (JSON has no raw line break, so two copies never join into it).
  const kept = () => rawCookies(name).map(decode).join('\n') === value;
  try {
    removeRecord(options);
    write(domain);
    // A browser refuses a Domain it takes for a public suffix (gouv.fr, co.uk): the choice
    // then lives on this host, rather than nowhere.
    if (domain && !kept()) {
      write();
      if (kept()) reportOnce(`refused:${domain}`, `cookie-domain "${domain}" §refused`);
    }
    return kept();
  } catch {
    return false;
  }
}

/**
 * Forgets the stored choice: deletes the cookie host-only and on each parent domain of this
 * host, on each path that reaches this page (`/a` and `/a/` alike). Paths stop at a `;`, which
 * would end the Path attribute and start another (`/a;Max-Age=60` would make a live copy).
 */
export function removeRecord(options: StoreOptions = {}): void {
  const labels = location.hostname.split('.');
  // '' (host-only), then this host and each parent domain.
  const domains = ['', ...labels.map((_, i) => labels.slice(i).join('.'))];
  const attributes = cookieAttributes(options);
  let path = '';
  try {
    for (const part of location.pathname.split(';')[0]!.split('/'))
      for (const at of [(path += part), (path += '/')])
        for (const domain of domains) setCookie(options.cookieName ?? 'cookies_preferences', '', { ...attributes, path: at, domain }, -1);
  } catch {
    // Nothing we could reach, so nothing to forget.
  }
}
