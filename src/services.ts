// What <cookie-consent> loads as it starts where its configuration has services, presets,
// exempt measurement or a Consent Mode map (dist/cookie-consent.services.js for the drop-in
// file; a chunk of its own in an app): their check, the exempt notice's texts, the presets and
// their trackers' APIs. Also what the `debug` attribute asks for.
import type { Category } from './config/types.js';
import { loadDebug } from './config/load-more.js';

export { extend } from './config/services.js';

/** The `debug` checks of the inventory, for integrators: a chunk of their own, fetched from here. */
export const checkInventory = (categories: readonly Category[]): Promise<void> => loadDebug().then((debug) => debug.checkInventory(categories));
