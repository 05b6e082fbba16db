import { describe, expect, it } from 'vitest';
import vectors from '../vectors/consent-cookies.json' with { type: 'json' };
import { readConsentFromCookieHeader } from '../../src/server/index.js';

// The server's reader of the stored choice, held to the same vectors as the browser's
// (test/browser/server-vectors.test.ts): the two cannot drift.

interface Vector {
  name: string;
  header: string;
  options: { now: string; revision?: number; expiresDays?: number; categoryIds?: string[]; serviceIds?: string[]; cookieName?: string };
  expect: null | { categories: Record<string, boolean>; services?: Record<string, boolean> };
}

describe('readConsentFromCookieHeader (portal-cookie-consent/server)', () => {
  it('has vectors to read', () => {
    expect((vectors.vectors as Vector[]).length).toBeGreaterThanOrEqual(30);
  });

  for (const v of vectors.vectors as Vector[]) {
    it(v.name, () => {
      const record = readConsentFromCookieHeader(v.header, { ...v.options, now: new Date(v.options.now) });
      if (v.expect === null) expect(record).toBeNull();
      else {
        expect(record).toMatchObject({ schema: 1, categories: v.expect.categories });
        expect(record?.services).toEqual(v.expect.services);
        expect(Object.isFrozen(record)).toBe(true);
      }
    });
  }

  it('never throws, whatever the header', () => {
    for (const header of [undefined, null, '', ';;;', '=', 'cookies_preferences', 'cookies_preferences=%', 'cookies_preferences=%E0%A4%A', '\u0000'.repeat(10)])
      expect(readConsentFromCookieHeader(header as string)).toBeNull();
  });

  it('the built entry (dist/server.js, "portal-cookie-consent/server") reads the same, and no browser bundle carries it', async () => {
    const { readFileSync } = await import('node:fs');
    const built = (await import(/* @vite-ignore */ new URL('../../dist/server.js', import.meta.url).href)) as typeof import('../../src/server/index.js');
    for (const v of vectors.vectors as Vector[]) {
      const record = built.readConsentFromCookieHeader(v.header, { ...v.options, now: new Date(v.options.now) });
      expect(record === null, v.name).toBe(v.expect === null);
    }
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./server'].default).toBe('./dist/server.js');
    for (const file of ['dist/cookie-consent.min.js', 'dist/index.js', 'dist/app/app.js'])
      expect(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file).not.toContain('readConsentFromCookieHeader');
  });

  it('needs no DOM: document and window are not there', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  });
});
