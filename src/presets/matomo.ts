import type { CookieRow } from '../config/types.js';
import type { Preset, TrackerState, Words } from './index.js';

/**
 * Matomo, told through its command queue `_paq`, the one its own tracking snippet creates.
 *
 * A command pushed before matomo.js has loaded waits in the array; when the tracker starts it
 * applies a fixed list of commands first, `requireConsent` and `setConsentGiven` among them,
 * whatever their place in the queue, then the rest in order; afterwards `_paq.push` is
 * Matomo's own and runs each command at once. `optUserOut`, `forgetUserOptOut` and
 * `forgetConsentGiven` are not in that list: they run in queue order.
 * https://developer.matomo.org/guides/tracking-consent
 * https://developer.matomo.org/guides/in-depth-opt-out (optUserOut, forgetUserOptOut)
 * https://github.com/matomo-org/matomo/blob/5.x-dev/js/piwik.js (`applyFirst`, `forgetConsentGiven(hoursToExpire)`)
 */

/**
 * How long Matomo keeps `mtm_consent_removed`, the cookie that `forgetConsentGiven` and its
 * alias `optUserOut` write: 13 months (CNIL), in hours, Matomo's unit. Without it the cookie
 * would last Matomo's default 30 years.
 */
export const MATOMO_OPT_OUT_HOURS = 395 * 24;

const provider = 'Matomo';

const row = (names: string[], duration: number | Words, fn: Words, purpose: Words): CookieRow => ({
  provider,
  function: fn,
  names,
  purpose,
  duration,
});

const thirtyMinutes: Words = {
  en: '30 minutes',
  fr: '30 minutes',
  de: '30 Minuten',
  es: '30 minutos',
  it: '30 minuti',
  nl: '30 minuten',
  pt: '30 minutos',
};

/*
 * Names and default lifetimes from Matomo's FAQ "What are the cookies created by Matomo
 * JavaScript Tracking client?": https://matomo.org/faq/general/faq_146/
 * (`.*`: Matomo appends the site id and a hash of the domain, `_pk_id.1.1fff`).
 * `mtm_consent_removed` lasts 13 months here, as this preset asks (MATOMO_OPT_OUT_HOURS).
 * Left out: `mtm_consent` and `mtm_cookie_consent`, which only `rememberConsentGiven` and
 * `rememberCookieConsentGiven` write: this preset never sends them (the banner keeps the
 * choice and tells it again on every page); `_pk_testcookie`, deleted as soon as written
 * (older trackers); `matomo_ignore` and `_pk_uid`, set on Matomo's own domain.
 */
