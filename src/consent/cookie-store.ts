import Cookies from 'js-cookie';
import { validateRecord, type ConsentRecord, type Verdict } from './record.js';

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

/** A cookie's value, or `undefined`. Never throws: sandboxed frames throw on `document.cookie`. */
export function readCookie(name: string): string | undefined {
  try {
    return Cookies.get(name);
  } catch {
    return undefined;
  }
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
export const cookieAttributes = (options: StoreOptions, protocol = location.protocol): Cookies.CookieAttributes => ({
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
    Cookies.set(name, value, { ...cookieAttributes(options), expires: options.expiresDays ?? 180 });
  } catch {
    return false;
  }
  return readCookie(name) === value;
}

/** Forgets the stored choice. */
export function removeRecord(options: StoreOptions = {}): void {
  try {
    Cookies.remove(options.cookieName ?? 'cookies_preferences', cookieAttributes(options));
  } catch {
    // Nothing we could reach, so nothing to forget.
  }
}
