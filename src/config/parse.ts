import { enBanner } from '../i18n/en.banner.js';
import { DIALOG_KEYS } from '../i18n/messages.js';
import { primaryLanguage } from '../i18n/resolve-language.js';
import { defaultConsentModeMap } from './consent-mode.js';
import { defaultCategories } from './defaults.js';
import { CATEGORY_ID, type Category, type CookieRow, type LocalizedText, type ResolvedConfig, type TextOverrides } from './types.js';

export interface ParseResult {
  readonly config: ResolvedConfig;
  /** Names the first bad field (`"categories[1].id" must be …`); absent when the input is valid. */
  readonly error?: string;
  /** The input, where its categories hold `services` or `exempt`, for the services chunk to check. */
  readonly extended?: object;
}

export const defaultConfig: ResolvedConfig = { categories: defaultCategories, texts: {}, consentMode: defaultConsentModeMap };

// RFC 6265 cookie-name characters; `*` doubles as our wildcard.
const COOKIE_NAME = /^[\w!#$%&'*+.^`|~-]{1,200}$/;

export type Json = Record<string, unknown>;

/** The first bad field stops the walk: it is thrown as this, caught in parseConfig(). */
export class Invalid {
  constructor(readonly message: string) {}
}

export function must(ok: unknown, path: string, what: string): asserts ok {
  if (!ok) throw new Invalid(`"${path}" must be ${what}`);
}

// A plain object, also from another frame; a Map, a Date or a boxed string is not configuration.
const isObject = (value: unknown): value is Json => Object.prototype.toString.call(value) === '[object Object]';

export function object(value: unknown, path: string, fields: string): Json {
  must(isObject(value), path, 'an object');
  for (const key of Object.keys(value)) must(fields.split(' ').includes(key), `${path}.${key}`, `one of: ${fields}`);
  return value;
}

export function list(value: unknown, path: string, max: number): unknown[] {
  // includes() sees holes as undefined, where map() would skip them unchecked: [ , ] is refused.
  must(Array.isArray(value) && value.length <= max && !value.includes(undefined), path, `§array ${max} §items`);
  return value;
}

/** A non-blank string of at most 5000 characters. */
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= 5000;

/**
 * An object keyed by language, keyed again by primary subtag, which is how texts are looked
 * up: "fr-FR" serves every French page, as "fr" does; `each` checks every value. Where two
 * keys name one language ("fr" and "fr-FR"), the plain "fr" wins, else the first: a mistake
 * reported once, but not one that costs the rest of the configuration.
 */
function byLanguage<T>(value: Json, path: string, each: (v: unknown, at: string) => T): Record<string, T> {
  // Built as data, key by key: a "__proto__" key (no language code) cannot reach a prototype.
  const out: Record<string, T> = {};
  for (const [key, v] of Object.entries(value)) {
    const lang = primaryLanguage(key);
    const at = `${path}.${key}`;
    // "fr" and "fr-FR" name one language: which to show would be a guess.
    must(lang && !Object.hasOwn(out, lang), at, '§langkey');
    out[lang] = each(v, at);
  }
  return out;
}

export function text(value: unknown, path: string): LocalizedText {
  if (isText(value)) return value;
  must(isObject(value) && Object.keys(value).length, path, '§localized');
  return byLanguage(value, path, (t, at) => {
    must(isText(t), at, '§text');
    return t;
  });
}

export function row(value: unknown, path: string): CookieRow {
  const r = object(value, path, 'provider function names purpose duration');
  const names = list(r.names, `${path}.names`, 50);
  names.forEach((name, i) => must(typeof name === 'string' && COOKIE_NAME.test(name), `${path}.names[${i}]`, '§cookie'));
  const { duration } = r;
  must(
    typeof duration !== 'number' || (Number.isInteger(duration) && duration > 0),
    `${path}.duration`,
    '§duration',
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
  const c = object(value, path, 'id title description cookies services exempt');
  must(typeof c.id === 'string' && CATEGORY_ID.test(c.id), `${path}.id`, '§id');
  return {
    id: c.id,
    title: text(c.title, `${path}.title`),
    description: c.description === undefined ? undefined : text(c.description, `${path}.description`),
    cookies: list(c.cookies ?? [], `${path}.cookies`, 100).map((r, i) => row(r, `${path}.cookies[${i}]`)),
  };
}

function texts(value: unknown): TextOverrides {
  must(isObject(value), 'texts', '§bylang');
  return byLanguage(value, 'texts', (messages, at) => {
    const m = object(messages, at, [...Object.keys(enBanner), ...DIALOG_KEYS].join(' '));
    for (const [key, t] of Object.entries(m)) must(isText(t), `${at}.${key}`, '§text');
    return { ...(m as Record<string, string>) };
  });
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
    list(c.categories ?? [], 'categories', 20).forEach((value, i) => {
      const parsed = category(value, `categories[${i}]`);
      const at = categories.findIndex((d) => d.id.toLowerCase() == parsed.id.toLowerCase());
      const taken = categories[at];
      // Ids are compared as written (record keys, data-cookie-category): "Statistics" beside
      // "statistics" would be two categories to the code and one to every reader. A default
      // still in its own slot may be replaced, by its exact id.
      must(!taken || (taken == defaultCategories[at] && taken.id == parsed.id), `categories[${i}].id`, `§unique ("${taken?.id}" exists)`);
      if (taken) categories[at] = parsed;
      else categories.push(parsed);
    });
    return {
      // Services, exempt measurement and a Consent Mode map are checked by a chunk of their own
      // (config/services.ts), which only the pages that use them fetch.
      extended: c.consentMode !== undefined || (c.categories as Json[] | undefined)?.some((v) => v.services || v.exempt !== undefined) ? c : undefined,
      config: {
        categories,
        texts: c.texts === undefined ? {} : texts(c.texts),
        consentMode: defaultConsentModeMap,
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
    return { config: defaultConfig, error: `§json (${(error as Error).message})` };
  }
}
