// The presets chunk (cookie-consent.presets.js; a chunk of its own in an app): fetched by a page
// whose configuration names a preset, as the element starts, never by any other page.
import { servicesOf, type Category, type ConsentModeMap, type CookieRow, type LocalizedText, type Service } from '../config/types.js';
import { loadedLanguages } from '../i18n/languages.js';
import { presets, type TrackerState, type Words } from './index.js';

/**
 * A preset's text, in English and French here, read in the language of any language file
 * loaded, now or later, from its `inventory`, by the English text. A twin of the one in
 * config/default-texts.ts: shared, it would be a chunk of its own in an app, named in the
 * first view's preload list.
 */
const inEveryLanguage = (text: Words): LocalizedText =>
  new Proxy(text, {
    get: (own, lang) =>
      typeof lang != 'string' || Object.hasOwn(own, lang) || !Object.hasOwn(loadedLanguages, lang)
        ? own[lang as 'en']
        : loadedLanguages[lang]!.inventory?.[own.en],
  });

const row = ({ function: fn, purpose, duration, ...rest }: CookieRow): CookieRow => ({
  ...rest,
  function: inEveryLanguage(fn as Words),
  purpose: inEveryLanguage(purpose as Words),
  duration: typeof duration == 'object' ? inEveryLanguage(duration as Words) : duration,
});

/** A preset's service: the preset's title and table, under every field the configuration wrote. */
function fill(service: Service): Service {
  if (!service.preset) return service;
  const { title, cookies } = presets[service.preset];
  const own = Object.fromEntries(Object.entries(service).filter(([, value]) => value !== undefined));
  return { title, cookies: cookies.map(row), ...own } as unknown as Service;
}

/** The inventory with each preset's service filled in; the others as they are. */
export const completePresets = (categories: readonly Category[]): Category[] =>
  categories.map((c) => (c.services?.some((s) => s.preset) ? { ...c, services: c.services.map(fill) } : c));

/**
 * The Consent Mode map with what each preset's service grants (GA4: `analytics_storage`),
 * unless the configuration maps that service itself.
 */
export function presetConsentMode(categories: readonly Category[], map: ConsentModeMap): ConsentModeMap {
  const out = { ...map };
  for (const { id, preset } of servicesOf(categories)) {
    const types = preset && presets[preset].consentMode;
    if (types && !Object.hasOwn(map, id)) out[id] = types;
  }
  return out;
}

/** What each tracker was last told on this page, by service id. */
const told = new Map<string, TrackerState['previous']>();

/**
 * Tells each preset's tracker the choice in force, through its own consent API (Matomo's
 * `_paq`, Piano's `pa.consent`): as soon as this chunk arrives, then before each pass of the
 * gate, so that a tracker knows before its script runs. `chosen`: the visitor has a choice.
 */
export function tellTrackers(categories: readonly Category[], isAccepted: (id: string) => boolean, chosen: boolean, win: Window = window): void {
  for (const { id, preset, exempt } of servicesOf(categories)) {
    const tell = preset && presets[preset].tell;
    if (!tell) continue;
    const state: TrackerState = { accepted: isAccepted(id), chosen, exempt: !!exempt, previous: told.get(id) };
    tell(win, state);
    told.set(id, { accepted: state.accepted, chosen });
  }
}

/** Lets a test start from a page whose trackers were told nothing. */
export const resetTrackers = (): void => told.clear();
