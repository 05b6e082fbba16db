import { servicesOf, type Category, type Service } from '../config/types.js';

/**
 * Whether `name` matches one of `patterns`, where `*` matches any run of characters (also
 * none) and everything else is literal. So `_ga_*` matches `_ga_ABC123` but neither `_ga`
 * nor `_gac_UA-1`: list `_ga` on its own, as Google's own documentation does.
 *
 * Not a RegExp: `a*a*a*a*b` compiles to one that backtracks for seconds on a long cookie
 * name. This scan only ever goes back to the last `*` it passed, one character further each
 * time, so it takes at most (name length × pattern length) steps.
 */
export const matchesAny = (patterns: readonly string[], name: string): boolean =>
  patterns.some((pattern) => {
    let p = 0;
    let n = 0;
    let star = -1;
    let from = 0;
    while (n < name.length) {
      if (pattern[p] == '*') {
        star = p++;
        from = n;
      } else if (pattern[p] == name[n]) {
        p++;
        n++;
      } else if (star < 0 || /[\n\r\u2028\u2029]/.test(name[from]!)) {
        // No `*` to take one more character; nor does one take a line break (cookie names
        // have none, and a RegExp's `.*` took none either).
        return false;
      } else {
        // The last `*` takes one more character, and the rest is matched again from there.
        p = star + 1;
        n = ++from;
      }
    }
    while (pattern[p] == '*') p++;
    return p == pattern.length;
  });

/** One pattern as a matcher with a RegExp's `test()`: `namePattern('_pk_id.*').test('_pk_id.1.abc')`. */
export const namePattern = (pattern: string) => ({ test: (name: string): boolean => matchesAny([pattern], name) });

// Second-level labels under which country TLDs register domains (example.co.uk, data.gouv.fr).
const SECOND_LEVEL = /^(ac|co|com|edu|gouv|gov|net|org)$/;

/**
 * Candidate `Domain` values for deletion: none (host-only), then the host and each parent
 * domain down to the registrable one, then `cookieDomain`. The browser refuses a `Domain`
 * that is a public suffix, so where this short heuristic stands in for the Public Suffix
 * List by going one label too far, the extra write is a no-op. IP addresses and single-label
 * hosts (localhost) take host-only cookies only.
 */
export function domainsFor(hostname: string, cookieDomain?: string): (string | undefined)[] {
  const domains: (string | undefined)[] = [undefined];
  const labels = hostname.split('.');
  const n = labels.length;
  // An IPv4 host ends with a number; an IPv6 one ("[::1]") has no dot once URL-serialized.
  if (n > 1 && !/^\d+$/.test(labels[n - 1]!)) {
    const min = n > 2 && labels[n - 1]!.length == 2 && SECOND_LEVEL.test(labels[n - 2]!) ? 3 : 2;
    for (let i = 0; n - i >= min; i++) domains.push(labels.slice(i).join('.'));
  }
  // `Domain=.example.com` and `Domain=example.com` name the same cookies (RFC 6265 §5.2.3).
  const extra = cookieDomain?.replace(/^\./, '').toLowerCase();
  if (extra && !domains.includes(extra)) domains.push(extra);
  return domains;
}

/** Names of the cookies this page can read (may throw: `document.cookie` does in sandboxed frames). */
export const visibleNames = (): string[] => document.cookie.split(';').map((pair) => pair.split('=')[0]!.trim());

/**
 * Deletes every cookie readable from `document.cookie` whose name matches one of `names`
 * (`*` wildcards), unless it matches one of `keep`; returns the names that are gone.
 *
 * `document.cookie` tells neither a cookie's `Domain` nor its `Path`, and a deletion only
 * hits a cookie when both are the same, so each candidate domain is tried twice: with
 * `Path=/`, where trackers (Google Analytics, Matomo) write, and with no `Path`, which lands
 * where a script's own `document.cookie = "x=1"` did: the directory of the page's URL (RFC
 * 6265 §5.1.4), the one the browser keeps for cookies even after a `history.pushState()`.
 * The page's path is never written out: a `;` in it (`/a;Domain=x/page`, which a URL may
 * carry as it is) would end the `Path` and add attributes of the URL's choosing. A cookie set
 * on another ancestor path by another page survives; its name is then not returned. In a
 * secure context the write is `Secure`, without which the browser refuses to touch
 * `__Secure-` and `__Host-` cookies. Never throws.
 */
export function deleteCookies(names: readonly string[], keep: readonly string[], cookieDomain?: string): string[] {
  try {
    const domains = domainsFor(location.hostname, cookieDomain);
    const found = new Set(visibleNames().filter((name) => name && matchesAny(names, name) && !matchesAny(keep, name)));
    for (const name of found)
      for (const path of ['; Path=/', ''])
        for (const domain of domains)
          document.cookie = `${name}=${path}; Max-Age=0${domain ? `; Domain=${domain}` : ''}${isSecureContext ? '; Secure' : ''}`;
    const left = visibleNames();
    return [...found].filter((name) => !left.includes(name));
  } catch {
    return [];
  }
}

const namesIn = (items: readonly (Category | Service)[]): string[] => items.flatMap((c) => c.cookies ?? []).flatMap((row) => row.names);

/**
 * The clean-up after a withdrawal (CNIL-6), loaded on demand (the first view only tells that
 * something was withdrawn: effects/withdrawal.ts). Deletes, on this host and `cookieDomain`,
 * the cookies named by the table of each category or service that `before` accepted and
 * `accepted` (the ids accepted when the pass ran; none after reset()) no longer holds.
 *
 * Never deleted, whatever a withdrawn one lists (`*` included): what an accepted category or
 * service names, `necessary` first, which always holds the choice cookie's row; and what
 * `portal` names (the built-in `necessary`: `sessionid`, `csrftoken`, `django_language`), also
 * where the configuration replaced `necessary` without them.
 */
export function withdraw(
  categories: readonly Category[],
  before: Readonly<Record<string, boolean>>,
  accepted: readonly string[],
  portal: Category,
  cookieDomain?: string,
): void {
  const items = [...categories, ...servicesOf(categories)];
  const on = ({ id }: Category | Service) => accepted.includes(id);
  deleteCookies(
    namesIn(items.filter((c) => Object.hasOwn(before, c.id) && before[c.id] === true && !on(c))),
    namesIn([portal, ...items.filter(on)]),
    cookieDomain,
  );
}
