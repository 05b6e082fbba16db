// What <cookie-consent> loads as it starts where its configuration has services, presets,
// exempt measurement or a Consent Mode map (dist/cookie-consent.services.js for the drop-in
// file; a chunk of its own in an app): their check, the exempt notice's texts, the presets and
// their trackers' APIs. Also what the `debug` attribute asks for.
export { extend } from './config/services.js';
// And the `debug` checks of the inventory, for integrators.
export { checkInventory } from './consent/inventory-check.js';
