// What <cookie-consent> loads with import() when it is first needed, never in a first view:
// the preferences dialog (its view, styles, texts and modal behaviour), the proof of consent,
// the clean-up after a withdrawal, and the `debug` inventory checks.
import type { TextOverrides } from './config/types.js';
import { bannerMessagesFor } from './i18n/catalogue.js';
import { enDialog } from './i18n/en.dialog.js';
import { frDialog } from './i18n/fr.dialog.js';
import type { BannerMessages, DialogMessages } from './i18n/messages.js';

export { renderPreferences, preferencesStyles } from './ui/preferences.js';
export { ModalController } from './ui/modal-controller.js';
export { sendProof } from './effects/proof-log.js';
export { checkInventory } from './consent/inventory-check.js';
export { deleteCookies } from './consent/cookie-cleanup.js';

/**
 * The dialog's texts for `lang`: English, the built-in translation, then the banner's, which
 * come with every override for `lang`. Unlike i18n/messages-for.ts, without the blocked
 * embeds' placeholder texts, which the dialog never shows and this chunk need not carry.
 */
export const messagesFor = (lang: string, overrides: TextOverrides): DialogMessages & BannerMessages => ({
  ...enDialog,
  ...(lang == 'fr' && frDialog),
  ...bannerMessagesFor(lang, overrides),
});
