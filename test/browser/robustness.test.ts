import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { desktopViewport, freshVisitor, html, mount, record, shadow, storedChoice, storeRaw } from './helpers.js';

const XSS = '<img src=x onerror="window.__xss=(window.__xss||0)+1">';

describe('<cookie-consent>', () => {
  describe('bad input', () => {
    let errors: ReturnType<typeof freshVisitor>;
    beforeEach(() => {
      errors = freshVisitor();
      (window as any).__xss = 0;
    });

    const malformed: Record<string, string> = {
      garbage: 'not json at all',
      'truncated JSON': JSON.stringify(record()).slice(0, 40),
      'wrong schema': JSON.stringify(record({ schema: 2 })),
      'wrong types': JSON.stringify(record({ revision: '0', categories: { necessary: 'yes', statistics: 1 } })),
      '__proto__ keys': `{"__proto__":{"polluted":true},"schema":1,"categories":{"__proto__":{"necessary":true}}}`,
      '3 500 characters': 'x'.repeat(3500),
      'an array': '[1,2,3]',
      'null': 'null',
      'a bad id': JSON.stringify(record({ id: 'not-a-uuid' })),
      'necessary refused': JSON.stringify(record({ categories: { necessary: false, statistics: true } })),
      'a choice from the future': JSON.stringify(record({ updated: new Date(Date.now() + 10 * 864e5).toISOString() })),
    };
    for (const [name, value] of Object.entries(malformed)) {
      it(`a stored value that is ${name} counts as no choice, silently, and is kept until the visitor chooses`, async () => {
        storeRaw(value);
        const el = await mount();
        expect(el.consent).toBeNull();
        await expect.element(page.getByRole('region')).toBeVisible();
        expect(errors).not.toHaveBeenCalled();
        expect(({} as any).polluted).toBeUndefined();
        expect(document.cookie).toContain(`cookies_preferences=${encodeURIComponent(value)}`);
        el.rejectAll();
        expect(storedChoice().schema).toBe(1);
      });
    }

    it('a record that misses a configured category asks again', async () => {
      storeRaw(JSON.stringify(record({ categories: { necessary: true } })));
      const el = await mount();
      expect(el.consent).toBeNull();
    });

    describe('configuration', () => {
      const statistics = {
        id: 'statistics',
        title: { en: 'Audience', fr: 'Audience' },
        description: 'Matomo, self-hosted.',
        cookies: [
          { provider: 'Matomo', function: 'Audience measurement', names: ['_pk_id.*', '_pk_ses.*'], purpose: 'To count visits', duration: 395 },
        ],
      };

      it('a JSON child replaces a default category by id and adds new ones after', async () => {
        const config = JSON.stringify({
          categories: [statistics, { id: 'marketing', title: 'Marketing', cookies: [] }],
        });
        const el = await mount(html`<cookie-consent><script type="application/json">${config}</script></cookie-consent>`);
        expect(errors).not.toHaveBeenCalled();
        el.acceptAll();
        expect(Object.keys(storedChoice().categories)).toEqual(['necessary', 'statistics', 'marketing']);
        el.showPreferences();
        await expect.element(page.getByRole('switch', { name: 'Audience' })).toBeVisible();
        await expect.element(page.getByRole('cell', { name: '_pk_id.*, _pk_ses.*' })).toBeVisible();
        await expect.element(page.getByRole('cell', { name: '13 months' })).toBeVisible();
        // The JSON child itself is never shown.
        await expect.element(page.getByText('"categories"')).not.toBeInTheDocument();
      });

      it('the config property wins over a JSON child, and may come after start', async () => {
        const el = await mount(html`<cookie-consent><script type="application/json">{"categories":[]}</script></cookie-consent>`);
        el.config = { categories: [{ id: 'marketing', title: 'Marketing' }] };
        await el.updateComplete;
        el.acceptAll();
        expect(Object.keys(storedChoice().categories)).toEqual(['necessary', 'statistics', 'marketing']);
      });

      it('replacing necessary still keeps the cookies_preferences row', async () => {
        const el = await mount();
        el.config = { categories: [{ id: 'necessary', title: 'Essential', cookies: [] }] };
        el.showPreferences();
        await expect.element(page.getByRole('switch', { name: 'Essential' })).toBeChecked();
        await expect.element(page.getByRole('cell', { name: 'cookies_preferences' })).toBeVisible();
      });

      const invalid: [string, unknown, string][] = [
        ['a number', 42, 'config'],
        ['a bad category id', { categories: [{ id: 3, title: 'x' }] }, 'categories[0].id'],
        ['a bad cookie name', { categories: [{ ...statistics, cookies: [{ ...statistics.cookies[0], names: ['a b'] }] }] }, 'categories[0].cookies[0].names[0]'],
        ['an unknown text', { texts: { fr: { acceptEverything: 'x' } } }, 'texts.fr.acceptEverything'],
        ['an unknown field', { categorie: [] }, 'config.categorie'],
        ['a duplicate id', { categories: [statistics, statistics] }, 'categories[1].id'],
        ['a __proto__ language', JSON.parse('{"texts":{"__proto__":{"acceptAll":"x"}}}'), 'texts.__proto__'],
      ];
      for (const [name, config, field] of invalid) {
        it(`${name} is reported once, naming "${field}", and the default inventory is used`, async () => {
          const el = await mount(html`<cookie-consent .config=${config}></cookie-consent>`);
          el.requestUpdate();
          await el.updateComplete;
          expect(errors).toHaveBeenCalledTimes(1);
          expect(String(errors.mock.calls[0]![0])).toContain(`"${field}"`);
          expect(({} as any).acceptAll).toBeUndefined();
          el.acceptAll();
          expect(Object.keys(storedChoice().categories)).toEqual(['necessary', 'statistics']);
        });
      }

      it('invalid JSON in the child is reported and the default used', async () => {
        const el = await mount(html`<cookie-consent><script type="application/json">{"categories": [</script></cookie-consent>`);
        expect(errors).toHaveBeenCalledTimes(1);
        expect(String(errors.mock.calls[0]![0])).toMatch(/not valid JSON/);
        await expect.element(page.getByRole('region')).toBeVisible();
        el.showPreferences();
        // The default inventory: necessary (statistics declares nothing, so it is not offered).
        await expect.element(page.getByRole('switch', { name: 'Strictly necessary' })).toBeVisible();
      });
    });

    it('markup in every configurable text is shown as text and never runs', async () => {
      const t = { en: XSS, fr: XSS };
      const config = {
        categories: [
          {
            id: 'statistics',
            title: t,
            description: XSS,
            cookies: [{ provider: XSS, function: t, names: ['_ga'], purpose: XSS, duration: XSS }],
          },
        ],
        texts: {
          en: Object.fromEntries(
            ['bannerTitle', 'bannerText', 'policyLink', 'acceptAll', 'rejectAll', 'customize', 'save', 'dialogTitle',
              'dialogIntro', 'close', 'alwaysOn', 'provider', 'function', 'names', 'purpose', 'duration', 'noCookies',
              'revisionNotice'].map((k) => [k, `${k} ${XSS}`]),
          ),
        },
      };
      const el = await mount(html`<cookie-consent platform=${XSS} policy-url="/p" .config=${config}></cookie-consent>`);
      el.showPreferences();
      await expect.element(page.getByRole('dialog')).toBeVisible();
      await new Promise((r) => setTimeout(r, 100));
      expect(shadow(el).querySelector('img')).toBeNull();
      expect((window as any).__xss).toBe(0);
      expect(shadow(el).textContent).toContain(XSS);
      expect(errors).not.toHaveBeenCalled();
    });

    describe('document.cookie that throws', () => {
      afterEach(() => {
        delete (document as any).cookie;
      });

      it('the banner still works for this page view, and the problem is reported once', async () => {
        Object.defineProperty(document, 'cookie', {
          configurable: true,
          get() {
            throw new DOMException('The document is sandboxed', 'SecurityError');
          },
          set() {
            throw new DOMException('The document is sandboxed', 'SecurityError');
          },
        });
        const warnings = vi.spyOn(console, 'warn');
        const el = await mount();
        await expect.element(page.getByRole('region')).toBeVisible();
        const changed = new Promise((r) => el.addEventListener('cookie-consent-change', r, { once: true }));
        await userEvent.click(page.getByRole('button', { name: 'Accept all' }));
        await changed;
        expect(el.hasConsent('statistics')).toBe(true);
        await expect.element(page.getByRole('region')).not.toBeInTheDocument();
        // The visitor's own setting, not a page error (a Lighthouse audit counts console.error).
        expect(errors).not.toHaveBeenCalled();
        expect(warnings).toHaveBeenCalledTimes(1);
        expect(String(warnings.mock.calls[0]![0])).toContain('could not be written');
        // A re-render (here: a language change) keeps the page's choice.
        el.lang = 'fr';
        await el.updateComplete;
        expect(el.consent).not.toBeNull();
      });
    });

    it('a hostile page stylesheet does not reach inside: readable size, buttons shown', async () => {
      const style = document.createElement('style');
      style.textContent = `html { font-size: 10px !important; }
        * { font-size: 40px !important; color: red !important; font-family: serif !important; }
        button, section, dialog, h2 { display: none !important; }`;
      document.head.append(style);
      const restore = await desktopViewport();
      try {
        const el = await mount();
        for (const name of ['Accept all', 'Reject all', 'Customize']) {
          await expect.element(page.getByRole('button', { name })).toBeVisible();
        }
        const banner = shadow(el).querySelector<HTMLElement>('[part=banner]')!;
        const { fontSize, color } = getComputedStyle(banner);
        expect(parseFloat(fontSize)).toBeGreaterThanOrEqual(16);
        expect(parseFloat(fontSize)).toBeLessThanOrEqual(20);
        expect(color).toBe('rgb(31, 35, 40)');
        // On a phone (the page's own width), its phone size: clamp(14px, 0.875rem, 18px), whatever the page says.
        await restore();
        await expect.poll(() => parseFloat(getComputedStyle(banner).fontSize)).toBe(14);
        expect(getComputedStyle(banner).color).toBe('rgb(31, 35, 40)');
        for (const name of ['Accept all', 'Reject all', 'Customize']) {
          await expect.element(page.getByRole('button', { name })).toBeVisible();
        }
      } finally {
        style.remove();
        await restore();
      }
    });

    it('a Bootstrap-3-style 10px root still gets 16px text', async () => {
      document.documentElement.style.fontSize = '10px';
      const restore = await desktopViewport();
      try {
        const el = await mount();
        const button = shadow(el).querySelector<HTMLElement>('[part~=accept-all]')!;
        expect(getComputedStyle(button).fontSize).toBe('16px');
        expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44); // WCAG 2.5.5 target size
        // On a phone, the banner's text is 14px (not the 10px root's 8.75px).
        await restore();
        const banner = shadow(el).querySelector<HTMLElement>('[part=banner]')!;
        await expect.poll(() => getComputedStyle(banner).fontSize).toBe('14px');
      } finally {
        document.documentElement.style.fontSize = '';
        await restore();
      }
    });

    it('odd property values never throw out of the element', async () => {
      const el = await mount();
      for (const [key, value] of [
        ['platform', null],
        ['cookieDomain', 42],
        ['cookieName', {}],
        ['revision', 'x'],
        ['expiresDays', -1],
        ['policyUrl', 'javascript:void 0'],
        ['lang', '../../etc'],
      ] as const) {
        (el as any)[key] = value;
      }
      await el.updateComplete;
      el.acceptAll();
      expect(storedChoice().categories.statistics).toBe(true);
      expect(errors.mock.calls.length).toBeGreaterThan(0);
      for (const [message] of errors.mock.calls) expect(String(message)).toMatch(/^cookie-consent: "/);
    });

    it("a property that shadows a method (a framework binding :hide or :reset) does not stop the banner's choice", async () => {
      const el = await mount();
      const changes: unknown[] = [];
      el.addEventListener('cookie-consent-change', (e) => changes.push((e as CustomEvent).detail.consent));
      // What Vue does with `:hide="true"`, the name being a member of the element.
      Object.assign(el, { hide: true, reset: 'no', showBanner: null });
      await userEvent.click(page.getByRole('button', { name: 'Reject all' }));
      expect(storedChoice().categories.statistics).toBe(false);
      expect(changes).toHaveLength(1);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=banner]')).toBeNull();
    });
  });
});
