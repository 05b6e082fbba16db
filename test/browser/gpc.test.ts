import { afterEach, describe, expect, it } from 'vitest';
import { gpcEnabled } from '../../src/consent/gpc.js';

/** Puts `descriptor` on this page's navigator, as a browser with GPC support (or a hostile page) would. */
const stub = (descriptor: PropertyDescriptor) =>
  Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, ...descriptor });

describe('gpcEnabled (GPC-1)', () => {
  afterEach(() => {
    delete (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl;
  });

  it('is true when navigator.globalPrivacyControl is true', () => {
    stub({ value: true });
    expect(gpcEnabled()).toBe(true);
    stub({ get: () => true });
    expect(gpcEnabled()).toBe(true);
  });

  it('is false when the signal is false or absent', () => {
    stub({ value: false });
    expect(gpcEnabled()).toBe(false);
    stub({ value: undefined });
    expect(gpcEnabled()).toBe(false);
    delete (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl;
    expect(Object.hasOwn(navigator, 'globalPrivacyControl')).toBe(false);
    expect(gpcEnabled()).toBe(false); // whatever this Chromium has natively is not `true`
  });

  it('counts only the boolean true, not a truthy look-alike', () => {
    for (const value of ['true', 1, {}, [true]]) {
      stub({ value });
      expect(gpcEnabled(), JSON.stringify(value)).toBe(false);
    }
  });

  it('is false, without throwing, when the getter throws', () => {
    stub({
      get() {
        throw new Error('hostile getter');
      },
    });
    expect(() => gpcEnabled()).not.toThrow();
    expect(gpcEnabled()).toBe(false);
  });

  it('reads the navigator it is given', () => {
    expect(gpcEnabled({ globalPrivacyControl: true } as unknown as Navigator)).toBe(true);
    expect(gpcEnabled({} as Navigator)).toBe(false);
  });
});
