import type { CookieRow } from '../config/types.js';
import type { Preset, TrackerState, Words } from './index.js';

/**
 * Piano Analytics (formerly AT Internet), told through the consent API of its JavaScript SDK
 * (6.8 and later): `pa.consent.setMode(mode)` once the SDK is on the page, else the `window.pdl`
 * configuration it reads when it starts.
 * https://developers.atinternet-solutions.com/piano-analytics/data-collection/how-to-send-events/consent
 */

/**
 * A Piano consent mode, as `setMode` and `pdl.consent.defaultPreset` take it. Piano's consent
 * table names four: `opt-in` (all data, visitor_privacy_mode "optin"), `essential` (its
 * exemption mode, visitor_privacy_mode "exempt": only the data the exemption allows, "requires
 * a specific configuration" on Piano's side), `opt-out` (no visitor ID, events excluded and
 * anonymised) and `custom`. There is no `exempt` value: the SDK ignores a mode it does not
 * know (setMode keeps the previous one; defaultPreset logs it and falls back to opt-in), see
 * `modeListBase` in https://github.com/at-internet/piano-analytics-js
 * (src/business/ext/data-layer/data-layer.js).
 */
export type PianoMode = 'opt-in' | 'essential' | 'opt-out';

/**
 * The mode for a choice. An exempt service runs in `essential` until the visitor objects. A
 * service that needs consent runs in `opt-out` until the visitor accepts, also on a first
 * visit: `essential` is Piano's mode for the exemption, which keeps a visitor ID without
 * consent; only a service declared exempt may claim it.
 */
export const pianoMode = ({ accepted, exempt }: TrackerState): PianoMode =>
  accepted ? (exempt ? 'essential' : 'opt-in') : 'opt-out';

/** What the page may hold: the SDK's instance, and the configuration it starts with. */
interface PianoPage {
  pa?: { consent?: { setMode?: unknown } };
  pdl?: { requireConsent?: unknown; consent?: { defaultPreset?: Record<string, unknown> } };
}

const provider = 'Piano';

const row = (names: string[], fn: Words, purpose: Words): CookieRow => ({
  provider,
  function: fn,
  names,
  purpose,
  // 13 months, the SDK's default (storageLifetimeVisitor and the like: 395 days).
  duration: 395,
});

/*
 * Names and default lifetimes from Piano's "Client Side Cookies (JS SDK)":
 * https://developers.atinternet-solutions.com/piano-analytics/data-collection/general/cookie-storage
 * `pa_vid` and `pa_privacy` are what SDKs before 6.8 wrote instead of `_pcid` and `_pprv`.
 * Left out: `atuserid` and `atidvisitor`, written by AT Internet's older SmartTag, not by
 * this SDK; `idrxvr`, the collection server's HttpOnly cookie, out of the page's reach.
 */
const cookies: readonly CookieRow[] = [
  row(
    ['_pcid', 'pa_vid'],
    { en: 'Audience measurement: visitor identifier', fr: 'Mesure d’audience : identifiant du visiteur' },
    { en: 'To recognise a returning visitor by a random identifier, to count unique visitors and their visits', fr: 'Reconnaître un visiteur qui revient grâce à un identifiant aléatoire, pour compter les visiteurs uniques et leurs visites' },
  ),
  row(
    ['_pprv', 'pa_privacy'],
    { en: 'Audience measurement: measurement mode', fr: 'Mesure d’audience : mode de mesure' },
    { en: 'To remember which measurement mode applies to the visitor: with consent, exempt from consent, or refused', fr: 'Mémoriser le mode de mesure appliqué au visiteur : avec son consentement, exemptée de consentement ou refusée' },
  ),
  row(
    ['_pctx'],
    { en: 'Piano tools: shared context', fr: 'Outils Piano : contexte partagé' },
    { en: 'To keep the context data that Piano’s tools on the site share, such as whether the visitor is signed in', fr: 'Conserver les données de contexte partagées par les outils Piano du site, par exemple si le visiteur est connecté' },
  ),
  row(
    ['pa_user'],
    { en: 'Audience measurement: signed-in user', fr: 'Mesure d’audience : utilisateur connecté' },
    { en: 'To remember the identifier of a signed-in user, where the site sends one, so that their visits are measured together', fr: 'Mémoriser l’identifiant d’un utilisateur connecté, si le site en transmet un, pour mesurer ses visites ensemble' },
  ),
];

export const piano: Preset = {
  title: 'Piano Analytics',
  cookies,
  exemptable: true,
  tell(win, state) {
    const mode = pianoMode(state);
    try {
      const page = win as unknown as PianoPage;
      const consent = page.pa?.consent;
      if (typeof consent?.setMode == 'function') {
        // A method of the SDK's consent object (it uses `this`).
        consent.setMode(mode);
        return;
      }
      // Not loaded yet: the SDK starts in `pdl.consent.defaultPreset.PA` (unless its `_pprv`
      // cookie already holds a mode), and applies consent only where `pdl.requireConsent` is
      // set ('v2', as Piano's own `consentDefaultMode` sets it). The rest of the page's `pdl`
      // stays as it is.
      const pdl = (page.pdl ??= {});
      if (!pdl.requireConsent) pdl.requireConsent = 'v2';
      const config = (pdl.consent ??= {});
      config.defaultPreset = { ...config.defaultPreset, PA: mode };
    } catch {
      // A page whose `pa` or `pdl` throws: the choice stays the banner's own.
    }
  },
};
