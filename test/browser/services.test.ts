import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';

interface AXNode {
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}
import type { ConsentConfig } from '../../src/config/types.js';
import { readConsent } from '../../src/consent/cookie-store.js';
import { resetConsentModeDefault } from '../../src/effects/consent-mode.js';
import { resetTrackers } from '../../src/presets/complete.js';
import { effectsRun, freshVisitor, html, mount, record, shadow, storedChoice, storeRaw } from './helpers.js';

// Issue 10: services inside categories, presets of the portals' trackers, audience measurement
// exempt from consent, and language files. As a visitor meets them (banner, dialog, placeholder,
// reload) and as an integrator relies on them (the record, hasConsent, events, the trackers' APIs).

const row = (names: string[], duration: number | string = 180) => ({ provider: 'Them', function: 'Player', names, purpose: 'Play videos', duration });

/** Videos with two services, statistics with exempt Matomo measurement. */
const config = (): ConsentConfig => ({
  categories: [
    {
      id: 'videos',
      title: { en: 'Videos', fr: 'Vidéos' },
      services: [
        { id: 'youtube', title: 'YouTube', cookies: [row(['YSC'])] },
        { id: 'vimeo', title: 'Vimeo', cookies: [row(['vuid'])] },
      ],
    },
  ],
});

const withConfig = (c: unknown) => mount(html`<cookie-consent .config=${c}></cookie-consent>`);
const container = () => document.body.appendChild(document.createElement('div'));
let errors: ReturnType<typeof freshVisitor>;
/** Where gated scripts say they ran. */
const ran = (): string[] => ((window as any).__ran ??= []);

beforeEach(() => {
  errors = freshVisitor();
  (window as any).__ran = [];
  resetTrackers();
});
afterEach(async () => {
  // A pass still pending applies to the page even once its element is gone: let it run first.
  await effectsRun();
  document.querySelectorAll('cookie-consent, cookie-policy, [data-test]').forEach((e) => e.remove());
  delete (window as any)._paq;
  delete (window as any).dataLayer;
  document.cookie.split('; ').forEach((pair) => (document.cookie = `${pair.split('=')[0]}=; Max-Age=0; Path=/`));
});

