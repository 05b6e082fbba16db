import { afterEach, describe, expect, it } from 'vitest';
import { clearCookies } from './helpers.js';

// The built file, loaded as a portal template would: a classic <script src> on a plain
// page with no module, no bundler. `npm test` builds dist/ before the browser tests run.
const BUNDLE = '/dist/cookie-consent.min.js';

async function plainPage(body: string, head = ''): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portal</title>${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Window & typeof globalThis };
}

describe('dist/cookie-consent.min.js', () => {
  afterEach(() => {
    document.querySelectorAll('iframe[srcdoc]').forEach((f) => f.remove());
    clearCookies();
  });

  it('exists and is served', async () => {
    const response = await fetch(BUNDLE);
    expect(response.ok, `${BUNDLE} is missing: run npm run build first`).toBe(true);
    expect(await response.text()).toContain('cookie-consent');
  });

  it('works from a classic <script> tag: banner in the page language, choice stored', async () => {
    clearCookies();
    const { win } = await plainPage(`
      <script src="${BUNDLE}"></script>
      <cookie-consent platform="https://inai.opendatasoft.com" policy-url="/pages/cookies"></cookie-consent>
      <footer><a href="#" data-cookie-consent-open>Gestion des cookies</a></footer>`);
    const el = win.document.querySelector('cookie-consent')!;
    expect(win.customElements.get('cookie-consent')).toBeDefined();
    expect(typeof (win as any).PortalCookieConsent.readConsent).toBe('function');
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).toBe('Cookies sur inai.opendatasoft.com');
    const buttons = [...root.querySelectorAll('[part=actions] button')].map((b) => b.textContent!.trim());
    expect(buttons).toEqual(['Tout accepter', 'Tout refuser', 'Personnaliser']);
    const changed = new Promise<any>((r) => el.addEventListener('cookie-consent-change', r, { once: true }));
    root.querySelector<HTMLButtonElement>('[part~=reject-all]')!.click();
    expect((await changed).detail.consent.categories).toEqual({ necessary: true, statistics: false });
    expect(win.document.cookie).toContain('cookies_preferences=');
    expect((win as any).PortalCookieConsent.readConsent().categories.statistics).toBe(false);
    win.document.querySelector<HTMLElement>('[data-cookie-consent-open]')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('dialog')!.open).toBe(true);
  });

  it('takes its configuration from a JSON child written before the script runs', async () => {
    const config = { categories: [{ id: 'statistics', title: 'Mesure d’audience', cookies: [
      { provider: 'Matomo', function: 'Statistiques', names: ['_pk_id.*'], purpose: 'Compter les visites', duration: 395 },
    ] }] };
    const { win } = await plainPage(`
      <cookie-consent><script type="application/json">${JSON.stringify(config)}</script></cookie-consent>
      <script src="${BUNDLE}"></script>`);
    const el = win.document.querySelector('cookie-consent')!;
    await el.updateComplete;
    el.showPreferences();
    await el.updateComplete;
    const text = el.shadowRoot!.querySelector('dialog')!.textContent!;
    expect(text).toContain('Mesure d’audience');
    expect(text).toContain('_pk_id.*');
    expect(text).toMatch(/13\smois/); // Intl puts a no-break space there
  });

  it('a configuration with services and a preset fetches the services and presets chunks beside it, and works', async () => {
    const config = { categories: [
      { id: 'statistics', title: 'Mesure d’audience', services: [{ preset: 'matomo', exempt: true }, { preset: 'ga4' }] },
      { id: 'videos', title: 'Vidéos', services: [{ id: 'youtube', title: 'YouTube', cookies: [{ provider: 'Google', function: 'Lecteur', names: ['YSC'], purpose: 'Lire les vidéos' }] }] },
    ] };
    const { win } = await plainPage(`
      <script>window._paq = [];</script>
      <cookie-consent><script type="application/json">${JSON.stringify(config)}</script></cookie-consent>
      <script src="${BUNDLE}"></script>`);
    const el = win.document.querySelector('cookie-consent')! as any;
    await el.updateComplete;
    const fetched = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(fetched).toEqual(expect.arrayContaining(['/dist/cookie-consent.services.js', '/dist/cookie-consent.presets.js']));
    // Exempt Matomo measures until the visitor objects; GA4 and YouTube wait for consent.
    expect([el.hasConsent('matomo'), el.hasConsent('ga4'), el.hasConsent('youtube')]).toEqual([true, false, false]);
    expect(el.shadowRoot.querySelector('[part=exempt-notice]').textContent).toContain('opposer');
    el.acceptCategories(['youtube']);
    expect(JSON.parse(decodeURIComponent(win.document.cookie.split('cookies_preferences=')[1]!.split(';')[0]!)).services).toEqual({ matomo: true, ga4: false, youtube: true });
    el.showPreferences();
    await el.updateComplete;
    expect(el.shadowRoot.querySelector('dialog').textContent).toContain('_pk_id.*');
  });

  it('where the services chunk cannot be loaded, the banner still shows, on the rest of the configuration, with one error', async () => {
    const config = { categories: [{ id: 'videos', title: 'Vidéos', services: [{ id: 'youtube', title: 'YouTube' }] }] };
    // A CSP (in <head>, where a meta CSP counts) that allows the drop-in file alone: its services chunk is refused.
    const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline' ${location.origin}${BUNDLE}">`;
    const { win } = await plainPage(
      `<script>window.logged = []; console.error = (...a) => logged.push(a.join(' '));</script>
      <cookie-consent><script type="application/json">${JSON.stringify(config)}</script></cookie-consent>
      <script src="${BUNDLE}"></script>`,
      csp,
    );
    const el = win.document.querySelector('cookie-consent')! as any;
    await el.updateComplete;
    await expect.poll(() => el.shadowRoot.querySelector('[part=banner]')).not.toBeNull();
    await expect.poll(() => (win as any).logged.join('\n')).toMatch(/services could not be loaded/);
    expect(el.categories.map((c: { id: string }) => c.id)).toEqual(['necessary', 'statistics', 'videos']);
    el.acceptAll();
    expect([el.hasConsent('videos'), el.hasConsent('youtube')]).toEqual([true, false]);
  });

  it('a language file, a classic script beside the banner file, gives its language, also loaded after the banner', async () => {
    const { win } = await plainPage(`
      <script src="${BUNDLE}"></script>
      <cookie-consent lang="it"></cookie-consent>`);
    const el = win.document.querySelector('cookie-consent')!;
    await el.updateComplete;
    // Until its file comes, an unknown language gives English.
    expect(el.shadowRoot!.querySelector('[part~=reject-all]')!.textContent!.trim()).toBe('Reject all');
    const script = win.document.createElement('script');
    const loaded = new Promise((r) => script.addEventListener('load', r, { once: true }));
    script.src = '/dist/lang/it.js';
    win.document.head.append(script);
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=reject-all]')!.textContent!.trim()).toBe('Rifiuta tutti');
  });

  it('loading it twice, or next to the ESM entry, defines the element once and throws nothing', async () => {
    const { win } = await plainPage(`
      <script>window.errors = []; addEventListener('error', (e) => errors.push(e.message));</script>
      <script src="${BUNDLE}"></script>
      <script src="${BUNDLE}"></script>
      <script type="module">import '/src/index.ts'; window.esmLoaded = true;</script>
      <cookie-consent></cookie-consent>`);
    await new Promise((r) => setTimeout(r, 300));
    expect((win as any).errors).toEqual([]);
    expect(win.document.querySelector('cookie-consent')!.shadowRoot).not.toBeNull();
  });
});
