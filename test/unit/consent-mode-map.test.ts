import { afterEach, describe, expect, it } from 'vitest';
import {
  consentState,
  defaultConsentModeMap,
  defaultPayload,
  type ConsentModeMap,
} from '../../src/config/consent-mode.js';
import { parseConsentModeMap } from '../../src/config/consent-mode-parse.js';

const V2 = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage'];

afterEach(() => {
  // Every test must leave Object.prototype as it found it.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
});

describe('parseConsentModeMap', () => {
  it('accepts a map of category ids to consent types, every type included', () => {
    const value = {
      statistics: ['analytics_storage'],
      marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
      preferences: ['functionality_storage', 'personalization_storage'],
      necessary: ['security_storage'],
      unused: [],
    };
    const result = parseConsentModeMap(value);
    expect(result.error).toBeUndefined();
    expect(result.map).toEqual(value);
    expect(parseConsentModeMap({}).map).toEqual({});
  });

  it('names the bad item of an unknown consent type', () => {
    const result = parseConsentModeMap({ statistics: ['analytics_storage'], marketing: ['ad_storage', 'ads_storage'] });
    expect(result.map).toBeUndefined();
    expect(result.error).toContain('"consentMode.marketing[1]"');
    expect(result.error).toContain('ad_user_data'); // says what would be valid
    expect(parseConsentModeMap({ statistics: [42] }).error).toContain('"consentMode.statistics[0]"');
  });

  it('refuses types that are not a list, naming the category', () => {
    for (const types of ['analytics_storage', { 0: 'analytics_storage' }, null, undefined]) {
      const result = parseConsentModeMap({ statistics: types });
      expect(result.map).toBeUndefined();
      expect(result.error).toContain('"consentMode.statistics"');
    }
  });

  it('refuses anything but an object', () => {
    for (const value of [null, undefined, 'statistics', 3, [['analytics_storage']]]) {
      const result = parseConsentModeMap(value);
      expect(result.map).toBeUndefined();
      expect(result.error).toContain('"consentMode"');
    }
  });

  it('refuses a __proto__ key from JSON, without reaching any prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "statistics": ["analytics_storage"]}');
    expect(parseConsentModeMap(value).error).toContain('"consentMode.__proto__"');
    const list = JSON.parse('{"__proto__": ["analytics_storage"]}');
    expect(parseConsentModeMap(list).error).toContain('"consentMode.__proto__"');
  });

  it('returns data, not the input object', () => {
    const value = { statistics: ['analytics_storage'] };
    const { map } = parseConsentModeMap(value);
    expect(map).not.toBe(value);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
  });
});

describe('consentState', () => {
  const map: ConsentModeMap = {
    statistics: ['analytics_storage'],
    marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    preferences: ['personalization_storage', 'ad_personalization'],
  };
  const accepting = (...ids: string[]) => (id: string) => ids.includes(id);

  it('grants the types of accepted categories and denies the others', () => {
    expect(consentState(map, accepting('statistics'))).toEqual({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      personalization_storage: 'denied',
    });
  });

  it('grants a type mapped from several categories when any of them is accepted, in either order', () => {
    expect(consentState(map, accepting('preferences')).ad_personalization).toBe('granted');
    expect(consentState(map, accepting('marketing')).ad_personalization).toBe('granted');
    expect(consentState(map, accepting()).ad_personalization).toBe('denied');
  });

  it('leaves out types no category maps', () => {
    const state = consentState(defaultConsentModeMap, accepting('statistics', 'marketing'));
    expect(Object.keys(state).sort()).toEqual([...V2].sort());
    expect(Object.values(state).every((v) => v === 'granted')).toBe(true);
    expect(consentState({ statistics: ['analytics_storage'] }, accepting())).toEqual({ analytics_storage: 'denied' });
  });

  it('maps statistics to analytics_storage and marketing to the three ad types by default', () => {
    expect(defaultConsentModeMap).toEqual({
      statistics: ['analytics_storage'],
      marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    });
  });
});

describe('defaultPayload', () => {
  it('denies the four v2 types and waits for the update', () => {
    expect(defaultPayload({})).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      wait_for_update: 500,
    });
    expect(defaultPayload(defaultConsentModeMap)).toEqual(defaultPayload({}));
  });

  it('also denies every other type the map uses', () => {
    const payload = defaultPayload({ preferences: ['functionality_storage'], necessary: ['security_storage'] });
    for (const type of [...V2, 'functionality_storage', 'security_storage']) expect(payload[type], type).toBe('denied');
    expect(payload).not.toHaveProperty('personalization_storage');
  });
});
