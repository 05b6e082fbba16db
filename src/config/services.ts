// Services inside categories, tracker presets, exempt audience measurement and the Consent Mode
// map: checked here, in the services chunk, which a page fetches as the element starts only
// where its configuration uses them (config/parse.ts notices, and hands the input on). Its
// banner waits for it. Not a first view's bytes, so its own problems are written in words.
import { defaultConsentModeMap } from './consent-mode.js';
import { parseConsentModeMap } from './consent-mode-parse.js';
import { defaultCategories } from './defaults.js';
import { Invalid, list, must, object, row, text, type Json } from './parse.js';
import type { ConsentRecord } from '../consent/record.js';
import { loadedLanguages } from '../i18n/languages.js';
import { loadPresets } from './load-more.js';
import type { Messages } from '../i18n/messages.js';
import { NECESSARY, servicesOf, type Category, type ConsentModeMap, type CookieRow, type PresetName, type Service, type TextOverrides } from './types.js';

const PRESETS = 'matomo ga4 piano';

/**
 * The texts of exempt measurement in the built-in languages (language files bring their own):
 * the first layer's sentence, and the note under what is exempt in the dialog. Only pages
 * that measure audience without consent need them.
 */
export const exemptTexts: Readonly<Record<string, Pick<Messages, 'exemptNotice' | 'exemptNote'>>> = {
  en: {
    exemptNotice: 'Audience measurement that needs no consent is on; you can object to it under “Customize”.',
    exemptNote:
      'Needs no consent: this measurement only gives the platform anonymous audience figures, so it is on until you object. Turn it off to object.',
  },
  fr: {
    exemptNotice: 'Une mesure d’audience exemptée de consentement est active\u00a0; vous pouvez vous y opposer dans «\u00a0Personnaliser\u00a0».',
    exemptNote:
      'Sans consentement requis\u00a0: cette mesure ne fournit à la plateforme que des statistiques de fréquentation anonymes\u00a0; elle reste active tant que vous ne vous y opposez pas. Désactivez-la pour vous y opposer.',
  },
};

/** Those texts in `lang`: none for a language file's language (it has its own), else English. */
const exemptTextsIn = (lang: string) =>
  Object.hasOwn(exemptTexts, lang) ? exemptTexts[lang] : Object.hasOwn(loadedLanguages, lang) ? {} : exemptTexts.en;

/** `exempt`, where given: a boolean. */
function exempt(value: unknown, path: string): boolean | undefined {
  must(value === undefined || typeof value == 'boolean', path, 'true or false');
  return value as boolean | undefined;
}

/**
 * The cookies of an audience measurement that needs no consent may not outlive 13 months (CNIL
 * 2020-092, art. 5; CNIL-9): each says so as a number of days, which a text could not be checked for.
 */
function exemptRows(rows: readonly CookieRow[], path: string): void {
  rows.forEach(({ duration }, i) => must(typeof duration == 'number' && duration <= 395, `${path}.cookies[${i}].duration`, 'a number of days up to 395: exempt audience measurement keeps no cookie over 13 months'));
}

/**
 * One service. A preset's service takes the preset's name as its id, and its title and table
 * from the preset (presets/complete.ts), under what is written here.
 */
function service(value: unknown, path: string, inherited?: boolean): Service {
  const s = object(value, path, 'id title description cookies exempt preset');
  const preset = s.preset as PresetName | undefined;
  must(preset === undefined || PRESETS.split(' ').includes(preset), `${path}.preset`, `one of: ${PRESETS}`);
  const id = s.id ?? preset;
  must(typeof id === 'string' && /^[a-z][\w-]{0,39}$/i.test(id), `${path}.id`, '§id');
  const exempted = exempt(s.exempt, `${path}.exempt`) ?? inherited;
  // Google Analytics keeps _ga for 2 years: never measurement without consent.
  must(!(exempted && preset == 'ga4'), `${path}.exempt`, 'false: Google Analytics 4 keeps its _ga cookie 2 years, so it needs consent');
  const cookies = s.cookies === undefined ? undefined : list(s.cookies, `${path}.cookies`, 100).map((r, i) => row(r, `${path}.cookies[${i}]`));
  if (exempted) exemptRows(cookies ?? [], path);
  return {
    id,
    // Left out for a preset: the preset's own title fills it in.
    title: (s.title === undefined && preset ? undefined : text(s.title, `${path}.title`))!,
    description: s.description === undefined ? undefined : text(s.description, `${path}.description`),
    cookies,
    exempt: exempted,
    preset,
  };
}

/**
 * Adds the checked `services` and `exempt` of the configuration `input` (already checked for
 * the rest by parseConfig()) to the merged `categories`, and reads its Consent Mode map. A bad
 * field gives an error naming it, as parseConfig() does.
 */
