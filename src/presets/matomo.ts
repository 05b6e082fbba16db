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

const thirtyMinutes: Words = { en: '30 minutes', fr: '30 minutes' };

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
    { en: 'Audience measurement: visitor identifier', fr: 'Mesure d’audience : identifiant du visiteur' },
    { en: 'To recognise a returning visitor by a random identifier, to count unique visitors and their visits', fr: 'Reconnaître un visiteur qui revient grâce à un identifiant aléatoire, pour compter les visiteurs uniques et leurs visites' },
  ),
  row(
    ['_pk_ses.*', '_pk_cvar.*'],
    thirtyMinutes,
    { en: 'Audience measurement: current visit', fr: 'Mesure d’audience : visite en cours' },
    { en: 'To link the pages viewed during one visit, and keep that visit’s temporary data', fr: 'Relier les pages vues au cours d’une même visite et conserver les données temporaires de cette visite' },
  ),
  row(
    ['_pk_ref.*'],
    // 6 months.
    183,
    { en: 'Audience measurement: origin of the visit', fr: 'Mesure d’audience : provenance de la visite' },
    { en: 'To remember how the visitor first arrived on the site (search engine, link from another site, campaign)', fr: 'Mémoriser comment le visiteur est arrivé sur le site la première fois (moteur de recherche, lien depuis un autre site, campagne)' },
  ),
  row(
    ['_pk_hsr.*'],
    thirtyMinutes,
    { en: 'Heatmaps and session recordings (only where the site uses them)', fr: 'Cartes de chaleur et enregistrements de sessions (seulement si le site les utilise)' },
    { en: 'To link the heatmap and session-recording data of one visit', fr: 'Relier entre elles les données de cartes de chaleur et d’enregistrement d’une même visite' },
  ),
  row(
    ['mtm_consent_removed'],
    395,
    { en: 'Audience measurement: refusal or objection', fr: 'Mesure d’audience : refus ou opposition' },
    { en: 'To remember that the visitor refused or objected to audience measurement, so that Matomo no longer measures their visits', fr: 'Mémoriser que le visiteur a refusé la mesure d’audience ou s’y est opposé, pour que Matomo ne mesure plus ses visites' },
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
