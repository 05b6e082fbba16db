import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../../src/config/parse.js';
import { parseConfig, parseConfigJson } from './in-words.js';
import { defaultCategories } from '../../src/config/defaults.js';
import type { Category } from '../../src/config/types.js';
import { languagesOf } from '../../src/i18n/catalogue.js';
import { localize } from '../../src/i18n/localize.js';
import { messagesFor } from '../../src/i18n/messages-for.js';
import { primaryLanguage, resolveLanguage } from '../../src/i18n/resolve-language.js';
import { resetReports } from '../../src/internal/report.js';

const ids = (categories: readonly Category[]) => categories.map((c) => c.id);

const analytics = {
  id: 'statistics',
  title: { en: 'Statistics', fr: 'Statistiques' },
  description: { en: 'Audience', fr: 'Audience' },
  cookies: [
    {
      provider: 'Google',
      function: 'Google Analytics',
      names: ['_ga', '_ga_*'],
      purpose: { en: 'To measure audience', fr: "Mesurer l'audience" },
      duration: 395,
    },
  ],
};

/** A minimal valid category with the given id. */
const cat = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: `Title of ${id}`, ...extra });

/** A minimal valid cookie row. */
const cookie = (extra: Record<string, unknown> = {}) => ({
  provider: 'P',
  function: 'F',
  names: ['a_cookie'],
  purpose: 'Because',
  ...extra,
});

/** Asserts that the input is refused, naming `path`, and that the default config is used. */
function refused(input: unknown, path: string) {
  const result = parseConfig(input);
  expect(result.error, `expected an error naming "${path}"`).toBeTypeOf('string');
  expect(result.error).toContain(`"${path}"`);
  expect(result.config).toBe(defaultConfig);
  return result.error!;
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
});

describe('parseConfig: no configuration', () => {
  it('undefined and null give the default config without error', () => {
    for (const input of [undefined, null]) {
      const result = parseConfig(input);
      expect(result.error).toBeUndefined();
      expect(result.config).toBe(defaultConfig);
    }
  });

  it('an empty object gives the default inventory without error', () => {
    const result = parseConfig({});
    expect(result.error).toBeUndefined();
    expect(ids(result.config.categories)).toEqual(['necessary', 'statistics']);
    expect(result.config.texts).toEqual({});
  });

  it('the default config is necessary then statistics, with no text overrides', () => {
    expect(ids(defaultConfig.categories)).toEqual(['necessary', 'statistics']);
    expect(defaultConfig.categories).toBe(defaultCategories);
    expect(defaultConfig.texts).toEqual({});
  });

  it('the default necessary category lists the portal cookies, statistics none', () => {
    const [necessary, statistics] = defaultConfig.categories;
    expect(necessary!.cookies!.flatMap((r) => r.names)).toEqual(['sessionid', 'django_language', 'csrftoken']);
    expect(necessary!.cookies!.map((r) => r.duration)).toEqual([14, 365, 365]);
    expect(statistics!.cookies).toEqual([]);
  });
});

