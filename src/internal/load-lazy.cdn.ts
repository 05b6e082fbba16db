import { html, nothing, render } from 'lit/html.js';
import { BaseElement } from './element.js';
import { loadFailed, once } from './once.js';

export { loadFailed };
import type { SharedLit } from './lit-shim.js';

// The drop-in file's way to its on-demand parts: cookie-consent.lazy.js (dialog, proof,
// clean-up) and cookie-consent.embeds.js (the placeholder element), ES modules beside it, fetched with import() (allowed by a CSP's `script-src 'self'` or the file's host, and
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

// This file's lit-html and element base, for the chunks that come after it (see lit-shim.ts):
// the dialog's, the embeds', and the policy page's when cookie-policy.min.js finds it here.
(globalThis as unknown as Record<symbol, SharedLit>)[Symbol.for('portal-cookie-consent:lit')] ??= { html, nothing, render, BaseElement };

/** A chunk beside this file, fetched once per page (see load-lazy.ts). */
const chunk = <T>(file: string) => once<T>(() => import(/* @vite-ignore */ new URL(file, base).href));

export const loadLazy = chunk<typeof import('../lazy.js')>('cookie-consent.lazy.js');
export const loadEmbeds = chunk<typeof import('../embeds.js')>('cookie-consent.embeds.js');