describe('services inside a category', () => {
  it('hasConsent answers for a service and for its category, which is accepted only when all its services are', async () => {
    const el = await withConfig(config());
    expect([el.hasConsent('youtube'), el.hasConsent('vimeo'), el.hasConsent('videos')]).toEqual([false, false, false]);
    el.acceptCategories(['youtube']);
    expect([el.hasConsent('youtube'), el.hasConsent('vimeo'), el.hasConsent('videos')]).toEqual([true, false, false]);
    expect(storedChoice().services).toEqual({ youtube: true, vimeo: false });
    expect(storedChoice().categories.videos).toBe(false);
    el.acceptCategories(['videos']);
    expect([el.hasConsent('youtube'), el.hasConsent('vimeo'), el.hasConsent('videos')]).toEqual([true, true, true]);
    expect(storedChoice()).toMatchObject({ schema: 1, categories: { necessary: true, statistics: false, videos: true }, services: { youtube: true, vimeo: true } });
    expect(errors).not.toHaveBeenCalled();
  });

  it('the record keeps schema 1 and readConsent() returns its services; a reload reads them back', async () => {
    (await withConfig(config())).acceptCategories(['vimeo']);
    document.querySelector('cookie-consent')!.remove();
    expect(readConsent({ categoryIds: ['necessary', 'statistics', 'videos'], serviceIds: ['youtube', 'vimeo'] })?.services).toEqual({ youtube: false, vimeo: true });
    const again = await withConfig(config());
    expect(again.consent?.services).toEqual({ youtube: false, vimeo: true });
    expect(shadow(again).querySelector('[part=banner]')).toBeNull();
  });

  it('a stored record that misses a configured service, or says anything but true or false, is no choice', async () => {
    storeRaw(JSON.stringify(record({ categories: { necessary: true, statistics: false, videos: false }, services: { youtube: true } })));
    expect((await withConfig(config())).consent).toBeNull();
    document.querySelector('cookie-consent')!.remove();
    storeRaw(JSON.stringify(record({ categories: { necessary: true, statistics: false, videos: false }, services: { youtube: 'yes', vimeo: false } })));
    expect((await withConfig(config())).consent).toBeNull();
  });

  it('a forged record naming a service the configuration lacks, or a category true beside a refused service, grants nothing more', async () => {
    storeRaw(JSON.stringify(record({ categories: { necessary: true, statistics: false, videos: true }, services: { youtube: true, vimeo: false, dailymotion: true } })));
    const el = await withConfig(config());
    expect(el.consent).not.toBeNull();
    expect([el.hasConsent('videos'), el.hasConsent('dailymotion'), el.hasConsent('youtube')]).toEqual([false, false, true]);
  });

  it('a choice made through the API while the services chunk loads waits for it: the services are stored, a service id is known, the events follow', async () => {
    const el = document.createElement('cookie-consent');
    el.config = config();
    const changes: string[][] = [];
    el.addEventListener('cookie-consent-change', (e) => changes.push((e as CustomEvent).detail.changed));
    document.body.append(el);
    // At once, as a portal's own "Accept and play" button may do, before the chunk is in.
    el.acceptAll();
    el.acceptCategories(['youtube']);
    expect(storedChoice()).toBeUndefined();
    await el.updateComplete;
    await expect.poll(() => storedChoice()?.services).toEqual({ youtube: true, vimeo: false });
    expect(storedChoice().categories).toMatchObject({ necessary: true, videos: false });
    expect([el.hasConsent('youtube'), el.hasConsent('vimeo'), el.hasConsent('videos')]).toEqual([true, false, false]);
    // In the order called: all, then YouTube alone.
    expect(changes.map((ids) => [...ids].sort())).toEqual([
      ['statistics', 'videos', 'vimeo', 'youtube'],
      ['statistics', 'videos', 'vimeo'],
    ]);
    expect(errors).not.toHaveBeenCalled();
    // A reload takes it as a whole choice: no banner, the same services.
    el.remove();
    const again = await withConfig(config());
    expect(again.consent?.services).toEqual({ youtube: true, vimeo: false });
    expect(shadow(again).querySelector('[part=banner]')).toBeNull();
  });

  it('cookie-consent-change names the services and categories whose value changed', async () => {
    const el = await withConfig(config());
    const changes: string[][] = [];
    el.addEventListener('cookie-consent-change', (e) => changes.push((e as CustomEvent).detail.changed));
    el.acceptCategories(['youtube']);
    el.acceptCategories(['videos']);
    el.rejectAll();
    expect(changes).toEqual([['youtube'], ['videos', 'vimeo'], ['videos', 'youtube', 'vimeo']]);
  });

  it('data-cookie-service gates a script on one service; data-cookie-category on the whole category', async () => {
    const box = container();
    box.dataset.test = '';
    box.innerHTML = `
      <script type="text/plain" data-cookie-service="youtube">__ran.push('youtube')</script>
      <script type="text/plain" data-cookie-category="videos">__ran.push('videos')</script>`;
    const el = await withConfig(config());
    el.acceptCategories(['youtube']);
    await effectsRun();
    await expect.poll(ran).toEqual(['youtube']);
    el.acceptCategories(['youtube', 'vimeo']);
    await expect.poll(ran).toEqual(['youtube', 'videos']);
  });

  it("an embed's placeholder names the service and accepts that service only", async () => {
    const box = container();
    box.dataset.test = '';
    box.innerHTML = `
      <iframe title="A" data-cookie-service="youtube" data-src="/test/browser/fixtures/embed.html?a"></iframe>
      <iframe title="B" data-cookie-service="vimeo" data-src="/test/browser/fixtures/embed.html?b"></iframe>`;
    const el = await withConfig(config());
    await effectsRun();
    await userEvent.click(page.getByRole('button', { name: 'Accept YouTube cookies' }));
    await expect.poll(() => box.querySelector<HTMLIFrameElement>('iframe[title=A]')!.getAttribute('src')).toContain('embed.html?a');
    expect(box.querySelector('iframe[title=B]')!.hasAttribute('src')).toBe(false);
    expect([el.hasConsent('youtube'), el.hasConsent('vimeo')]).toEqual([true, false]);
  });

  it("a placeholder follows the element's language when it changes at run time", async () => {
    const box = container();
    box.dataset.test = '';
    box.innerHTML = `<iframe title="A" data-cookie-service="youtube" data-src="/test/browser/fixtures/embed.html?a"></iframe>`;
    const el = await withConfig(config());
    await effectsRun();
    const placeholder = box.querySelector('cookie-consent-placeholder') as HTMLElement & { updateComplete: Promise<unknown> };
    await placeholder.updateComplete;
    expect(placeholder.shadowRoot!.textContent).toContain('Accept YouTube cookies');
    el.lang = 'fr';
    await el.updateComplete;
    await placeholder.updateComplete;
    expect(placeholder.getAttribute('lang')).toBe('fr');
    expect(placeholder.shadowRoot!.querySelector('button')!.textContent!.trim()).toBe('Accepter les cookies «\u00a0YouTube\u00a0»');
  });

  it('the dialog: one switch per service, and the category a checkbox that is mixed when they differ and sets them all', async () => {
    const el = await withConfig(config());
    el.acceptCategories(['youtube']);
    el.showPreferences();
    await el.updateComplete;
    const root = shadow(el);
    const all = root.querySelector<HTMLInputElement>('#switch-videos')!;
    const [youtube, vimeo] = ['youtube', 'vimeo'].map((id) => root.querySelector<HTMLInputElement>(`#switch-${id}`)!);
    expect(all.getAttribute('role')).toBeNull(); // a checkbox: a switch has no mixed state
    expect([all.checked, all.indeterminate, youtube!.checked, vimeo!.checked]).toEqual([false, true, true, false]);
    expect(youtube!.getAttribute('role')).toBe('switch');
    // Named by their label, described by their description.
    await expect.element(page.getByRole('switch', { name: 'Vimeo' })).toBeVisible();
    await expect.element(page.getByRole('checkbox', { name: 'Videos' })).toBeVisible();
    await userEvent.click(vimeo!);
    expect([all.checked, all.indeterminate]).toEqual([true, false]);
    await userEvent.click(all);
    expect([youtube!.checked, vimeo!.checked, all.indeterminate]).toEqual([false, false, false]);
    await userEvent.click(youtube!);
    expect([all.checked, all.indeterminate]).toEqual([false, true]);
    await userEvent.click(page.getByRole('button', { name: 'Save my choices' }));
    expect(storedChoice().services).toEqual({ youtube: true, vimeo: false });
    await expect(el).to.be.accessible();
  });

  it("the browser's accessibility tree says the category is mixed, and each service switch on or off", async () => {
    const el = await withConfig(config());
    el.acceptCategories(['youtube']);
    el.showPreferences();
    await el.updateComplete;
    // The tree of this test's frame (the tests run in an iframe of the runner's page).
    type Frame = { frame: { id: string; url: string }; childFrames?: Frame[] };
    const { frameTree } = (await cdp().send('Page.getFrameTree', {})) as { frameTree: Frame };
    const all = (f: Frame): Frame[] => [f, ...(f.childFrames ?? []).flatMap(all)];
    const frameId = all(frameTree).find((f) => f.frame.url === location.href)?.frame.id;
    const { nodes } = (await cdp().send('Accessibility.getFullAXTree', { frameId })) as { nodes: AXNode[] };
    const named = (role: string, name: string) =>
      nodes.find((n) => n.role?.value === role && n.name?.value === name)?.properties?.find((p) => p.name === 'checked')?.value.value;
    expect(named('checkbox', 'Videos')).toBe('mixed');
    expect(named('switch', 'YouTube')).toBe('true');
    expect(named('switch', 'Vimeo')).toBe('false');
  });

  it('Tab reaches the category checkbox and each service switch in reading order; Space toggles', async () => {
    const el = await withConfig(config());
    el.showPreferences();
    await el.updateComplete;
    const root = shadow(el);
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await userEvent.keyboard('{Tab}');
      order.push((root.activeElement as HTMLElement | null)?.id ?? '');
    }
    const ids = order.filter((id) => id.startsWith('switch-'));
    expect(ids).toEqual(['switch-videos', 'switch-youtube', 'switch-vimeo']);
    root.querySelector<HTMLElement>('#switch-videos')!.focus();
    await userEvent.keyboard(' ');
    expect(['youtube', 'vimeo'].map((id) => root.querySelector<HTMLInputElement>(`#switch-${id}`)!.checked)).toEqual([true, true]);
  });

  it('a withdrawn service loses its cookies; its accepted sibling keeps its own', async () => {
    const el = await withConfig(config());
    el.acceptAll();
    await effectsRun(); // two choices in one task make one pass, against the first's "before"
    document.cookie = 'YSC=1; Path=/';
    document.cookie = 'vuid=1; Path=/';
    el.acceptCategories(['vimeo']);
    await expect.poll(() => document.cookie.includes('YSC=')).toBe(false);
    expect(document.cookie).toContain('vuid=1');
  });
});

