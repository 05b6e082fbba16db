// What <cookie-consent> loads with import() when it is first needed, never in a first view:
// the preferences dialog (its view and styles) and the `debug` inventory checks.
export { renderPreferences, preferencesStyles } from './ui/preferences.js';
export { checkInventory } from './consent/inventory-check.js';
