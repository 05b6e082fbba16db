import { loadedLanguages } from '../i18n/languages.js';
import type { Category, LocalizedText } from './types.js';

// The texts of the built-in inventory (config/defaults.ts), for the dialog and the policy page:
// a first view shows none of them. English and French here; the language files give the
// others (inEveryLanguage).

type Words = Readonly<Record<'en' | 'fr', string>>;

/**
 * A built-in text, in English and French here, read in the language of any language file
 * loaded, now or later: from that file's `inventory`, by the English text (localize() reads
 * `text[lang]`, then English). presets/complete.ts has its twin.
 */
const inEveryLanguage = (text: Words): LocalizedText =>
  new Proxy(text, {
    get: (own, lang) =>
      typeof lang != 'string' || Object.hasOwn(own, lang) || !Object.hasOwn(loadedLanguages, lang)
        ? own[lang as 'en']
        : loadedLanguages[lang]!.inventory?.[own.en],
  });

const everywhere = (en: string, fr: string): Words => ({ en: `${en} (front and back office)`, fr: `${fr} (front et back office)` });

/** Each category's description, by id. */
const descriptions: Readonly<Record<string, Words>> = {
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
const rows: Readonly<Record<string, readonly [Words, Words]>> = {
  sessionid: [everywhere('Authentication', 'Authentification'), { en: 'To remember the user from one page to another', fr: 'Reconnaître l’utilisateur d’une page à l’autre' }],
  django_language: [everywhere('Language selection', 'Choix de la langue'), { en: "To remember the visitor's language", fr: 'Mémoriser la langue du visiteur' }],
  csrftoken: [everywhere('API (CSRF)', 'API (CSRF)'), { en: 'To retrieve data via API calls', fr: 'Récupérer des données par des appels à l’API' }],
  '': [
    { en: 'Choices related to your cookie preferences', fr: 'Choix relatifs à vos préférences en matière de cookies' },
    { en: "To remember the visitor's cookie preferences", fr: 'Mémoriser les préférences du visiteur en matière de cookies' },
  ],
};

/**
 * The inventory with the built-in texts in place of the empty ones that stand for them, each
 * in every language loaded; a built-in category keeps its title, in every language too.
 */
export const withBuiltInTexts = (categories: readonly Category[]): Category[] =>
  categories.map((c) => {
    const builtIn = c.description === '';
    return {
      ...c,
      title: builtIn ? inEveryLanguage(c.title as Words) : c.title,
      description: builtIn ? inEveryLanguage(descriptions[c.id]!) : c.description,
      cookies: c.cookies?.map((r) => {
        if (r.function !== '') return r;
        const [fn, purpose] = (Object.hasOwn(rows, r.names[0]!) && rows[r.names[0]!]) || rows['']!;
        return { ...r, function: inEveryLanguage(fn), purpose: inEveryLanguage(purpose) };
      }),
    };
  });