describe('configuration of services', () => {
  const refused = async (c: unknown, field: RegExp) => {
    const el = await withConfig(c);
    await expect.poll(() => errors.mock.calls.flat().join('\n')).toMatch(field);
    expect(el.categories.map((c) => c.id)).toEqual(['necessary', 'statistics']);
    return el;
  };

  it('service ids are unique across the configuration, categories included, ignoring case', async () => {
    const twice = { categories: [{ id: 'videos', title: 'V', services: [{ id: 'youtube', title: 'Y' }, { id: 'YouTube', title: 'Y' }] }] };
    await refused(twice, /"categories\[0\]\.services\[1\]\.id" must be unique/);
    document.querySelector('cookie-consent')!.remove();
    const likeCategory = { categories: [{ id: 'videos', title: 'V', services: [{ id: 'statistics', title: 'S' }] }] };
    await refused(likeCategory, /"categories\[0\]\.services\[0\]\.id" must be unique/);
  });

  it('exempt measurement whose cookie lasts over 13 months (or says it in words) is refused', async () => {
    await refused({ categories: [{ id: 'audience', title: 'A', exempt: true, cookies: [row(['_pk_id.*'], 396)] }] }, /"categories\[0\]\.cookies\[0\]\.duration" must be a number of days up to 395/);
    document.querySelector('cookie-consent')!.remove();
    await refused({ categories: [{ id: 'audience', title: 'A', services: [{ id: 'm', title: 'M', exempt: true, cookies: [row(['_pk_id.*'], '13 months')] }] }] }, /services\[0\]\.cookies\[0\]\.duration/);
  });

  it('GA4 cannot be exempt; necessary takes no services; an unknown preset and a non-boolean exempt are refused', async () => {
    await refused({ categories: [{ id: 'statistics', title: 'S', services: [{ preset: 'ga4', exempt: true }] }] }, /Google Analytics 4 keeps its _ga cookie 2 years/);
    document.querySelector('cookie-consent')!.remove();
    await refused({ categories: [{ id: 'necessary', title: 'N', services: [{ id: 'x', title: 'X' }] }] }, /"categories\[0\]" must be without "services"/);
    document.querySelector('cookie-consent')!.remove();
    await refused({ categories: [{ id: 'statistics', title: 'S', services: [{ preset: 'hotjar' }] }] }, /"categories\[0\]\.services\[0\]\.preset" must be one of: matomo ga4 piano/);
    document.querySelector('cookie-consent')!.remove();
    await refused({ categories: [{ id: 'statistics', title: 'S', exempt: 'yes' }] }, /"categories\[0\]\.exempt" must be true or false/);
  });

  it('hostile services (a __proto__ key, a prototype-polluted id) are refused or grant nothing', async () => {
    await refused(JSON.parse('{"categories":[{"id":"videos","title":"V","services":[{"id":"y","title":"Y","__proto__":{"exempt":true}}]}]}'), /__proto__/);
    document.querySelector('cookie-consent')!.remove();
    (Object.prototype as any).youtube = true;
    try {
      const el = await withConfig(config());
      el.acceptCategories(['vimeo']);
      expect(storedChoice().services).toEqual({ youtube: false, vimeo: true });
      expect(el.hasConsent('youtube')).toBe(false);
    } finally {
      delete (Object.prototype as any).youtube;
    }
  });
});