const cookies: readonly CookieRow[] = [
  row(
    ['_pk_id.*'],
    395,
    {
      en: 'Audience measurement: visitor identifier',
      fr: 'Mesure d’audience : identifiant du visiteur',
      de: 'Reichweitenmessung: Besucherkennung',
      es: 'Medición de audiencia: identificador del visitante',
      it: 'Misurazione dell’audience: identificativo del visitatore',
      nl: 'Bezoekersstatistieken: bezoekers-ID',
      pt: 'Medição de audiência: identificador do visitante',
    },
    {
      en: 'To recognise a returning visitor by a random identifier, to count unique visitors and their visits',
      fr: 'Reconnaître un visiteur qui revient grâce à un identifiant aléatoire, pour compter les visiteurs uniques et leurs visites',
      de: 'Wiedererkennung wiederkehrender Besucher anhand einer zufälligen Kennung, um eindeutige Besucher und ihre Besuche zu zählen',
      es: 'Reconocer a un visitante que vuelve mediante un identificador aleatorio, para contar los visitantes únicos y sus visitas',
      it: 'Riconoscere un visitatore che ritorna tramite un identificativo casuale, per contare i visitatori unici e le loro visite',
      nl: 'Een terugkerende bezoeker herkennen aan een willekeurige ID, om unieke bezoekers en hun bezoeken te tellen',
      pt: 'Reconhecer um visitante que regressa através de um identificador aleatório, para contar os visitantes únicos e as suas visitas',
    },
  ),
  row(
    ['_pk_ses.*', '_pk_cvar.*'],
    thirtyMinutes,
    {
      en: 'Audience measurement: current visit',
      fr: 'Mesure d’audience : visite en cours',
      de: 'Reichweitenmessung: aktueller Besuch',
      es: 'Medición de audiencia: visita en curso',
      it: 'Misurazione dell’audience: visita in corso',
      nl: 'Bezoekersstatistieken: huidig bezoek',
      pt: 'Medição de audiência: visita em curso',
    },
    {
      en: 'To link the pages viewed during one visit, and keep that visit’s temporary data',
      fr: 'Relier les pages vues au cours d’une même visite et conserver les données temporaires de cette visite',
      de: 'Zuordnung der bei einem Besuch aufgerufenen Seiten zu diesem Besuch und Speicherung seiner vorübergehenden Daten',
      es: 'Vincular las páginas vistas durante una misma visita y conservar los datos temporales de esa visita',
      it: 'Collegare le pagine viste durante una stessa visita e conservare i dati temporanei di quella visita',
      nl: 'De pagina’s die tijdens één bezoek worden bekeken aan elkaar koppelen en de tijdelijke gegevens van dat bezoek bewaren',
      pt: 'Associar as páginas vistas durante uma mesma visita e guardar os dados temporários dessa visita',
    },
  ),
  row(
    ['_pk_ref.*'],
    // 6 months.
    183,
    {
      en: 'Audience measurement: origin of the visit',
      fr: 'Mesure d’audience : provenance de la visite',
      de: 'Reichweitenmessung: Herkunft des Besuchs',
      es: 'Medición de audiencia: procedencia de la visita',
      it: 'Misurazione dell’audience: provenienza della visita',
      nl: 'Bezoekersstatistieken: herkomst van het bezoek',
      pt: 'Medição de audiência: origem da visita',
    },
    {
      en: 'To remember how the visitor first arrived on the site (search engine, link from another site, campaign)',
      fr: 'Mémoriser comment le visiteur est arrivé sur le site la première fois (moteur de recherche, lien depuis un autre site, campagne)',
      de: 'Speicherung, wie der Besucher zum ersten Mal auf die Website gelangt ist (Suchmaschine, Link auf einer anderen Website, Kampagne)',
      es: 'Recordar cómo llegó el visitante al sitio por primera vez (buscador, enlace desde otro sitio, campaña)',
      it: 'Ricordare come il visitatore è arrivato sul sito la prima volta (motore di ricerca, link da un altro sito, campagna)',
      nl: 'Onthouden hoe de bezoeker de eerste keer op de site is gekomen (zoekmachine, link op een andere site, campagne)',
      pt: 'Memorizar como o visitante chegou ao site pela primeira vez (motor de busca, link a partir de outro site, campanha)',
    },
  ),
  row(
    ['_pk_hsr.*'],
    thirtyMinutes,
    {
      en: 'Heatmaps and session recordings (only where the site uses them)',
      fr: 'Cartes de chaleur et enregistrements de sessions (seulement si le site les utilise)',
      de: 'Heatmaps und Sitzungsaufzeichnungen (nur wenn die Website sie nutzt)',
      es: 'Mapas de calor y grabaciones de sesiones (solo si el sitio los utiliza)',
      it: 'Mappe di calore e registrazioni delle sessioni (solo se il sito le utilizza)',
      nl: 'Heatmaps en sessie-opnames (alleen als de site ze gebruikt)',
      pt: 'Mapas de calor e gravações de sessões (apenas se o site os utilizar)',
    },
    {
      en: 'To link the heatmap and session-recording data of one visit',
      fr: 'Relier entre elles les données de cartes de chaleur et d’enregistrement d’une même visite',
      de: 'Zuordnung der Heatmap- und Aufzeichnungsdaten zu einem Besuch',
      es: 'Vincular entre sí los datos de mapas de calor y de grabación de una misma visita',
      it: 'Collegare tra loro i dati delle mappe di calore e delle registrazioni di una stessa visita',
      nl: 'De heatmap- en opnamegegevens van één bezoek aan elkaar koppelen',
      pt: 'Associar os dados de mapas de calor e de gravação de uma mesma visita',
    },
  ),
  row(
    ['mtm_consent_removed'],
    395,
    {
      en: 'Audience measurement: refusal or objection',
      fr: 'Mesure d’audience : refus ou opposition',
      de: 'Reichweitenmessung: Ablehnung oder Widerspruch',
      es: 'Medición de audiencia: rechazo u oposición',
      it: 'Misurazione dell’audience: rifiuto o opposizione',
      nl: 'Bezoekersstatistieken: weigering of bezwaar',
      pt: 'Medição de audiência: recusa ou oposição',
    },
    {
      en: 'To remember that the visitor refused or objected to audience measurement, so that Matomo no longer measures their visits',
      fr: 'Mémoriser que le visiteur a refusé la mesure d’audience ou s’y est opposé, pour que Matomo ne mesure plus ses visites',
      de: 'Speicherung der Ablehnung oder des Widerspruchs des Besuchers, damit Matomo seine Besuche nicht mehr erfasst',
      es: 'Recordar que el visitante ha rechazado la medición de audiencia o se ha opuesto a ella, para que Matomo deje de medir sus visitas',
      it: 'Ricordare che il visitatore ha rifiutato la misurazione dell’audience o vi si è opposto, affinché Matomo non ne misuri più le visite',
      nl: 'Onthouden dat de bezoeker bezoekersstatistieken heeft geweigerd of er bezwaar tegen heeft gemaakt, zodat Matomo deze bezoeker niet meer meet',
      pt: 'Memorizar que o visitante recusou a medição de audiência ou se opôs a ela, para que o Matomo deixe de medir as suas visitas',
    },
  ),
];

