import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CookieConsent } from '../../src/index.js';
import { enBanner } from '../../src/i18n/en.banner.js';
import { enDialog } from '../../src/i18n/en.dialog.js';
import { frBanner } from '../../src/i18n/fr.banner.js';
import { focused, freshVisitor, html, mount, shadow, storedChoice } from './helpers.js';

// What the preferences dialog offers (issue 9): no switch for an optional category that
// declares no cookie and gates nothing on the page, and, in a very large inventory, the
// tables past the first ones rendered only when the visitor opens them.

async function openDialog(el: CookieConsent): Promise<HTMLDialogElement> {
  el.showPreferences();
  await expect.element(page.getByRole('dialog')).toBeVisible();
  return shadow(el).querySelector('dialog')!;
}

const switchNames = () => page.getByRole('switch').elements().map((s) => s.getAttribute('id'));

/** A `<script type="text/plain">` gated on `categories` (never run here: nothing is accepted before it goes). */
function gate(categories: string): void {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.cookieCategory = categories;
  script.textContent = 'window.gatedRuns = 1;';
  document.body.append(script);
}

const row = (names: string[], purpose = 'To count visits') => ({ provider: 'Matomo', function: 'Audience', names, purpose });

describe('<cookie-consent> preferences dialog', () => {
  beforeEach(() => {
    freshVisitor();
  });
  afterEach(() => {
    document.querySelectorAll('script[data-cookie-category]').forEach((e) => e.remove());
  });

  describe('what it offers', () => {
    it('with no configuration, asks nothing about statistics, which declares no cookie', async () => {
      const el = await mount();
      const dialog = await openDialog(el);
      expect(switchNames()).toEqual(['switch-necessary']);
      expect(dialog.textContent).not.toContain('Statistics');
      expect(dialog.textContent).not.toContain('No cookie is declared for this purpose.');
      // The record still names it, and Accept all accepts it.
      await userEvent.click(page.getByRole('dialog').getByRole('button', { name: 'Accept all' }));
      expect(storedChoice().categories).toEqual({ necessary: true, statistics: true });
    });

    it('Save my choices keeps what the visitor chose before for a category it does not offer', async () => {
      const el = await mount();
      el.acceptAll();
      await openDialog(el);
      await userEvent.click(page.getByRole('button', { name: 'Save my choices' }));
      expect(storedChoice().categories).toEqual({ necessary: true, statistics: true });
      await openDialog(el);
      await userEvent.click(page.getByRole('dialog').getByRole('button', { name: 'Reject all' }));
      expect(storedChoice().categories).toEqual({ necessary: true, statistics: false });
    });

    it('offers a category without cookies that gates an element of the page, and says it declares none', async () => {
      gate('marketing videos');
      gate('statisticsx'); // not "statistics": ids are whole words
      const el = await mount(html`<cookie-consent
        .config=${{ categories: [{ id: 'videos', title: 'Videos' }, { id: 'marketing', title: 'Marketing' }, { id: 'maps', title: 'Maps' }] }}
      ></cookie-consent>`);
      const dialog = await openDialog(el);
      expect(switchNames()).toEqual(['switch-necessary', 'switch-videos', 'switch-marketing']);
      const videos = dialog.querySelector('[aria-labelledby=title-videos]')!;
      expect(videos.textContent).toContain('No cookie is declared for this purpose.');
      // A choice names every configured category, offered or not.
      await userEvent.click(page.getByRole('switch', { name: 'Videos' }));
      await userEvent.click(page.getByRole('button', { name: 'Save my choices' }));
      expect(storedChoice().categories).toEqual({ necessary: true, statistics: false, videos: true, marketing: false, maps: false });
    });

    it('with necessary alone, its scrolling body takes focus itself, so that the keyboard can scroll it', async () => {
      await page.viewport(360, 480);
      try {
        const el = await mount();
        const dialog = await openDialog(el);
        const body = dialog.querySelector<HTMLElement>('[part=dialog-body]')!;
        expect(body.scrollHeight).toBeGreaterThan(body.clientHeight);
        expect(body.tabIndex).toBe(0);
        await expect(el).to.be.accessible();
        await userEvent.tab(); // the close button
        await userEvent.tab();
        expect(focused()).toBe(body);
      } finally {
        await page.viewport(414, 896);
      }
    });

    it('offers an optional category that declares a cookie, with nothing gated on the page', async () => {
      const el = await mount(html`<cookie-consent
        .config=${{ categories: [{ id: 'statistics', title: 'Statistics', cookies: [row(['_pk_id.*'])] }] }}
      ></cookie-consent>`);
      const dialog = await openDialog(el);
      expect(switchNames()).toEqual(['switch-necessary', 'switch-statistics']);
      // The switch is there to reach: the body is no stop of its own.
      expect(dialog.querySelector('[part=dialog-body]')!.hasAttribute('tabindex')).toBe(false);
      await expect.element(page.getByRole('table', { name: 'Statistics' })).toBeVisible();
    });
  });

  describe('its texts', () => {
    const dialogButtons = () => page.getByRole('dialog').getByRole('button').elements().map((b) => b.textContent!.trim());

    it("are the element's own banner texts, overrides for its language included (the dialog's too), over the built-in dialog texts", async () => {
      const texts = { de: { acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen', save: 'Auswahl speichern' }, fr: { save: 'Valider' } };
      // German, a language only the configuration adds: its overrides, English for the rest.
      let el = await mount(html`<cookie-consent lang="de" .config=${{ texts }}></cookie-consent>`);
      await openDialog(el);
      expect(dialogButtons()).toEqual(['×', 'Alle akzeptieren', 'Alle ablehnen', 'Auswahl speichern']);
      await expect.element(page.getByRole('button', { name: enDialog.close })).toBeVisible();
      el.remove();
      // French: the built-in banner and dialog texts, under the override.
      el = await mount(html`<cookie-consent lang="fr" .config=${{ texts }}></cookie-consent>`);
      await openDialog(el);
      expect(dialogButtons()).toEqual(['×', 'Tout accepter', 'Tout refuser', 'Valider']);
      await expect.element(page.getByRole('button', { name: 'Fermer sans enregistrer' })).toBeVisible();
    });

    it("come from the element: the drop-in file's dialog chunk carries none of the banner's own", async () => {
      // Built by `npm run build` from the current sources (as first-view.test.ts reads it).
      const chunk = await (await fetch('/dist/cookie-consent.lazy.js')).text();
      expect(chunk).toContain(enDialog.dialogIntro);
      for (const text of [enBanner.bannerText, enBanner.gpcNotice, frBanner.bannerTitle, frBanner.rejectAll, frBanner.policyLink]) {
        expect(chunk.includes(text), text).toBe(false);
      }
    });
  });

  describe('a large inventory', () => {
    // The documented limits (README, "Field reference"): 20 categories, 100 rows each, 50 names
    // of 200 characters per row, texts of 5 000 characters. Rendered at once, such a dialog took
    // seconds to open; a freeze shows here as a test timeout, never as a timing assertion.
    const text = (letter: string) => ({ en: letter.repeat(5000), fr: letter.toUpperCase().repeat(5000) });
    const names = Array.from({ length: 50 }, (_, i) => `${String(i).padStart(3, '0')}${'n'.repeat(197)}`);
    const ids = ['necessary', 'statistics', ...Array.from({ length: 18 }, (_, i) => `c${i}`)];
    const largest = {
      categories: ids.map((id) => ({
        id,
        title: text('t'),
        description: text('d'),
        cookies: Array.from({ length: 100 }, () => ({ provider: text('p'), function: text('f'), names, purpose: text('u'), duration: 395 })),
      })),
    };

    it('at the configuration limits, opens with each table behind a button that shows and hides it', async () => {
      const el = await mount(html`<cookie-consent .config=${largest}></cookie-consent>`);
      const dialog = await openDialog(el);
      expect(switchNames()).toHaveLength(20);
      expect(dialog.querySelectorAll('table')).toHaveLength(0);
      const buttons = [...dialog.querySelectorAll<HTMLButtonElement>('[part=category] button[aria-expanded]')];
      expect(buttons).toHaveLength(20);
      const [first] = buttons;
      expect(first!.getAttribute('aria-expanded')).toBe('false');
      expect(first!.textContent).toBe('Cookie name(s)');

      first!.click();
      expect(first!.getAttribute('aria-expanded')).toBe('true');
      const table = first!.nextElementSibling as HTMLTableElement;
      expect(table.localName).toBe('table');
      expect(table.getAttribute('aria-labelledby')).toBe('title-necessary');
      // The necessary table keeps the choice cookie's row: 101 rows, and the header row.
      expect(table.rows).toHaveLength(102);
      expect(table.tBodies[0]!.rows[0]!.cells[2]!.textContent).toBe(names.join(', '));

      first!.click();
      expect(first!.getAttribute('aria-expanded')).toBe('false');
      expect(dialog.querySelectorAll('table')).toHaveLength(0);
    }, 30_000);

    it('renders the tables of an ordinary inventory at once, and only the later ones of a long one wait', async () => {
      const long = 'x'.repeat(400);
      const el = await mount(html`<cookie-consent
        .config=${{
          categories: [
            { id: 'statistics', title: 'Statistics', cookies: Array.from({ length: 20 }, (_, i) => row([`_s${i}`], long)) },
            { id: 'marketing', title: 'Marketing', cookies: Array.from({ length: 40 }, (_, i) => row([`_m${i}`], long)) },
            { id: 'videos', title: 'Videos', cookies: [row(['yt_*'])] },
          ],
        }}
      ></cookie-consent>`);
      const dialog = await openDialog(el);
      expect([...dialog.querySelectorAll('table')].map((t) => t.getAttribute('aria-labelledby'))).toEqual(['title-necessary', 'title-statistics']);
      expect([...dialog.querySelectorAll('button[aria-expanded]')].map((b) => b.closest('section')!.getAttribute('aria-labelledby'))).toEqual([
        'title-marketing',
        'title-videos',
      ]);
    });

    it('a table behind its button is reached with the keyboard, labelled by its category, and axe finds nothing', async () => {
      const el = await mount(html`<cookie-consent
        .config=${{ categories: [{ id: 'statistics', title: 'Statistics', cookies: Array.from({ length: 80 }, (_, i) => row([`_s${i}`], 'x'.repeat(400))) }] }}
      ></cookie-consent>`);
      const dialog = await openDialog(el);
      await expect(el).to.be.accessible();
      const statistics = dialog.querySelector('#switch-statistics');
      const show = dialog.querySelector<HTMLElement>('button[aria-expanded]')!;
      await userEvent.tab(); // the close button
      await userEvent.tab(); // the Statistics switch
      expect(focused()).toBe(statistics);
      await userEvent.tab();
      expect(focused()).toBe(show);
      await userEvent.keyboard('{Enter}');
      await expect.element(page.getByRole('table', { name: 'Statistics' })).toBeVisible();
      expect(page.getByRole('table', { name: 'Statistics' }).getByRole('row').elements()).toHaveLength(81);
      expect(focused()).toBe(show);
      expect(show.getAttribute('aria-expanded')).toBe('true');
      await expect(el).to.be.accessible();
      // Back, not round to the last control: the button is one of the dialog's own.
      await userEvent.tab({ shift: true });
      expect(focused()).toBe(statistics);
    });
  });
});