describe('exempt audience measurement (CNIL 2020-092, art. 5)', () => {
  const exempt = (): ConsentConfig => ({
    categories: [{ id: 'audience', title: { en: 'Audience', fr: 'Audience' }, exempt: true, cookies: [row(['_pk_id.*'], 395)] }, ...config().categories!],
  });

  it('runs without consent, and the banner says so and that one can object', async () => {
    const box = container();
    box.dataset.test = '';
    box.innerHTML = `<script type="text/plain" data-cookie-category="audience">__ran.push('audience')</script>`;
    const el = await withConfig(exempt());
    expect(el.hasConsent('audience')).toBe(true);
    await effectsRun();
    await expect.poll(ran).toEqual(['audience']);
    await expect.element(page.getByText('Audience measurement that needs no consent is on; you can object to it under “Customize”.')).toBeVisible();
  });

  it('the banner of a page without exempt measurement says nothing of it', async () => {
    const el = await withConfig(config());
    expect(shadow(el).querySelector('[part=banner]')).not.toBeNull();
    expect(shadow(el).querySelector('[part=exempt-notice]')).toBeNull();
  });

  it('Reject all refuses consent, not the exempt measurement; the dialog switch objects, stored like a refusal, on every page', async () => {
    const el = await withConfig(exempt());
    el.rejectAll();
    expect(storedChoice().categories).toMatchObject({ audience: true, videos: false });
    el.showPreferences();
    await el.updateComplete;
    const sw = shadow(el).querySelector<HTMLInputElement>('#switch-audience')!;
    expect(sw.checked).toBe(true);
    expect(shadow(el).querySelector('[part=exempt-note]')!.textContent).toContain('Needs no consent');
    await userEvent.click(sw);
    await userEvent.click(page.getByRole('button', { name: 'Save my choices' }));
    expect(storedChoice().categories.audience).toBe(false);
    el.remove();
    const box = container();
    box.dataset.test = '';
    box.innerHTML = `<script type="text/plain" data-cookie-category="audience">__ran.push('audience')</script>`;
    const again = await withConfig(exempt());
    await effectsRun();
    expect(again.hasConsent('audience')).toBe(false);
    expect(ran()).toEqual([]);
  });

  it("an exempt category's service that opts out of the exemption is refused by Reject all, even after Accept all", async () => {
    const el = await withConfig({
      categories: [{ id: 'audience', title: 'Audience', exempt: true, services: [
        { id: 'counter', title: 'Counter', cookies: [row(['_c'], 30)] },
        { id: 'heatmap', title: 'Heatmap', exempt: false, cookies: [row(['_h'], 30)] },
      ] }],
    });
    expect([el.hasConsent('counter'), el.hasConsent('heatmap'), el.hasConsent('audience')]).toEqual([true, false, false]);
    el.acceptAll();
    expect(el.hasConsent('audience')).toBe(true);
    el.rejectAll();
    expect(storedChoice().services).toEqual({ counter: true, heatmap: false });
    expect(el.hasConsent('audience')).toBe(false);
  });

  it('in French, the notice and the note are French', async () => {
    const el = await mount(html`<cookie-consent lang="fr" .config=${exempt()}></cookie-consent>`);
    expect(shadow(el).querySelector('[part=exempt-notice]')!.textContent).toContain('vous pouvez vous y opposer');
    el.showPreferences();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=exempt-note]')!.textContent).toContain('Sans consentement requis');
  });
});

