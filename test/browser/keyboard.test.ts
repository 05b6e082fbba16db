import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { focused, freshVisitor, html, mount, shadow, storedChoice } from './helpers.js';
import type { CookieConsent } from '../../src/index.js';

// Statistics with a cookie declared, so that the dialog offers its switch (one that declares
// nothing, with nothing gated on the page, is not offered).
const withStatistics = html`<cookie-consent
  .config=${{ categories: [{ id: 'statistics', title: 'Statistics', cookies: [{ provider: 'Matomo', function: 'Audience', names: ['_pk_id.*'], purpose: 'To count visits' }] }] }}
></cookie-consent>`;

async function openWithKeyboard(el: CookieConsent) {
  const customize = shadow(el).querySelector<HTMLElement>('[part~=customize]')!;
  customize.focus();
  await userEvent.keyboard('{Enter}');
  await expect.element(page.getByRole('dialog')).toBeVisible();
  return { customize, dialog: shadow(el).querySelector('dialog')! };
}

describe('<cookie-consent>', () => {
  describe('keyboard', () => {
    beforeEach(() => {
      freshVisitor();
    });

    it('opening the dialog moves focus to its title (A11Y-2), and the dialog is modal', async () => {
      const el = await mount();
      const { dialog } = await openWithKeyboard(el);
      await expect.poll(() => focused()?.id).toBe('dialog-title');
      expect(dialog.contains(focused())).toBe(true);
      expect(dialog.matches(':modal')).toBe(true);
      expect(dialog.getAttribute('aria-modal')).toBe('true');
    });

    it('Tab cycles inside the dialog, forwards and backwards (A11Y-3)', async () => {
      const el = await mount(withStatistics);
      const { dialog } = await openWithKeyboard(el);
      const controls = [...dialog.querySelectorAll<HTMLElement>('button, input:enabled')];
      expect(controls.map((c) => c.getAttribute('part') ?? c.id)).toEqual([
        'close-button',
        'switch',
        'button accept-all',
        'button reject-all',
        'button save',
      ]);
      const seen: (Element | null)[] = [];
      for (let i = 0; i < 20; i++) {
        await userEvent.tab();
        seen.push(focused());
        expect(dialog.contains(focused())).toBe(true);
      }
      // Forwards: every control in order, then around again.
      expect(seen.slice(0, 6)).toEqual([...controls, controls[0]]);
      const back: (Element | null)[] = [];
      for (let i = 0; i < 20; i++) {
        await userEvent.tab({ shift: true });
        back.push(focused());
        expect(dialog.contains(focused())).toBe(true);
      }
      expect(new Set(back).size).toBe(controls.length);
    });

    it('Shift+Tab from the title goes to the last control', async () => {
      const el = await mount();
      const { dialog } = await openWithKeyboard(el);
      await userEvent.tab({ shift: true });
      expect(focused()).toBe(dialog.querySelector('[part~=save]'));
    });

    it('Escape closes without saving and gives focus back to Customize (A11Y-4)', async () => {
      const el = await mount(withStatistics);
      await openWithKeyboard(el);
      await userEvent.tab();
      await userEvent.tab(); // the Statistics switch
      await userEvent.keyboard(' ');
      expect((focused() as HTMLInputElement).checked).toBe(true);
      await userEvent.keyboard('{Escape}');
      await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
      // The dialog stood in for the banner; focus goes back to the banner's Customize.
      await expect.poll(() => focused()?.getAttribute('part')).toBe('button customize');
      expect(storedChoice()).toBeUndefined();
      expect(el.consent).toBeNull();
      // The banner is still there: closing the dialog is not a choice (CNIL-2).
      await expect.element(page.getByRole('region')).toBeVisible();
    });

    it('the close button also closes without saving', async () => {
      const el = await mount();
      await openWithKeyboard(el);
      await userEvent.click(page.getByRole('button', { name: 'Close without saving' }));
      await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
      expect(storedChoice()).toBeUndefined();
    });

    it('focus returns to the page link that opened the dialog', async () => {
      const wrapper = await mount(html`<div>
        <cookie-consent></cookie-consent>
        <a href="#" data-cookie-consent-open>Cookie settings</a>
      </div>`);
      const el = wrapper.querySelector('cookie-consent')!;
      el.rejectAll();
      const link = wrapper.querySelector('a')!;
      link.focus();
      await userEvent.keyboard('{Enter}');
      await expect.element(page.getByRole('dialog')).toBeVisible();
      await userEvent.keyboard('{Escape}');
      await expect.poll(() => document.activeElement).toBe(link);
    });

    it('a choice saved in the dialog opened from the banner gives focus to the page\'s "Cookie settings" link (WCAG 2.4.3)', async () => {
      const wrapper = await mount(html`<div>
        <cookie-consent></cookie-consent>
        <a href="#" data-cookie-consent-open>Cookie settings</a>
      </div>`);
      const el = wrapper.querySelector('cookie-consent')!;
      await el.updateComplete;
      shadow(el).querySelector<HTMLElement>('[part~=customize]')!.focus();
      await userEvent.keyboard('{Enter}');
      await expect.element(page.getByRole('dialog')).toBeVisible();
      shadow(el).querySelector<HTMLElement>('[part~=save]')!.focus();
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => document.activeElement).toBe(wrapper.querySelector('a'));
      expect(shadow(el).querySelector('[part=banner]')).toBeNull();
    });

    for (const [part, key, name, accepted] of [
      ['accept-all', '{Enter}', 'Enter', true],
      ['reject-all', ' ', 'Space', false],
    ] as const) {
      it(`${name} on the banner's ${part} stores the choice and gives focus to the page's "Cookie settings" link, not to nowhere (WCAG 2.4.3)`, async () => {
        const wrapper = await mount(html`<div>
          <cookie-consent
            .config=${{ categories: [{ id: 'statistics', title: 'Statistics', cookies: [{ provider: 'Matomo', function: 'Audience', names: ['_pk_id.*'], purpose: 'To count visits' }] }] }}
          ></cookie-consent>
          <a href="#" data-cookie-consent-open>Cookie settings</a>
        </div>`);
        const el = wrapper.querySelector('cookie-consent')!;
        await el.updateComplete;
        shadow(el).querySelector<HTMLElement>(`[part~=${part}]`)!.focus();
        await userEvent.keyboard(key);
        await expect.poll(() => storedChoice()?.categories.statistics).toBe(accepted);
        expect(document.activeElement).toBe(wrapper.querySelector('a'));
        await el.updateComplete;
        expect(shadow(el).querySelector('[part=banner]')).toBeNull();
        // From there, Enter opens the dialog again: the choice can be changed at once.
        await userEvent.keyboard('{Enter}');
        await expect.element(page.getByRole('dialog')).toBeVisible();
      });
    }

    it('a pointer click on Accept all leaves focus alone: the page does not scroll to the "Cookie settings" link', async () => {
      const wrapper = await mount(html`<div>
        <cookie-consent></cookie-consent>
        <div style="height: 3000px"></div>
        <a href="#" data-cookie-consent-open>Cookie settings</a>
      </div>`);
      const el = wrapper.querySelector('cookie-consent')!;
      await el.updateComplete;
      const before = document.scrollingElement!.scrollTop;
      await userEvent.click(shadow(el).querySelector<HTMLElement>('[part~=accept-all]')!);
      await expect.poll(() => storedChoice()).not.toBeNull();
      await el.updateComplete;
      expect(document.activeElement).not.toBe(wrapper.querySelector('a'));
      expect(document.scrollingElement!.scrollTop).toBe(before);
    });

    it('showPreferences() called while focus is inside a shadow root gives focus back there on Escape', async () => {
      // A host that can take focus itself: focus must go back inside it, not to it.
      const wrapper = await mount(html`<div>
        <cookie-consent></cookie-consent>
        <span tabindex="-1"></span>
      </div>`);
      const el = wrapper.querySelector('cookie-consent')!;
      await el.updateComplete;
      const inner = document.createElement('button');
      inner.textContent = 'Inside a widget';
      wrapper.querySelector('span')!.attachShadow({ mode: 'open' }).append(inner);
      inner.focus();
      el.showPreferences();
      await el.updateComplete;
      await expect.element(page.getByRole('dialog')).toBeVisible();
      await userEvent.keyboard('{Escape}');
      await expect.poll(() => wrapper.querySelector('span')!.shadowRoot!.activeElement).toBe(inner);
      expect(document.activeElement).toBe(wrapper.querySelector('span'));
    });

    it("Enter on a blocked embed's placeholder accepts its category and gives focus to the embed, which loads (WCAG 2.4.3)", async () => {
      const wrapper = await mount(html`<div>
        ${withStatistics}
        <iframe title="Video" data-cookie-category="statistics" data-src="/test/browser/fixtures/embed.html"></iframe>
      </div>`);
      const el = wrapper.querySelector('cookie-consent')!;
      await el.updateComplete;
      el.rejectAll();
      const frame = wrapper.querySelector('iframe')!;
      const button = page.getByRole('button', { name: 'Accept Statistics cookies' });
      await expect.element(button).toBeVisible();
      (button.element() as HTMLElement).focus();
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => document.activeElement).toBe(frame);
      expect(el.hasConsent('statistics')).toBe(true);
      expect(frame.getAttribute('src')).toBe('/test/browser/fixtures/embed.html');
      expect(wrapper.querySelector('cookie-consent-placeholder')).toBeNull();
    });

    it('a choice made with the keyboard alone is stored', async () => {
      const el = await mount(withStatistics);
      await openWithKeyboard(el);
      await userEvent.tab();
      await userEvent.tab();
      await userEvent.keyboard(' '); // Statistics on
      await userEvent.tab();
      await userEvent.tab();
      await userEvent.tab(); // Save my choices
      expect(focused()?.getAttribute('part')).toBe('button save');
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => storedChoice()?.categories.statistics).toBe(true);
    });

    it('Tab can leave the banner: it does not trap focus (A11Y-5)', async () => {
      const wrapper = await mount(html`<div>
        <cookie-consent></cookie-consent>
        <button>After the banner</button>
      </div>`);
      const el = wrapper.querySelector('cookie-consent')!;
      await el.updateComplete;
      shadow(el).querySelector<HTMLElement>('[part~=accept-all]')!.focus();
      await userEvent.tab();
      await userEvent.tab();
      expect(focused()?.getAttribute('part')).toBe('button customize');
      await userEvent.tab();
      expect(focused()).toBe(wrapper.querySelector('button'));
    });

    it('the banner appears without moving focus or scrolling the page (A11Y-10)', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
      window.scrollTo(0, 500);
      const before = document.activeElement;
      await mount();
      expect(window.scrollY).toBe(500);
      expect(document.activeElement).toBe(before);
      spacer.remove();
    });
  });
});
