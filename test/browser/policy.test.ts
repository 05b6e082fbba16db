import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { fixture } from '@open-wc/testing-helpers';
import type { TemplateResult } from 'lit';
import type { CookieConsent } from '../../src/index.js';
import { CookiePolicy } from '../../src/policy/index.js';
import { freshVisitor, html, mount, storedChoice } from './helpers.js';

if (!customElements.get('cookie-policy')) customElements.define('cookie-policy', CookiePolicy);

const config = {
  categories: [
    {
      id: 'statistics',
      title: { en: 'Audience measurement', fr: 'Mesure d’audience' },
      description: { en: 'Matomo, hosted by the portal.', fr: 'Matomo, hébergé par le portail.' },
      cookies: [
        {
          provider: 'Matomo',
          function: { en: 'Audience measurement', fr: 'Mesure d’audience' },
          names: ['_pk_id.*', '_pk_ses.*'],
          purpose: { en: 'To count visits', fr: 'Compter les visites' },
          duration: 395,
        },
        { provider: 'Matomo', function: 'Heatmaps', names: ['_pk_hsr'], purpose: { en: 'To see clicks', fr: 'Voir les clics' }, duration: 1 },
      ],
    },
    {
      id: 'marketing',
      title: { en: 'Marketing', fr: 'Marketing' },
      cookies: [{ provider: 'AdCo', function: 'Retargeting', names: ['ad_id'], purpose: { en: 'To show ads', fr: 'Afficher des publicités' } }],
    },
  ],
};

/** A policy page: a `<cookie-consent>` (configured like a portal) and a `<cookie-policy>`. */
async function policyPage(template: TemplateResult) {
  const root = await fixture<HTMLElement>(template);
  const consentEl = root.querySelector('cookie-consent') as CookieConsent | null;
  const el = (root.localName === 'cookie-policy' ? root : root.querySelector('cookie-policy')) as CookiePolicy;
  await consentEl?.updateComplete;
  await el.updateComplete;
  return { el, consentEl: consentEl! };
}

const withConsent = (attributes = '', policy = html`<cookie-policy platform="https://inai.opendatasoft.com"></cookie-policy>`) =>
  attributes === 'fr'
    ? html`<div><cookie-consent lang="fr" .config=${config}></cookie-consent>${policy}</div>`
    : html`<div><cookie-consent .config=${config}></cookie-consent>${policy}</div>`;

/** Text with every run of white space (Intl writes no-break spaces) as one space. */
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map(text);
/** Each table as rows of cell texts, header row first. */
const tables = (el: Element) =>
  [...el.querySelectorAll('table')].map((t) => ({ caption: text(t.caption), rows: [...t.rows].map((r) => [...r.cells].map(text)) }));

