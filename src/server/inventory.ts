import { withPreferencesRow } from '../config/defaults.js';
import { parseConfig } from '../config/parse.js';
import { extendConfig } from '../config/services.js';
import { servicesOf, type Category, type ConsentConfig, type TextOverrides } from '../config/types.js';

/** The configuration as the element would read it: checked, merged with the default, services included. */
export interface Inventory {
  readonly categories: readonly Category[];
  readonly serviceIds: readonly string[];
  readonly texts: TextOverrides;
  /** The first bad field, where the configuration was refused (the default is used). */
  readonly error?: string;
}

/** parseConfig(), then the services chunk's check, as `<cookie-consent>` makes them; a bad field gives the whole default. */
export function inventoryOf(config: ConsentConfig | undefined, cookieName = 'cookies_preferences', expiresDays = 180): Inventory {
  const parsed = parseConfig(config);
  const more = parsed.extended && !parsed.error ? extendConfig(parsed.config.categories, parsed.extended as Record<string, unknown>) : undefined;
  const error = parsed.error ?? more?.error;
  const categories = withPreferencesRow(more && !more.error ? more.categories : error ? parseConfig(undefined).config.categories : parsed.config.categories, cookieName, expiresDays);
  return { categories, serviceIds: servicesOf(categories).map((s) => s.id), texts: error ? {} : parsed.config.texts, error };
}
