import { enBanner } from '../i18n/en.banner.js';
import { DIALOG_KEYS } from '../i18n/messages.js';
import { defaultConsentModeMap, parseConsentModeMap } from './consent-mode.js';
import { defaultCategories } from './defaults.js';
import { CATEGORY_ID, type Category, type CookieRow, type LocalizedText, type ResolvedConfig, type TextOverrides } from './types.js';

export interface ParseResult {
  readonly config: ResolvedConfig;
  /** Names the first bad field (`"categories[1].id" must be …`); absent when the input is valid. */
  readonly error?: string;
}

export const defaultConfig: ResolvedConfig = { categories: defaultCategories, texts: {}, consentMode: defaultConsentModeMap };

// Texts are looked up by primary language subtag ("fr" serves fr-FR and fr-CA alike).
const LANGUAGE = /^[a-z]{2,3}$/i;
// RFC 6265 cookie-name characters; `*` doubles as our wildcard.
const COOKIE_NAME = /^[\w!#$%&'*+.^`|~-]{1,200}$/;

type Json = Record<string, unknown>;

/** The first bad field stops the walk: it is thrown as this, caught in parseConfig(). */
class Invalid {
  constructor(readonly message: string) {}
}

function must(ok: unknown, path: string, what: string): asserts ok {
  if (!ok) throw new Invalid(`"${path}" must be ${what}`);
}

// A plain object, also from another frame; a Map, a Date or a boxed string is not configuration.
const isObject = (value: unknown): value is Json => Object.prototype.toString.call(value) === '[object Object]';

function object(value: unknown, path: string, fields: string): Json {
  must(isObject(value), path, 'an object');
  for (const key of Object.keys(value)) must(fields.split(' ').includes(key), `${path}.${key}`, `one of: ${fields}`);
  return value;
}

function list(value: unknown, path: string, max: number): unknown[] {
  // includes() sees holes as undefined, where map() would skip them unchecked: [ , ] is refused.
  must(Array.isArray(value) && value.length <= max && !value.includes(undefined), path, `a list of at most ${max} items`);
  return value;
}

/** A non-blank string of at most 5000 characters. */
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= 5000;

function text(value: unknown, path: string): LocalizedText {
  must(
    isText(value) ||
      (isObject(value) &&
        Object.keys(value).length > 0 &&
        Object.entries(value).every(([lang, t]) => LANGUAGE.test(lang) && isText(t))),
    path,
    'a text, or an object of texts keyed by language code',
  );
  // Built as data, key by key: a "__proto__" key (refused above anyway) could not reach a prototype.
  return typeof value === 'string'
    ? value
    : Object.fromEntries(Object.entries(value).map(([lang, t]) => [lang.toLowerCase(), t as string]));
}

function row(value: unknown, path: string): CookieRow {
  const r = object(value, path, 'provider function names purpose duration');
  const names = list(r.names, `${path}.names`, 50);
  names.forEach((name, i) => must(typeof name === 'string' && COOKIE_NAME.test(name), `${path}.names[${i}]`, 'a cookie name'));
  const { duration } = r;
  must(
    typeof duration !== 'number' || (Number.isInteger(duration) && duration > 0),
    `${path}.duration`,
    'a text or a whole number of days',
  );
  return {
    provider: text(r.provider, `${path}.provider`),
    function: text(r.function, `${path}.function`),
    names: names as string[],
    purpose: text(r.purpose, `${path}.purpose`),
    duration: typeof duration === 'number' ? duration : duration === undefined ? undefined : text(duration, `${path}.duration`),
  };
}

function category(value: unknown, path: string): Category {
  const c = object(value, path, 'id title description cookies');
  must(typeof c.id === 'string' && CATEGORY_ID.test(c.id), `${path}.id`, 'letters, digits, - or _, starting with a letter');
  return {
    id: c.id,
    title: text(c.title, `${path}.title`),
    description: c.description === undefined ? undefined : text(c.description, `${path}.description`),
    cookies: list(c.cookies ?? [], `${path}.cookies`, 100).map((r, i) => row(r, `${path}.cookies[${i}]`)),
  };
}

function texts(value: unknown): TextOverrides {
  must(isObject(value), 'texts', 'an object keyed by language code');
  const out: Record<string, Record<string, string>> = {};
  for (const [lang, messages] of Object.entries(value)) {
    must(LANGUAGE.test(lang), `texts.${lang}`, 'keyed by a language code');
    const m = object(messages, `texts.${lang}`, [...Object.keys(enBanner), ...DIALOG_KEYS].join(' '));
    for (const [key, t] of Object.entries(m)) must(isText(t), `texts.${lang}.${key}`, 'a non-empty text');
    must(!Object.hasOwn(out, lang.toLowerCase()), `texts.${lang}`, 'given once');
    out[lang.toLowerCase()] = { ...(m as Record<string, string>) };
  }
  return out;
}

/**
 * Validates what an integrator configured (the `config` property or the parsed JSON child)
 * and merges it with the default inventory: a category whose `id` matches a default one
 * replaces it, a new `id` comes after them. A bad field makes the whole configuration fall
 * back to the default, so that the visitor never sees a half-understood inventory.
 */
export function parseConfig(input: unknown): ParseResult {
  if (input == null) return { config: defaultConfig };
  try {
    const c = object(input, 'config', 'categories texts consentMode');
    const categories = [...defaultCategories];
    const seen = new Set<string>();
    list(c.categories ?? [], 'categories', 20).forEach((value, i) => {
      const parsed = category(value, `categories[${i}]`);
      must(!seen.has(parsed.id), `categories[${i}].id`, 'unique');
      seen.add(parsed.id);
      const at = categories.findIndex((d) => d.id === parsed.id);
      categories.splice(at < 0 ? categories.length : at, at < 0 ? 0 : 1, parsed);
    });
    const { map, error } = c.consentMode === undefined ? { map: {} } : parseConsentModeMap(c.consentMode);
    if (error) throw new Invalid(error);
    return {
      config: {
        categories,
        texts: c.texts === undefined ? {} : texts(c.texts),
        // Merged over the default, so that mapping `marketing` does not silently drop `statistics`.
        consentMode: { ...defaultConsentModeMap, ...map },
      },
    };
  } catch (error) {
    return { config: defaultConfig, error: error instanceof Invalid ? error.message : String(error) };
  }
}

/** Parses the text of a `<script type="application/json">` child, then validates it. */
export function parseConfigJson(source: string): ParseResult {
  try {
    return parseConfig(JSON.parse(source));
  } catch (error) {
    return { config: defaultConfig, error: `the JSON child is not valid JSON (${(error as Error).message})` };
  }
}
