import { valuesIn, verdictOf, type StoreOptions } from '../consent/cookie-store.js';
import type { ConsentRecord } from '../consent/record.js';

/** What the reader needs to know of the page: the options of the browser's `readConsent()`, but where the cookie is written. */
export type ServerReadOptions = Omit<StoreOptions, 'cookieDomain'>;

/**
 * The stored choice from a request's `Cookie` header, or `null` where there is no valid one,
 * with the browser's rules, by the browser's own code (consent/cookie-store.ts verdictOf()):
 * the name matched exactly, never percent-decoded; js-cookie's value encoding; where several
 * cookies carry the name and they differ, no choice (cookie tossing); then the schema,
 * revision, dates, expiry and the configured categories and services. Never throws.
 * test/vectors/consent-cookies.json holds the cases both readers are held to.
 */
export const readConsentFromCookieHeader = (cookieHeader: string | null | undefined, options: ServerReadOptions = {}): ConsentRecord | null =>
  verdictOf(valuesIn(String(cookieHeader ?? ''), options.cookieName ?? 'cookies_preferences'), options).record;
