import { describe, expect, it } from 'vitest';
import { domainsFor, matchesAny, namePattern } from '../../src/consent/cookie-cleanup.js';

describe('namePattern', () => {
  it('matches a plain name exactly, and nothing longer or shorter', () => {
    const p = namePattern('_ga');
    expect(p.test('_ga')).toBe(true);
    for (const other of ['_gat', 'x_ga', '_g', '_GA']) expect(p.test(other), other).toBe(false);
  });

  it('takes regex special characters literally', () => {
    const p = namePattern('_pk_id.1.abc');
    expect(p.test('_pk_id.1.abc')).toBe(true);
    // An unescaped "." would match any character here.
    expect(p.test('_pk_idX1Yabc')).toBe(false);
    for (const name of ['a+b', 'a$b', 'x^y', 'a|b', '(a)', '[a]', '{1}', 'a?b', 'a\\b']) {
      expect(namePattern(name).test(name), name).toBe(true);
    }
    expect(namePattern('a+b').test('aab')).toBe(false);
    expect(namePattern('a|b').test('a')).toBe(false);
    expect(namePattern('[a]').test('a')).toBe(false);
  });

  it('reads * as any run of characters, anywhere, possibly empty', () => {
    const p = namePattern('_pk_id.*');
    expect(p.test('_pk_id.1.abc')).toBe(true);
    expect(p.test('_pk_id.')).toBe(true);
    expect(p.test('_pk_ses.1.abc')).toBe(false);
    expect(p.test('_pk_id')).toBe(false); // the "." before * is required
    const middle = namePattern('_pk_*.1.*');
    expect(middle.test('_pk_ses.1.abc')).toBe(true);
    expect(middle.test('_pk_ses.2.abc')).toBe(false);
    expect(namePattern('*').test('anything')).toBe(true);
  });

  it('_ga_* matches GA4 session cookies, but neither _ga nor the Ads cookie _gac_*', () => {
    const p = namePattern('_ga_*');
    expect(p.test('_ga_ABC123XYZ')).toBe(true);
    expect(p.test('_ga')).toBe(false);
    expect(p.test('_gac_UA-1234-1')).toBe(false);
    expect(p.test('_gat')).toBe(false);
  });
});

describe('matchesAny', () => {
  it('agrees with the glob on a table of cases', () => {
    const cases: [pattern: string, name: string, matches: boolean][] = [
      ['_ga', '_ga', true],
      ['_ga', '_ga_', false],
      ['', '', true],
      ['', 'a', false],
      ['*', '', true],
      ['**', 'abc', true],
      ['a*', 'a', true],
      ['*a', 'ba', true],
      ['*a', 'ab', false],
      ['a*b', 'ab', true],
      ['a*b', 'axxb', true],
      ['a*b', 'axxbx', false],
      ['a*b*c', 'abbbcbc', true],
      ['a*b*c', 'acb', false],
      ['a**b', 'a-b', true],
      // The last `*` has to give back what it took: "bc" first matches too early.
      ['*bc*bcd', 'xbcybcbcd', true],
      ['*ab', 'aab', true],
      ['a*a', 'a', false],
      ['a*a*a', 'aa', false],
      ['a*a*a', 'aaa', true],
      ['_pk_*.1.*', '_pk_ses.1.abc', true],
      ['_pk_*.1.*', '_pk_ses.2.abc', false],
      ['*_consent', 'ad_consent', true],
      ['*_consent', 'consent_x', false],
      ['x.*', 'xa', false],
      ['a?b', 'axb', false],
      // A line break is never taken by `*`; cookie names have none.
      ['a*', 'a\nb', false],
      ['a*b', 'a\rb', false],
    ];
    for (const [pattern, name, expected] of cases) expect(matchesAny([pattern], name), `${pattern} on ${JSON.stringify(name)}`).toBe(expected);
  });

  it('matches when any pattern does, and never with none', () => {
    expect(matchesAny(['_ga', '_pk_*'], '_pk_id.1')).toBe(true);
    expect(matchesAny(['_ga', '_pk_*'], '_gid')).toBe(false);
    expect(matchesAny([], '')).toBe(false);
  });

  // These patterns compiled to RegExps that backtrack for minutes on such names (issue 9): a
  // freeze here is a test timeout, not a wall-clock assertion.
  it('answers a pathological pattern on a 3 000 and a 30 000 character name', () => {
    for (const length of [3000, 30_000]) {
      const as = 'a'.repeat(length);
      expect(matchesAny(['a*a*a*a*b'], as)).toBe(false);
      expect(matchesAny(['a*a*a*a*b'], `${as}b`)).toBe(true);
      expect(matchesAny(['*a*a*a*a*a*a*a*a*a*a*c'], `${as}b`)).toBe(false);
      expect(matchesAny(['*aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab'], as)).toBe(false);
      expect(namePattern('a*a*a*a*b').test(as)).toBe(false);
    }
  });
});

describe('domainsFor', () => {
  it('lists host-only, the host, then each parent down to the registrable domain', () => {
    expect(domainsFor('www.inai.opendatasoft.com')).toEqual([
      undefined,
      'www.inai.opendatasoft.com',
      'inai.opendatasoft.com',
      'opendatasoft.com',
    ]);
    expect(domainsFor('opendatasoft.com')).toEqual([undefined, 'opendatasoft.com']);
  });

  it('stops above a country second-level domain (example.co.uk, data.gouv.fr)', () => {
    expect(domainsFor('a.b.example.co.uk')).toEqual([undefined, 'a.b.example.co.uk', 'b.example.co.uk', 'example.co.uk']);
    expect(domainsFor('www.example.com.au')).toEqual([undefined, 'www.example.com.au', 'example.com.au']);
    expect(domainsFor('data.gouv.fr')).toEqual([undefined, 'data.gouv.fr']);
    expect(domainsFor('www.data.gouv.fr')).toEqual([undefined, 'www.data.gouv.fr', 'data.gouv.fr']);
    expect(domainsFor('www.opendatasoft.fr')).toEqual([undefined, 'www.opendatasoft.fr', 'opendatasoft.fr']);
    // Only under a two-letter TLD: "co.com" is an ordinary registrable domain.
    expect(domainsFor('shop.co.com')).toEqual([undefined, 'shop.co.com', 'co.com']);
  });

  it('gives IP addresses and single-label hosts host-only cookies only', () => {
    // As location.hostname gives them: IPv4-mapped IPv6 is serialized without dots.
    const ipv4Mapped = new URL('http://[::ffff:127.0.0.1]/').hostname;
    expect(ipv4Mapped).toBe('[::ffff:7f00:1]');
    for (const host of ['localhost', '127.0.0.1', '192.168.1.20', '[::1]', '[2001:db8::1]', ipv4Mapped]) {
      expect(domainsFor(host), host).toEqual([undefined]);
    }
  });

  it('adds cookieDomain once, with or without its leading dot', () => {
    expect(domainsFor('inai.opendatasoft.com', 'opendatasoft.com')).toEqual([undefined, 'inai.opendatasoft.com', 'opendatasoft.com']);
    expect(domainsFor('inai.opendatasoft.com', '.OpenDataSoft.com')).toEqual([undefined, 'inai.opendatasoft.com', 'opendatasoft.com']);
    expect(domainsFor('localhost', 'localhost')).toEqual([undefined, 'localhost']);
    expect(domainsFor('portal.example.org', 'other.example')).toEqual([undefined, 'portal.example.org', 'example.org', 'other.example']);
    expect(domainsFor('portal.example.org', '')).toEqual([undefined, 'portal.example.org', 'example.org']);
  });
});