describe('<cookie-policy>', () => {
  let errors: ReturnType<typeof freshVisitor>;
  beforeEach(() => {
    errors = freshVisitor();
  });

  describe('content', () => {
    it('renders each section heading at heading-level 2 by default, categories one below', async () => {
      const { el } = await policyPage(withConsent());
      expect(texts(el, 'h2')).toEqual([
        'What is a cookie?',
        'The kinds of cookies',
        'What cookies are used on the inai.opendatasoft.com platform?',
        'Your current choice',
        'How to change your choice',
      ]);
      expect(texts(el, 'h3')).toEqual(['Strictly necessary', 'Audience measurement', 'Marketing']);
      expect(el.querySelectorAll('h1, h4, h5, h6')).toHaveLength(0);
      await expect.element(page.getByRole('heading', { level: 2, name: 'What is a cookie?' })).toBeVisible();
      await expect.element(page.getByRole('heading', { level: 3, name: 'Marketing' })).toBeVisible();
    });

    it('heading-level="3" puts sections at 3 and categories at 4', async () => {
      const { el } = await policyPage(withConsent('', html`<cookie-policy heading-level="3"></cookie-policy>`));
      expect(texts(el, 'h3')).toHaveLength(5);
      expect(texts(el, 'h3')[0]).toBe('What is a cookie?');
      expect(texts(el, 'h4')).toEqual(['Strictly necessary', 'Audience measurement', 'Marketing']);
      expect(el.querySelectorAll('h2')).toHaveLength(0);
    });

    it('names the platform: a URL by its host, a plain name as given, else the <cookie-consent>’s, else this host', async () => {
      let { el } = await policyPage(html`<cookie-policy platform="https://inai.opendatasoft.com/explore/"></cookie-policy>`);
      expect(text(el)).toContain('The inai.opendatasoft.com platform uses cookies');
      el.platform = 'Data Portal';
      await el.updateComplete;
      expect(texts(el, 'h2')[2]).toBe('What cookies are used on the Data Portal platform?');
      el.remove();

      ({ el } = await policyPage(html`<div><cookie-consent platform="https://gpseo.opendatasoft.com"></cookie-consent><cookie-policy></cookie-policy></div>`));
      expect(texts(el, 'h2')[2]).toBe('What cookies are used on the gpseo.opendatasoft.com platform?');
      el.parentElement!.remove();

      ({ el } = await policyPage(html`<cookie-policy></cookie-policy>`));
      expect(texts(el, 'h2')[2]).toBe(`What cookies are used on the ${location.host} platform?`);
    });

    it('introduces cookies, what one is and the kinds of cookies', async () => {
      const { el } = await policyPage(withConsent());
      expect(text(el.querySelector('p'))).toMatch(/Some keep it working.*measure its audience/);
      expect(texts(el, 'dt')).toEqual(['Necessary cookies', 'Statistical cookies', 'First-party cookies', 'Third-party cookies']);
      const [necessary, statistical] = texts(el, 'dd');
      expect(necessary).toContain('do not need your consent');
      expect(statistical).toMatch(/exempt from consent only when the data is anonymised.*CNIL.*Otherwise they are set only if you accept them/);
    });

    it('shows one table per category, with every row of the <cookie-consent>’s inventory, in English', async () => {
      const { el } = await policyPage(withConsent());
      const head = ["Service provider's name", 'Function and location', 'Cookie name(s)', 'Purposes'];
      expect(tables(el)).toEqual([
        {
          caption: 'Cookies: Strictly necessary',
          rows: [
            [...head, 'Duration'],
            ['Opendatasoft', 'Authentication (front and back office)', 'sessionid', 'To remember the user from one page to another', '2 weeks'],
            ['Opendatasoft', 'Language selection (front and back office)', 'django_language', "To remember the visitor's language", '1 year'],
            ['Opendatasoft', 'API (CSRF) (front and back office)', 'csrftoken', 'To retrieve data via API calls', '1 year'],
            ['Opendatasoft', 'Choices related to your cookie preferences', 'cookies_preferences', "To remember the visitor's cookie preferences", '6 months'],
          ],
        },
        {
          caption: 'Cookies: Audience measurement',
          rows: [
            [...head, 'Duration'],
            ['Matomo', 'Audience measurement', '_pk_id.*, _pk_ses.*', 'To count visits', '13 months'],
            ['Matomo', 'Heatmaps', '_pk_hsr', 'To see clicks', '1 day'],
          ],
        },
        // No row gives a duration: no Duration column.
        { caption: 'Cookies: Marketing', rows: [head, ['AdCo', 'Retargeting', 'ad_id', 'To show ads']] },
      ]);
      expect([...el.querySelectorAll('th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
      expect(el.querySelectorAll('tbody code')).toHaveLength(8);
      expect(text(el)).toContain('Matomo, hosted by the portal.');
    });

    it('is in French with lang="fr", headings, tables and Intl durations included', async () => {
      const { el } = await policyPage(withConsent('', html`<cookie-policy lang="fr" platform="https://inai.opendatasoft.com"></cookie-policy>`));
      expect(texts(el, 'h2')).toEqual([
        'Qu’est-ce qu’un cookie ?',
        'Les types de cookies',
        'Quels cookies sont utilisés sur la plateforme inai.opendatasoft.com ?',
        'Votre choix actuel',
        'Modifier votre choix',
      ]);
      expect(texts(el, 'h3')).toEqual(['Strictement nécessaires', 'Mesure d’audience', 'Marketing']);
      const [necessary, statistics, marketing] = tables(el);
      expect(necessary!.rows[0]).toEqual(['Nom du fournisseur de service', 'Fonction et emplacement', 'Nom(s) du cookie', 'Finalités', 'Durée']);
      expect(necessary!.rows[1]).toEqual(['Opendatasoft', 'Authentification (front et back office)', 'sessionid', 'Reconnaître l’utilisateur d’une page à l’autre', '2 semaines']);
      expect(necessary!.rows[4]![4]).toBe('6 mois');
      expect(statistics!.caption).toBe('Cookies : Mesure d’audience');
      expect(statistics!.rows[1]).toEqual(['Matomo', 'Mesure d’audience', '_pk_id.*, _pk_ses.*', 'Compter les visites', '13 mois']);
      // Intl writes "13 mois" with a no-break space.
      expect(el.querySelectorAll('table')[1]!.rows[1]!.cells[4]!.textContent).toMatch(/^13\smois$/);
      expect(marketing!.rows[1]).toEqual(['AdCo', 'Retargeting', 'ad_id', 'Afficher des publicités']);
      expect(el.querySelector('[lang]')!.getAttribute('lang')).toBe('fr');
    });

    it('follows the <cookie-consent>’s language, then <html lang>, else English', async () => {
      let { el } = await policyPage(withConsent('fr'));
      expect(texts(el, 'h2')[0]).toBe('Qu’est-ce qu’un cookie ?');
      el.parentElement!.remove();

      document.documentElement.lang = 'fr-CA';
      ({ el } = await policyPage(html`<cookie-policy></cookie-policy>`));
      expect(texts(el, 'h2')[0]).toBe('Qu’est-ce qu’un cookie ?');
      el.remove();

      document.documentElement.lang = 'de';
      ({ el } = await policyPage(html`<cookie-policy></cookie-policy>`));
      expect(texts(el, 'h2')[0]).toBe('What is a cookie?');
      document.documentElement.lang = 'en';
    });

    it('reads its own JSON child rather than the <cookie-consent>’s inventory', async () => {
      const json = JSON.stringify({
        categories: [{ id: 'video', title: 'Video', cookies: [{ provider: 'VidCo', function: 'Player', names: ['vid_pref'], purpose: 'To remember the volume', duration: '1 session' }] }],
      });
      const { el } = await policyPage(
        withConsent('', html`<cookie-policy><script type="application/json">${json}</script></cookie-policy>`),
      );
      expect(texts(el, 'h3')).toEqual(['Strictly necessary', 'Statistics', 'Video']);
      expect(tables(el).at(-1)!.rows[1]).toEqual(['VidCo', 'Player', 'vid_pref', 'To remember the volume', '1 session']);
      // The default necessary category keeps the row of the cookie that stores the choice.
      expect(tables(el)[0]!.rows.at(-1)![2]).toBe('cookies_preferences');
      expect(text(el)).not.toContain('Matomo');
      expect(errors).not.toHaveBeenCalled();
    });

    it('takes its own config property over its JSON child', async () => {
      const { el } = await policyPage(html`<cookie-policy .config=${config}><script type="application/json">{"categories":[]}</script></cookie-policy>`);
      expect(texts(el, 'h3')).toEqual(['Strictly necessary', 'Audience measurement', 'Marketing']);
    });

    it('never renders configured text as HTML', async () => {
      (window as any).__xss = 0;
      const xss = '<img src=x onerror="window.__xss=1">';
      const { el } = await policyPage(
        html`<cookie-policy platform=${xss} .config=${{ categories: [{ id: 'x', title: xss, cookies: [{ provider: xss, function: 'f', names: ['a'], purpose: 'p' }] }] }}></cookie-policy>`,
      );
      await new Promise((r) => setTimeout(r, 50));
      expect(el.querySelector('img')).toBeNull();
      expect(texts(el, 'h3')).toContain(xss);
      expect((window as any).__xss).toBe(0);
    });
  });

  describe('current choice', () => {
    it('says there is no choice yet, then follows acceptAll() and rejectAll() live, with the date', async () => {
      const { el, consentEl } = await policyPage(withConsent());
      const section = () => el.querySelectorAll('section')[el.querySelectorAll('section').length - 2]!;
      expect(text(section())).toContain('You have not made a choice yet.');

      consentEl.acceptAll();
      await el.updateComplete;
      const updated: string = storedChoice().updated;
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(updated));
      expect(text(section())).toContain(`Choice saved on ${date}.`.replace(/\s+/g, ' '));
      expect(section().querySelector('time')!.dateTime).toBe(updated);
      expect(texts(section(), 'li')).toEqual(['Strictly necessary: always on', 'Audience measurement: accepted', 'Marketing: accepted']);
      expect(text(section())).not.toContain('You have not made a choice yet.');

      consentEl.acceptCategories(['marketing']);
      await el.updateComplete;
      expect(texts(section(), 'li')).toEqual(['Strictly necessary: always on', 'Audience measurement: refused', 'Marketing: accepted']);
    });

    it('the current choice is in a polite live region present from the start, so that its change is announced (WCAG 4.1.3)', async () => {
      const { el, consentEl } = await policyPage(withConsent());
      const live = el.querySelector('[aria-live=polite]')!;
      expect(live.textContent).toContain('You have not made a choice yet.');
      consentEl.acceptAll();
      await el.updateComplete;
      // The same region, its content changed: what a screen reader announces.
      expect(el.querySelector('[aria-live=polite]')).toBe(live);
      expect(live.textContent).toContain('Choice saved on');
    });

    it('shows a stored choice on load, in French with a French date', async () => {
      const { consentEl } = await policyPage(withConsent());
      consentEl.rejectAll();
      consentEl.parentElement!.remove();
      const { el } = await policyPage(withConsent('fr'));
      const updated: string = storedChoice().updated;
      const date = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(updated));
      expect(text(el)).toContain(`Choix enregistré le ${date}.`.replace(/\s+/g, ' '));
      expect(texts(el, 'li')).toEqual(['Strictement nécessaires : toujours actifs', 'Mesure d’audience : refusés', 'Marketing : refusés']);
    });

    it('without a <cookie-consent>, reads the stored choice itself and shows no button that could do nothing', async () => {
      const { consentEl } = await policyPage(withConsent());
      consentEl.acceptAll();
      consentEl.parentElement!.remove();
      const el = (await mount(html`<cookie-policy></cookie-policy>` as any)) as unknown as CookiePolicy;
      await el.updateComplete;
      expect(text(el)).toContain('Choice saved on');
      expect(el.querySelector('button')).toBeNull();
    });

    it('its "Manage my preferences" button opens the <cookie-consent> dialog, once a choice is made', async () => {
      const { el, consentEl } = await policyPage(withConsent());
      consentEl.rejectAll();
      await el.updateComplete;
      const button = page.getByRole('button', { name: 'Manage my preferences' });
      expect(button.element().hasAttribute('data-cookie-consent-open')).toBe(true);
      await userEvent.click(button);
      await expect.element(page.getByRole('dialog', { name: `Cookies used on the ${location.host} platform` })).toBeVisible();
    });

    it('its button opens the dialog from the keyboard on a first visit too, while the banner shows', async () => {
      await policyPage(withConsent());
      await expect.element(page.getByRole('region')).toBeVisible();
      (page.getByRole('button', { name: 'Manage my preferences' }).element() as HTMLElement).focus();
      await userEvent.keyboard('{Enter}');
      await expect.element(page.getByRole('dialog')).toBeVisible();
    });

    it('stops listening once removed', async () => {
      const { el, consentEl } = await policyPage(withConsent());
      el.remove();
      consentEl.acceptAll();
      await el.updateComplete;
      expect(text(el)).toContain('You have not made a choice yet.');
    });
  });

  describe('page integration', () => {
    it('axe finds nothing, in English and in French, before and after a choice', async () => {
      const { el, consentEl } = await policyPage(withConsent());
      await expect(el).to.be.accessible();
      consentEl.acceptAll();
      el.lang = 'fr';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('while the page is still parsed, waits for DOMContentLoaded before reading the inventory', async () => {
      // The page as the parser builds it, step by step: the policy in the main content first,
      // the banner further down, and the banner's JSON child after its start tag.
      const loading = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
      let root: HTMLElement;
      let consentEl: CookieConsent;
      let el: CookiePolicy;
      try {
        root = await fixture<HTMLElement>(html`<div><cookie-policy></cookie-policy></div>`);
        el = root.querySelector('cookie-policy')!;
        await el.updateComplete;
        expect(el.querySelector('h2')).toBeNull();
        consentEl = document.createElement('cookie-consent');
        root.append(consentEl);
        await consentEl.updateComplete;
        await el.updateComplete;
        expect(el.querySelector('h2')).toBeNull();
        // The parser reaches the banner's JSON child only now.
        const json = document.createElement('script');
        json.type = 'application/json';
        json.textContent = JSON.stringify(config);
        consentEl.append(json);
        await el.updateComplete;
        expect(el.querySelector('h2')).toBeNull();
      } finally {
        loading.mockRestore();
      }
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await consentEl!.updateComplete;
      await el!.updateComplete;
      expect(texts(el!, 'h3')).toEqual(['Strictly necessary', 'Audience measurement', 'Marketing']);
      expect(consentEl!.categories.map((c) => c.id)).toEqual(['necessary', 'statistics', 'marketing']);
    });

    it('renders into light DOM: the page can find, print and style its text', async () => {
      const { el } = await policyPage(html`<div><cookie-consent></cookie-consent><cookie-policy></cookie-policy></div>`);
      expect(el.shadowRoot).toBeNull();
      expect(document.body.textContent).toContain('django_language');
      expect(document.body.textContent).toContain('What is a cookie?');
    });

    it('adopts its stylesheet once, after the page’s own, even with two elements', async () => {
      const ours = (s: CSSStyleSheet) => [...s.cssRules].some((r) => r.cssText.includes('cookie-policy'));
      // A page that set its own adopted sheets after an earlier policy: ours comes back, after the page's.
      const page0 = new CSSStyleSheet();
      page0.replaceSync('.portal-rule { color: red; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => !ours(s)), page0];
      const root = await fixture<HTMLElement>(html`<div><cookie-policy></cookie-policy><cookie-policy heading-level="3"></cookie-policy></div>`);
      await Promise.all([...root.querySelectorAll('cookie-policy')].map((p) => p.updateComplete));
      expect(document.adoptedStyleSheets.filter(ours)).toHaveLength(1);
      expect(document.adoptedStyleSheets).toContain(page0);
      expect(document.adoptedStyleSheets.indexOf(page0)).toBeLessThan(document.adoptedStyleSheets.findIndex(ours));
      const rules = [...document.adoptedStyleSheets.find(ours)!.cssRules].flatMap((r) => (r instanceof CSSMediaRule ? [...r.cssRules] : [r]));
      expect(rules.every((r) => (r as CSSStyleRule).selectorText.split(',').every((s) => s.trim().startsWith(':where(cookie-policy)')))).toBe(true);
      const th = root.querySelector('th')!;
      expect(getComputedStyle(th).borderTopStyle).toBe('solid');
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== page0);
    });

    it('its tables fit a 320px wide screen: the page never scrolls sideways', async () => {
      await page.viewport(320, 700);
      try {
        const { el } = await policyPage(withConsent('', html`<cookie-policy lang="fr"></cookie-policy>`));
        const right = el.getBoundingClientRect().right;
        expect(right).toBeLessThanOrEqual(320);
        for (const table of el.querySelectorAll('table')) expect(table.getBoundingClientRect().right).toBeLessThanOrEqual(right + 0.5);
      } finally {
        await page.viewport(414, 896);
      }
    });

    it('a portal rule of ordinary weight overrides its styles', async () => {
      const theme = new CSSStyleSheet();
      theme.replaceSync('cookie-policy th { border-top-style: dashed; } :root { --cookie-consent-accent: rgb(1, 2, 3); }');
      const { el } = await policyPage(withConsent());
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, theme];
      try {
        expect(getComputedStyle(el.querySelector('th')!).borderTopStyle).toBe('dashed');
        expect(getComputedStyle(el.querySelector('button')!).backgroundColor).toBe('rgb(1, 2, 3)');
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== theme);
      }
    });

    it('its button shows a focus ring from the keyboard and is hidden in print', async () => {
      const root = await fixture<HTMLElement>(html`<div><cookie-consent></cookie-consent><input aria-label="before" /><cookie-policy></cookie-policy></div>`);
      const el = root.querySelector('cookie-policy')!;
      await el.updateComplete;
      root.querySelector('cookie-consent')!.acceptAll();
      await el.updateComplete;
      root.querySelector('input')!.focus();
      await userEvent.tab();
      const button = el.querySelector('button')!;
      expect(document.activeElement).toBe(button);
      expect(getComputedStyle(button).outlineStyle).toBe('solid');
      expect(parseFloat(getComputedStyle(button).outlineWidth)).toBeGreaterThanOrEqual(2);
      const session = cdp();
      await session.send('Emulation.setEmulatedMedia', { media: 'print' });
      try {
        expect(getComputedStyle(button).display).toBe('none');
        expect(getComputedStyle(el.querySelector('table')!).display).toBe('table');
      } finally {
        await session.send('Emulation.setEmulatedMedia', { media: '' });
      }
      expect(getComputedStyle(button).display).not.toBe('none');
    });
  });

  describe('bad input', () => {
    it('an invalid heading-level is reported once and 2 is used', async () => {
      const { el } = await policyPage(html`<cookie-policy heading-level="9"></cookie-policy>`);
      expect(el.querySelectorAll('h2')).toHaveLength(5);
      el.requestUpdate();
      await el.updateComplete;
      document.dispatchEvent(new Event('cookie-consent-change'));
      await el.updateComplete;
      expect(errors).toHaveBeenCalledTimes(1);
      expect(errors.mock.calls[0]![0]).toMatch(/"heading-level" must be a whole number from 1 to 6 \(got "9"\); using 2/);
      el.setAttribute('heading-level', 'abc');
      await el.updateComplete;
      expect(errors).toHaveBeenCalledTimes(2);
      expect(errors.mock.calls[1]![0]).toContain('(got "abc")');
      expect(el.querySelectorAll('h2')).toHaveLength(5);
    });

    it('an invalid configuration is reported once, naming the field, and the default inventory is shown', async () => {
      const { el } = await policyPage(
        html`<cookie-policy .config=${{ categories: [{ id: 'statistics', title: 'Stats', cookies: [{ provider: 'X', function: 'Y', names: [42], purpose: 'Z' }] }] }}></cookie-policy>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(errors).toHaveBeenCalledTimes(1);
      expect(errors.mock.calls[0]![0]).toMatch(/invalid configuration: "categories\[0\]\.cookies\[0\]\.names\[0\]" must be a cookie name/);
      expect(texts(el, 'h3')).toEqual(['Strictly necessary', 'Statistics']);
      expect(text(el)).toContain('sessionid');
    });

    it("uses the banner's text overrides for its table headers, so the two agree", async () => {
      const { el } = await policyPage(html`<div>
        <cookie-consent .config=${{ texts: { en: { provider: 'Who sets it' } } }}></cookie-consent>
        <cookie-policy></cookie-policy>
      </div>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(texts(el, 'th')[0]).toBe('Who sets it');
    });

    it('invalid JSON in its child is reported once, and it never throws', async () => {
      const { el } = await policyPage(html`<cookie-policy><script type="application/json">{ not json</script></cookie-policy>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(errors).toHaveBeenCalledTimes(1);
      expect(errors.mock.calls[0]![0]).toContain('not valid JSON');
      expect(texts(el, 'h3')).toEqual(['Strictly necessary', 'Statistics']);
    });
  });
});
