import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { oneEvent } from '@open-wc/testing-helpers';
import { effectsRun, freshVisitor, html, mount, shadow, storedChoice } from './helpers.js';

// What the element does with the choice, end to end (issue 3). The modules have tests of
// their own; these check that the element drives them as a visitor and an integrator expect.

const matomo = {
  categories: [
    {
      id: 'statistics',
      title: 'Statistics',
      cookies: [{ provider: 'Matomo', function: 'Audience', names: ['_pk_id.*', '_pk_ses.*'], purpose: 'To count visits', duration: 395 }],
    },
  ],
};

declare global {
  interface Window {
    gatedRuns?: number;
  }
}

function addGatedScript(): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.cookieCategory = 'statistics';
  script.textContent = 'window.gatedRuns = (window.gatedRuns || 0) + 1;';
  document.body.append(script);
  return script;
}

describe('<cookie-consent>', () => {
  describe('acting on the choice', () => {
    let errors: ReturnType<typeof freshVisitor>;
    beforeEach(() => {
      errors = freshVisitor();
      window.gatedRuns = 0;
    });
    afterEach(() => {
      document.querySelectorAll('script[data-cookie-category], iframe, cookie-consent-placeholder').forEach((e) => e.remove());
    });

    it('a gated script runs once on Accept all, never before, and again on a reload with the choice stored', async () => {
      addGatedScript();
      await mount();
      await effectsRun(); // the gate has started and scanned the page
      await new Promise((r) => setTimeout(r, 50));
      expect(window.gatedRuns).toBe(0); // CNIL-1: nothing before the choice
      await userEvent.click(page.getByRole('button', { name: 'Accept all' }));
      await expect.poll(() => window.gatedRuns).toBe(1);
      document.querySelector('cookie-consent')!.acceptAll(); // a second save runs nothing twice
      await effectsRun();
      await new Promise((r) => setTimeout(r, 50));
      expect(window.gatedRuns).toBe(1);

      // Reload: a fresh page with the same cookie and a fresh copy of the script.
      document.querySelector('cookie-consent')!.remove();
      document.querySelectorAll('script[data-cookie-category]').forEach((e) => e.remove());
      addGatedScript();
      await mount();
      await expect.poll(() => window.gatedRuns).toBe(2);
    });

    it('Reject all runs nothing', async () => {
      addGatedScript();
      await mount();
      await userEvent.click(page.getByRole('button', { name: 'Reject all' }));
      await effectsRun(); // the choice has been acted on
      await new Promise((r) => setTimeout(r, 50));
      expect(window.gatedRuns).toBe(0);
    });

    it('withdrawing from the footer link deletes the category cookies, keeps the necessary ones (CNIL-6)', async () => {
      const wrapper = await mount(html`<div>
        <cookie-consent .config=${matomo}></cookie-consent>
        <a href="#" data-cookie-consent-open>Cookie settings</a>
      </div>`);
      const el = wrapper.querySelector('cookie-consent')!;
      el.acceptAll();
      document.cookie = '_pk_id.1.abcd=1; Path=/';
      document.cookie = '_pk_ses.1.abcd=1; Path=/';
      document.cookie = 'sessionid=s; Path=/';
      document.cookie = 'csrftoken=t; Path=/';
      await userEvent.click(page.getByRole('link', { name: 'Cookie settings' }));
      const change = oneEvent(el, 'cookie-consent-change');
      await userEvent.click(page.getByRole('dialog').getByRole('button', { name: 'Reject all' }));
      expect((await change).detail.changed).toEqual(['statistics']);
      // The clean-up follows the change event, once the closed dialog could be painted.
      await expect.poll(() => document.cookie).not.toContain('_pk_');
      expect(document.cookie).toContain('sessionid=s');
      expect(document.cookie).toContain('csrftoken=t');
      expect(storedChoice().categories.statistics).toBe(false);
      document.cookie = 'sessionid=; Path=/; Max-Age=0';
      document.cookie = 'csrftoken=; Path=/; Max-Age=0';
    });

    it('reset() withdraws too', async () => {
      const el = await mount(html`<cookie-consent .config=${matomo}></cookie-consent>`);
      el.acceptAll();
      await effectsRun(); // the acceptance has been acted on; Matomo could have set its cookie
      document.cookie = '_pk_id.1.abcd=1; Path=/';
      el.reset();
      expect(el.consent).toBeNull();
      // The clean-up runs once the browser had a chance to paint (after the change event).
      await expect.poll(() => document.cookie).not.toContain('_pk_id');
    });

    it('a blocked embed shows a placeholder whose button accepts that category, keeping the others', async () => {
      const frame = document.createElement('iframe');
      frame.dataset.cookieCategory = 'marketing';
      frame.dataset.src = '/test/browser/fixtures/embed.html';
      frame.title = 'Video';
      document.body.append(frame);
      const el = await mount(html`<cookie-consent
        .config=${{ categories: [{ id: 'marketing', title: 'Marketing' }] }}
      ></cookie-consent>`);
      el.acceptCategories(['statistics']);
      const button = page.getByRole('button', { name: 'Accept Marketing cookies' });
      await expect.element(button).toBeVisible();
      expect(frame.getAttribute('src')).toBeNull();
      await userEvent.click(button);
      await expect.poll(() => frame.getAttribute('src')).toBe('/test/browser/fixtures/embed.html');
      expect(storedChoice().categories).toEqual({ necessary: true, statistics: true, marketing: true });
      expect(document.querySelector('cookie-consent-placeholder')).toBeNull();
      expect(errors).not.toHaveBeenCalled();
    });

    it('log-url: every saved choice is sent with the record and the page, nothing more; none for a choice the browser refused', async () => {
      const sent: { url: string; init: RequestInit }[] = [];
      vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
        sent.push({ url: String(url), init });
        return new Response(null, { status: 204 });
      });
      try {
        const el = await mount(html`<cookie-consent log-url="/consent-log"></cookie-consent>`);
        await effectsRun();
        expect(sent).toHaveLength(0);
        el.rejectAll();
        await expect.poll(() => sent.length).toBe(1);
        const body = JSON.parse(String(sent[0]!.init.body));
        expect(sent[0]!.url).toBe(new URL('/consent-log', location.href).href);
        expect(sent[0]!.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', keepalive: true });
        expect(body.record).toEqual(storedChoice());
        expect(body.page).toBe(location.origin + location.pathname);
        expect(Object.keys(body).sort()).toEqual(['page', 'record']);
        // Cookies blocked: the choice holds for the page, but there is no stored choice to prove.
        const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
        Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} });
        try {
          el.acceptAll();
          expect(el.consent?.categories.statistics).toBe(true);
          await effectsRun();
          await new Promise((r) => setTimeout(r, 100));
          expect(sent).toHaveLength(1);
        } finally {
          Object.defineProperty(document, 'cookie', cookie);
          delete (document as any).cookie;
        }
      } finally {
        vi.unstubAllGlobals();
      }
    });

    it('log-url: a real request reaches a local route that records it', async () => {
      const el = await mount(html`<cookie-consent log-url="/__consent-log"></cookie-consent>`);
      el.acceptAll();
      const id = el.consent!.id;
      await expect
        .poll(async () => ((await (await fetch('/__consent-log')).json()) as any[]).find((p) => p.record?.id === id), {
          timeout: 5000,
        })
        .toMatchObject({ record: { id, categories: { necessary: true, statistics: true } }, page: location.origin + location.pathname });
    });

    it('reload-on-withdraw reloads the page when a category is withdrawn, not on other choices', async () => {
      const frame = document.createElement('iframe');
      // The clean-up comes with the on-demand part: the stand-in for Vitest's dynamic-import
      // wrapper (see fixtures/hostile/collect.js) lets this page, outside Vitest's runner, load it.
      frame.srcdoc = `<!doctype html><html lang="en"><body><cookie-consent reload-on-withdraw></cookie-consent>
        <script>globalThis.__vitest_browser_runner__ ??= { wrapDynamicImport: (f) => f() };</script>
        <script type="module">import '/src/index.ts';</script></body></html>`;
      let loads = 0;
      const loaded = () => new Promise((r) => frame.addEventListener('load', r, { once: true }));
      frame.addEventListener('load', () => loads++);
      const first = loaded();
      document.body.append(frame);
      await first;
      const el = () => frame.contentDocument!.querySelector('cookie-consent')!;
      await expect.poll(() => el().shadowRoot?.querySelector('[part=banner]')).toBeTruthy();
      el().acceptAll();
      el().acceptAll();
      await new Promise((r) => setTimeout(r, 100));
      expect(loads).toBe(1);
      const reloaded = loaded();
      el().rejectAll();
      await reloaded;
      expect(loads).toBe(2);
      frame.remove();
    });

    it('debug: a cookie no category declares is reported once', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      document.cookie = 'mystery_tracker=1; Path=/';
      try {
        const el = await mount(html`<cookie-consent debug></cookie-consent>`);
        // The checks come with the on-demand part, after the first frame.
        const about = () => warn.mock.calls.filter(([m]) => String(m).includes('mystery_tracker'));
        await expect.poll(() => about().length).toBe(1);
        el.remove();
        const again = await mount(html`<cookie-consent debug></cookie-consent>`);
        await effectsRun();
        expect(again.shadowRoot!.querySelector('[part=banner]')).not.toBeNull();
        await new Promise((r) => setTimeout(r, 100)); // time for a second report, were there one
        expect(about()).toHaveLength(1);
        expect(warn.mock.calls.some(([m]) => String(m).includes('sessionid'))).toBe(false);
      } finally {
        document.cookie = 'mystery_tracker=; Path=/; Max-Age=0';
        warn.mockRestore();
      }
    });

    describe('Global Privacy Control', () => {
      afterEach(() => {
        delete (navigator as any).globalPrivacyControl;
      });

      it('is honoured and said so; nothing is stored on the signal alone; an explicit choice wins (GPC-1…3)', async () => {
        Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
        const el = await mount(html`<cookie-consent .config=${matomo}></cookie-consent>`);
        await expect.element(page.getByText(/Global Privacy Control/)).toBeVisible();
        expect(storedChoice()).toBeUndefined();
        el.showPreferences();
        await expect.element(page.getByRole('switch', { name: 'Statistics' })).not.toBeChecked();
        await userEvent.click(page.getByRole('dialog').getByRole('button', { name: 'Accept all' }));
        expect(storedChoice().categories.statistics).toBe(true);
      });

      it('says nothing when the signal is off or absent', async () => {
        Object.defineProperty(navigator, 'globalPrivacyControl', { value: false, configurable: true });
        const el = await mount();
        expect(shadow(el).querySelector('[part=gpc-notice]')).toBeNull();
      });
    });

    it('two pages of one origin stay in step: a choice in one closes the banner in the other', async () => {
      const frames = await Promise.all(
        [0, 1].map(async () => {
          const frame = document.createElement('iframe');
          frame.srcdoc = `<!doctype html><html lang="en"><body><cookie-consent></cookie-consent>
            <script type="module">import '/src/index.ts';</script></body></html>`;
          const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
          document.body.append(frame);
          await loaded;
          return frame.contentWindow!;
        }),
      );
      const [one, two] = frames.map((w) => w.document.querySelector('cookie-consent')!);
      await expect.poll(() => one!.shadowRoot?.querySelector('[part=banner]')).toBeTruthy();
      await expect.poll(() => two!.shadowRoot?.querySelector('[part=banner]')).toBeTruthy();
      // Sync is a page effect: it starts once each page has painted its first frame.
      await Promise.all(frames.map((w) => effectsRun(w)));
      const changes: unknown[] = [];
      two!.addEventListener('cookie-consent-change', (e) => changes.push((e as CustomEvent).detail.consent));
      one!.acceptAll();
      await expect.poll(() => two!.consent?.categories.statistics).toBe(true);
      await expect.poll(() => two!.shadowRoot!.querySelector('[part=banner]')).toBeNull();
      await new Promise((r) => setTimeout(r, 100));
      expect(changes).toHaveLength(1);
      document.querySelectorAll('iframe[srcdoc]').forEach((f) => f.remove());
    });
  });
});