describe('presets', () => {
  beforeEach(() => resetConsentModeDefault());

  it("matomo: the preset's table in the dialog; Matomo told to wait for consent, then given it, then to forget it", async () => {
    const paq: unknown[][] = ((window as any)._paq = []);
    const el = await withConfig({ categories: [{ id: 'statistics', title: 'S', services: [{ preset: 'matomo' }] }] });
    expect(paq).toEqual([['requireConsent']]);
    el.showPreferences();
    await el.updateComplete;
    expect(shadow(el).querySelector('#title-matomo')!.textContent).toContain('Matomo');
    expect(shadow(el).textContent).toContain('_pk_id.*');
    el.acceptAll();
    expect(paq.at(-1)).toEqual(['setConsentGiven']);
    el.rejectAll();
    expect(paq.at(-1)?.[0]).toBe('forgetConsentGiven');
  });

  it('matomo exempt: no wait for consent; an objection is optUserOut', async () => {
    const paq: unknown[][] = ((window as any)._paq = []);
    const el = await withConfig({ categories: [{ id: 'statistics', title: 'S', services: [{ preset: 'matomo', exempt: true }] }] });
    expect(paq).toEqual([]);
    expect(el.hasConsent('matomo')).toBe(true);
    el.acceptCategories([]);
    expect(paq).toEqual([]); // leaving it out is no objection
    el.showPreferences();
    await el.updateComplete;
    await userEvent.click(shadow(el).querySelector<HTMLElement>('#switch-matomo')!);
    await userEvent.click(page.getByRole('button', { name: 'Save my choices' }));
    expect(paq.map((c) => c[0])).toContain('optUserOut');
  });

  it('ga4: accepting the service grants analytics_storage through Consent Mode', async () => {
    const layer: IArguments[] = ((window as any).dataLayer = []);
    const el = await withConfig({ categories: [{ id: 'statistics', title: 'S', services: [{ preset: 'ga4' }, { id: 'other', title: 'O' }] }] });
    el.acceptCategories(['ga4']);
    await expect.poll(() => layer.map((a) => [...a]).at(-1)).toEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'granted' })]);
    expect(el.hasConsent('statistics')).toBe(false);
  });

  it("a preset's table reads in the language of a language file, which carries those texts", async () => {
    await import('../../src/lang/nl.js');
    const el = await mount(html`<cookie-consent lang="nl" .config=${{ categories: [{ id: 'statistics', title: 'S', services: [{ preset: 'matomo' }] }] }}></cookie-consent>`);
    el.showPreferences();
    await el.updateComplete;
    const text = shadow(el).querySelector('dialog')!.textContent!;
    expect(text).toContain('Bezoekersstatistieken: bezoekers-ID');
    expect(text).not.toContain('Audience measurement: visitor identifier');
  });

  it('any field of a preset can be overridden, the id included', async () => {
    const el = await withConfig({ categories: [{ id: 'statistics', title: 'S', services: [{ preset: 'matomo', id: 'audience', title: 'Our audience', cookies: [row(['_pk_id.*'], 30)] }] }] });
    el.showPreferences();
    await el.updateComplete;
    expect(shadow(el).querySelector('#title-audience')!.textContent).toContain('Our audience');
    expect(shadow(el).querySelectorAll('#title-audience ~ * code, [part=service] code').length).toBe(1);
  });
});

