import { CookieConsent } from './cookie-consent.js';
import { CookiePolicy } from './cookie-policy.js';
import { CookieConsentPlaceholder } from './gating/placeholder.js';

export { CookieConsent } from './cookie-consent.js';
export { CookiePolicy } from './cookie-policy.js';
export { CookieConsentAcceptCategoryEvent, CookieConsentChangeEvent, CookieConsentReadyEvent } from './events.js';
export type { CookieConsentChangeDetail, CookieConsentReadyDetail } from './events.js';
export { CookieConsentPlaceholder } from './gating/placeholder.js';
export { readConsent, type StoreOptions } from './consent/cookie-store.js';
export type { ConsentRecord } from './consent/record.js';
export type { Category, ConsentConfig, CookieRow, LocalizedText } from './config/types.js';
export type { ConsentModeMap, ConsentType } from './gating/consent-mode.js';
export type { Messages } from './i18n/messages.js';

// The only registration in the package. Guarded, because the npm module and the CDN file
// can both end up on one page, and a second define() would throw.
if (!customElements.get('cookie-consent')) customElements.define('cookie-consent', CookieConsent);
if (!customElements.get('cookie-consent-placeholder')) {
  customElements.define('cookie-consent-placeholder', CookieConsentPlaceholder);
}
if (!customElements.get('cookie-policy')) customElements.define('cookie-policy', CookiePolicy);
