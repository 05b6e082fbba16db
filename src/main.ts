import { CookieConsent } from './cookie-consent.js';

// The first view: <cookie-consent> and its public API. The drop-in file's entry (its exports
// are window.PortalCookieConsent); the npm entry (index.ts) adds the placeholder element.
export { CookieConsent } from './cookie-consent.js';
export { CookieConsentAcceptCategoryEvent, CookieConsentChangeEvent, CookieConsentReadyEvent } from './events.js';
export type { CookieConsentChangeDetail, CookieConsentReadyDetail } from './events.js';
export { readConsent, type StoreOptions } from './consent/cookie-store.js';
export type { ConsentRecord } from './consent/record.js';
export type { Category, CategoryConfig, ConsentConfig, ConsentModeMap, ConsentType, CookieRow, LocalizedText, PresetName, Service, ServiceConfig } from './config/types.js';
export type { Messages } from './i18n/messages.js';

// Guarded, because the npm module and the CDN file can both end up on one page, and a
// second define() would throw.
if (!customElements.get('cookie-consent')) customElements.define('cookie-consent', CookieConsent);