describe('language files', () => {
  it('a loaded language is chosen like a built-in one, for the banner and the dialog', async () => {
    await import('../../src/lang/de.js');
    document.documentElement.lang = 'de';
    const el = await mount();
    await expect.element(page.getByRole('button', { name: 'Alle ablehnen' })).toBeVisible();
    el.showPreferences();
    await el.updateComplete;
    expect(shadow(el).querySelector('dialog')!.getAttribute('lang')).toBe('de');
    expect(shadow(el).querySelector('[part~=save]')!.textContent).not.toBe('Save my choices');
  });

  it("the built-in inventory's titles, descriptions and table read in a loaded language too", async () => {
    await import('../../src/lang/de.js');
    const el = await mount(html`<cookie-consent lang="de"></cookie-consent>`);
    el.showPreferences();
    await el.updateComplete;
    const text = shadow(el).querySelector('dialog')!.textContent!;
    expect(text).toContain('Unbedingt erforderlich');
    expect(text).toContain('(Front- und Backoffice)');
    expect(text).not.toContain('Strictly necessary');
    expect(text).not.toContain('To remember the user from one page to another');
  });

  it('texts still override a loaded language', async () => {
    await import('../../src/lang/es.js');
    const el = await mount(html`<cookie-consent lang="es" .config=${{ texts: { es: { acceptAll: 'Vale' } } }}></cookie-consent>`);
    expect(shadow(el).querySelector('[part~=accept-all]')!.textContent!.trim()).toBe('Vale');
    expect(shadow(el).querySelector('[part~=reject-all]')!.textContent!.trim()).not.toBe('Reject all');
  });
});

describe('<cookie-policy> beside the banner', () => {
  it('lists each service under its category, with its table and its own choice', async () => {
    await import('../../src/policy/index.js');
    const el = await withConfig(config());
    el.acceptCategories(['youtube']);
    const policy = document.createElement('cookie-policy');
    document.body.append(policy);
    await (policy as any).updateComplete;
    await expect.poll(() => policy.textContent).toContain('YouTube: accepted');
    expect(policy.textContent).toContain('Vimeo: refused');
    expect(policy.textContent).toContain('Videos: refused');
    expect([...policy.querySelectorAll('code')].map((c) => c.textContent)).toEqual(expect.arrayContaining(['YSC', 'vuid']));
  });
});
