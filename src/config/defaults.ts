import { NECESSARY, type Category, type CookieRow } from './types.js';

/**
 * A row of the portal's own cookies. Its function and purpose are empty: an empty text in the
 * built-in inventory stands for the built-in one (config/default-texts.ts), which comes with
 * the dialog and the policy page, never in a first view. A configuration cannot write an
 * empty text, so the two never mix.
 */
const row = (name: string, days: number): CookieRow => ({ provider: 'Opendatasoft', function: '', names: [name], purpose: '', duration: days });

/** The portal's own cookies, as Opendatasoft's cookie policy lists them. */
export const defaultCategories: readonly Category[] = [
  {
    id: NECESSARY,
    title: { en: 'Strictly necessary', fr: 'Strictement nécessaires' },
    description: '',
    cookies: [row('sessionid', 14), row('django_language', 365), row('csrftoken', 365)],
  },
  {
    id: 'statistics',
    title: { en: 'Statistics', fr: 'Statistiques' },
    description: '',
    cookies: [],
  },
];

/** The inventory with `necessary` keeping the row of the choice cookie (it lives as long as the choice), added when the configuration left it out. */
export const withPreferencesRow = (categories: readonly Category[], cookieName: string, days: number): Category[] =>
  categories.map((c) =>
    c.id === NECESSARY && !c.cookies?.some((r) => r.names.includes(cookieName)) ? { ...c, cookies: [...(c.cookies ?? []), row(cookieName, days)] } : c,
  );
