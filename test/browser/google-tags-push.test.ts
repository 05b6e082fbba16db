import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { consentState, defaultConsentModeMap, defaultPayload } from '../../src/config/consent-mode.js';
import { pageUsesGoogleTags, pushConsent } from '../../src/effects/consent-mode.js';
import { resetReports } from '../../src/internal/report.js';

type Google = Window & { gtag?: unknown; dataLayer?: unknown };
const win = window as Google;

const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Arguments]';
const denied = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' };

describe('Google Consent Mode v2', () => {
  beforeEach(() => {
    resetReports();
    vi.restoreAllMocks();
  });
  afterEach(() => {
    delete win.gtag;
    delete win.dataLayer;
  });

  describe('pageUsesGoogleTags', () => {
    it('is false on a page without Google tags', () => {
      expect(pageUsesGoogleTags()).toBe(false);
    });

    it('is true when gtag is a function or dataLayer an array', () => {
      win.gtag = () => {};
      expect(pageUsesGoogleTags()).toBe(true);
      delete win.gtag;
      win.dataLayer = [];
      expect(pageUsesGoogleTags()).toBe(true);
    });

    it('is false for a gtag or dataLayer of another kind', () => {
      win.gtag = 'gtag';
      win.dataLayer = { push() {} };
      expect(pageUsesGoogleTags()).toBe(false);
    });

    it('reads the window it is given', () => {
      expect(pageUsesGoogleTags({ dataLayer: [] } as unknown as Window)).toBe(true);
      expect(pageUsesGoogleTags({} as Window)).toBe(false);
    });
  });

  describe('pushConsent', () => {
    it("calls the page's gtag when it has one, and nothing else", () => {
      const gtag = vi.fn();
      win.gtag = gtag;
      win.dataLayer = [];
      const payload = { analytics_storage: 'granted' };
      pushConsent('update', payload);
      expect(gtag).toHaveBeenCalledTimes(1);
      expect(gtag).toHaveBeenCalledWith('consent', 'update', payload);
      expect(win.dataLayer).toEqual([]); // gtag pushes itself; a second entry would be a duplicate
    });

    it('pushes an Arguments object into dataLayer, as the official gtag snippet does', () => {
      const earlier = { event: 'gtm.js' };
      win.dataLayer = [earlier];
      const payload = defaultPayload(defaultConsentModeMap);
      pushConsent('default', payload);
      const layer = win.dataLayer as unknown[];
      expect(layer).toHaveLength(2);
      expect(layer[0]).toBe(earlier);
      const entry = layer[1] as IArguments;
      expect(isArguments(entry)).toBe(true); // Google's tag skips plain arrays
      expect(entry).toHaveLength(3);
      expect(entry[0]).toBe('consent');
      expect(entry[1]).toBe('default');
      expect(entry[2]).toBe(payload);
    });

    it('pushes the same entry as the snippet `function gtag(){dataLayer.push(arguments)}`', () => {
      win.dataLayer = [];
      const payload = { analytics_storage: 'denied' };
      // The official snippet, verbatim in spirit: its entries are what Google's tag reads.
      const snippet = function (this: unknown) {
        (win.dataLayer as unknown[]).push(arguments);
      } as (...args: unknown[]) => void;
      snippet('consent', 'update', payload);
      pushConsent('update', payload);
      const [theirs, ours] = win.dataLayer as IArguments[];
      expect(Object.prototype.toString.call(ours)).toBe(Object.prototype.toString.call(theirs));
      expect(Array.from(ours!)).toEqual(Array.from(theirs!));
    });

    it('creates nothing on a page without Google tags, unless forced', () => {
      pushConsent('default', defaultPayload({}));
      expect('dataLayer' in win).toBe(false);
      expect('gtag' in win).toBe(false);
      pushConsent('default', defaultPayload({}), true);
      const layer = win.dataLayer as IArguments[];
      expect(layer).toHaveLength(1);
      expect(isArguments(layer[0])).toBe(true);
      expect(Array.from(layer[0]!)).toEqual(['consent', 'default', { ...denied, wait_for_update: 500 }]);
      expect('gtag' in win).toBe(false);
    });

    it('prefers gtag over creating a dataLayer when forced', () => {
      const gtag = vi.fn();
      win.gtag = gtag;
      pushConsent('default', {}, true);
      expect(gtag).toHaveBeenCalledWith('consent', 'default', {});
      expect('dataLayer' in win).toBe(false);
    });

    it('never replaces a dataLayer that is not an array, even when forced', () => {
      const layer = { push: vi.fn() };
      win.dataLayer = layer;
      pushConsent('default', {}, true);
      expect(win.dataLayer).toBe(layer);
      expect(layer.push).not.toHaveBeenCalled();
    });

    it('sends default first, then the update, with the exact keys (GCM-1, GCM-2)', () => {
      pushConsent('default', defaultPayload(defaultConsentModeMap), true);
      pushConsent('update', consentState(defaultConsentModeMap, (id) => id === 'statistics'));
      const layer = (win.dataLayer as IArguments[]).map((entry) => Array.from(entry));
      expect(layer).toEqual([
        ['consent', 'default', { ...denied, wait_for_update: 500 }],
        ['consent', 'update', { ...denied, analytics_storage: 'granted' }],
      ]);
    });

    it("reports once, and does not throw, when the page's gtag throws", () => {
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      win.gtag = () => {
        throw new Error('broken gtag');
      };
      expect(() => pushConsent('update', {})).not.toThrow();
      expect(() => pushConsent('update', {})).not.toThrow();
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]![0])).toContain('broken gtag');
    });

    it('writes to the window it is given', () => {
      const other = {} as Google;
      pushConsent('update', { analytics_storage: 'granted' }, true, other as Window);
      expect(Array.from((other.dataLayer as IArguments[])[0]!)).toEqual(['consent', 'update', { analytics_storage: 'granted' }]);
      expect('dataLayer' in win).toBe(false);
    });
  });
});
