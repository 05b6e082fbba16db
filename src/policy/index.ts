import { CookiePolicy } from './cookie-policy.js';
// The words of the reports' tokens, which the configuration checks it shares with the banner
// write (the drop-in policy files have them written in at build time instead).
import '../internal/phrases.js';

export { CookiePolicy } from './cookie-policy.js';
export type { PolicyMessages } from '../i18n/policy-messages.js';

// Its own entry (portal-cookie-consent/policy, dist/cookie-policy.min.js): a banner page never
// downloads the policy page. Guarded like the banner's, so that both files, in either order,
// and the npm module can share a page.
if (!customElements.get('cookie-policy')) customElements.define('cookie-policy', CookiePolicy);
