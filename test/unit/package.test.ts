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

  it('custom-elements.json lists both elements completely (issue 5, package checks)', () => {
    const manifest = JSON.parse(read('custom-elements.json'));
    const declarations = manifest.modules.flatMap((m: any) => m.declarations ?? []);
    const names = (list: any[] | undefined) => (list ?? []).map((x: any) => x.name);
    const byTag = (tag: string) => {
      const found = declarations.find((d: any) => d.tagName === tag);
      expect(found, `${tag} is missing from custom-elements.json`).toBeDefined();
      return found;
    };
    // Both tags are defined by the entry, so tools know importing it registers them.
    const definitions = manifest.modules
      .flatMap((m: any) => m.exports ?? [])
      .filter((e: any) => e.kind === 'custom-element-definition')
      .map((e: any) => e.name);
    expect(definitions).toEqual(expect.arrayContaining(['cookie-consent', 'cookie-policy']));

    const policy = byTag('cookie-policy');
    expect(names(policy.attributes)).toEqual(['platform', 'heading-level', 'lang']);
    expect(policy.attributes.find((a: any) => a.name === 'heading-level').fieldName).toBe('headingLevel');
    expect(policy.members.map((m: any) => m.name)).toContain('config');

    const consent = byTag('cookie-consent');
    for (const attribute of consent.attributes) expect(attribute.description, attribute.name).toBeTruthy();
    expect(Object.fromEntries(consent.attributes.map((a: any) => [a.name, a.fieldName]))).toMatchObject({
      'policy-url': 'policyUrl', 'expires-days': 'expiresDays', 'reload-on-withdraw': 'reloadOnWithdraw',
    });
    expect(consent.events.map((e: any) => [e.name, e.type?.text])).toEqual([
      ['cookie-consent-ready', 'CookieConsentReadyEvent'],
      ['cookie-consent-change', 'CookieConsentChangeEvent'],
    ]);
    expect(names(consent.cssParts)).toEqual([
      'banner', 'banner-title', 'banner-text', 'revision-notice', 'gpc-notice', 'policy-link', 'actions',
      'button', 'accept-all', 'reject-all', 'customize', 'save', 'dialog', 'dialog-header', 'dialog-title',
      'dialog-body', 'dialog-footer', 'close-button', 'category', 'switch', 'cookie-table',
    ]);
    expect(names(consent.cssProperties)).toEqual([
      '--cookie-consent-font-family', '--cookie-consent-color', '--cookie-consent-background',
      '--cookie-consent-accent', '--cookie-consent-accent-contrast', '--cookie-consent-border-color',
      '--cookie-consent-border-radius', '--cookie-consent-spacing', '--cookie-consent-max-width',
      '--cookie-consent-z-index', '--cookie-consent-focus-ring',
    ]);
    for (const part of consent.cssParts) expect(part.description, part.name).toBeTruthy();
    for (const property of consent.cssProperties) expect(property.description, property.name).toBeTruthy();
    // The public API the README documents, as members of the element.
    expect(consent.members.map((m: any) => m.name)).toEqual(expect.arrayContaining([
      'config', 'consent', 'categories', 'language', 'hasConsent', 'acceptAll', 'rejectAll',
      'acceptCategories', 'showBanner', 'showPreferences', 'hide', 'reset',
    ]));
  });

  it('package.json points at what the build writes', () => {
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.exports['.'].default).toBe('./dist/index.js');
    expect(pkg.exports['.'].types).toBe('./dist/index.d.ts');
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.sideEffects).not.toBe(false);
  });
});
