import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkInventory, overlongDurations, undeclaredCookies, unknownGatedCategories } from '../../src/consent/inventory-check.js';

describe('undeclaredCookies', () => {
  it('returns the names no declared pattern matches, `*` matching any run of characters', () => {
    const declared = ['sessionid', '_ga', '_ga_*', '_pk_id.*', '*_consent'];
    const present = ['sessionid', '_ga', '_ga_ABC123', '_ga_', '_gid', '_pk_id.1.a2b3', '_pk_idX1', 'ad_consent', 'consent_x'];
    expect(undeclaredCookies(present, declared)).toEqual(['_gid', '_pk_idX1', 'consent_x']);
  });

  it('matches whole names only, and reads regular-expression characters literally', () => {
    expect(undeclaredCookies(['sessionid2', 'xsessionid', 'a.b', 'axb', 'a+b', '(x)'], ['sessionid', 'a.b', 'a+b', '(x)'])).toEqual([
      'sessionid2',
      'xsessionid',
      'axb',
    ]);
  });

  it('answers at once for a pattern that made the old RegExp backtrack for minutes (issue 9)', () => {
    const long = 'a'.repeat(30_000);
    expect(undeclaredCookies([long, `${long}b`], ['a*a*a*a*b'])).toEqual([long]);
  });

  it('declares nothing with an empty inventory, and finds nothing on a page without cookies', () => {
    expect(undeclaredCookies(['a', 'b'], [])).toEqual(['a', 'b']);
    expect(undeclaredCookies([], ['*'])).toEqual([]);
    expect(undeclaredCookies(['anything'], ['*'])).toEqual([]);
  });
});

describe('overlongDurations', () => {
  const row = (name: string, duration?: unknown) => ({ names: [name], duration });

  it('compares a number of days with 13 months (395 days)', () => {
    expect(overlongDurations([row('a', 14), row('b', 395), row('c', 396), row('d', 730), row('e')])).toEqual(['c', 'd']);
  });

  it('reads simple English and French durations', () => {
    const over = ['14 months', '2 years', '25 mois', '2 ans', '400 days', '400 jours', '60 weeks', '57 semaines', '1.5 years', '1,5 an', '2 Années', ' 14 Months '];
    const within = ['13 months', '13 mois', '1 year', '1 an', '1 année', '395 days', '3 jours', '2 weeks', '56 semaines', '6 months', '1 day', '1 month'];
    expect(overlongDurations([...over, ...within].map((text) => row(text, text)))).toEqual(over);
  });

  it('checks every language of a localized duration', () => {
    expect(overlongDurations([row('a', { en: '1 year', fr: '2 ans' }), row('b', { en: '13 months', fr: '13 mois' })])).toEqual(['a']);
  });

  it('ignores texts it cannot read, rather than guessing', () => {
    const texts = ['Session', 'forever', 'thirteen months', '1 year and 6 months', 'up to 2 years', '2 years or until logout', '', '999'];
    expect(overlongDurations(texts.map((text) => row(text, text)))).toEqual([]);
    expect(overlongDurations([row('a', null), row('b', true), row('c', { en: 5000 })])).toEqual([]);
  });

  it('names every cookie of an offending row', () => {
    expect(overlongDurations([{ names: ['_ga', '_ga_*'], duration: '2 years' }])).toEqual(['_ga', '_ga_*']);
  });
});

describe('checkInventory', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const categories = [
    { id: 'necessary', cookies: [{ names: ['sessionid'], duration: 14 }, { names: ['csrftoken'], duration: '1 year' }] },
    { id: 'statistics', cookies: [{ names: ['_ga', '_ga_*'], duration: { en: '25 months', fr: '25 mois' } }] },
    { id: 'empty' },
  ];

  it('warns once per cookie name about undeclared cookies and overlong durations, with console.warn', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error');
    checkInventory(categories, ['sessionid', '_ga_XYZ', '_hjid', 'tracker']);
    checkInventory(categories, ['sessionid', '_hjid', 'tracker', 'late_one']);
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      'cookie-consent: the cookie "_hjid" is set but no category declares it',
      'cookie-consent: the cookie "tracker" is set but no category declares it',
      'cookie-consent: the cookie "_ga" is declared to last over 13 months, the most the CNIL allows for a tracker',
      'cookie-consent: the cookie "_ga_*" is declared to last over 13 months, the most the CNIL allows for a tracker',
      'cookie-consent: the cookie "late_one" is set but no category declares it',
    ]);
    expect(error).not.toHaveBeenCalled();
  });

  it('reads the page cookies by default, finding none where there is no document', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(typeof document).toBe('undefined');
    checkInventory([{ id: 'x', cookies: [{ names: ['old'], duration: 500 }] }]);
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      'cookie-consent: the cookie "old" is declared to last over 13 months, the most the CNIL allows for a tracker',
    ]);
  });

  it('reads document.cookie when there is one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('document', { cookie: 'sessionid=abc; from_document=1;spaced =2' });
    try {
      checkInventory(categories);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      'cookie-consent: the cookie "from_document" is set but no category declares it',
      'cookie-consent: the cookie "spaced" is set but no category declares it',
    ]);
  });

  it('never throws, not at a malformed inventory nor at a hostile console', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {
      throw new Error('hostile console');
    });
    expect(() => checkInventory(categories, ['hostile_one'])).not.toThrow();
    expect(() => checkInventory([{ id: 'bad', cookies: [{ names: [42 as any] }] }], ['x'])).not.toThrow();
    expect(() => checkInventory(null as any, ['x'])).not.toThrow();
  });
});

describe('unknownGatedCategories (debug: typos in data-cookie-category)', () => {
  /** A tiny stand-in for a page: only querySelectorAll over elements with that attribute. */
  const page = (...values: string[]) =>
    ({ querySelectorAll: () => values.map((v) => ({ getAttribute: () => v })) }) as unknown as ParentNode;

  it('names each category a gated element uses that the inventory does not declare, once', () => {
    expect(unknownGatedCategories(['necessary', 'statistics'], page('statistics', 'statistcs', 'statistics marketing', ' statistcs '))).toEqual([
      'statistcs',
      'marketing',
    ]);
    expect(unknownGatedCategories(['necessary', 'statistics'], page('statistics', ''))).toEqual([]);
  });

  it('checkInventory warns once per unknown category, naming it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const categories = [{ id: 'necessary' }, { id: 'statistics' }];
      checkInventory(categories, [], page('statistiques'));
      checkInventory(categories, [], page('statistiques'));
      const about = warn.mock.calls.filter(([m]) => String(m).includes('"statistiques"'));
      expect(about).toHaveLength(1);
      expect(String(about[0]![0])).toContain("is not configured");
    } finally {
      warn.mockRestore();
    }
  });
});
