import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { freshVisitor, html, mount, shadow } from './helpers.js';

const layouts = ['box', 'bar'] as const;
const positions = ['bottom', 'top', 'bottom-left', 'bottom-right'] as const;

/** Waits for the entrance animation, which moves the banner by 1em while it runs. */
async function settled(element: Element): Promise<void> {
  await Promise.all(element.getAnimations().map((a) => a.finished));
}

/** True when the whole of `inner` lies inside the viewport. */
function fullyInViewport(r: DOMRect): boolean {
  return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
}

describe('<cookie-consent>', () => {
  describe('layouts', () => {
    beforeEach(() => {
      freshVisitor();
    });
    afterEach(async () => {
      await page.viewport(414, 896);
    });

    // 320 px is also what a 1280 px window shows at 400 % zoom (WCAG 1.4.10 reflow).
    for (const width of [320, 640, 1280]) {
      for (const layout of layouts) {
        for (const position of positions) {
          it(`${layout} at ${position}, ${width} px wide: all three buttons fully visible and clickable`, async () => {
            await page.viewport(width, 700);
            const el = await mount(html`<cookie-consent layout=${layout} position=${position}></cookie-consent>`);
            const banner = shadow(el).querySelector<HTMLElement>('[part=banner]')!;
            await settled(banner);
            const box = banner.getBoundingClientRect();
            expect(fullyInViewport(box)).toBe(true);
            if (position.startsWith('top')) expect(box.top).toBeLessThan(innerHeight / 2);
            else expect(box.bottom).toBeGreaterThan(innerHeight / 2);
            if (layout === 'bar') expect(Math.round(box.width)).toBe(width);
            if (layout === 'box' && position === 'bottom-left' && width >= 640) expect(box.right).toBeLessThan(width * 0.75);
            if (layout === 'box' && position === 'bottom-right' && width >= 640) expect(box.left).toBeGreaterThan(width * 0.25);
            const buttons = [...banner.querySelectorAll<HTMLElement>('[part~=button]')];
            expect(buttons).toHaveLength(3);
            // The same size everywhere (CNIL-3): one height, and one width up to the sub-pixel
            // rounding of the grid's equal columns (at 320 px they can differ by a fraction of a pixel).
            expect(new Set(buttons.map((b) => b.offsetHeight)).size).toBe(1);
            const widths = buttons.map((b) => b.getBoundingClientRect().width);
            expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
            for (const button of buttons) {
              const r = button.getBoundingClientRect();
              expect(fullyInViewport(r)).toBe(true);
              // Nothing covers it: the element at its centre is the button itself.
              const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              expect(hit === button || button.contains(hit)).toBe(true);
            }
            // Text is not cut: the banner scrolls when it must, and nothing overflows sideways.
            expect(banner.scrollWidth).toBeLessThanOrEqual(banner.clientWidth + 1);
            await userEvent.click(page.getByRole('button', { name: 'Reject all' }));
            expect(el.consent?.categories.statistics).toBe(false);
          });
        }
      }
    }

    for (const position of ['bottom', 'top'] as const) {
      it(`a link tabbed to under a ${position} banner is scrolled clear of it (WCAG 2.4.11)`, async () => {
        await page.viewport(800, 600);
        const wrapper = await mount(html`<div>
          <cookie-consent layout="bar" position=${position}></cookie-consent>
          <div class="spacer"></div>
          <a href="#x" id="target">A dataset</a>
          <div class="spacer"></div>
        </div>`);
        wrapper.querySelectorAll<HTMLElement>('.spacer').forEach((s) => (s.style.height = '1500px'));
        const el = wrapper.querySelector('cookie-consent')!;
        await el.updateComplete;
        await settled(shadow(el).querySelector('[part=banner]')!);
        const banner = shadow(el).querySelector('[part=banner]')!.getBoundingClientRect();
        const link = wrapper.querySelector<HTMLElement>('#target')!;
        // Put the link right under the banner.
        const linkTop = link.getBoundingClientRect().top + scrollY;
        window.scrollTo(0, position === 'bottom' ? linkTop - banner.top - 5 : linkTop - banner.top - 5);
        const before = link.getBoundingClientRect();
        expect(before.top < banner.bottom && before.bottom > banner.top).toBe(true); // covered now
        link.previousElementSibling!.setAttribute('tabindex', '-1');
        (link.previousElementSibling as HTMLElement).focus({ preventScroll: true });
        await userEvent.tab();
        expect(document.activeElement).toBe(link);
        const after = link.getBoundingClientRect();
        expect(after.bottom <= banner.top || after.top >= banner.bottom).toBe(true);
        window.scrollTo(0, 0);
      });
    }

    it('a top banner over the very top of the page moves to the bottom rather than hide the focus', async () => {
      await page.viewport(800, 600);
      const wrapper = await mount(html`<div>
        <cookie-consent layout="bar" position="top"></cookie-consent>
        <a href="#x" id="first">Skip to content</a>
      </div>`);
      const el = wrapper.querySelector('cookie-consent')!;
      await el.updateComplete;
      const banner = shadow(el).querySelector<HTMLElement>('[part=banner]')!;
      await settled(banner);
      window.scrollTo(0, 0);
      const link = wrapper.querySelector<HTMLElement>('#first')!;
      expect(link.getBoundingClientRect().top).toBeLessThan(banner.getBoundingClientRect().bottom); // covered
      link.focus();
      const b = banner.getBoundingClientRect();
      const t = link.getBoundingClientRect();
      expect(t.bottom <= b.top || t.top >= b.bottom).toBe(true);
      // Focus back in the banner: it returns to its place.
      banner.querySelector<HTMLElement>('[part~=accept-all]')!.focus();
      expect(banner.getBoundingClientRect().top).toBe(0);
    });

    it('a long platform host wraps at 320 px: nothing scrolls sideways', async () => {
      await page.viewport(320, 700);
      for (const layout of layouts) {
        const el = await mount(html`<cookie-consent lang="fr" layout=${layout} platform="https://interpolilli.opendatasoft.com"></cookie-consent>`);
        const banner = shadow(el).querySelector<HTMLElement>('[part=banner]')!;
        expect(banner.scrollWidth).toBeLessThanOrEqual(banner.clientWidth + 1);
        for (const button of banner.querySelectorAll<HTMLElement>('[part~=button]')) {
          expect(button.scrollWidth).toBeLessThanOrEqual(button.clientWidth + 1);
        }
        el.remove();
      }
    });

    it('dir="rtl": the texts run right to left and the switch knob starts on the right', async () => {
      const el = await mount(html`<cookie-consent dir="rtl"></cookie-consent>`);
      const banner = shadow(el).querySelector<HTMLElement>('[part=banner]')!;
      expect(getComputedStyle(banner).direction).toBe('rtl');
      const first = banner.querySelector('[part~=accept-all]')!.getBoundingClientRect();
      const second = banner.querySelector('[part~=reject-all]')!.getBoundingClientRect();
      expect(first.left).toBeGreaterThan(second.left); // the first action is on the right
      el.showPreferences();
      await expect.element(page.getByRole('dialog')).toBeVisible();
      const toggle = shadow(el).querySelector<HTMLElement>('#switch-necessary')!;
      expect(getComputedStyle(toggle).transform).not.toBe('none');
      await expect(el).to.be.accessible();
    });

    it('layout, position and theme set as properties are reflected, so the styles apply', async () => {
      const el = await mount();
      el.layout = 'bar';
      el.position = 'top';
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('layout')).toBe('bar');
      expect(el.getAttribute('position')).toBe('top');
      expect(el.getAttribute('theme')).toBe('dark');
      const banner = shadow(el).querySelector<HTMLElement>('[part=banner]')!;
      await settled(banner);
      expect(banner.getBoundingClientRect().top).toBe(0);
      expect(getComputedStyle(banner).backgroundColor).toBe('rgb(22, 27, 34)');
    });
  });
});
