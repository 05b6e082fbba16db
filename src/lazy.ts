// What <cookie-consent> loads with import() when it is first needed, never in a first view:
// the preferences dialog (its view, styles, texts and modal behaviour), the proof of consent,
// the clean-up after a withdrawal, and the `debug` inventory checks.
export { renderPreferences, preferencesStyles } from './ui/preferences.js';
export { ModalController } from './ui/modal-controller.js';
export { sendProof } from './effects/proof-log.js';
export { checkInventory } from './consent/inventory-check.js';
export { deleteCookies, withdraw } from './consent/cookie-cleanup.js';

