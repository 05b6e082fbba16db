import { html, nothing, render } from 'lit/html.js';
import type { SharedLit } from './lit-shim.js';

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

// This file's lit-html, for the chunks that come after it (see lit-shim.ts): the dialog's, and
// the policy page's when cookie-policy.min.js finds it here.
(globalThis as unknown as Record<symbol, SharedLit>)[Symbol.for('portal-cookie-consent:lit')] ??= { html, nothing, render };

type Lazy = typeof import('../lazy.js');

let lazy: Promise<Lazy> | undefined;

/** Fetched once per page; a failed fetch may be tried again later (a network blip). */
export const loadLazy = (): Promise<Lazy> =>
  // async: whatever goes wrong, even synchronously (a bad base URL), is a rejection the callers handle.
  (lazy ??= (async () => import(/* @vite-ignore */ new URL('cookie-consent.lazy.js', base).href))().catch((error) => {
    lazy = undefined;
    throw error;
  }));
