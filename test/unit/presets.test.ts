import { describe, expect, it } from 'vitest';
import type { CookieRow, LocalizedText } from '../../src/config/types.js';
import { presets, type Preset, type TrackerState } from '../../src/presets/index.js';
import { MATOMO_OPT_OUT_HOURS } from '../../src/presets/matomo.js';

// The built-in languages; the language files carry the other five (test/unit/languages.test.ts).
const LANGUAGES = ['en', 'fr'];
// The configuration's own rule for a cookie name (src/config/parse.ts); `*` is the wildcard.
const COOKIE_NAME = /^[\w!#$%&'*+.^`|~-]{1,200}$/;

type Choice = Omit<TrackerState, 'previous'>;
type Page = Record<string, unknown>;

/** Tells `preset` each choice in turn on one page, as the banner does: `previous` is what it told last. */
function tellInTurn(preset: Preset, page: Page, ...choices: Choice[]): void {
  let previous: TrackerState['previous'];
  for (const choice of choices) {
    preset.tell!(page as unknown as Window, { ...choice, previous });
    previous = { accepted: choice.accepted, chosen: choice.chosen };
  }
}

// The choices of a service that needs consent, and of an exempt one.
const firstVisit: Choice = { accepted: false, chosen: false, exempt: false };
const accepted: Choice = { accepted: true, chosen: true, exempt: false };
const refused: Choice = { accepted: false, chosen: true, exempt: false };
const exemptFirstVisit: Choice = { accepted: true, chosen: false, exempt: true };
const objected: Choice = { accepted: false, chosen: true, exempt: true };
const unobjected: Choice = { accepted: true, chosen: true, exempt: true };

/** A page object whose every read of `name` throws. */
const throwingOn = (name: string): Page =>
  Object.defineProperty({}, name, {
    get() {
      throw new Error(`hostile ${name}`);
    },
    set() {
      throw new Error(`hostile ${name}`);
    },
  });

describe('Matomo', () => {
  const { matomo } = presets;
  const commands = (...choices: Choice[]) => {
    const page: Page = {};
    tellInTurn(matomo, page, ...choices);
    return page._paq;
  };

  it('requires consent before anything else on a first visit, and says nothing more', () => {
    expect(commands(firstVisit)).toEqual([['requireConsent']]);
  });

  it('gives consent for the page once the visitor accepts', () => {
    expect(commands(firstVisit, accepted)).toEqual([['requireConsent'], ['setConsentGiven']]);
    // A later page of a visitor who accepted.
    expect(commands(accepted)).toEqual([['requireConsent'], ['setConsentGiven']]);
    // Told the same again: nothing new.
    expect(commands(accepted, accepted)).toEqual([['requireConsent'], ['setConsentGiven']]);
  });

  it('forgets the consent given on this page when the visitor withdraws it, and only then', () => {
    expect(commands(accepted, refused)).toEqual([
      ['requireConsent'],
      ['setConsentGiven'],
      ['forgetConsentGiven', MATOMO_OPT_OUT_HOURS],
    ]);
    expect(commands(firstVisit, refused)).toEqual([['requireConsent']]);
    expect(commands(refused)).toEqual([['requireConsent']]);
    // Withdrawn, then given again.
    expect(commands(accepted, refused, accepted)).toEqual([
      ['requireConsent'],
      ['setConsentGiven'],
      ['forgetConsentGiven', MATOMO_OPT_OUT_HOURS],
      ['setConsentGiven'],
    ]);
  });

  it('keeps its opt-out cookie within 13 months', () => {
    expect(MATOMO_OPT_OUT_HOURS).toBe(395 * 24);
    const row = matomo.cookies.find((r) => r.names.includes('mtm_consent_removed'));
    expect(row?.duration).toBe(MATOMO_OPT_OUT_HOURS / 24);
  });

  it('lets an exempt service measure until the visitor objects', () => {
    expect(commands(exemptFirstVisit)).toEqual([]);
    expect(commands(unobjected)).toEqual([]);
  });

  it('opts out a visitor who objects, requiring consent first so that no queued hit leaves', () => {
    expect(commands(exemptFirstVisit, objected)).toEqual([['requireConsent'], ['optUserOut', MATOMO_OPT_OUT_HOURS]]);
    // A later page of a visitor who objected.
    expect(commands(objected)).toEqual([['requireConsent'], ['optUserOut', MATOMO_OPT_OUT_HOURS]]);
    expect(commands(objected, objected)).toEqual([['requireConsent'], ['optUserOut', MATOMO_OPT_OUT_HOURS]]);
  });

  it('forgets the opt-out of a visitor who takes the objection back on this page', () => {
    expect(commands(exemptFirstVisit, objected, unobjected)).toEqual([
      ['requireConsent'],
      ['optUserOut', MATOMO_OPT_OUT_HOURS],
      ['forgetUserOptOut'],
    ]);
  });

  it("pushes to the page's queue, or to Matomo's own proxy once loaded, never replacing it", () => {
    const queue = [['setSiteId', '1'], ['trackPageView']];
    const page: Page = { _paq: queue };
    tellInTurn(matomo, page, firstVisit, accepted);
    expect(page._paq).toBe(queue);
    expect(queue).toEqual([['setSiteId', '1'], ['trackPageView'], ['requireConsent'], ['setConsentGiven']]);

    const pushed: unknown[] = [];
    const proxy = { push: (command: unknown) => pushed.push(command) };
    const loaded: Page = { _paq: proxy };
    tellInTurn(matomo, loaded, accepted, refused);
    expect(loaded._paq).toBe(proxy);
    expect(pushed).toEqual([['requireConsent'], ['setConsentGiven'], ['forgetConsentGiven', MATOMO_OPT_OUT_HOURS]]);
  });

  it('never throws on a hostile or broken page', () => {
    const pages: Page[] = [
      {
        _paq: {
          push() {
            throw new Error('hostile push');
          },
        },
      },
      throwingOn('_paq'),
      { _paq: 42 },
      { _paq: {} },
      Object.freeze({}),
    ];
    for (const page of pages)
      for (const choices of [[firstVisit, accepted, refused], [exemptFirstVisit, objected, unobjected]])
        expect(() => tellInTurn(matomo, page, ...choices)).not.toThrow();
    expect(() => matomo.tell!(null as unknown as Window, { ...accepted })).not.toThrow();
  });
});

describe('Google Analytics 4', () => {
  it('is told through Consent Mode only, and never exempt', () => {
    expect(presets.ga4.tell).toBeUndefined();
    expect(presets.ga4.consentMode).toEqual(['analytics_storage']);
    expect(presets.ga4.exemptable).toBe(false);
    // _ga lasts 2 years.
    expect(presets.ga4.cookies.find((r) => r.names.includes('_ga'))?.duration).toBe(730);
  });
});

describe('Piano Analytics', () => {
  const { piano } = presets;

  /** A page where the SDK is loaded: its `pa.consent.setMode` records each mode (and needs its `this`). */
  const loadedPage = () => {
    const consent = {
      modes: [] as string[],
      setMode(mode: string) {
        this.modes.push(mode);
      },
    };
    return { page: { pa: { consent } } as Page, modes: consent.modes };
  };

  it('sets the mode of each choice once the SDK is loaded', () => {
    const cases: [Choice[], string[]][] = [
      [[firstVisit], ['opt-out']],
      [[firstVisit, accepted], ['opt-out', 'opt-in']],
      [[accepted, refused], ['opt-in', 'opt-out']],
      [[exemptFirstVisit], ['essential']],
      [[exemptFirstVisit, objected], ['essential', 'opt-out']],
      [[objected, unobjected], ['opt-out', 'essential']],
    ];
    for (const [choices, expected] of cases) {
      const { page, modes } = loadedPage();
      tellInTurn(piano, page, ...choices);
      expect(modes).toEqual(expected);
      // The page's configuration is not touched once the SDK runs.
      expect(page.pdl).toBeUndefined();
    }
  });

  it('configures the mode the SDK starts in when it is not loaded yet', () => {
    const page: Page = {};
    tellInTurn(piano, page, firstVisit);
    expect(page.pdl).toEqual({ requireConsent: 'v2', consent: { defaultPreset: { PA: 'opt-out' } } });
    tellInTurn(piano, page, accepted);
    expect(page.pdl).toEqual({ requireConsent: 'v2', consent: { defaultPreset: { PA: 'opt-in' } } });
    const exempt: Page = {};
    tellInTurn(piano, exempt, exemptFirstVisit);
    expect(exempt.pdl).toEqual({ requireConsent: 'v2', consent: { defaultPreset: { PA: 'essential' } } });
  });

  it("keeps the page's own configuration but for the consent mode", () => {
    const pdl = {
      requireConsent: true,
      cookies: { storageMode: 'relative' },
      consent: { products: ['PA', 'DMP'], defaultPreset: { PA: 'opt-in', DMP: 'opt-out' } },
    };
    const page: Page = { pdl };
    tellInTurn(piano, page, refused);
    expect(page.pdl).toBe(pdl);
    expect(pdl).toEqual({
      requireConsent: true,
      cookies: { storageMode: 'relative' },
      consent: { products: ['PA', 'DMP'], defaultPreset: { PA: 'opt-out', DMP: 'opt-out' } },
    });
  });

  it('switches to the SDK once it has loaded', () => {
    const page: Page = {};
    tellInTurn(piano, page, firstVisit);
    const { page: loaded, modes } = loadedPage();
    page.pa = loaded.pa;
    tellInTurn(piano, page, accepted);
    expect(modes).toEqual(['opt-in']);
    expect(page.pdl).toEqual({ requireConsent: 'v2', consent: { defaultPreset: { PA: 'opt-out' } } });
  });

  it('never throws on a hostile or broken page', () => {
    const pages: Page[] = [
      {
        pa: {
          consent: {
            setMode() {
              throw new Error('hostile setMode');
            },
          },
        },
      },
      throwingOn('pa'),
      throwingOn('pdl'),
      { pa: { consent: throwingOn('setMode') } },
      { pdl: throwingOn('consent') },
      { pdl: Object.freeze({}) },
      { pdl: 'not an object' },
      Object.freeze({}),
    ];
    for (const page of pages)
      for (const choices of [[firstVisit, accepted, refused], [exemptFirstVisit, objected, unobjected]])
        expect(() => tellInTurn(piano, page, ...choices)).not.toThrow();
    expect(() => piano.tell!(undefined as unknown as Window, { ...accepted })).not.toThrow();
  });
});

describe('cookie tables', () => {
  /** Problems of a text that must read in every language: `where` names it. */
  const missing = (text: LocalizedText | undefined, where: string, brandAllowed = false): string[] => {
    if (typeof text === 'string') return brandAllowed && text.trim() ? [] : [`${where}: a single text, not one per language`];
    if (!text) return [`${where}: none`];
    const problems = LANGUAGES.filter((lang) => !text[lang]?.trim()).map((lang) => `${where}.${lang}: missing or empty`);
    const extra = Object.keys(text).filter((lang) => !LANGUAGES.includes(lang));
    if (extra.length) problems.push(`${where}: unexpected languages ${extra.join(', ')}`);
    // An English text copied into another language, untranslated.
    for (const lang of LANGUAGES.slice(1)) if (text[lang] === text.en && !brandAllowed) problems.push(`${where}.${lang}: same as English`);
    return problems;
  };

  const rowProblems = (row: CookieRow, where: string): string[] => [
    ...(row.names.length && row.names.every((name) => COOKIE_NAME.test(name)) ? [] : [`${where}.names: ${JSON.stringify(row.names)}`]),
    ...missing(row.provider, `${where}.provider`, true),
    ...missing(row.function, `${where}.function`),
    ...missing(row.purpose, `${where}.purpose`),
    ...(typeof row.duration === 'number'
      ? Number.isInteger(row.duration) && row.duration > 0
        ? []
        : [`${where}.duration: ${row.duration} is not a whole number of days`]
      : // A text duration ("30 minutes") is written out in every language, numbers included.
        missing(row.duration, `${where}.duration`, false).filter((problem) => !problem.endsWith('same as English'))),
  ];

  for (const [name, preset] of Object.entries(presets)) {
    it(`${name}: every row is complete in English and French`, () => {
      expect(preset.title.trim()).not.toBe('');
      expect(preset.cookies.length).toBeGreaterThan(0);
      expect(preset.cookies.flatMap((row, i) => rowProblems(row, `${name}.cookies[${i}]`))).toEqual([]);
      const names = preset.cookies.flatMap((row) => row.names);
      expect(new Set(names).size).toBe(names.length);
    });
  }

  it('lets no exemptable preset declare a cookie over 13 months (CNIL)', () => {
    const exemptable = Object.entries(presets).filter(([, preset]) => preset.exemptable);
    expect(exemptable.map(([name]) => name).sort()).toEqual(['matomo', 'piano']);
    const overlong = exemptable.flatMap(([name, preset]) =>
      preset.cookies.filter((row) => typeof row.duration == 'number' && row.duration > 395).map((row) => `${name}: ${row.names}`),
    );
    expect(overlong).toEqual([]);
  });

  it('spot-checks the durations the vendors document', () => {
    const days = (preset: Preset, cookie: string) => preset.cookies.find((row) => row.names.includes(cookie))?.duration;
    expect(days(presets.matomo, '_pk_id.*')).toBe(395);
    expect(days(presets.matomo, '_pk_ref.*')).toBe(183);
    expect(days(presets.matomo, '_pk_ses.*')).toMatchObject({ en: '30 minutes', fr: '30 minutes' });
    expect(days(presets.ga4, '_ga_*')).toBe(730);
    expect(days(presets.piano, '_pcid')).toBe(395);
  });
});
