import { NECESSARY, type Category, type CookieRow } from './types.js';

const provider = 'Opendatasoft';

const row = (
  functionEn: string,
  functionFr: string,
  name: string,
  purposeEn: string,
  purposeFr: string,
  days?: number,
): CookieRow => ({
  provider,
  function: { en: functionEn, fr: functionFr },
  names: [name],
  purpose: { en: purposeEn, fr: purposeFr },
  duration: days,
});

const everywhere = (en: string, fr: string, ...rest: [string, string, string, number]) =>
  row(`${en} (front and back office)`, `${fr} (front et back office)`, ...rest);

/** The portal's own cookies, as Opendatasoft's cookie policy lists them. */
export const defaultCategories: readonly Category[] = [
  {
    id: NECESSARY,
    title: { en: 'Strictly necessary', fr: 'Strictement nécessaires' },
    description: {
      en: 'Needed for the platform to work: sign-in, language, secure API calls and your cookie choices. Exempt from consent.',
      fr: 'Indispensables au fonctionnement de la plateforme : connexion, langue, sécurité des appels à l’API et vos choix de cookies. Exemptés de consentement.',
    },
    cookies: [
      everywhere('Authentication', 'Authentification', 'sessionid',
        'To remember the user from one page to another', 'Reconnaître l’utilisateur d’une page à l’autre', 14),
      everywhere('Language selection', 'Choix de la langue', 'django_language',
        "To remember the visitor's language", 'Mémoriser la langue du visiteur', 365),
      everywhere('API (CSRF)', 'API (CSRF)', 'csrftoken',
        'To retrieve data via API calls', 'Récupérer des données par des appels à l’API', 365),
    ],
  },
  {
    id: 'statistics',
    title: { en: 'Statistics', fr: 'Statistiques' },
    description: {
      en: 'Measure how the platform is used, to improve it. Set only if you accept them.',
      fr: 'Mesurent l’utilisation de la plateforme pour l’améliorer. Déposés seulement si vous les acceptez.',
    },
    cookies: [],
  },
];

/** The row of the cookie that stores the choice; it lives as long as the choice. */
const preferencesRow = (cookieName: string, days: number): CookieRow =>
  row(
    'Choices related to your cookie preferences',
    'Choix relatifs à vos préférences en matière de cookies',
    cookieName,
    "To remember the visitor's cookie preferences",
    'Mémoriser les préférences du visiteur en matière de cookies',
    days,
  );

/** The inventory with `necessary` keeping the row of the choice cookie, added when the configuration left it out. */
export const withPreferencesRow = (categories: readonly Category[], cookieName: string, days: number): Category[] =>
  categories.map((c) =>
    c.id === NECESSARY && !c.cookies?.some((row) => row.names.includes(cookieName))
      ? { ...c, cookies: [...(c.cookies ?? []), preferencesRow(cookieName, days)] }
      : c,
  );
