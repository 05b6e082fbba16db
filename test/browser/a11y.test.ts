import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { fixture } from '@open-wc/testing-helpers';
import { freshVisitor, html, mount, shadow } from './helpers.js';

describe('<cookie-consent>', () => {
  describe('accessibility', () => {
    beforeEach(() => {
      freshVisitor();
    });

    it('axe finds nothing with the banner, in English and French', async () => {
      const el = await mount(html`<cookie-consent policy-url="/policy"></cookie-consent>`);
      await expect(el).to.be.accessible();
      el.lang = 'fr';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('axe finds nothing with the dialog open', async () => {
      const el = await mount(html`<cookie-consent
        .config=${{ categories: [{ id: 'statistics', title: 'Statistics', cookies: [{ provider: 'Matomo', function: 'Audience', names: ['_pk_id.*'], purpose: 'To count visits' }] }] }}
      ></cookie-consent>`);
      el.showPreferences();
      await expect.element(page.getByRole('dialog')).toBeVisible();
      await expect(el).to.be.accessible();
    });

    it('axe can fail: it catches a button without a name', async () => {
      const bad = await fixture(html`<div><button></button></div>`);
      await expect(bad).not.to.be.accessible();
    });

    it('the dialog has a visible title as its name and a description (A11Y-1)', async () => {
      const el = await mount();
      el.showPreferences();
      const dialog = page.getByRole('dialog', { name: `Cookies used on the ${location.host} platform` });
      await expect.element(dialog).toHaveAccessibleDescription(/Choose which cookies you allow/);
      await expect.element(dialog.getByRole('heading', { level: 2 })).toBeVisible();
      expect(shadow(el).querySelector('dialog')!.getAttribute('aria-labelledby')).toBe('dialog-title');
    });

    it('Accept all, Reject all and Customize look alike and have the same size (CNIL-3)', async () => {
      for (const width of [1280, 360]) {
        await page.viewport(width, 800);
        const el = await mount();
        const buttons = [...shadow(el).querySelectorAll<HTMLElement>('[part=actions] button')];
        expect(buttons.map((b) => b.textContent!.trim())).toEqual(['Accept all', 'Reject all', 'Customize']);
        const look = (b: HTMLElement) => {
          const s = getComputedStyle(b);
          const r = b.getBoundingClientRect();
          return [s.fontSize, s.fontWeight, s.color, s.backgroundColor, s.padding, s.borderRadius, Math.round(r.width), Math.round(r.height)];
        };
        expect(look(buttons[1]!)).toEqual(look(buttons[0]!));
        expect(look(buttons[2]!)).toEqual(look(buttons[0]!));
        el.remove();
      }
      await page.viewport(414, 896);
    });

    it('every control shows a visible focus ring from the keyboard (A11Y-8)', async () => {
      const el = await mount();
      const accept = shadow(el).querySelector<HTMLElement>('[part~=accept-all]')!;
      accept.focus();
      await userEvent.tab();
      const reject = shadow(el).querySelector<HTMLElement>('[part~=reject-all]')!;
      expect(reject.matches(':focus-visible')).toBe(true);
      const style = getComputedStyle(reject);
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    });

    it('the banner is fixed: its appearance shifts no page content (CLS 0)', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><p>Dataset list</p><p>More content</p></div>`);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as any).value);
      });
      observer.observe({ type: 'layout-shift' });
      wrapper.firstElementChild!.after(document.createElement('cookie-consent'));
      await expect.element(page.getByRole('region')).toBeVisible();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      observer.disconnect();
      expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
      const banner = shadow(wrapper.querySelector('cookie-consent')!).querySelector('[part=banner]')!;
      expect(getComputedStyle(banner).position).toBe('fixed');
      expect(wrapper.querySelector('cookie-consent')!.getBoundingClientRect().height).toBe(0);
    });

    it('reduced motion: the banner does not animate (A11Y-11): it has no animation at all', async () => {
      const el = await mount();
      const banner = shadow(el).querySelector('[part=banner]')!;
      expect(getComputedStyle(banner).animationName).toBe('none');
      expect(el.shadowRoot!.getAnimations()).toEqual([]);
    });
  });
});
