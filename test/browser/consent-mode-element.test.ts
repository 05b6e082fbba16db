import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent, page } from 'vitest/browser';
import { freshVisitor, html, mount, storedChoice } from './helpers.js';

// Google Consent Mode v2 as the element drives it (GCM-1…4). The module state "default
// already sent" lives for the whole page, so this file starts from a page without Google
// tags, and the first test is the one that sees the default go out.

type Entry = [string, string, Record<string, unknown>];
const entries = (): Entry[] => ((window as any).dataLayer as IArguments[]).map((a) => [...a] as Entry);

describe('<cookie-consent>', () => {
  describe('Google Consent Mode', () => {
    beforeEach(() => {
      freshVisitor();
      (window as any).dataLayer = [];
    });
    afterEach(() => {
      delete (window as any).dataLayer;
      delete (window as any).gtag;
    });

    it('pushes default (all denied) before anything else, then update on each choice (GCM-1, GCM-2)', async () => {
      await mount();
      expect(entries()).toHaveLength(1);
      const [command, kind, payload] = entries()[0]!;
      expect([command, kind]).toEqual(['consent', 'default']);
      expect(payload).toEqual({
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        wait_for_update: 500,
      });
      await userEvent.click(page.getByRole('button', { name: 'Accept all' }));
      expect(entries().at(-1)).toEqual([
        'consent',
        'update',
        { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
      ]);
      document.querySelector('cookie-consent')!.rejectAll();
      expect(entries().at(-1)![2].analytics_storage).toBe('denied');
      // Google's tag reads `arguments` objects only.
      expect(Object.prototype.toString.call((window as any).dataLayer[0])).toBe('[object Arguments]');
    });

    it('a stored choice is sent as an update at start-up, before gated tags run (GCM-3)', async () => {
      const first = await mount();
      first.acceptAll();
      first.remove();
      (window as any).dataLayer = [];
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.cookieCategory = 'statistics';
      script.textContent = 'window.dataLayer.push(["gated tag ran"]);';
      document.body.append(script);
      await mount();
      await expect.poll(() => (window as any).dataLayer.length).toBe(2);
      expect(entries()[0]!.slice(0, 2)).toEqual(['consent', 'update']);
      expect(entries()[0]![2].analytics_storage).toBe('granted');
      expect((window as any).dataLayer[1]).toEqual(['gated tag ran']);
      script.remove();
    });

    it('goes through the page gtag when there is one', async () => {
      const calls: unknown[][] = [];
      (window as any).gtag = (...args: unknown[]) => calls.push(args);
      const el = await mount();
      el.rejectAll();
      expect(calls.at(-1)!.slice(0, 2)).toEqual(['consent', 'update']);
      expect(entries()).toHaveLength(0);
    });

    it('the mapping is configurable: consentMode in the configuration (GCM-4)', async () => {
      const el = await mount(html`<cookie-consent
        .config=${{
          categories: [{ id: 'preferences', title: 'Preferences' }],
          consentMode: { preferences: ['functionality_storage', 'personalization_storage'] },
        }}
      ></cookie-consent>`);
      el.acceptCategories(['preferences']);
      expect(entries().at(-1)![2]).toEqual({
        analytics_storage: 'denied',
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        functionality_storage: 'granted',
        personalization_storage: 'granted',
      });
      expect(storedChoice().categories.preferences).toBe(true);
    });

    it('without gtag or dataLayer nothing is created, unless consent-mode asks for it', async () => {
      delete (window as any).dataLayer;
      const plain = await mount();
      plain.rejectAll();
      expect((window as any).dataLayer).toBeUndefined();
      plain.remove();
      const el = await mount(html`<cookie-consent consent-mode></cookie-consent>`);
      el.acceptAll();
      expect(entries().at(-1)![2].analytics_storage).toBe('granted');
    });

    it('an invalid mapping is reported with its field, and the default is used', async () => {
      const errors = freshVisitor();
      await mount(html`<cookie-consent .config=${{ consentMode: { statistics: ['analytics'] } }}></cookie-consent>`);
      expect(String(errors.mock.calls[0]![0])).toContain('"consentMode.statistics[0]"');
    });
  });
});
