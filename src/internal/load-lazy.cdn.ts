import { css, html, nothing } from 'lit';

// The drop-in file's way to the on-demand part: cookie-consent.lazy.js, an ES module beside
// it, fetched with import() (allowed by a CSP's `script-src 'self'` or the file's host, and
// by Trusted Types, which do not cover import()). It is found from this script's own
// address: `document.currentScript` while a classic script runs; as a module script
// (where that is null), the page's script whose address ends with the file's name.
const FILE = /\/cookie-consent(\.min)?\.js([?#]|$)/;
let base = location.href;
try {
  base =
    (document.currentScript as HTMLScriptElement | null)?.src ||
    [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src).find((src) => FILE.test(src)) ||
    base;
} catch {
  // No document (a worker): nothing to show anyway.
}

/** Where the chunk finds this file's Lit (see lit-shim.ts); the same symbol, written out. */
const LIT = Symbol.for('portal-cookie-consent:lit');

export function loadLazy(): Promise<typeof import('../lazy.js')> {
  (globalThis as unknown as Record<symbol, unknown>)[LIT] ??= { css, html, nothing };
  return import(/* @vite-ignore */ new URL('cookie-consent.lazy.js', base).href);
}
