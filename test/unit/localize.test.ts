import { afterEach, describe, expect, it, vi } from 'vitest';
import { languagesOf } from '../../src/i18n/catalogue.js';
import { localize } from '../../src/i18n/localize.js';
import { messagesFor } from '../../src/i18n/messages-for.js';
import { format, type Messages } from '../../src/i18n/messages.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';

describe('localize: texts', () => {
  it('returns a plain string as it is, whatever the language', () => {
    expect(localize('Google', 'fr')).toBe('Google');
    expect(localize('Google', 'en')).toBe('Google');
  });

  it('picks the language, else English, else the first language given', () => {
    const text = { fr: 'Statistiques', en: 'Statistics', de: 'Statistik' };
    expect(localize(text, 'fr')).toBe('Statistiques');
    expect(localize(text, 'de')).toBe('Statistik');
    expect(localize(text, 'es')).toBe('Statistics');
    expect(localize({ de: 'Statistik', fr: 'Statistiques' }, 'es')).toBe('Statistik');
    expect(localize({ fr: 'Statistiques' }, 'en')).toBe('Statistiques');
  });

  it('gives an empty string for undefined or an empty object', () => {
    expect(localize(undefined, 'en')).toBe('');
    expect(localize({}, 'fr')).toBe('');
  });
});

/** Intl separates number and unit with a (narrow) no-break space in French; compare words. */
const spaced = (text: string) => text.replace(/\s/g, ' ');

describe('localize: durations in days, written by Intl', () => {
  it.each([
    [14, '2 weeks'],
    [7, '1 week'],
    [365, '1 year'],
    [730, '2 years'],
    [180, '6 months'],
    [30, '1 month'],
    [1, '1 day'],
    [2, '2 days'],
    [395, '13 months'],
    [182, '6 months'],
    [28, '4 weeks'],
    [390, '390 days'],
  ])('en: %i → %s', (days, text) => {
    expect(spaced(localize(days, 'en'))).toBe(text);
  });

  it.each([
    [180, '6 mois'],
    [365, '1 an'],
    [730, '2 ans'],
    [14, '2 semaines'],
    [1, '1 jour'],
    [395, '13 mois'],
  ])('fr: %i → %s', (days, text) => {
    expect(spaced(localize(days, 'fr'))).toBe(text);
  });

  it('follows the language it is given', () => {
    expect(localize(14, 'fr')).not.toBe(localize(14, 'en'));
  });
});

describe('localize: durations on an engine without Intl unit formatting', () => {
  const original = Intl.NumberFormat;
  afterEach(() => {
    vi.unstubAllGlobals();
    Intl.NumberFormat = original;
  });

  // Chrome < 77 and Safari < 14.1 throw a RangeError on style: 'unit'.
  const NoUnits = class extends Intl.NumberFormat {
    constructor(locales?: string | string[], options?: Intl.NumberFormatOptions) {
      if (options?.style === 'unit') throw new RangeError('Invalid style: unit');
      super(locales, options);
    }
  };

  it.each([
    ['en', 14, '14 days'],
    ['en', 1, '1 day'],
    ['fr', 180, '180 jours'],
    ['fr', 1, '1 jour'],
    ['de', 365, '365 days'],
  ])('%s: %i → %s when style: unit throws', (lang, days, text) => {
    Intl.NumberFormat = NoUnits as typeof Intl.NumberFormat;
    expect(localize(days, lang)).toBe(text);
  });

  it('and with no Intl at all', () => {
    vi.stubGlobal('Intl', undefined);
    expect(localize(395, 'fr')).toBe('395 jours');
    expect(localize('Session', 'fr')).toBe('Session');
  });
});

describe('messagesFor', () => {
  it('gives the English texts for English', () => {
    expect(messagesFor('en', {})).toEqual(en);
    expect(messagesFor('en', {}).acceptAll).toBe('Accept all');
  });

  it('gives the French built-ins for French', () => {
    const m = messagesFor('fr', {});
    expect(m.acceptAll).toBe('Tout accepter');
    expect(m.rejectAll).toBe('Tout refuser');
    expect(m.customize).toBe('Personnaliser');
    expect(m).toEqual(fr);
  });

  it('the built-in French and English have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('overrides only the given key, on top of English, for a language with no built-in texts', () => {
    const m = messagesFor('de', { de: { acceptAll: 'Alle akzeptieren' } });
    expect(m.acceptAll).toBe('Alle akzeptieren');
    expect(m.rejectAll).toBe(en.rejectAll);
    expect({ ...m, acceptAll: en.acceptAll }).toEqual(en);
  });

  it('overrides only the given key, on top of French, for French', () => {
    const m = messagesFor('fr', { fr: { save: 'Valider' }, en: { acceptAll: 'OK' } });
    expect(m.save).toBe('Valider');
    expect(m.acceptAll).toBe(fr.acceptAll);
    expect({ ...m, save: fr.save }).toEqual(fr);
  });

  it('ignores overrides of other languages, and an unknown language gives English', () => {
    expect(messagesFor('en', { fr: { acceptAll: 'X' } })).toEqual(en);
    expect(messagesFor('es', {})).toEqual(en);
  });

  it('does not modify the built-in texts', () => {
    messagesFor('en', { en: { acceptAll: 'Changed' } });
    expect(en.acceptAll).toBe('Accept all');
  });

  it('does not pick up inherited properties as a language', () => {
    expect(messagesFor('constructor', {})).toEqual(en);
    expect(messagesFor('toString', {} as never)).toEqual(en);
  });
});

describe('languagesOf', () => {
  it('lists the built-in languages and those the configuration adds', () => {
    expect([...languagesOf({})].sort()).toEqual(['en', 'fr']);
    expect([...languagesOf({ de: { save: 'Speichern' }, fr: {} })].sort()).toEqual(['de', 'en', 'fr']);
  });
});

describe('format', () => {
  it('fills {platform}', () => {
    expect(format('Cookies on the {platform} platform', { platform: 'inai.opendatasoft.com' })).toBe(
      'Cookies on the inai.opendatasoft.com platform',
    );
  });

  it('fills every occurrence and several placeholders', () => {
    expect(format('{a}-{b}-{a}', { a: '1', b: '2' })).toBe('1-2-1');
  });

  it('leaves unknown placeholders, and inherited names, as they are', () => {
    expect(format('{platform} for {duration}', { platform: 'P' })).toBe('P for {duration}');
    expect(format('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('does not interpret $ patterns in values', () => {
    expect(format('{platform}', { platform: "$& $1 $'" })).toBe("$& $1 $'");
  });

  it('fills the built-in texts of both languages', () => {
    for (const m of [en, fr] as Messages[]) {
      const banner = format(m.bannerTitle, { platform: 'example.org' });
      expect(banner).toContain('example.org');
      expect(banner).not.toContain('{platform}');
      const text = format(m.bannerText, { platform: 'example.org', duration: localize(180, m === en ? 'en' : 'fr') });
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});
