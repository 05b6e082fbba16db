import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRecord, uuidV4, validateRecord, type Policy } from '../../src/consent/record.js';

const UUID_V4 = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;
const DAY = 864e5;
const NOW = new Date('2025-06-15T12:00:00.000Z');
const IDS = ['necessary', 'statistics'] as const;

const policy = (extra: Partial<Policy> = {}): Policy => ({ revision: 0, expiresDays: 180, now: NOW, ...extra });

/** A well-formed stored value, as JSON.parse would give it from the cookie. */
const good = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  schema: 1,
  id: '3f1c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  revision: 0,
  given: '2025-06-01T10:00:00.000Z',
  updated: '2025-06-10T10:00:00.000Z',
  categories: { necessary: true, statistics: false },
  ...extra,
});

const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

afterEach(() => {
  // Every test must leave Object.prototype as it found it.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
});

describe('uuidV4', () => {
  it('returns a lowercase RFC 4122 version 4 UUID', () => {
    for (let i = 0; i < 50; i++) expect(uuidV4()).toMatch(UUID_V4);
  });

  it('returns 1000 distinct values in 1000 calls', () => {
    const ids = Array.from({ length: 1000 }, uuidV4);
    expect(new Set(ids).size).toBe(1000);
    expect(ids.every((id) => UUID_V4.test(id))).toBe(true);
  });

  // Issue 9: an old engine without `crypto` threw here, and the visitor's choice with it.
  it('still gives distinct UUIDs v4 where crypto is missing (old engine), and createRecord works', () => {
    vi.stubGlobal('crypto', undefined);
    try {
      const ids = Array.from({ length: 1000 }, uuidV4);
      expect(new Set(ids).size).toBe(1000);
      expect(ids.every((id) => UUID_V4.test(id))).toBe(true);
      expect(createRecord({}, IDS, 0, NOW, null).id).toMatch(UUID_V4);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('uses crypto.getRandomValues where it exists', () => {
    const spy = vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => (array as Uint8Array).fill(0xff) as never);
    try {
      expect(uuidV4()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('createRecord', () => {
  it('has exactly the fields of SPEC "The stored choice", in their shape', () => {
    const r = createRecord({ statistics: true }, IDS, 3, NOW, null);
    expect(Object.keys(r).sort()).toEqual(['categories', 'given', 'id', 'revision', 'schema', 'updated']);
    expect(r.schema).toBe(1);
    expect(r.id).toMatch(UUID_V4);
    expect(r.revision).toBe(3);
    expect(r.given).toBe(NOW.toISOString());
    expect(r.updated).toBe(NOW.toISOString());
    expect(r.categories).toEqual({ necessary: true, statistics: true });
  });

  it('names every category id, false unless chosen true', () => {
    const r = createRecord({ statistics: true, marketing: 'yes' as unknown as boolean }, ['necessary', 'statistics', 'marketing', 'video'], 0, NOW, null);
    expect(Object.keys(r.categories)).toEqual(['necessary', 'statistics', 'marketing', 'video']);
    expect(r.categories).toEqual({ necessary: true, statistics: true, marketing: false, video: false });
  });

  it('does not name a category that is not configured', () => {
    const r = createRecord({ necessary: true, statistics: true, stray: true }, IDS, 0, NOW, null);
    expect(Object.hasOwn(r.categories, 'stray')).toBe(false);
  });

  it('forces necessary to true even when the choices say false', () => {
    expect(createRecord({ necessary: false, statistics: false }, IDS, 0, NOW, null).categories.necessary).toBe(true);
    expect(createRecord({}, IDS, 0, NOW, null).categories.necessary).toBe(true);
  });

  it('keeps id and given of a previous record and moves updated', () => {
    const first = createRecord({ statistics: false }, IDS, 0, new Date('2025-01-01T00:00:00.000Z'), null);
    const second = createRecord({ statistics: true }, IDS, 1, NOW, first);
    expect(second.id).toBe(first.id);
    expect(second.given).toBe('2025-01-01T00:00:00.000Z');
    expect(second.updated).toBe(NOW.toISOString());
    expect(second.revision).toBe(1);
    expect(second.categories.statistics).toBe(true);
    // The previous record itself is unchanged.
    expect(first.updated).toBe('2025-01-01T00:00:00.000Z');
    expect(first.categories.statistics).toBe(false);
  });

  it('gives a new id to each new consent', () => {
    expect(createRecord({}, IDS, 0, NOW, null).id).not.toBe(createRecord({}, IDS, 0, NOW, null).id);
  });

  it('is frozen, categories included', () => {
    const r = createRecord({ statistics: true }, IDS, 0, NOW, null);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.categories)).toBe(true);
    expect(() => {
      (r.categories as Record<string, boolean>).statistics = false;
    }).toThrow(TypeError);
  });

  it('passes its own validation', () => {
    const r = createRecord({ statistics: true }, IDS, 2, NOW, null);
    const verdict = validateRecord(JSON.parse(JSON.stringify(r)), policy({ revision: 2, categoryIds: IDS }));
    expect(verdict.reason).toBeUndefined();
    expect(verdict.record).toEqual(r);
  });
});

describe('validateRecord: accepts', () => {
  it('a good record, rebuilt with the same values', () => {
    const input = good();
    const verdict = validateRecord(input, policy({ categoryIds: IDS }));
    expect(verdict.reason).toBeUndefined();
    expect(verdict.record).toEqual(input);
  });

  it('dates without milliseconds, and given equal to updated', () => {
    const at = '2025-06-10T10:00:00Z';
    expect(validateRecord(good({ given: at, updated: at }), policy()).record?.updated).toBe(at);
  });

  it('an updated date a little (under a day) in the future: clock skew', () => {
    const soon = new Date(NOW.getTime() + 3_600_000).toISOString();
    expect(validateRecord(good({ updated: soon }), policy()).record).not.toBeNull();
  });
});

describe('validateRecord: rejects as invalid', () => {
  const invalid = (value: unknown, extra: Partial<Policy> = {}) => {
    const verdict = validateRecord(value, policy(extra));
    expect(verdict.record).toBeNull();
    expect(verdict.reason).toBe('invalid');
  };

  it('values that are not a record object', () => {
    for (const value of [null, undefined, 'a string', JSON.stringify(good()), 42, true, [], [good()]]) invalid(value);
  });

  it('another schema', () => {
    invalid(good({ schema: 2 }));
    invalid(good({ schema: '1' }));
    invalid(good({ schema: 0 }));
    const { schema: _, ...noSchema } = good();
    invalid(noSchema);
  });

  it('an id that is not a UUID v4', () => {
    invalid(good({ id: 'not-a-uuid' }));
    invalid(good({ id: '' }));
    invalid(good({ id: 12345 }));
    // Version 1 and version 5 UUIDs.
    invalid(good({ id: '3f1c2a4b-5d6e-1f70-8a9b-0c1d2e3f4a5b' }));
    invalid(good({ id: '3f1c2a4b-5d6e-5f70-8a9b-0c1d2e3f4a5b' }));
    // Wrong variant nibble.
    invalid(good({ id: '3f1c2a4b-5d6e-4f70-ca9b-0c1d2e3f4a5b' }));
    // Trailing garbage.
    invalid(good({ id: '3f1c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b<script>' }));
  });

  it('a revision that is not a non-negative integer', () => {
    invalid(good({ revision: -1 }));
    invalid(good({ revision: 1.5 }));
    invalid(good({ revision: '0' }));
    invalid(good({ revision: null }));
    invalid(good({ revision: Number.NaN }));
    invalid(good({ revision: Number.POSITIVE_INFINITY }));
  });

  it('dates that are not ISO 8601 as toISOString writes them', () => {
    invalid(good({ given: 'yesterday' }));
    invalid(good({ given: '2025-06-01' }));
    invalid(good({ updated: 'Tue, 10 Jun 2025 10:00:00 GMT' }));
    invalid(good({ updated: '2025-06-10T10:00:00.000+02:00' }));
    invalid(good({ updated: '2025-13-10T10:00:00.000Z' }));
    invalid(good({ updated: Date.parse('2025-06-10T10:00:00.000Z') }));
    const { given: _, ...noGiven } = good();
    invalid(noGiven);
  });

  // Issue 9: a planted record from a revision the page does not know yet would outlive every
  // later revision, so the visitor would never be asked again.
  it('a record of a higher revision than the policy', () => {
    invalid(good({ revision: 5 }), { revision: 2 });
    invalid(good({ revision: 1 }));
  });

  // Issue 9: no record of ours predates 2020.
  it('a record given (or so updated) before 2020-01-01', () => {
    invalid(good({ given: '2019-12-31T23:59:59.999Z' }));
    invalid(good({ given: '1970-01-01T00:00:00.000Z' }));
    invalid(good({ given: '2019-06-01T00:00:00.000Z', updated: '2019-06-10T00:00:00.000Z' }), { now: new Date('2019-06-15T00:00:00.000Z') });
    // The first millisecond of 2020 is fine.
    expect(validateRecord(good({ given: '2020-01-01T00:00:00.000Z' }), policy()).record?.given).toBe('2020-01-01T00:00:00.000Z');
    expect(validateRecord(good({ given: '2020-01-01T00:00:00Z' }), policy()).record?.given).toBe('2020-01-01T00:00:00Z');
  });

  it('given after updated', () => {
    invalid(good({ given: '2025-06-10T10:00:00.001Z', updated: '2025-06-10T10:00:00.000Z' }));
  });

  it('an updated date more than one day in the future', () => {
    invalid(good({ updated: new Date(NOW.getTime() + DAY + 60_000).toISOString() }));
    invalid(good({ given: '2999-01-01T00:00:00.000Z', updated: '2999-01-01T00:00:00.000Z' }));
  });

  // readVerdict()/readConsent() pass the parsed cookie straight in: such a cookie must be
  // no choice, not an exception (SPEC: "nothing throws").
  it('categories missing or null: invalid, without throwing', () => {
    const { categories: _, ...noCategories } = good();
    expect(() => validateRecord(noCategories, policy())).not.toThrow();
    invalid(noCategories);
    invalid(good({ categories: null }));
  });

  it('categories that are not an object of booleans', () => {
    invalid(good({ categories: 'necessary' }));
    invalid(good({ categories: 7 }));
    invalid(good({ categories: [true] }));
    invalid(good({ categories: { necessary: true, statistics: 'false' } }));
    invalid(good({ categories: { necessary: true, statistics: 1 } }));
    invalid(good({ categories: { necessary: true, statistics: null } }));
  });

  it('a category key that is not a category id', () => {
    invalid(good({ categories: { necessary: true, 'bad key': true } }));
    invalid(good({ categories: { necessary: true, '': false } }));
  });

  it('an own "__proto__" category key, without touching any prototype', () => {
    const value = JSON.parse(
      '{"schema":1,"id":"3f1c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b","revision":0,' +
        '"given":"2025-06-01T10:00:00.000Z","updated":"2025-06-10T10:00:00.000Z",' +
        '"categories":{"necessary":true,"__proto__":{"polluted":1}}}',
    );
    expect(Object.hasOwn(value.categories, '__proto__')).toBe(true);
    invalid(value);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a record whose top level has an own "__proto__" key is still rebuilt without it', () => {
    const value = JSON.parse(JSON.stringify(good()).replace('{', '{"__proto__":{"polluted":1},'));
    const { record } = validateRecord(value, policy());
    expect(record).not.toBeNull();
    expect(Object.hasOwn(record!, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect((record as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('necessary missing or false', () => {
    invalid(good({ categories: { statistics: true } }));
    invalid(good({ categories: { necessary: false, statistics: true } }));
    invalid(good({ categories: {} }));
  });

  it('a record that misses a configured category', () => {
    invalid(good({ categories: { necessary: true } }), { categoryIds: IDS });
    invalid(good(), { categoryIds: [...IDS, 'marketing'] });
  });

  it('a choice older than expiresDays (181 days with 180)', () => {
    invalid(good({ given: daysAgo(200), updated: daysAgo(181) }), { expiresDays: 180 });
    invalid(good({ given: daysAgo(40), updated: daysAgo(31) }), { expiresDays: 30 });
  });
});

describe('validateRecord: a "constructor" category key', () => {
  it('is an ordinary category id: kept as own data, nothing polluted or shadowed globally', () => {
    const value = JSON.parse(JSON.stringify(good({ categories: { necessary: true, constructor: true } })));
    const { record } = validateRecord(value, policy());
    // What the code does: "constructor" is a valid category id, so the record is accepted.
    expect(record).not.toBeNull();
    expect(Object.hasOwn(record!.categories, 'constructor')).toBe(true);
    expect(record!.categories.constructor).toBe(true);
    // Nothing leaks out of the record.
    expect(({}).constructor).toBe(Object);
    expect(Object.prototype.constructor).toBe(Object);
    expect(Object.getPrototypeOf(record!.categories)).toBe(Object.prototype);
  });

  it('cannot stand in for a configured category by inheritance', () => {
    // Without an own "constructor" key, `categories.constructor` is Object, not a choice.
    const verdict = validateRecord(good(), policy({ categoryIds: [...IDS, 'constructor'] }));
    expect(verdict.record).toBeNull();
    expect(verdict.reason).toBe('invalid');
  });
});

describe('validateRecord: revision', () => {
  it("says 'revision' for a valid record made under a lower revision", () => {
    expect(validateRecord(good({ revision: 1 }), policy({ revision: 2 }))).toEqual({ record: null, reason: 'revision' });
  });

  it("says 'invalid', not 'revision', when the record is also malformed", () => {
    expect(validateRecord(good({ revision: 1, id: 'x' }), policy({ revision: 2 })).reason).toBe('invalid');
  });

  it("says 'invalid' for a higher revision: no notice, as for any record that is not ours", () => {
    expect(validateRecord(good({ revision: 3 }), policy({ revision: 2 }))).toEqual({ record: null, reason: 'invalid' });
  });

  it('accepts the same revision', () => {
    expect(validateRecord(good({ revision: 2 }), policy({ revision: 2 })).record?.revision).toBe(2);
  });
});

describe('validateRecord: expiry', () => {
  it('accepts a choice updated 179 days ago with expiresDays 180', () => {
    const verdict = validateRecord(good({ given: daysAgo(300), updated: daysAgo(179) }), policy({ expiresDays: 180 }));
    expect(verdict.reason).toBeUndefined();
    expect(verdict.record?.updated).toBe(daysAgo(179));
  });

  it('rejects a choice updated 181 days ago with expiresDays 180', () => {
    expect(validateRecord(good({ given: daysAgo(300), updated: daysAgo(181) }), policy({ expiresDays: 180 })).reason).toBe('invalid');
  });

  it('counts from updated, not given', () => {
    expect(validateRecord(good({ given: daysAgo(1000), updated: daysAgo(1) }), policy()).record).not.toBeNull();
  });
});

describe('validateRecord: the returned record', () => {
  it('is a fresh, frozen object without the extra fields of the input', () => {
    const input = good({ extra: 'tracking', categories: { necessary: true, statistics: true } });
    const { record } = validateRecord(input, policy());
    expect(record).not.toBeNull();
    expect(record).not.toBe(input);
    expect(record!.categories).not.toBe(input.categories);
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.isFrozen(record!.categories)).toBe(true);
    expect(Object.keys(record!).sort()).toEqual(['categories', 'given', 'id', 'revision', 'schema', 'updated']);
    expect(Object.hasOwn(record!, 'extra')).toBe(false);
    expect(record!.categories).toEqual({ necessary: true, statistics: true });
    // Later changes to the input do not reach the record.
    (input.categories as Record<string, boolean>).statistics = false;
    expect(record!.categories.statistics).toBe(true);
  });

  it('keeps categories the policy does not name (they are not required to be configured)', () => {
    const { record } = validateRecord(good({ categories: { necessary: true, statistics: false, video: true } }), policy({ categoryIds: IDS }));
    expect(record?.categories).toEqual({ necessary: true, statistics: false, video: true });
  });

});

describe('prototype-pollution gadgets (issue 9, finding 4)', () => {
  const POLLUTED = ['statistics', 'schema', 'id', 'revision', 'given', 'updated', 'categories'];
  afterEach(() => {
    for (const key of POLLUTED) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it('a `statistics` put on Object.prototype does not turn "Reject all" into an acceptance', () => {
    (Object.prototype as Record<string, unknown>).statistics = true;
    const record = createRecord({}, IDS, 0, NOW, null);
    expect(record.categories).toEqual({ necessary: true, statistics: false });
  });

  it('a whole record put on Object.prototype is no choice, with or without a cookie', () => {
    const fields = good();
    for (const [key, value] of Object.entries(fields)) (Object.prototype as Record<string, unknown>)[key] = value;
    for (const value of [null, undefined, {}, 'x', 42]) {
      expect(validateRecord(value, policy()), String(value)).toEqual({ record: null, reason: 'invalid' });
    }
  });
});
