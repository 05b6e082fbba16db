import { CookieConsentPlaceholder } from './effects/placeholder.js';

// What the drop-in file loads with import() the first time a page has an embed to block: the
// placeholder element. (The npm entry defines it at once.) Its placeholders, already in the
// page with the embed's size, upgrade once it is defined.
export function definePlaceholder(): void {
  if (!customElements.get('cookie-consent-placeholder')) customElements.define('cookie-consent-placeholder', CookieConsentPlaceholder);
}
