import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { freshVisitor, html, mount, shadow } from './helpers.js';

// Phones first (issue 8): most visitors see the banner on a 360–390 px screen, where it must
// leave the page readable. Measured in a 360×640 viewport, as on a small Android phone.
describe('on a 360×640 phone', () => {
  beforeEach(async () => {
    freshVisitor();
    await page.viewport(360, 640);
  });
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await page.viewport(414, 896);
  });

  for (const lang of ['en', 'fr']) {
    for (const layout of ['box', 'bar']) {
      it(`${lang}, ${layout}: the banner covers at most 30 % of the screen, with readable text and three equal actions on screen`, async () => {
        document.documentElement.lang = lang;
        // A long host, as real portals have: the title must still break only after a dot.
        const el = await mount(html`<cookie-consent layout=${layout} platform="https://gpseo.opendatasoft.com" policy-url="/p"></cookie-consent>`);
        const banner = shadow(el).querySelector<HTMLElement>('[part=banner]')!;
        await Promise.all(banner.getAnimations().map((a) => a.finished));
        const box = banner.getBoundingClientRect();
        expect((box.width * box.height) / (innerWidth * innerHeight)).toBeLessThanOrEqual(0.3);
        for (const part of ['banner-text', 'policy-link']) {
          expect(Number.parseFloat(getComputedStyle(shadow(el).querySelector(`[part~=${part}]`)!).fontSize)).toBeGreaterThanOrEqual(14);
        }
        const buttons = [...banner.querySelectorAll<HTMLElement>('[part~=button]')].map((b) => b.getBoundingClientRect());
        expect(buttons).toHaveLength(3);
        for (const r of buttons) {
          expect(r.height).toBeGreaterThanOrEqual(36);
          expect(r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth).toBe(true);
          // Equal weight: the same box, on one row.
          expect(Math.abs(r.width - buttons[0]!.width)).toBeLessThan(1);
          expect(Math.abs(r.height - buttons[0]!.height)).toBeLessThan(1);
          expect(r.top).toBe(buttons[0]!.top);
        }
        // Each label fits its button: nothing cut or spilling.
        for (const button of banner.querySelectorAll<HTMLElement>('[part~=button]')) {
          expect(button.scrollWidth).toBeLessThanOrEqual(button.clientWidth);
        }
      });
    }
  }

  for (const width of [320, 360, 375]) {
    it(`${width} px: the host in a title breaks only after a dot, and the dialog never scrolls sideways`, async () => {
      await page.viewport(width, 640);
      const el = await mount(html`<cookie-consent platform="https://gpseo.opendatasoft.com"></cookie-consent>`);
      el.showPreferences();
      await el.updateComplete;
      const dialog = shadow(el).querySelector('dialog')!;
      expect(dialog.open).toBe(true);
      expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
      const body = dialog.querySelector<HTMLElement>('[part=dialog-body]')!;
      expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(innerWidth);
      // Every line of the title ends at a word's end or after a dot of the host.
      const title = dialog.querySelector('h2')!;
      const text = title.textContent!;
      const range = document.createRange();
      let lastTop = -1;
      const breaks: number[] = [];
      const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          if (lastTop >= 0 && top > lastTop + 2) breaks.push(offset + i);
          lastTop = top;
        }
        offset += node.textContent!.length;
      }
      for (const at of breaks) expect(/[\s.]/.test(text[at - 1]!) || /\s/.test(text[at]!), `break in "${text}" at ${at}`).toBe(true);
      el.hide();
    });
  }
});
