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
    {
      en: 'Audience measurement: user identifier',
      fr: 'Mesure d’audience : identifiant de l’utilisateur',
      de: 'Reichweitenmessung: Nutzerkennung',
      es: 'Medición de audiencia: identificador del usuario',
      it: 'Misurazione dell’audience: identificativo dell’utente',
      nl: 'Bezoekersstatistieken: gebruikers-ID',
      pt: 'Medição de audiência: identificador do utilizador',
    },
    {
      en: 'To distinguish users by a random identifier, to count visitors and their return visits',
      fr: 'Distinguer les utilisateurs grâce à un identifiant aléatoire, pour compter les visiteurs et leurs retours',
      de: 'Unterscheidung der Nutzer anhand einer zufälligen Kennung, um Besucher und ihre erneuten Besuche zu zählen',
      es: 'Distinguir a los usuarios mediante un identificador aleatorio, para contar los visitantes y sus visitas recurrentes',
      it: 'Distinguere gli utenti tramite un identificativo casuale, per contare i visitatori e le loro visite successive',
      nl: 'Gebruikers onderscheiden aan een willekeurige ID, om bezoekers en hun terugkerende bezoeken te tellen',
      pt: 'Distinguir os utilizadores através de um identificador aleatório, para contar os visitantes e as suas visitas de regresso',
    },
  ),
  row(
    ['_ga_*'],
    {
      en: 'Audience measurement: session',
      fr: 'Mesure d’audience : session',
      de: 'Reichweitenmessung: Sitzung',
      es: 'Medición de audiencia: sesión',
      it: 'Misurazione dell’audience: sessione',
      nl: 'Bezoekersstatistieken: sessie',
      pt: 'Medição de audiência: sessão',
    },
    {
      en: 'To keep the state of the current session (when it started, how many sessions so far)',
      fr: 'Conserver l’état de la session en cours (début de la session, nombre de sessions jusqu’ici)',
      de: 'Speicherung des Zustands der laufenden Sitzung (Beginn, Anzahl der bisherigen Sitzungen)',
      es: 'Conservar el estado de la sesión en curso (inicio de la sesión, número de sesiones hasta ahora)',
      it: 'Conservare lo stato della sessione in corso (inizio della sessione, numero di sessioni finora)',
      nl: 'De status van de huidige sessie bewaren (begin van de sessie, aantal sessies tot nu toe)',
      pt: 'Guardar o estado da sessão em curso (início da sessão, número de sessões até agora)',
    },
  ),
];

export const ga4: Preset = {
  title: 'Google Analytics',
  cookies,
  consentMode: ['analytics_storage'],
  exemptable: false,
};
