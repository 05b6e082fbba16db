import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent, page } from 'vitest/browser';
import { resetConsentModeDefault } from '../../src/effects/consent-mode.js';
import { effectsRun, freshVisitor, html, mount, storedChoice } from './helpers.js';

// Google Consent Mode v2 as the element drives it (GCM-1…4). The module state "default
// already sent" lives for the whole page: each test starts from a page that has not sent it
// (resetConsentModeDefault), so that every test sees its own default go out, in any order.
// The commands are page effects: for a first visit they go out after the first painted
// frame, and after a choice one task after the change event, hence the polls.

type Entry = [string, string, Record<string, unknown>];
const entries = (): Entry[] => ((window as any).dataLayer as IArguments[]).map((a) => [...a] as Entry);

describe('<cookie-consent>', () => {
  describe('Google Consent Mode', () => {
    beforeEach(() => {
      freshVisitor();
      resetConsentModeDefault();
      (window as any).dataLayer = [];
    });
    afterEach(() => {
      delete (window as any).dataLayer;
      delete (window as any).gtag;
    });

    it('pushes default (all denied) before anything else, then update on each choice (GCM-1, GCM-2)', async () => {
      await mount();
      await expect.poll(() => entries()).toHaveLength(1);
      await effectsRun();
      expect(entries()).toHaveLength(1); // nothing else before a choice
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
      await expect.poll(() => entries()).toHaveLength(2);
      expect(entries().at(-1)).toEqual([
        'consent',
        'update',
        { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
      ]);
      document.querySelector('cookie-consent')!.rejectAll();
      await expect.poll(() => entries()).toHaveLength(3);
      expect(entries().at(-1)!.slice(0, 2)).toEqual(['consent', 'update']);
      expect(entries().at(-1)![2].analytics_storage).toBe('denied');
      expect(entries().filter(([, kind]) => kind === 'default')).toHaveLength(1); // the default goes out once
      // Google's tag reads `arguments` objects only.
      expect(Object.prototype.toString.call((window as any).dataLayer[0])).toBe('[object Arguments]');
    });

    it('a stored choice is sent as an update at start-up, before gated tags run (GCM-3)', async () => {
      const first = await mount();
      first.acceptAll();
      await effectsRun();
      first.remove();
      // A reload: a fresh page, whose Google tags have not had the default yet.
      (window as any).dataLayer = [];
      resetConsentModeDefault();
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.cookieCategory = 'statistics';
      script.textContent = 'window.dataLayer.push(["gated tag ran"]);';
      document.body.append(script);
      await mount();
      await expect.poll(() => (window as any).dataLayer.length).toBe(3);
      await effectsRun();
      expect((window as any).dataLayer).toHaveLength(3);
      expect(entries()[0]!.slice(0, 2)).toEqual(['consent', 'default']);
      expect(entries()[1]!.slice(0, 2)).toEqual(['consent', 'update']);
      expect(entries()[1]![2].analytics_storage).toBe('granted');
      expect((window as any).dataLayer[2]).toEqual(['gated tag ran']);
      script.remove();
    });

    it('goes through the page gtag when there is one', async () => {
      const calls: unknown[][] = [];
      (window as any).gtag = (...args: unknown[]) => calls.push(args);
      const el = await mount();
      el.rejectAll();
      await expect.poll(() => calls.at(-1)?.slice(0, 2)).toEqual(['consent', 'update']);
      expect(calls.map((c) => c.slice(0, 2))).toEqual([
        ['consent', 'default'],
        ['consent', 'update'],
      ]);
      expect(calls.at(-1)![2]).toMatchObject({ analytics_storage: 'denied' });
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
      await expect.poll(() => entries().at(-1)?.[1]).toBe('update');
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
      await effectsRun();
      expect((window as any).dataLayer).toBeUndefined();
      plain.remove();
      // The refusal above is stored: this element starts with it (default, then its update).
      const el = await mount(html`<cookie-consent consent-mode></cookie-consent>`);
      // A returning visitor's effects start once the Cookie Store check has answered (cookie tossing).
      await expect.poll(() => (window as any).dataLayer?.length).toBe(2);
      el.acceptAll();
      await expect.poll(() => (window as any).dataLayer?.length).toBe(3);
      expect(entries().map(([, kind, payload]) => [kind, payload.analytics_storage])).toEqual([
        ['default', 'denied'],
        ['update', 'denied'],
        ['update', 'granted'],
      ]);
    });

    it('an invalid mapping is reported with its field, and the default is used', async () => {
      const errors = freshVisitor();
      await mount(html`<cookie-consent .config=${{ consentMode: { statistics: ['analytics'] } }}></cookie-consent>`);
      expect(String(errors.mock.calls[0]![0])).toContain('"consentMode.statistics[0]"');
    });
  });
});
