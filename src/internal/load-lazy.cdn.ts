import { html, nothing, render } from 'lit/html.js';
import { BaseElement } from './element.js';
import { loadFailed, once } from './once.js';
import { scriptBase } from './script-base.js';
import { adopt, css } from './styles.js';
import { CookieConsentAcceptCategoryEvent } from '../events.js';

export { loadFailed };
import type { SharedLit } from './lit-shim.js';

// The drop-in file's way to its on-demand parts: cookie-consent.lazy.js (the dialog),
// cookie-consent.choice.js (proof of consent, clean-up after a withdrawal), cookie-consent.embeds.js (the placeholder element) and cookie-consent.scripts.js
// (what runs an accepted gated script), cookie-consent.services.js (services, presets, exempt measurement) and
// cookie-consent.words.js (the wording of reports),
// ES modules beside it, fetched with import() (allowed by a CSP's `script-src 'self'` or the file's host, and
// by Trusted Types, which do not cover import()), from this script's own address.
const base = scriptBase(/\/cookie-consent(\.min)?\.js([?#]|$)/);

// This file's lit-html and element base, for the chunks that come after it (see lit-shim.ts):
// the dialog's, the embeds', and the policy page's when cookie-policy.min.js finds it here.
(globalThis as unknown as Record<symbol, SharedLit>)[Symbol.for('portal-cookie-consent:lit')] ??= { html, nothing, render, BaseElement, css, adopt, CookieConsentAcceptCategoryEvent };

/** A chunk beside this file, fetched once per page (see load-lazy.ts). */
const chunk = <T>(file: string) => once<T>(() => import(/* @vite-ignore */ new URL(file, base).href));

export const loadLazy = chunk<typeof import('../lazy.js')>('cookie-consent.lazy.js');
export const loadEmbeds = chunk<typeof import('../embeds.js')>('cookie-consent.embeds.js');
export const loadChoice = chunk<typeof import('../choice.js')>('cookie-consent.choice.js');
export const loadServices = chunk<typeof import('../services.js')>('cookie-consent.services.js');
export const loadWords = chunk<typeof import('./phrases.js')>('cookie-consent.words.js');
export const loadScripts = chunk<typeof import('../effects/run-script.js')>('cookie-consent.scripts.js');
