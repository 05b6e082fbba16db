import { CookieConsent } from './cookie-consent.js';
import { CookieConsentPlaceholder } from './effects/placeholder.js';

// The npm entry: <cookie-consent> and its API (as main.ts, the drop-in file's entry), and the
// placeholder of blocked embeds, defined here at once; the drop-in file defines it with its
// on-demand part, the first time a page has an embed to block. <cookie-policy> has its own
// entry (portal-cookie-consent/policy).
export * from './main.js';
export { CookieConsentPlaceholder } from './effects/placeholder.js';

// Defined here, not only in main.ts: a bundler may drop the top-level code of a module that
// this package says has no side effects. Guarded: the CDN file may have defined them.
if (!customElements.get('cookie-consent')) customElements.define('cookie-consent', CookieConsent);
if (!customElements.get('cookie-consent-placeholder')) customElements.define('cookie-consent-placeholder', CookieConsentPlaceholder);
