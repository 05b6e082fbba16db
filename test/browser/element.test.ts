import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { oneEvent } from '@open-wc/testing-helpers';
import { readConsent } from '../../src/index.js';
import { browserCookies, freshVisitor, html, mount, shadow, storedChoice } from './helpers.js';

const UUID_V4 = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;

// Statistics with a cookie declared: the dialog offers its switch (with none, and nothing gated
// on the page, it is not offered; see dialog-offer.test.ts).
const withStatistics = html`<cookie-consent
  .config=${{ categories: [{ id: 'statistics', title: 'Statistics', cookies: [{ provider: 'Matomo', function: 'Audience', names: ['_pk_id.*'], purpose: 'To count visits' }] }] }}
></cookie-consent>`;

describe('<cookie-consent>', () => {
  let errors: ReturnType<typeof freshVisitor>;
  beforeEach(() => {
    errors = freshVisitor();
  });

  describe('first visit', () => {
    it('shows a labelled banner with three actions and stores nothing', async () => {
      const el = await mount();
      const banner = page.getByRole('region', { name: `Cookies on ${location.host}` });
      await expect.element(banner).toBeVisible();
      for (const name of ['Accept all', 'Reject all', 'Customize']) {
        await expect.element(banner.getByRole('button', { name })).toBeVisible();
      }
      expect(el.consent).toBeNull();
      expect(document.cookie).not.toContain('cookies_preferences');
      expect(errors).not.toHaveBeenCalled();
    });

    it('is not modal: the page stays usable and nothing is inert', async () => {
      await mount();
      expect(shadow(document.querySelector('cookie-consent')!).querySelector('[aria-modal]')).toBeNull();
      const button = document.createElement('button');
      button.textContent = 'Page button';
      document.body.append(button);
      await userEvent.click(button);
      expect(document.activeElement).toBe(button);
      button.remove();
    });

    it('fires cookie-consent-ready once with a null consent', async () => {
      let count = 0;
      let detail: unknown;
      const listener = (e: Event) => {
        count++;
        detail = (e as CustomEvent).detail;
      };
      document.addEventListener('cookie-consent-ready', listener);
      const el = await mount();
      el.requestUpdate();
      await el.updateComplete;
      document.removeEventListener('cookie-consent-ready', listener);
      expect(count).toBe(1);
      expect(detail).toEqual({ consent: null });
    });
  });

  describe('choosing', () => {
    it('Accept all stores every category as accepted and hides the banner', async () => {
      const el = await mount();
      const change = oneEvent(el, 'cookie-consent-change');
      await userEvent.click(page.getByRole('button', { name: 'Accept all' }));
      const { detail } = await change;
      expect(detail.consent.categories).toEqual({ necessary: true, statistics: true });
      expect(detail.changed).toEqual(['statistics']);
      expect(storedChoice().categories).toEqual({ necessary: true, statistics: true });
      expect(el.hasConsent('statistics')).toBe(true);
      await expect.element(page.getByRole('region')).not.toBeInTheDocument();
    });

    it('Reject all stores a refusal and reports no change from the default', async () => {
      const el = await mount();
      const change = oneEvent(el, 'cookie-consent-change');
      await userEvent.click(page.getByRole('button', { name: 'Reject all' }));
      const { detail } = await change;
      expect(detail.consent.categories).toEqual({ necessary: true, statistics: false });
      expect(detail.changed).toEqual([]);
      expect(el.hasConsent('statistics')).toBe(false);
      expect(el.hasConsent('necessary')).toBe(true);
      await expect.element(page.getByRole('region')).not.toBeInTheDocument();
    });

    it('Customize opens the dialog with optional switches off; Save my choices stores them', async () => {
      const el = await mount(withStatistics);
      await userEvent.click(page.getByRole('button', { name: 'Customize' }));
      const dialog = page.getByRole('dialog', { name: `Cookies used on the ${location.host} platform` });
      await expect.element(dialog).toBeVisible();
      const necessary = dialog.getByRole('switch', { name: 'Strictly necessary' });
      const statistics = dialog.getByRole('switch', { name: 'Statistics' });
      await expect.element(necessary).toBeChecked();
      await expect.element(necessary).toBeDisabled();
      await expect.element(statistics).not.toBeChecked();
      await userEvent.click(statistics);
      await expect.element(statistics).toBeChecked();
      const change = oneEvent(el, 'cookie-consent-change');
      await userEvent.click(dialog.getByRole('button', { name: 'Save my choices' }));
      expect((await change).detail.consent.categories.statistics).toBe(true);
      await expect.element(dialog).not.toBeInTheDocument();
      await expect.element(page.getByRole('region')).not.toBeInTheDocument();
    });

    it('the dialog lists every cookie of the inventory with its five columns', async () => {
      await mount();
      await userEvent.click(page.getByRole('button', { name: 'Customize' }));
      const table = page.getByRole('table', { name: 'Strictly necessary' });
      await expect.element(table).toBeVisible();
      const headers = table.getByRole('columnheader');
      expect(headers.elements().map((h) => h.textContent)).toEqual([
        "Service provider's name",
        'Function and location',
        'Cookie name(s)',
        'Purposes',
        'Duration',
      ]);
      const rows = table.getByRole('row').elements().slice(1).map((r) => [...r.children].map((c) => c.textContent!.trim()));
      expect(rows).toEqual([
        ['Opendatasoft', 'Authentication (front and back office)', 'sessionid', 'To remember the user from one page to another', '2 weeks'],
        ['Opendatasoft', 'Language selection (front and back office)', 'django_language', "To remember the visitor's language", '1 year'],
        ['Opendatasoft', 'API (CSRF) (front and back office)', 'csrftoken', 'To retrieve data via API calls', '1 year'],
        ['Opendatasoft', 'Choices related to your cookie preferences', 'cookies_preferences', "To remember the visitor's cookie preferences", '6 months'],
      ]);
      // One table for the dialog and the policy page: the header row in <thead>, the cookies in <tbody>.
      const element = table.element() as HTMLTableElement;
      expect(element.tHead?.rows).toHaveLength(1);
      expect(element.tHead!.querySelectorAll('th[scope=col]')).toHaveLength(5);
      expect(element.tBodies).toHaveLength(1);
      expect(element.tBodies[0]!.rows).toHaveLength(4);
      // Statistics declares nothing by default and nothing on this page is gated: not offered.
      expect(page.getByRole('switch').elements()).toHaveLength(1);
    });

    it('reopening shows the stored choice, and a change keeps id and given', async () => {
      const el = await mount(withStatistics);
      el.acceptAll();
      const first = el.consent!;
      await new Promise((r) => setTimeout(r, 5));
      el.showPreferences();
      const statistics = page.getByRole('switch', { name: 'Statistics' });
      await expect.element(statistics).toBeChecked();
      await userEvent.click(statistics);
      const change = oneEvent(el, 'cookie-consent-change');
      await userEvent.click(page.getByRole('button', { name: 'Save my choices' }));
      const { detail } = await change;
      expect(detail.changed).toEqual(['statistics']);
      expect(detail.consent.id).toBe(first.id);
      expect(detail.consent.given).toBe(first.given);
      expect(Date.parse(detail.consent.updated)).toBeGreaterThan(Date.parse(first.updated));
    });
  });

  describe('stored choice', () => {
    it('has exactly the shape SPEC gives', async () => {
      const el = await mount();
      const before = Date.now();
      el.rejectAll();
      const stored = storedChoice();
      expect(Object.keys(stored)).toEqual(['schema', 'id', 'revision', 'given', 'updated', 'categories']);
      expect(stored.schema).toBe(1);
      expect(stored.id).toMatch(UUID_V4);
      expect(stored.revision).toBe(0);
      expect(new Date(stored.given).toISOString()).toBe(stored.given);
      expect(stored.updated).toBe(stored.given);
      expect(Date.parse(stored.given)).toBeGreaterThanOrEqual(before - 1000);
      expect(stored.categories).toEqual({ necessary: true, statistics: false });
      expect(el.consent).toEqual(stored);
      expect(Object.isFrozen(el.consent)).toBe(true);
    });

    it('is written with Path=/, SameSite=Lax, no Secure on http, and expires after expires-days', async () => {
      const el = await mount();
      el.acceptAll();
      const cookie = (await browserCookies()).find((c) => c.name === 'cookies_preferences')!;
      expect(cookie.path).toBe('/');
      expect(cookie.sameSite).toBe('Lax');
      expect(cookie.secure).toBe(location.protocol === 'https:');
      expect(cookie.domain).toBe(location.hostname); // host-only
      const days = (cookie.expires * 1000 - Date.now()) / 864e5;
      expect(days).toBeGreaterThan(179.9);
      expect(days).toBeLessThanOrEqual(180);
    });

    it('a refusal is kept as long as an acceptance (CNIL-7)', async () => {
      const el = await mount();
      el.rejectAll();
      const refused = (await browserCookies()).find((c) => c.name === 'cookies_preferences')!.expires;
      el.acceptAll();
      const accepted = (await browserCookies()).find((c) => c.name === 'cookies_preferences')!.expires;
      expect(Math.abs(accepted - refused)).toBeLessThan(5);
    });

    it('survives a reload: no banner, ready carries the choice, readConsent() reads it', async () => {
      const first = await mount();
      first.rejectAll();
      first.remove();
      const ready = oneEvent(document, 'cookie-consent-ready');
      const el = await mount();
      expect((await ready).detail.consent).toEqual(storedChoice());
      expect(el.consent?.categories.statistics).toBe(false);
      expect(shadow(el).querySelector('[part=banner]')).toBeNull();
      expect(readConsent()).toEqual(storedChoice());
    });
  });

  describe('API', () => {
    it('acceptCategories() accepts exactly those ids and reports unknown ones', async () => {
      const el = await mount();
      el.acceptCategories(['statistics', 'marketing']);
      expect(el.consent?.categories).toEqual({ necessary: true, statistics: true });
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]![0])).toContain('does not declare: marketing');
      el.acceptCategories([]);
      expect(el.hasConsent('statistics')).toBe(false);
    });

    it('acceptCategories() with anything but an array of ids (issue 9) reports it and keeps the stored choice', async () => {
      const el = await mount();
      el.acceptAll();
      const stored = storedChoice();
      const hostile = { toString: () => { throw new Error('hostile toString'); } };
      // A lone string used to be read as "accept nothing": it withdrew statistics.
      for (const bad of ['statistics', { 0: 'statistics', length: 1 }, null, 42]) {
        expect(() => el.acceptCategories(bad as any)).not.toThrow();
      }
      expect(el.hasConsent('statistics')).toBe(true);
      expect(storedChoice()).toEqual(stored);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]![0])).toBe('cookie-consent: acceptCategories() takes an array of category ids; nothing was saved. It got a string');
      // Odd ids inside an array (a Symbol, an object whose toString throws) are named by type and skipped.
      expect(() => el.acceptCategories([Symbol('x'), hostile, 'statistics'] as any)).not.toThrow();
      expect(el.hasConsent('statistics')).toBe(true);
      expect(String(errors.mock.calls[1]![0])).toBe('cookie-consent: acceptCategories() ignored category ids that the configuration does not declare: symbol,object');
    });

    it('showBanner(), hide() and reset()', async () => {
      const el = await mount();
      el.acceptAll();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=banner]')).toBeNull();
      el.showBanner();
      await expect.element(page.getByRole('region')).toBeVisible();
      expect(el.consent).not.toBeNull(); // showing is not forgetting
      el.hide();
      await expect.element(page.getByRole('region')).not.toBeInTheDocument();
      el.reset();
      expect(el.consent).toBeNull();
      expect(storedChoice()).toBeUndefined();
      await expect.element(page.getByRole('region')).toBeVisible();
    });

    it('reset() tells the page: a change event with a null consent and what it withdrew', async () => {
      const el = await mount();
      el.acceptAll();
      const change = oneEvent(el, 'cookie-consent-change');
      el.reset();
      const { detail } = await change;
      expect(detail.consent).toBeNull();
      expect(detail.changed).toEqual(['statistics']);
    });

    it('an API call before the parser reaches the JSON child does not lock in the default', async () => {
      const el = document.createElement('cookie-consent');
      Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
      try {
        document.body.append(el);
        await el.updateComplete; // its first (empty) render, while it waits for the document
        expect(el.categories.map((c) => c.id)).toEqual(['necessary', 'statistics']); // read early
        const json = document.createElement('script');
        json.type = 'application/json';
        json.textContent = JSON.stringify({ categories: [{ id: 'marketing', title: 'Marketing' }] });
        el.append(json); // the parser gets there
      } finally {
        delete (document as any).readyState;
      }
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await el.updateComplete;
      expect(el.categories.map((c) => c.id)).toEqual(['necessary', 'statistics', 'marketing']);
      el.remove();
    });

    it('showPreferences() opens the dialog and hide() closes it without saving', async () => {
      const el = await mount();
      el.showPreferences();
      await expect.element(page.getByRole('dialog')).toBeVisible();
      el.hide();
      await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
      expect(storedChoice()).toBeUndefined();
    });

    it('hasConsent() is false for unknown and prototype names', async () => {
      const el = await mount();
      el.acceptAll();
      for (const id of ['marketing', 'constructor', '__proto__', 'toString']) expect(el.hasConsent(id)).toBe(false);
    });
  });

  describe('two elements on one page', () => {
    it('share one choice and show one banner, with one report', async () => {
      const errors = freshVisitor();
      const wrapper = await mount(html`<div><cookie-consent></cookie-consent><cookie-consent></cookie-consent></div>`);
      const [first, second] = wrapper.querySelectorAll('cookie-consent');
      await second!.updateComplete;
      expect(wrapper.querySelectorAll('cookie-consent').length).toBe(2);
      expect(first!.shadowRoot!.querySelector('[part=banner]')).not.toBeNull();
      expect(second!.shadowRoot!.querySelector('[part=banner]')).toBeNull();
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]![0])).toContain('more than one <cookie-consent>');
      first!.remove();
      await expect.poll(() => second!.shadowRoot!.querySelector('[part=banner]')).not.toBeNull();
      second!.rejectAll();
      expect(document.cookie.match(/cookies_preferences=/g)).toHaveLength(1);
    });
  });

  describe('data-cookie-consent-open', () => {
    it('any element with the attribute opens the dialog, even with a choice stored', async () => {
      const el = await mount(html`<div>
        <cookie-consent></cookie-consent>
        <footer><a href="#" data-cookie-consent-open>Cookie settings</a></footer>
      </div>`);
      const consent = el.querySelector('cookie-consent')!;
      consent.rejectAll();
      await userEvent.click(page.getByRole('link', { name: 'Cookie settings' }));
      await expect.element(page.getByRole('dialog')).toBeVisible();
      expect(location.hash).toBe(''); // href="#" did not navigate
    });

    it('a trigger inside another shadow root works too', async () => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = '<button data-cookie-consent-open>Manage cookies</button>';
      document.body.append(host);
      await mount();
      await userEvent.click(page.getByRole('button', { name: 'Manage cookies' }));
      await expect.element(page.getByRole('dialog')).toBeVisible();
      host.remove();
    });
  });
});