export function extendConfig(categories: readonly Category[], input: Json): { categories: Category[]; map: ConsentModeMap; error?: string } {
  try {
    const { map, error } = input.consentMode === undefined ? { map: {} } : parseConsentModeMap(input.consentMode);
    if (error) throw new Invalid(error);
    /** Every id (lower case), categories first: services share their namespace. */
    const ids = new Set(categories.map((c) => c.id.toLowerCase()));
    const extended = categories.map((c) => ({ ...c }));
    ((input.categories ?? []) as Json[]).forEach((raw, i) => {
      const path = `categories[${i}]`;
      const target = extended.find((c) => c.id == raw.id)!;
      const exempted = exempt(raw.exempt, `${path}.exempt`);
      // The necessary cookies are not chosen: nothing in them to switch on or off.
      must(raw.id != NECESSARY || !(exempted || raw.services), path, 'without "services" or "exempt": necessary cookies are always on');
      if (exempted) exemptRows(target.cookies ?? [], path);
      const services = raw.services === undefined ? undefined : list(raw.services, `${path}.services`, 20).map((v, j) => service(v, `${path}.services[${j}]`, exempted));
      services?.forEach(({ id }, j) => {
        // A service named like a category or another service: the record could not tell them apart.
        must(!ids.has(id.toLowerCase()), `${path}.services[${j}].id`, `§unique ("${id}" exists)`);
        ids.add(id.toLowerCase());
      });
      // A category with services passes its `exempt` on to them and keeps none itself: it is
      // accepted when they all are, and "Reject all" then leaves each as its own flag says.
      Object.assign(target, services ? { services } : exempted !== undefined && { exempt: exempted });
    });
    // Merged over the default, so that mapping `marketing` does not silently drop `statistics`.
    return { categories: extended, map: { ...defaultConsentModeMap, ...map } };
  } catch (error) {
    return { categories: [], map: defaultConsentModeMap, error: error instanceof Invalid ? error.message : String(error) };
  }
}

/** Each element's way to tell its presets' trackers the choice in force. */
const told = new WeakMap<ExtensionHost, () => void>();

/** What `<cookie-consent>` takes from this chunk: the whole inventory, and what goes with it. */
export interface Extension {
  readonly categories: readonly Category[];
  /** The categories, then every service. */
  readonly items: readonly (Category | Service)[];
  readonly serviceIds: readonly string[];
  /**
   * Whether a category or service is accepted: `necessary` always; a category with services
   * when all of them are; one the record names when it says `true`; with no record, an exempt
   * one (until the visitor objects); never what the configuration does not declare.
   */
  readonly has: (id: string) => boolean;
  /**
   * A choice as it is stored: accepting a category with services accepts them all, and such a
   * category is accepted when all of them are.
   */
  readonly complete: (choices: Readonly<Record<string, boolean>>) => Record<string, boolean>;
  readonly map: ConsentModeMap;
  /** Where something is exempt: its texts in a language, under the element's own (see exemptTexts). */
  readonly exempt?: (lang: string) => Partial<Messages> | undefined;
  /** Tells the presets' trackers the choice in force. */
  readonly tell: () => void;
  /** The text overrides in force: none where the configuration is wrong (the whole default is used). */
  readonly texts: TextOverrides;
}

/** What the chunk reads of the element. */
export interface ExtensionHost extends EventTarget {
  readonly consent: ConsentRecord | null;
  readonly categories: readonly Category[];
  readonly texts: TextOverrides;
  hasConsent(id: string): boolean;
}

/**
 * The element's inventory with its services, exempt measurement and presets, its Consent Mode
 * map, and the trackers told; or, where that part of the configuration is wrong, the default
 * inventory (`withRow` adds the choice cookie's row), after one error naming the bad field.
 */
export async function extend(
  host: ExtensionHost,
  input: object,
  withRow: (categories: readonly Category[]) => readonly Category[],
  report: (key: string, message: string) => void,
): Promise<Extension> {
  // The element's inventory: the default merged with the rest of the configuration.
  const { categories, map, error } = extendConfig(host.categories, input as Json);
  if (error) report(`config:${error}`, `§config ${error}`);
  // The presets come in a chunk of their own, fetched only by a page that names one.
  const presets = !error && servicesOf(categories).some((s) => s.preset) ? await loadPresets() : undefined;
  const inventory = error ? withRow(defaultCategories) : categories;
  const complete = presets ? presets.completePresets(inventory) : inventory;
  const services = servicesOf(complete);
  const items = [...complete, ...services];
  const on = (choices: Readonly<Record<string, boolean>>, id: string) => Object.hasOwn(choices, id) && choices[id] === true;
  const has = (id: string): boolean => {
    const category = complete.find((c) => c.id === id);
    const item = category ?? services.find((s) => s.id === id);
    const chosen = host.consent && (category ? host.consent.categories : host.consent.services ?? {});
    return (
      id === NECESSARY ||
      (category?.services?.length ? category.services.every((s) => has(s.id)) : !!item && (chosen ? on(chosen, id) : !!item.exempt))
    );
  };
  const extension: Extension = {
    categories: complete,
    items,
    serviceIds: services.map((s) => s.id),
    has,
    complete: (choices) => {
      const out = { ...choices };
      for (const { id, services: inside } of complete)
        if (inside?.length) {
          if (on(out, id)) for (const s of inside) out[s.id] = true;
          out[id] = inside.every((s) => on(out, s.id));
        }
      return out;
    },
    map: presets ? presets.presetConsentMode(complete, map) : map,
    exempt: items.some((c) => c.exempt) ? exemptTextsIn : undefined,
    tell: () => presets?.tellTrackers(complete, (id) => host.hasConsent(id), !!host.consent),
    texts: error ? {} : host.texts,
  };
  // On each choice (`cookie-consent-change` comes before the pass that runs the gated scripts),
  // one listener per element, telling what its latest configuration says. The element tells
  // the first time, once it has read the stored choice with the services known.
  if (!told.has(host)) host.addEventListener('cookie-consent-change', () => told.get(host)!());
  told.set(host, extension.tell);
  return extension;
}
