import { CookieConsent } from './cookie-consent.js';
import { CookieConsentPlaceholder } from './effects/placeholder.js';

export { CookieConsent } from './cookie-consent.js';
export { CookieConsentAcceptCategoryEvent, CookieConsentChangeEvent, CookieConsentReadyEvent } from './events.js';
export type { CookieConsentChangeDetail, CookieConsentReadyDetail } from './events.js';
export { CookieConsentPlaceholder } from './effects/placeholder.js';
export { readConsent, type StoreOptions } from './consent/cookie-store.js';
export type { ConsentRecord } from './consent/record.js';
export type { Category, ConsentConfig, ConsentModeMap, ConsentType, CookieRow, LocalizedText } from './config/types.js';
export type { Messages } from './i18n/messages.js';

// The only registrations of this entry (<cookie-policy> has its own: portal-cookie-consent/policy).
// Guarded, because the npm module and the CDN file can both end up on one page, and a
// second define() would throw.
if (!customElements.get('cookie-consent')) customElements.define('cookie-consent', CookieConsent);
if (!customElements.get('cookie-consent-placeholder')) {
  customElements.define('cookie-consent-placeholder', CookieConsentPlaceholder);
}