/** A queued Matomo command: a method name, then its arguments. */
type Command = [method: string, ...args: unknown[]];

/** The commands that bring Matomo from what it was last told on this page to `state`. */
export function matomoCommands({ accepted, exempt, previous }: TrackerState): Command[] {
  if (exempt) {
    // Measured without consent until the visitor objects (CNIL exemption): nothing to say
    // while they do not, `forgetUserOptOut` when they take an objection back.
    if (accepted) return previous && !previous.accepted ? [['forgetUserOptOut']] : [];
    if (previous && !previous.accepted) return [];
    // `optUserOut` runs in queue order, possibly after the page's own `trackPageView`;
    // `requireConsent` is applied before anything else, so that no hit leaves meanwhile.
    return [['requireConsent'], ['optUserOut', MATOMO_OPT_OUT_HOURS]];
  }
  // No hit and no cookie until consent; `setConsentGiven` holds for this page view only, and
  // the banner tells it again on each page.
  const commands: Command[] = previous ? [] : [['requireConsent']];
  if (accepted && !previous?.accepted) commands.push(['setConsentGiven']);
  // Only a consent given on this page has anything to forget.
  if (!accepted && previous?.accepted) commands.push(['forgetConsentGiven', MATOMO_OPT_OUT_HOURS]);
  return commands;
}

export const matomo: Preset = {
  title: 'Matomo',
  cookies,
  exemptable: true,
  tell(win, state) {
    try {
      const page = win as unknown as { _paq?: { push(command: Command): unknown } };
      // As Matomo's own snippet does: an existing queue (or Matomo's proxy) is kept.
      const paq = (page._paq ||= [] as Command[]);
      for (const command of matomoCommands(state)) paq.push(command);
    } catch {
      // A page whose `_paq` throws or is not a queue: the choice stays the banner's own.
    }
  },
};
