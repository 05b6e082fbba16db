import { decode } from '../consent/cookie-store.js';
import { validateRecord, type ConsentRecord } from '../consent/record.js';

/** What the reader needs to know of the page: the same options as the browser's `readConsent()`. */
export interface ServerReadOptions {
  /** Name of the cookie that stores the choice. Default `cookies_preferences`. */
  readonly cookieName?: string;
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
 * The stored choice from a request's `Cookie` header, or `null` where there is no valid one,
 * with the browser's rules (consent/cookie-store.ts readVerdict(), consent/record.ts): the
 * name matched exactly, never percent-decoded; js-cookie's value encoding; where several
 * cookies carry the name and they differ, no choice (cookie tossing); then the schema,
 * revision, dates, expiry and the configured categories and services. Never throws.
 * test/vectors/consent-cookies.json holds the cases both readers are held to.
 */
export function readConsentFromCookieHeader(cookieHeader: string | null | undefined, options: ServerReadOptions = {}): ConsentRecord | null {
  const name = options.cookieName ?? 'cookies_preferences';
  // RFC 6265 §5.4: pairs joined by "; ". Each pair's name is what comes before its first "=".
  const values = String(cookieHeader ?? '')
    .split(/;\s*/)
    .flatMap((pair) => (pair.split('=', 1)[0] === name ? [pair.slice(name.length + 1)] : []));
  const [raw, ...others] = values;
  let value: unknown;
  try {
    value = others.every((other) => other === raw) && JSON.parse(decode(raw!));
  } catch {
    // Unparsable, or no cookie (`decode` throws on `undefined`): no choice.
  }
  return validateRecord(value, {
    revision: options.revision ?? 0,
    expiresDays: options.expiresDays ?? 180,
    categoryIds: options.categoryIds,
    serviceIds: options.serviceIds,
    now: options.now ?? new Date(),
  }).record;
}
