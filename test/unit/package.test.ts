import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cookieAttributes } from '../../src/consent/cookie-store.js';

// `npm test` builds before it tests; these read what `npm run build` wrote.
const read = (path: string) => {
  expect(existsSync(path), `${path} is missing: run npm run build first`).toBe(true);
  return readFileSync(path, 'utf8');
};

describe('cookie attributes (GDPR-1)', () => {
  it('Path=/ and SameSite=Lax always; Secure on https only; Domain only when configured', () => {
    expect(cookieAttributes({}, 'http:')).toEqual({ path: '/', sameSite: 'Lax', secure: false, domain: undefined });
    expect(cookieAttributes({}, 'https:')).toMatchObject({ secure: true });
    expect(cookieAttributes({ cookieDomain: 'opendatasoft.com' }, 'https:')).toMatchObject({ domain: 'opendatasoft.com' });
  });
});

describe('npm run build', () => {
  it('dist/index.js is ESM with lit and js-cookie left as dependencies', () => {
    const esm = read('dist/index.js');
    expect(esm).toMatch(/from ["']lit["']/);
    expect(esm).toMatch(/from ["']js-cookie["']/);
    expect(esm).not.toContain('class ReactiveElement');
    expect(esm).toContain("customElements.define(\"cookie-consent\"");
  });

  it('dist/index.d.ts types the public API', () => {
    const types = read('dist/index.d.ts');
    for (const name of ['CookieConsent', 'readConsent', 'CookieConsentChangeEvent', 'ConsentRecord']) {
      expect(types).toContain(name);
    }
    expect(read('dist/cookie-consent.d.ts')).toContain("'cookie-consent': CookieConsent");
  });

  it('dist/cookie-consent.min.js is one self-contained classic script', () => {
    const cdn = read('dist/cookie-consent.min.js');
    expect(cdn).not.toMatch(/^\s*import\s|\bimport\s*\(|^export\s/m);
    expect(cdn).toContain('PortalCookieConsent');
    expect(cdn).not.toMatch(/\/\*[\s\S]{40,}?\*\//); // template comments were minified away
  });

  it('custom-elements.json describes the element: attributes, events, parts, custom properties', () => {
    const manifest = JSON.parse(read('custom-elements.json'));
    const element = manifest.modules
      .flatMap((m: any) => m.declarations ?? [])
      .find((d: any) => d.tagName === 'cookie-consent');
    expect(element.attributes.map((a: any) => a.name)).toEqual([
      'platform', 'policy-url', 'lang', 'revision', 'expires-days', 'cookie-name', 'cookie-domain',
      'consent-mode', 'reload-on-withdraw', 'log-url', 'debug', 'theme', 'layout', 'position',
    ]);
    expect(element.events.map((e: any) => e.name)).toEqual(['cookie-consent-ready', 'cookie-consent-change']);
    expect(element.cssParts.map((p: any) => p.name)).toContain('banner');
    expect(element.cssProperties.map((p: any) => p.name)).toContain('--cookie-consent-accent');
  });

  it('package.json points at what the build writes', () => {
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.exports['.'].default).toBe('./dist/index.js');
    expect(pkg.exports['.'].types).toBe('./dist/index.d.ts');
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.sideEffects).not.toBe(false);
  });
});
