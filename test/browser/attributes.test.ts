import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cookieName, storeOptions } from '../../src/cookie-consent.attributes.js';
import { browserCookies, freshVisitor, html, mount, record, shadow, storedChoice, storeRaw } from './helpers.js';

const DAY = 864e5;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

describe('<cookie-consent>', () => {
  describe('attributes', () => {
    let errors: ReturnType<typeof freshVisitor>;
    beforeEach(() => {
      errors = freshVisitor();
    });
    afterEach(() => {
      document.cookie = 'django_language=; Path=/; Max-Age=0';
      delete (navigator as any).languages;
    });

    it('platform names the platform by its host', async () => {
      await mount(html`<cookie-consent platform="https://inai.opendatasoft.com"></cookie-consent>`);
      await expect.element(page.getByRole('region', { name: 'Cookies on inai.opendatasoft.com' })).toBeVisible();
      await userEvent.click(page.getByRole('button', { name: 'Customize' }));
      await expect
        .element(page.getByRole('dialog', { name: 'Cookies used on the inai.opendatasoft.com platform' }))
        .toBeVisible();
    });

    it('platform may also be a plain name', async () => {
      await mount(html`<cookie-consent platform="Open Data Portal"></cookie-consent>`);
      await expect.element(page.getByRole('heading', { name: 'Cookies on Open Data Portal' })).toBeVisible();
    });

    it('policy-url adds a link to the policy; a javascript: URL is refused', async () => {
      const el = await mount(html`<cookie-consent policy-url="/pages/cookies"></cookie-consent>`);
      const link = page.getByRole('link', { name: 'Cookie policy' });
      await expect.element(link).toHaveAttribute('href', new URL('/pages/cookies', document.baseURI).href);
      el.policyUrl = 'javascript:alert(1)';
      await el.updateComplete;
      expect(shadow(el).querySelector('a')).toBeNull();
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]![0])).toContain('"policy-url"');
    });

    it('policy-url: the link gets the URL that was checked, as the parser serialized it, not the raw value', async () => {
      const el = await mount(html`<cookie-consent policy-url=" HTTPS://Example.ORG/a/../cookie policy?x=1 "></cookie-consent>`);
      const link = shadow(el).querySelector('a')!;
      expect(link.getAttribute('href')).toBe('https://example.org/cookie%20policy?x=1');
      el.policyUrl = 'pages/cookies';
      await el.updateComplete;
      expect(shadow(el).querySelector('a')!.getAttribute('href')).toBe(new URL('pages/cookies', document.baseURI).href);
      expect(errors).not.toHaveBeenCalled();
    });

    it('without policy-url there is no link', async () => {
      const el = await mount();
      expect(shadow(el).querySelector('a')).toBeNull();
    });

    describe('language', () => {
      it('lang="fr" shows French texts and marks them lang=fr (A11Y-9)', async () => {
        const el = await mount(html`<cookie-consent lang="fr"></cookie-consent>`);
        const banner = page.getByRole('region', { name: `Cookies sur ${location.host}` });
        await expect.element(banner).toHaveAttribute('lang', 'fr');
        for (const name of ['Tout accepter', 'Tout refuser', 'Personnaliser']) {
          await expect.element(banner.getByRole('button', { name })).toBeVisible();
        }
        await expect.element(banner).toHaveTextContent(/que vous pouvez retirer à tout moment/);
        await userEvent.click(page.getByRole('button', { name: 'Personnaliser' }));
        const dialog = page.getByRole('dialog', { name: `Cookies utilisés sur la plateforme ${location.host}` });
        await expect.element(dialog).toHaveAttribute('lang', 'fr');
        await expect.element(dialog.getByRole('switch', { name: 'Strictement nécessaires' })).toBeVisible();
        await expect.element(dialog.getByRole('button', { name: 'Enregistrer mes choix' })).toBeVisible();
        await expect.element(dialog.getByRole('columnheader', { name: 'Nom du fournisseur de service' })).toBeVisible();
        await expect.element(dialog.getByRole('cell', { name: '2 semaines' })).toBeVisible();
        await expect.element(dialog.getByRole('cell', { name: '6 mois' })).toBeVisible();
        expect(el.lang).toBe('fr');
      });

      it('the django_language cookie picks French when the element has no lang', async () => {
        document.cookie = 'django_language=fr; Path=/';
        await mount();
        await expect.element(page.getByRole('button', { name: 'Tout refuser' })).toBeVisible();
      });

      it('the lang attribute wins over django_language', async () => {
        document.cookie = 'django_language=fr; Path=/';
        await mount(html`<cookie-consent lang="en"></cookie-consent>`);
        await expect.element(page.getByRole('button', { name: 'Reject all' })).toBeVisible();
      });

      it('<html lang> comes next, with a region subtag', async () => {
        document.documentElement.lang = 'fr-FR';
        await mount();
        await expect.element(page.getByRole('button', { name: 'Tout accepter' })).toBeVisible();
      });

      it('navigator.languages is used when the page says nothing', async () => {
        document.documentElement.removeAttribute('lang');
        Object.defineProperty(navigator, 'languages', { value: ['de-DE', 'fr-CA', 'en'], configurable: true });
        await mount();
        await expect.element(page.getByRole('button', { name: 'Tout accepter' })).toBeVisible();
      });

      it('a language without translation falls back to English', async () => {
        await mount(html`<cookie-consent lang="de"></cookie-consent>`);
        await expect.element(page.getByRole('button', { name: 'Accept all' })).toBeVisible();
        expect(errors).not.toHaveBeenCalled();
      });

      it('texts keyed by a regional code (fr-FR) serve every French page', async () => {
        const config = { texts: { 'fr-FR': { acceptAll: 'J’accepte' } } };
        await mount(html`<cookie-consent lang="fr-CA" .config=${config}></cookie-consent>`);
        await expect.element(page.getByRole('button', { name: 'J’accepte' })).toBeVisible();
        expect(errors).not.toHaveBeenCalled();
      });

      it('changing lang re-renders in the new language', async () => {
        const el = await mount();
        el.setAttribute('lang', 'fr');
        await expect.element(page.getByRole('button', { name: 'Tout accepter' })).toBeVisible();
      });
    });

    describe('revision', () => {
      it('a choice made under a lower revision counts as no choice, with a notice (CNIL-11)', async () => {
        storeRaw(JSON.stringify(record({ revision: 1 })));
        const el = await mount(html`<cookie-consent revision="2"></cookie-consent>`);
        expect(el.consent).toBeNull();
        await expect.element(page.getByText('Our use of cookies has changed since your last visit')).toBeVisible();
        // Nothing is overwritten before the visitor chooses.
        expect(storedChoice().revision).toBe(1);
        el.rejectAll();
        expect(storedChoice().revision).toBe(2);
        expect(storedChoice().id).not.toBe(record().id); // a new consent, not an update of the old one
      });

      it('a choice under the same or a higher revision is kept', async () => {
        storeRaw(JSON.stringify(record({ revision: 3 })));
        const el = await mount(html`<cookie-consent revision="3"></cookie-consent>`);
        expect(el.consent?.revision).toBe(3);
        expect(shadow(el).querySelector('[part=banner]')).toBeNull();
      });

      it('an invalid revision is reported and 0 is used', async () => {
        const el = await mount(html`<cookie-consent revision="1.5"></cookie-consent>`);
        el.rejectAll();
        expect(storedChoice().revision).toBe(0);
        expect(String(errors.mock.calls[0]![0])).toContain('"revision"');
      });
    });

    describe('expires-days', () => {
      it('sets the cookie lifetime', async () => {
        // The built-in banner text no longer names the lifetime; a text that does ({duration}) gets it in words.
        const texts = { en: { bannerText: 'Your choice is kept for {duration}.' } };
        const el = await mount(html`<cookie-consent expires-days="30" .config=${{ texts }}></cookie-consent>`);
        await expect.element(page.getByText(/kept for 1 month/)).toBeVisible();
        // The dialog says it too, on the choice cookie's row.
        el.showPreferences();
        await el.updateComplete;
        const row = [...shadow(el).querySelectorAll('tr')].find((tr) => tr.textContent!.includes('cookies_preferences'))!;
        expect(row.querySelector('td:last-child')!.textContent!.trim()).toBe('1 month');
        el.hide();
        el.acceptAll();
        const cookie = (await browserCookies()).find((c) => c.name === 'cookies_preferences')!;
        expect(Math.round((cookie.expires * 1000 - Date.now()) / DAY)).toBe(30);
      });

      it('an engine without Intl unit formatting still shows the banner, with durations in days', async () => {
        const original = Intl.NumberFormat;
        // As Chrome < 77 and Safari < 14.1: a RangeError on style: 'unit'.
        Intl.NumberFormat = class extends original {
          constructor(locales?: string | string[], options?: Intl.NumberFormatOptions) {
            if (options?.style === 'unit') throw new RangeError('Invalid style: unit');
            super(locales, options);
          }
        } as typeof Intl.NumberFormat;
        try {
          const texts = { en: { bannerText: 'Your choice is kept for {duration}.' } };
          const el = await mount(html`<cookie-consent .config=${{ texts }}></cookie-consent>`);
          await expect.element(page.getByText('Your choice is kept for 180 days.')).toBeVisible();
          el.showPreferences();
          await expect.element(page.getByRole('cell', { name: '14 days' })).toBeVisible(); // sessionid
          await expect.element(page.getByRole('cell', { name: '365 days' }).first()).toBeVisible();
          el.hide();
        } finally {
          Intl.NumberFormat = original;
        }
      });

      it('a 200-day-old choice is no choice with the default 180 days (CNIL-8)', async () => {
        storeRaw(JSON.stringify(record({ given: daysAgo(200), updated: daysAgo(200) })));
        const el = await mount();
        expect(el.consent).toBeNull();
        await expect.element(page.getByRole('region')).toBeVisible();
        expect(errors).not.toHaveBeenCalled();
      });

      it('a 100-day-old choice is still valid', async () => {
        storeRaw(JSON.stringify(record({ given: daysAgo(100), updated: daysAgo(100) })));
        const el = await mount();
        expect(el.consent?.categories.statistics).toBe(true);
      });

      it('a value out of range is reported and 180 is used', async () => {
        const el = await mount(html`<cookie-consent expires-days="1000"></cookie-consent>`);
        el.acceptAll();
        const cookie = (await browserCookies()).find((c) => c.name === 'cookies_preferences')!;
        expect(Math.round((cookie.expires * 1000 - Date.now()) / DAY)).toBe(180);
        expect(String(errors.mock.calls[0]![0])).toContain('"expires-days"');
      });
    });

    describe('cookie-name', () => {
      it('stores the choice under another name and lists that name in the inventory', async () => {
        const el = await mount(html`<cookie-consent cookie-name="portal_consent"></cookie-consent>`);
        el.rejectAll();
        expect(storedChoice('portal_consent').categories.statistics).toBe(false);
        expect(storedChoice()).toBeUndefined();
        el.showPreferences();
        await expect.element(page.getByRole('cell', { name: 'portal_consent' })).toBeVisible();
      });

      it('an invalid name is reported and the default used', async () => {
        const el = await mount(html`<cookie-consent cookie-name="bad name;"></cookie-consent>`);
        el.rejectAll();
        expect(storedChoice()).toBeDefined();
        expect(String(errors.mock.calls[0]![0])).toContain('"cookie-name"');
      });

      // Readers of the choice (js-cookie, Node's `cookie`) percent-decode names and gather them in a plain object.
      it('a name Object.prototype has, or one with %, is reported and the default used', async () => {
        for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'a%20b', '%']) {
          errors.mockClear();
          expect(cookieName(name), name).toBe('cookies_preferences');
          expect(errors, name).toHaveBeenCalledTimes(1);
          expect(String(errors.mock.calls[0]![0])).toContain(`"cookie-name" must be a cookie name (no %, no Object.prototype name) (got "${name}")`);
        }
        const el = await mount(html`<cookie-consent cookie-name="constructor"></cookie-consent>`);
        el.rejectAll();
        expect(storedChoice().categories.statistics).toBe(false);
        expect(storedChoice('constructor')).toBeUndefined();
      });
    });

    describe('cookie-domain', () => {
      it('a domain this host cannot set is reported, and the cookie stays host-only', async () => {
        const el = await mount(html`<cookie-consent cookie-domain="example.com"></cookie-consent>`);
        el.rejectAll();
        const cookie = (await browserCookies()).find((c) => c.name === 'cookies_preferences')!;
        expect(cookie.domain).toBe(location.hostname);
        expect(String(errors.mock.calls[0]![0])).toContain('"cookie-domain"');
      });

      it('this very host ("localhost", a single label) is taken: the choice is stored and read back', async () => {
        const el = await mount(html`<cookie-consent cookie-domain=${location.hostname}></cookie-consent>`);
        el.rejectAll();
        expect(errors).not.toHaveBeenCalled();
        expect(storedChoice().categories.statistics).toBe(false);
        expect((await mount()).consent?.categories.statistics).toBe(false);
      });

      // The host is passed in: the test page itself is only ever on localhost.
      const domainOn = (host: string, cookieDomain: string) =>
        storeOptions({ cookieName: 'cookies_preferences', cookieDomain, revision: 0, expiresDays: 180 }, [], undefined, host).cookieDomain;

      // A public suffix passes this check: the browser refuses it at the write, and the choice
      // is then stored host-only with an error naming it (cookie-tossing.test.ts, "stores the
      // choice host-only and says which cookie-domain was refused").
      it('refuses a domain that is not this host or one of its parents', () => {
        for (const [host, domain] of [
          ['data.gouv.fr', 'example.org'],
          ['data.gouv.fr', 'ata.gouv.fr'],
          ['10.0.0.5', '10.0.0.6'],
          ['portal.example.org', 'portal.example.org.evil'],
          ['portal.example.org', 'example.org;path=/'],
        ]) {
          errors.mockClear();
          expect(domainOn(host!, domain!), `${domain} on ${host}`).toBeUndefined();
          expect(errors, `${domain} on ${host}`).toHaveBeenCalledTimes(1);
          expect(String(errors.mock.calls[0]![0])).toContain(`"cookie-domain" must be ${host} or one of its parent domains`);
        }
      });

      it('accepts the host or a parent domain under a public suffix', () => {
        expect(domainOn('www.example.co.uk', 'example.co.uk')).toBe('example.co.uk');
        expect(domainOn('portal.data.gouv.fr', 'data.gouv.fr')).toBe('data.gouv.fr');
        expect(domainOn('data.gouv.fr', 'data.gouv.fr')).toBe('data.gouv.fr');
        expect(domainOn('inai.opendatasoft.com', '.OpenDataSoft.com')).toBe('opendatasoft.com');
        // Under a generic TLD two labels are a registrable domain; the browser judges the rest.
        expect(domainOn('data.example.org', 'example.org')).toBe('example.org');
        expect(domainOn('host9.example9.io', 'example9.io')).toBe('example9.io');
        expect(errors).not.toHaveBeenCalled();
      });
    });
  });
});
