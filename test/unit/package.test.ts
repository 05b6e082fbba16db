import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cookieAttributes } from '../../src/consent/cookie-store.js';

// `npm test` builds before it tests; these read what `npm run build` wrote.
const read = (path: string) => {
  expect(existsSync(path), `${path} is missing: run npm run build first`).toBe(true);
  return readFileSync(path, 'utf8');
};

/** An ES entry of dist/ and every chunk it reaches (static imports and import()), by file name. */
function esmGraph(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const text = read(`dist/${file}`);
    files.set(file, text);
    for (const [, dep] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s*)["']\.\/([\w.-]+\.js)["']/gm)) visit(dep!);
  };
  visit(entry);
  return files;
}

/** Bare module specifiers imported by these files (`lit`, `js-cookie`…). */
const bareImports = (files: Map<string, string>) =>
  new Set([...files.values()].flatMap((text) => [...text.matchAll(/\bfrom\s*["']([^"'./][^"']*)["']/g)].map((m) => m[1])));

/** No static `import`/`export` statement: runs as a classic script. */
const STATIC_MODULE_SYNTAX = /^\s*import\s|^\s*import\{|^export\s|[;}]export\s*\{|\bimport\s*\{[^}]*\}\s*from/m;

describe('cookie attributes (GDPR-1)', () => {
  it('Path=/ and SameSite=Lax always; Secure on https only; Domain only when configured', () => {
    expect(cookieAttributes({}, 'http:')).toEqual({ path: '/', sameSite: 'Lax', secure: false, domain: undefined });
    expect(cookieAttributes({}, 'https:')).toMatchObject({ secure: true });
    expect(cookieAttributes({ cookieDomain: 'opendatasoft.com' }, 'https:')).toMatchObject({ domain: 'opendatasoft.com' });
  });
});

describe('npm run build', () => {
  it('dist/index.js is ESM with lit (its lit-html part only) left as a dependency', () => {
    const esm = read('dist/index.js');
    // The entry and its chunks (shared code, the on-demand dialog) together.
    const graph = esmGraph('index.js');
    expect(bareImports(graph)).toEqual(new Set(['lit/html.js']));
    expect(esm).toMatch(/from ["']lit\/html\.js["']/);
    for (const [file, text] of graph) expect(text, file).not.toContain('class ReactiveElement');
    expect(esm).toContain("customElements.define(\"cookie-consent\"");
    // <cookie-policy> has its own entry: the banner's graph never defines it.
    for (const [file, text] of graph) expect(text, file).not.toMatch(/customElements\.define\(\s*["'`]cookie-policy/);
  });

  it('dist/index.js loads the preferences dialog on demand, as a chunk of its own', () => {
    const esm = read('dist/index.js');
    const lazy = /\bimport\(\s*["']\.\/([\w.-]+\.js)["']\s*\)/.exec(esm)?.[1];
    expect(lazy, 'index.js has no import() of a chunk').toBeDefined();
    const chunk = read(`dist/${lazy}`);
    expect(chunk).toMatch(/export\s*\{[^}]*\brenderPreferences\b/);
    expect(chunk).toMatch(/\bpreferencesStyles\b/);
    // The dialog's template is in the chunk, not in the first view's code.
    expect(chunk).toContain('part="dialog"');
    expect(esm).not.toContain('part="dialog"');
    // ...and no chunk reached statically from the entry carries it.
    const statics = [...esm.matchAll(/\bfrom\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]!);
    for (const file of statics) expect(read(`dist/${file}`), file).not.toContain('part="dialog"');
  });

  it('dist/policy.js is the ESM entry of <cookie-policy> alone (portal-cookie-consent/policy)', () => {
    const esm = read('dist/policy.js');
    const graph = esmGraph('policy.js');
    expect(bareImports(graph)).toContain('lit/html.js');
    for (const [file, text] of graph) expect(text, file).not.toContain('class ReactiveElement');
    expect(esm).toContain('customElements.define("cookie-policy"');
    for (const [file, text] of graph) expect(text, file).not.toMatch(/customElements\.define\(\s*["'`]cookie-consent/);
    expect(read('dist/policy/index.d.ts')).toContain('CookiePolicy');
  });

  it('dist/index.d.ts types the public API', () => {
    // The npm entry re-exports the first view's API (main.ts) and adds the placeholder.
    const types = read('dist/index.d.ts') + read('dist/main.d.ts');
    for (const name of ['CookieConsent', 'readConsent', 'CookieConsentChangeEvent', 'ConsentRecord']) {
      expect(types).toContain(name);
    }
    expect(read('dist/cookie-consent.d.ts')).toContain("'cookie-consent': CookieConsent");
  });

  it('dist/cookie-consent.min.js is one self-contained classic script', () => {
    const cdn = read('dist/cookie-consent.min.js');
    expect(cdn).not.toMatch(STATIC_MODULE_SYNTAX);
    // One import(), for its two on-demand chunks, found beside the file (an absolute URL built
    // at run time from these names); the placeholder element is not in the first view.
    const dynamic = [...cdn.matchAll(/\bimport\s*\(([^)]*)/g)].map((m) => m[1]);
    expect(dynamic).toHaveLength(1);
    expect(dynamic[0]).toMatch(/new URL\(/);
    expect(cdn).toMatch(/["'`]cookie-consent\.lazy\.js["'`]/);
    expect(cdn).toMatch(/["'`]cookie-consent\.embeds\.js["'`]/);
    expect(cdn).not.toContain('placeholder-button');
    expect(cdn).toContain('PortalCookieConsent');
    expect(cdn).toMatch(/customElements\.define\(\s*["'`]cookie-consent["'`]/);
    // <cookie-policy> has its own file.
    expect(cdn).not.toMatch(/customElements\.define\(\s*["'`]cookie-policy/);
    expect(cdn).not.toMatch(/\/\*[\s\S]{40,}?\*\//); // template comments were minified away
  });

  it("dist/cookie-consent.embeds.js is the drop-in file's placeholder chunk, on its lit-html and element base", () => {
    const embeds = read('dist/cookie-consent.embeds.js');
    expect(embeds).not.toMatch(/^\s*import\s|^\s*import\{|\bimport\s*\(|\bfrom\s*["'`]/m);
    expect(embeds).toContain('portal-cookie-consent:lit');
    expect(embeds).not.toContain('createPolicy');
    expect(embeds).toContain('placeholder-button');
    expect(embeds).toMatch(/export\s*\{[^}]*\bdefinePlaceholder\b/);
    // The element base is borrowed, not copied.
    expect(embeds).not.toContain('attributeChangedCallback');
  });

  it("dist/cookie-consent.lazy.js is the drop-in file's dialog chunk: an ES module borrowing its Lit", () => {
    const lazy = read('dist/cookie-consent.lazy.js');
    // No import at all: nothing to resolve beside a CDN file; Lit comes from the drop-in file.
    expect(lazy).not.toMatch(/^\s*import\s|^\s*import\{|\bimport\s*\(|\bfrom\s*["'`]/m);
    expect(lazy).toContain('portal-cookie-consent:lit');
    // No second copy of Lit, so no second `lit-html` Trusted Types policy.
    expect(lazy).not.toContain('ReactiveElement');
    expect(lazy).not.toContain('createPolicy');
    expect(lazy).toMatch(/export\s*\{[^}]*\bas renderPreferences\b/);
    expect(lazy).toMatch(/export\s*\{[^}]*\bas preferencesStyles\b/);
    expect(lazy).toMatch(/export\s*\{[^}]*\bas ModalController\b/);
    // What a choice needs, and the debug checks, are chunks of their own.
    expect(lazy).not.toMatch(/\bas (checkInventory|deleteCookies|sendProof)\b/);
    // No comment of any length left (a bundler's short /* @__PURE__ */ marks are fine).
    expect(lazy).not.toMatch(/\/\*(?:(?!\*\/)[\s\S]){40,}\*\//);
  });

  it('the choice, services and presets chunks are ES modules beside the drop-in file, without Lit', () => {
    const choice = read('dist/cookie-consent.choice.js');
    expect(choice).not.toMatch(/^\s*import\s|^\s*import\{|\bimport\s*\(|\bfrom\s*["'`]/m);
    for (const name of ['sendProof', 'withdraw', 'deleteCookies']) expect(choice).toMatch(new RegExp(`export\\s*\\{[^}]*\\b${name}\\b`));
    const services = read('dist/cookie-consent.services.js');
    // Its imports: the presets and the debug checks, from beside it, each only when needed.
    expect(services).not.toMatch(/^\s*import\s|^\s*import\{|\bfrom\s*["'`]/m);
    expect(services.match(/\bimport\s*\(/g)).toHaveLength(1);
    expect(services).toMatch(/["'`]cookie-consent\.presets\.js["'`]/);
    expect(services).toMatch(/["'`]cookie-consent\.debug\.js["'`]/);
    expect(services).toContain('import.meta.url');
    expect(services).not.toContain('is set but no category declares it');
    expect(services).not.toContain('requireConsent');
    for (const name of ['extend', 'checkInventory']) expect(services).toMatch(new RegExp(`export\\s*\\{[^}]*\\b${name}\\b`));
    const presets = read('dist/cookie-consent.presets.js');
    expect(presets).not.toMatch(/^\s*import\s|^\s*import\{|\bimport\s*\(|\bfrom\s*["'`]/m);
    expect(presets).toContain('requireConsent');
    for (const file of ['dist/cookie-consent.choice.js', 'dist/cookie-consent.services.js', 'dist/cookie-consent.presets.js', 'dist/cookie-consent.debug.js']) {
      expect(read(file), file).not.toContain('lit-html');
      expect(read(file), file).not.toContain('portal-cookie-consent:lit');
    }
  });

  it('dist/lang/*.js are scripts with no import or export, so a classic <script> and an import both load them', () => {
    for (const code of ['de', 'es', 'it', 'nl', 'pt']) {
      const file = read(`dist/lang/${code}.js`);
      expect(file, code).not.toMatch(STATIC_MODULE_SYNTAX);
      expect(file, code).not.toMatch(/\bimport\s*\(|\bexport\s*[{*]|\bexport\s+(const|function|default)/);
      expect(file, code).toContain('portal-cookie-consent:languages');
      expect(file, code).not.toContain('lit-html');
    }
    expect(JSON.parse(read('package.json')).exports['./lang/*'].default).toBe('./dist/lang/*.js');
  });

  it('dist/cookie-policy.min.js is a small classic loader of <cookie-policy>: the shared chunk beside the banner file, else the standalone one', () => {
    const loader = read('dist/cookie-policy.min.js');
    expect(loader).not.toMatch(STATIC_MODULE_SYNTAX);
    expect(loader.match(/\bimport\s*\(/g)).toHaveLength(1);
    expect(loader).toContain('cookie-policy.shared.js');
    expect(loader).toContain('cookie-policy.standalone.js');
    expect(loader).not.toMatch(/customElements\.define/);
    expect(loader.length).toBeLessThan(2000);
    for (const file of ['dist/cookie-policy.shared.js', 'dist/cookie-policy.standalone.js']) {
      const chunk = read(file);
      expect(chunk, file).toMatch(/customElements\.define\(\s*["'`]cookie-policy["'`]/);
      expect(chunk, file).not.toMatch(/customElements\.define\(\s*["'`]cookie-consent/);
      // No comment of any length left (a bundler's short /* @__PURE__ */ marks are fine).
      expect(chunk, file).not.toMatch(/\/\*(?:(?!\*\/)[\s\S]){40,}\*\//);
      expect(chunk, file).not.toMatch(/^\s*import\s/m);
    }
    // The shared chunk borrows the banner file's Lit: no second lit-html, no second Trusted Types policy.
    expect(read('dist/cookie-policy.shared.js')).not.toContain('lit-html');
    expect(read('dist/cookie-policy.standalone.js')).toContain('lit-html');
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
    // Both tags are defined by the package's entries (index and policy), so tools know importing them registers them.
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
    expect(pkg.exports['./policy'].default).toBe('./dist/policy.js');
    expect(pkg.exports['./policy'].types).toBe('./dist/policy/index.d.ts');
    expect(pkg.exports['./cookie-consent.min.js'].default).toBe('./dist/cookie-consent.min.js');
    expect(pkg.exports['./cookie-policy.min.js'].default).toBe('./dist/cookie-policy.min.js');
    for (const target of ['./dist/index.js', './dist/policy.js', './dist/cookie-consent.min.js', './dist/cookie-policy.min.js']) {
      expect(existsSync(target), target).toBe(true);
      expect(pkg.sideEffects, target).toContain(target);
    }
    expect(existsSync('dist/policy/index.d.ts')).toBe(true);
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.sideEffects).not.toBe(false);
  });
});
