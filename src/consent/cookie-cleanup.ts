/**
 * `_pk_id.*` → RegExp; `*` matches any run of characters (also none), everything else is
 * literal. So `_ga_*` matches `_ga_ABC123` but neither `_ga` nor `_gac_UA-1`: list `_ga`
 * on its own, as Google's own documentation does.
 */
export const namePattern = (name: string): RegExp =>
  new RegExp(`^${name.split('*').map((part) => part.replace(/[$()+.?[\\\]^{|}]/g, '\\$&')).join('.*')}$`);

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
    const min = n > 2 && labels[n - 1]!.length === 2 && SECOND_LEVEL.test(labels[n - 2]!) ? 3 : 2;
    for (let i = 0; n - i >= min; i++) domains.push(labels.slice(i).join('.'));
  }
  // `Domain=.example.com` and `Domain=example.com` name the same cookies (RFC 6265 §5.2.3).
  const extra = cookieDomain?.replace(/^\./, '').toLowerCase();
  if (extra && !domains.includes(extra)) domains.push(extra);
  return domains;
}

/** Names of the cookies this page can read. */
const visibleNames = (): string[] => document.cookie.split(';').map((pair) => pair.split('=')[0]!.trim());

/**
 * Deletes every cookie readable from `document.cookie` whose name matches one of `names`
 * (`*` wildcards), unless it matches one of `keep`; returns the names that are gone.
 *
 * `document.cookie` tells neither a cookie's `Domain` nor its `Path`, and a deletion only
 * hits a cookie when both are the same, so each candidate domain is tried with two paths:
 * `/`, where trackers (Google Analytics, Matomo) write, and the directory of this page,
 * which is where a script's `document.cookie = "x=1"` without `Path` lands (RFC 6265
 * §5.1.4). A cookie set on another ancestor path by another page survives, and so may one
 * written before a `history.pushState()` (Chromium keeps the loaded URL as the cookie URL);
 * its name is then not returned. In a secure context the write is `Secure`, without which
 * the browser refuses to touch `__Secure-` and `__Host-` cookies. Never throws:
 * `document.cookie` throws in sandboxed frames.
 */
export function deleteCookies(names: readonly string[], keep: readonly string[], cookieDomain?: string): string[] {
  const matches = (patterns: RegExp[], name: string) => patterns.some((p) => p.test(name));
  const targets = names.map(namePattern);
  const kept = keep.map(namePattern);
  try {
    const path = location.pathname;
    const paths = new Set(['/', path.slice(0, path.lastIndexOf('/')) || '/']);
    const domains = domainsFor(location.hostname, cookieDomain);
    const found = new Set(visibleNames().filter((name) => name && matches(targets, name) && !matches(kept, name)));
    for (const name of found)
      for (const p of paths)
        for (const domain of domains)
          document.cookie = `${name}=; Path=${p}; Max-Age=0${domain ? `; Domain=${domain}` : ''}${isSecureContext ? '; Secure' : ''}`;
    const left = visibleNames();
    return [...found].filter((name) => !left.includes(name));
  } catch {
    return [];
  }
}
