import type { Category, LocalizedText } from './types.js';

// The texts of the built-in inventory (config/defaults.ts), for the dialog and the policy page:
// a first view shows none of them.

const everywhere = (en: string, fr: string): LocalizedText => ({ en: `${en} (front and back office)`, fr: `${fr} (front et back office)` });

/** Each category's description, by id. */
const descriptions: Readonly<Record<string, LocalizedText>> = {
  necessary: {
    en: 'Needed for the platform to work: sign-in, language, secure API calls and your cookie choices. Exempt from consent.',
    fr: 'Indispensables au fonctionnement de la plateforme : connexion, langue, sécurité des appels à l’API et vos choix de cookies. Exemptés de consentement.',
  },
  statistics: {
    en: 'Measure how the platform is used, to improve it. Set only if you accept them.',
    fr: 'Mesurent l’utilisation de la plateforme pour l’améliorer. Déposés seulement si vous les acceptez.',
  },
};

/** Each row's function and purpose, by cookie name; '' is the row of the choice cookie, whatever its name. */
const rows: Readonly<Record<string, readonly [LocalizedText, LocalizedText]>> = {
  sessionid: [everywhere('Authentication', 'Authentification'), { en: 'To remember the user from one page to another', fr: 'Reconnaître l’utilisateur d’une page à l’autre' }],
  django_language: [everywhere('Language selection', 'Choix de la langue'), { en: "To remember the visitor's language", fr: 'Mémoriser la langue du visiteur' }],
  csrftoken: [everywhere('API (CSRF)', 'API (CSRF)'), { en: 'To retrieve data via API calls', fr: 'Récupérer des données par des appels à l’API' }],
  '': [
    { en: 'Choices related to your cookie preferences', fr: 'Choix relatifs à vos préférences en matière de cookies' },
    { en: "To remember the visitor's cookie preferences", fr: 'Mémoriser les préférences du visiteur en matière de cookies' },
  ],
};

/** The inventory with the built-in texts in place of the empty ones that stand for them. */
export const withBuiltInTexts = (categories: readonly Category[]): Category[] =>
  categories.map((c) => ({
    ...c,
    description: c.description === '' ? descriptions[c.id] : c.description,
    cookies: c.cookies?.map((r) => {
      if (r.function !== '') return r;
      const [fn, purpose] = (Object.hasOwn(rows, r.names[0]!) && rows[r.names[0]!]) || rows['']!;
      return { ...r, function: fn, purpose };
    }),
  }));
