import type { CookieRow } from '../config/types.js';
import type { Preset, Words } from './index.js';

/**
 * Google Analytics 4. No `tell`: gtag.js takes the choice from Google Consent Mode
 * (`analytics_storage`), which the banner already sends for every accepted service.
 * Never exempt from consent: `_ga` lasts 2 years, over the CNIL's 13 months.
 */

const provider = 'Google';

const row = (names: string[], fn: Words, purpose: Words): CookieRow => ({
  provider,
  function: fn,
  names,
  purpose,
  // 2 years, for both.
  duration: 730,
});

/*
 * Names and default lifetimes from Google's "[GA4] Cookie usage on websites":
 * https://support.google.com/analytics/answer/11397207
 * (`_ga_*` is `_ga_<container-id>`; the cookies a linked Google Ads account adds are Google
 * Ads' own, to be listed with it.)
 */
const cookies: readonly CookieRow[] = [
  row(
    ['_ga'],
    { en: 'Audience measurement: user identifier', fr: 'Mesure d’audience : identifiant de l’utilisateur' },
    { en: 'To distinguish users by a random identifier, to count visitors and their return visits', fr: 'Distinguer les utilisateurs grâce à un identifiant aléatoire, pour compter les visiteurs et leurs retours' },
  ),
  row(
    ['_ga_*'],
    { en: 'Audience measurement: session', fr: 'Mesure d’audience : session' },
    { en: 'To keep the state of the current session (when it started, how many sessions so far)', fr: 'Conserver l’état de la session en cours (début de la session, nombre de sessions jusqu’ici)' },
  ),
];

export const ga4: Preset = {
  title: 'Google Analytics',
  cookies,
  consentMode: ['analytics_storage'],
  exemptable: false,
};
