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
const encode = (value: string): string =>
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
  /** The current time. Default: now. */
  readonly now?: Date;
}

/**
 * A cookie's value, or `undefined`. The name is matched exactly, never percent-decoded (so
 * `cookies%5Fpreferences` is another cookie); where several carry it, the first that
 * `document.cookie` lists (the most specific path). Never throws: sandboxed frames throw on
 * `document.cookie`, and a malformed %-sequence reads as no value.
 */
export function readCookie(name: string): string | undefined {
  try {
    for (const pair of document.cookie.split('; ')) {
      const at = pair.indexOf('=');
      if (at > 0 && pair.slice(0, at) === name) return decode(pair.slice(at + 1));
    }
  } catch {
    // Nothing readable.
  }
  return undefined;
}

/** Reads and checks the stored choice; without one, says why. */
export function readVerdict(options: StoreOptions = {}): Verdict {
  let value: unknown;
  try {
    value = JSON.parse(readCookie(options.cookieName ?? 'cookies_preferences') ?? 'null');
  } catch {
    // Unparsable is no choice.
  }
  return validateRecord(value, {
    revision: options.revision ?? 0,
    expiresDays: options.expiresDays ?? 180,
    categoryIds: options.categoryIds,
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
 * Stores the record; `false` when the browser did not keep it (cookies blocked,
 * `document.cookie` throwing), and the choice then holds for this page view only.
 */
export function writeRecord(record: ConsentRecord, options: StoreOptions = {}): boolean {
  const name = options.cookieName ?? 'cookies_preferences';
  const value = JSON.stringify(record);
  try {
    setCookie(name, value, cookieAttributes(options), options.expiresDays ?? 180);
  } catch {
    return false;
  }
  return readCookie(name) === value;
}

/** Forgets the stored choice. */
export function removeRecord(options: StoreOptions = {}): void {
  try {
    setCookie(options.cookieName ?? 'cookies_preferences', '', cookieAttributes(options), -1);
  } catch {
    // Nothing we could reach, so nothing to forget.
  }
}
