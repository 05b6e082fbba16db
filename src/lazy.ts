// What <cookie-consent> loads with import() when it is first needed, never in a first view:
// the preferences dialog: its view, styles, texts (the built-in inventory's included) and
// modal behaviour.
export { renderPreferences, preferencesStyles } from './ui/preferences.js';
export { ModalController } from './ui/modal-controller.js';

