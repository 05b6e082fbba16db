// portal-cookie-consent/server: for servers (Node ≥ 20, no DOM needed), never part of a
// browser bundle. Reading the visitor's choice from a request, with the browser's rules.
export { readConsentFromCookieHeader, type ServerReadOptions } from './read-consent.js';
export type { ConsentRecord } from '../consent/record.js';
export { bannerStyleHash, renderCookieConsent, type RenderOptions } from './render.js';
export { handleConsentForm, type ConsentFormOptions } from './consent-form.js';