describe('parseConfig: merging categories', () => {
  it('a category with id "statistics" replaces the default one in place', () => {
    const result = parseConfig({ categories: [analytics] });
    expect(result.error).toBeUndefined();
    expect(ids(result.config.categories)).toEqual(['necessary', 'statistics']);
    const statistics = result.config.categories[1]!;
    expect(statistics.title).toEqual({ en: 'Statistics', fr: 'Statistiques' });
    expect(statistics.cookies).toHaveLength(1);
    expect(statistics.cookies![0]!.names).toEqual(['_ga', '_ga_*']);
    expect(statistics.cookies![0]!.duration).toBe(395);
    // The default inventory itself is unchanged.
    expect(defaultCategories[1]!.cookies).toEqual([]);
    expect(defaultCategories).toHaveLength(2);
  });

  it('a category with id "necessary" replaces the default one in place', () => {
    const result = parseConfig({ categories: [cat('video'), cat('necessary')] });
    expect(result.error).toBeUndefined();
    expect(ids(result.config.categories)).toEqual(['necessary', 'statistics', 'video']);
    expect(result.config.categories[0]!.title).toBe('Title of necessary');
  });

  it('new ids are appended after the defaults, in the given order', () => {
    const result = parseConfig({ categories: [cat('marketing'), cat('video')] });
    expect(result.error).toBeUndefined();
    expect(ids(result.config.categories)).toEqual(['necessary', 'statistics', 'marketing', 'video']);
    expect(result.config.categories[2]!.cookies).toEqual([]);
  });

  it('keeps texts in a third language ("de") and lower-cases text language keys', () => {
    const input = {
      categories: [
        cat('video', {
          title: { en: 'Videos', fr: 'Vidéos', de: 'Videos (de)' },
          description: { de: 'Eingebettete Videos' },
          cookies: [cookie({ purpose: { en: 'Play', de: 'Abspielen' } })],
        }),
      ],
      texts: { de: { acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen' }, FR: { save: 'Sauver' } },
    };
    const result = parseConfig(input);
    expect(result.error).toBeUndefined();
    const video = result.config.categories[2]!;
    expect(video.title).toEqual({ en: 'Videos', fr: 'Vidéos', de: 'Videos (de)' });
    expect(video.description).toEqual({ de: 'Eingebettete Videos' });
    expect(video.cookies![0]!.purpose).toEqual({ en: 'Play', de: 'Abspielen' });
    expect(result.config.texts.de).toEqual({ acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen' });
    expect(result.config.texts.fr).toEqual({ save: 'Sauver' });
  });

  it('copies what it keeps: later changes to the input do not reach the config', () => {
    const title = { en: 'Videos' };
    const de = { save: 'Speichern' };
    const { config } = parseConfig({ categories: [cat('video', { title })], texts: { de } });
    title.en = 'changed';
    de.save = 'changed';
    expect(config.categories[2]!.title).toEqual({ en: 'Videos' });
    expect(config.texts.de!.save).toBe('Speichern');
  });

  it('accepts 20 categories', () => {
    const categories = Array.from({ length: 20 }, (_, i) => cat(`c${i}`));
    const result = parseConfig({ categories });
    expect(result.error).toBeUndefined();
    expect(result.config.categories).toHaveLength(22);
  });
});

describe('parseConfig: every accepted language key is reachable', () => {
  // Whatever spelling of a language key the parser accepts, the page in that language must
  // show that text: an accepted but unreachable key would be silently ignored.
  const keys = ['de', 'DE', 'fr', 'FR', 'fr-CA', 'fr-FR', 'de-DE', 'pt-BR', 'zh-Hant-TW', 'ast'];

  it('in a LocalizedText', () => {
    for (const key of keys) {
      const { config, error } = parseConfig({ categories: [cat('video', { title: { en: 'English', [key]: `text for ${key}` } })] });
      if (error !== undefined) continue; // refusing a key is fine; accepting and ignoring it is not
      const lang = resolveLanguage([key], [], new Set(['en', 'fr', primaryLanguage(key)!]));
      expect(localize(config.categories[2]!.title, lang), key).toBe(`text for ${key}`);
    }
  });

  it('in texts', () => {
    for (const key of keys) {
      const { config, error } = parseConfig({ texts: { [key]: { acceptAll: `accept for ${key}` } } });
      if (error !== undefined) continue;
      const lang = resolveLanguage([key], [], languagesOf(config.texts));
      expect(messagesFor(lang, config.texts).acceptAll, key).toBe(`accept for ${key}`);
    }
  });

  it('accepts at least the plain lower- and upper-case primary codes', () => {
    for (const key of ['de', 'DE', 'fr', 'FR']) {
      expect(parseConfig({ texts: { [key]: { save: 'S' } } }).error, key).toBeUndefined();
      expect(parseConfig({ categories: [cat('video', { title: { [key]: 'T' } })] }).error, key).toBeUndefined();
    }
  });
});

describe('parseConfig: durations', () => {
  it('keeps whole numbers of days', () => {
    const { config, error } = parseConfig({ categories: [cat('video', { cookies: [cookie({ duration: 1 }), cookie({ duration: 730 })] })] });
    expect(error).toBeUndefined();
    expect(config.categories[2]!.cookies!.map((r) => r.duration)).toEqual([1, 730]);
  });

  it('a row without a duration has none', () => {
    const { config, error } = parseConfig({ categories: [cat('video', { cookies: [cookie()] })] });
    expect(error).toBeUndefined();
    expect(config.categories[2]!.cookies![0]!.duration).toBeUndefined();
  });

  it('refuses 0, negative, fractional and non-finite numbers of days', () => {
    for (const duration of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      refused({ categories: [cat('video', { cookies: [cookie({ duration })] })] }, 'categories[0].cookies[0].duration');
    }
  });

  // SPEC "Configuration beyond attributes" gives `"duration": { "en": "13 months", "fr": "13 mois" }`.
  it('keeps a duration given as a text or as texts by language, as in the SPEC example', () => {
    const { config, error } = parseConfig({
      categories: [
        {
          id: 'statistics',
          title: { en: 'Statistics', fr: 'Statistiques' },
          cookies: [
            cookie({ names: ['_ga', '_ga_*'], duration: { en: '13 months', fr: '13 mois' } }),
            cookie({ duration: 'Session' }),
          ],
        },
      ],
    });
    expect(error).toBeUndefined();
    expect(config.categories[1]!.cookies!.map((r) => r.duration)).toEqual([{ en: '13 months', fr: '13 mois' }, 'Session']);
  });

  it('refuses a duration that is neither a number of days nor a text', () => {
    for (const duration of [true, null, [], {}, '', '   ']) {
      refused({ categories: [cat('video', { cookies: [cookie({ duration })] })] }, 'categories[0].cookies[0].duration');
    }
  });
});

describe('parseConfig: bad fields name their path and fall back to the default', () => {
  it('a configuration that is not an object', () => {
    for (const input of ['{}', 42, true, [], [{ categories: [] }]]) refused(input, 'config');
  });

  it('an unknown top-level key', () => {
    const error = refused({ categories: [], colours: {} }, 'config.colours');
    expect(error).toContain('categories texts');
  });

  it('categories that are not a list', () => {
    refused({ categories: { statistics: {} } }, 'categories');
    refused({ categories: 'statistics' }, 'categories');
  });

  it('more than 20 categories', () => {
    refused({ categories: Array.from({ length: 21 }, (_, i) => cat(`c${i}`)) }, 'categories');
  });

  it('a category that is not an object, or has an unknown key', () => {
    refused({ categories: ['statistics'] }, 'categories[0]');
    refused({ categories: [cat('video'), null] }, 'categories[1]');
    refused({ categories: [cat('video', { enabled: true })] }, 'categories[0].enabled');
  });

  it('bad category ids', () => {
    for (const id of [undefined, '', 7, '1st', '-a', 'has space', 'a.b', '__proto__', 'x'.repeat(41), '<script>']) {
      refused({ categories: [cat('video'), { title: 'T', id }] }, 'categories[1].id');
    }
  });

  it('duplicate ids', () => {
    const error = refused({ categories: [cat('video'), cat('statistics'), cat('video')] }, 'categories[2].id');
    expect(error).toContain('unique');
  });

  it('a missing, empty or blank title', () => {
    refused({ categories: [{ id: 'video' }] }, 'categories[0].title');
    refused({ categories: [cat('video', { title: '' })] }, 'categories[0].title');
    refused({ categories: [cat('video', { title: '  \n ' })] }, 'categories[0].title');
    refused({ categories: [cat('video', { title: {} })] }, 'categories[0].title');
    refused({ categories: [cat('video', { title: { en: '' } })] }, 'categories[0].title.en');
  });

  it('a text over 5000 characters (5000 is fine)', () => {
    expect(parseConfig({ categories: [cat('video', { title: 'x'.repeat(5000) })] }).error).toBeUndefined();
    refused({ categories: [cat('video', { title: 'x'.repeat(5001) })] }, 'categories[0].title');
    refused({ categories: [cat('video', { description: { en: 'ok', fr: 'y'.repeat(5001) } })] }, 'categories[0].description.fr');
  });

  it('a LocalizedText with a key that is not a language code, named with its key', () => {
    for (const key of ['english', 'e', 'fr-', '12', '__proto__', 'constructor']) {
      refused({ categories: [cat('video', { title: { en: 'Videos', [key]: 'x' } })] }, `categories[0].title.${key}`);
    }
  });

  it('a LocalizedText of the wrong type', () => {
    refused({ categories: [cat('video', { description: 42 })] }, 'categories[0].description');
    refused({ categories: [cat('video', { description: ['a'] })] }, 'categories[0].description');
    refused({ categories: [cat('video', { description: { en: 42 } })] }, 'categories[0].description.en');
  });

  it('cookies that are not a list of rows, over 100 rows, or rows with unknown keys', () => {
    refused({ categories: [cat('video', { cookies: 'none' })] }, 'categories[0].cookies');
    refused({ categories: [cat('video', { cookies: Array.from({ length: 101 }, () => cookie()) })] }, 'categories[0].cookies');
    refused({ categories: [cat('video', { cookies: [cookie(), 'row'] })] }, 'categories[0].cookies[1]');
    refused({ categories: [cat('video', { cookies: [cookie({ expires: 3 })] })] }, 'categories[0].cookies[0].expires');
  });

  it('bad row texts', () => {
    refused({ categories: [cat('video', { cookies: [cookie({ provider: '' })] })] }, 'categories[0].cookies[0].provider');
    refused({ categories: [cat('video', { cookies: [cookie({ function: undefined })] })] }, 'categories[0].cookies[0].function');
    refused({ categories: [cat('video', { cookies: [cookie({ purpose: { 'xx-': 'p' } })] })] }, 'categories[0].cookies[0].purpose.xx-');
  });

  it('bad cookie names', () => {
    const at = (names: unknown) => ({ categories: [cat('video', { cookies: [cookie(), cookie({ names })] })] });
    refused(at(undefined), 'categories[0].cookies[1].names');
    refused(at('_ga'), 'categories[0].cookies[1].names');
    refused(at(Array.from({ length: 51 }, (_, i) => `c${i}`)), 'categories[0].cookies[1].names');
    for (const name of ['', 'has space', 'semi;colon', 'a=b', 'quote"', 7, null, 'x'.repeat(201)]) {
      refused(at([name]), 'categories[0].cookies[1].names[0]');
    }
    refused(at(['_ga', 'bad name']), 'categories[0].cookies[1].names[1]');
  });

  it('accepts RFC 6265 token names and the * wildcard', () => {
    const names = ['_ga', '_ga_*', '__Host-id', 'a.b', "x!#$%&'*+^`|~-"];
    const { config, error } = parseConfig({ categories: [cat('video', { cookies: [cookie({ names })] })] });
    expect(error).toBeUndefined();
    expect(config.categories[2]!.cookies![0]!.names).toEqual(names);
  });

  it('texts that are not an object keyed by language', () => {
    refused({ texts: 'Accept' }, 'texts');
    refused({ texts: [] }, 'texts');
    refused({ texts: { english: { acceptAll: 'OK' } } }, 'texts.english');
    refused({ texts: { fr: 'Tout accepter' } }, 'texts.fr');
  });

  it('an unknown text key', () => {
    const error = refused({ texts: { fr: { acceptAll: 'Oui', acceptEverything: 'Oui' } } }, 'texts.fr.acceptEverything');
    expect(error).toContain('acceptAll');
  });

  it('a text value that is not a string, or too long', () => {
    refused({ texts: { fr: { acceptAll: 1 } } }, 'texts.fr.acceptAll');
    refused({ texts: { fr: { acceptAll: { fr: 'Oui' } } } }, 'texts.fr.acceptAll');
    refused({ texts: { fr: { acceptAll: 'x'.repeat(5001) } } }, 'texts.fr.acceptAll');
  });

  it('reports only the first bad field', () => {
    const error = refused({ categories: [cat('1bad'), { id: 'x' }], texts: 3 }, 'categories[0].id');
    expect(error).not.toContain('categories[1]');
    expect(error).not.toContain('"texts"');
  });

  it('turns an unexpected exception into an error, not a throw', () => {
    const hostile = {
      get categories(): never {
        throw new Error('boom');
      },
    };
    const result = parseConfig(hostile);
    expect(result.config).toBe(defaultConfig);
    expect(result.error).toContain('boom');
  });
});

describe('parseConfig: regional language keys, ids by case, arrays, numeric durations', () => {
  let errors: ReturnType<typeof vi.spyOn>;
  let warnings: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    resetReports();
    vi.restoreAllMocks();
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  describe('language keys are read by primary subtag, as texts are looked up', () => {
    it('keeps fr-FR, pt-BR and pt_BR keys under fr and pt, in texts and in a LocalizedText', () => {
      const { config, error } = parseConfig({
        categories: [cat('video', { title: { en: 'Videos', 'pt-BR': 'Vídeos' } })],
        texts: { 'fr-FR': { acceptAll: 'OK' }, pt_BR: { save: 'Salvar' } },
      });
      expect(error).toBeUndefined();
      expect(config.categories[2]!.title).toEqual({ en: 'Videos', pt: 'Vídeos' });
      expect(config.texts).toEqual({ fr: { acceptAll: 'OK' }, pt: { save: 'Salvar' } });
      // A French page (fr-CA or fr-FR alike) shows the fr-FR text.
      expect(messagesFor(resolveLanguage(['fr-CA'], [], languagesOf(config.texts)), config.texts).acceptAll).toBe('OK');
      expect(localize(config.categories[2]!.title, 'pt')).toBe('Vídeos');
      expect(errors).not.toHaveBeenCalled();
    });

    it('fr and fr-FR together are one language given twice: refused, naming the second', () => {
      for (const [texts, second] of [
        [{ 'fr-FR': { acceptAll: 'region' }, fr: { acceptAll: 'plain' } }, 'fr'],
        [{ fr: { acceptAll: 'plain' }, 'fr-FR': { acceptAll: 'region' } }, 'fr-FR'],
      ] as const) {
        expect(refused({ texts }, `texts.${second}`)).toContain('one per language');
      }
    });

    it('two regions of one language in a LocalizedText: refused, naming the second', () => {
      expect(refused({ categories: [cat('video', { title: { 'fr-CA': 'Vidéos (CA)', 'fr-FR': 'Vidéos (FR)' } })] }, 'categories[0].title.fr-FR')).toContain('one per language');
    });
  });

  describe('category ids that differ only by case', () => {
    it('STATISTICS beside the default statistics is refused, naming the default', () => {
      const error = refused({ categories: [cat('STATISTICS')] }, 'categories[0].id');
      expect(error).toBe('"categories[0].id" must be unique, ignoring case ("statistics" exists)');
      refused({ categories: [cat('Necessary')] }, 'categories[0].id');
    });

    it('two configured ids that differ only by case, also after a default was replaced', () => {
      refused({ categories: [cat('Video'), cat('video')] }, 'categories[1].id');
      refused({ categories: [cat('statistics'), cat('Statistics')] }, 'categories[1].id');
    });

    it('the exact default id still replaces the default; other ids may use capitals', () => {
      const { config, error } = parseConfig({ categories: [cat('Video'), cat('statistics'), cat('Marketing')] });
      expect(error).toBeUndefined();
      expect(ids(config.categories)).toEqual(['necessary', 'statistics', 'Video', 'Marketing']);
      expect(config.categories[1]!.title).toBe('Title of statistics');
    });
  });

  it('a string or an object where an array is expected: "must be an array"', () => {
    const cases: Array<[unknown, string]> = [
      [{ categories: 'statistics' }, 'categories'],
      [{ categories: { statistics: {} } }, 'categories'],
      [{ categories: [cat('video', { cookies: { provider: 'P' } })] }, 'categories[0].cookies'],
      [{ categories: [cat('video', { cookies: [cookie({ names: '_ga' })] })] }, 'categories[0].cookies[0].names'],
    ];
    for (const [input, path] of cases) expect(refused(input, path)).toMatch(new RegExp(`^"${path.replace(/[[\].]/g, '\\$&')}" must be an array`));
  });

  // The dialog, where it shows, warns about it (dialog-offer.test.ts): the first view only reads the configuration.
  it('a duration given as a numeric string ("13") is kept as it is, without a word from the parser', () => {
    const { config, error } = parseConfig({ categories: [cat('video', { cookies: [cookie({ duration: '13' }), cookie({ duration: '13 months' })] })] });
    expect(error).toBeUndefined();
    expect(config.categories[2]!.cookies!.map((r) => r.duration)).toEqual(['13', '13 months']);
    expect(warnings).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('parseConfigJson', () => {
  it('parses and validates valid JSON', () => {
    const result = parseConfigJson(JSON.stringify({ categories: [analytics], texts: { fr: { acceptAll: 'OK' } } }));
    expect(result.error).toBeUndefined();
    expect(result.config.categories[1]!.cookies![0]!.names).toEqual(['_ga', '_ga_*']);
    expect(result.config.texts.fr).toEqual({ acceptAll: 'OK' });
  });

  it('passes validation errors through', () => {
    const result = parseConfigJson('{"categories":[{"id":"video","title":""}]}');
    expect(result.error).toContain('"categories[0].title"');
    expect(result.config).toBe(defaultConfig);
  });

  it('"null" is no configuration', () => {
    expect(parseConfigJson('null')).toEqual({ config: defaultConfig });
  });

  it('names the JSON problem for truncated JSON, garbage and an empty child', () => {
    for (const source of ['{"categories": [', 'garbage', "{categories: []}", "{'texts':{}}", '', '{"texts":{}} trailing']) {
      const result = parseConfigJson(source);
      expect(result.config).toBe(defaultConfig);
      expect(result.error, source).toMatch(/^the JSON child is not valid JSON \(.+\)$/);
      let message = '';
      try {
        JSON.parse(source);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(result.error).toContain(message);
    }
  });
});

describe('no prototype pollution', () => {
  const cases: Array<[string, string]> = [
    ['{"__proto__":{"polluted":1}}', 'config.__proto__'],
    ['{"constructor":{"prototype":{"polluted":1}}}', 'config.constructor'],
    ['{"texts":{"__proto__":{"polluted":1}}}', 'texts.__proto__'],
    ['{"texts":{"constructor":{"prototype":{"polluted":1}}}}', 'texts.constructor'],
    ['{"texts":{"fr":{"__proto__":{"polluted":1}}}}', 'texts.fr.__proto__'],
    ['{"texts":{"fr":{"constructor":"x"}}}', 'texts.fr.constructor'],
    ['{"categories":[{"id":"video","title":"T","__proto__":{"polluted":1}}]}', 'categories[0].__proto__'],
    ['{"categories":[{"id":"video","title":{"en":"T","__proto__":{"polluted":1}}}]}', 'categories[0].title.__proto__'],
    ['{"categories":[{"id":"video","title":"T","cookies":[{"provider":"P","function":"F","names":[],"purpose":"p","__proto__":{"polluted":1}}]}]}', 'categories[0].cookies[0].__proto__'],
  ];

  for (const [json, path] of cases) {
    it(`refuses ${json} naming "${path}"`, () => {
      refused(JSON.parse(json), path);
      expect(parseConfigJson(json).error).toContain(`"${path}"`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(defaultConfig)).toBe(Object.prototype);
    });
  }

  it('a "constructor" category id is an ordinary id and pollutes nothing', () => {
    const { config, error } = parseConfigJson('{"categories":[{"id":"constructor","title":"T"}],"texts":{"en":{"save":"S"}}}');
    expect(error).toBeUndefined();
    expect(ids(config.categories)).toEqual(['necessary', 'statistics', 'constructor']);
    expect(({}).constructor).toBe(Object);
    expect(Object.getPrototypeOf(config.texts)).toBe(Object.prototype);
    expect(Object.hasOwn(config.texts, 'constructor')).toBe(false);
  });
});
