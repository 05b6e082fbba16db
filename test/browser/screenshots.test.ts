import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { freshVisitor, html, mount } from './helpers.js';

// Pictures of the banner and the dialog for a person to look at (issue 4): each layout and
// position, light and dark, English and French. They land in .screenshots/ (not in git);
// the assertions only check that each picture was taken of a visible banner or dialog.

describe('<cookie-consent>', () => {
  describe('screenshots', () => {
    beforeEach(() => {
      freshVisitor();
    });
    afterEach(async () => {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
      await page.viewport(414, 896);
    });

    for (const lang of ['en', 'fr']) {
      for (const theme of ['light', 'dark']) {
        for (const [layout, position] of [
          ['box', 'bottom'],
          ['box', 'bottom-right'],
          ['bar', 'bottom'],
          ['bar', 'top'],
        ] as const) {
          it(`${layout} ${position}, ${theme}, ${lang}`, async () => {
            await page.viewport(1024, 640);
            // No entrance animation half-way in a picture.
            await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
            const el = await mount(html`<cookie-consent
              lang=${lang}
              theme=${theme}
              layout=${layout}
              position=${position}
              platform="https://inai.opendatasoft.com"
              policy-url="/policy"
            ></cookie-consent>`);
            const banner = el.shadowRoot!.querySelector<HTMLElement>('[part=banner]')!;
            await expect.element(banner).toBeVisible();
            const name = `${lang}-${theme}-${layout}-${position}`;
            const shot = await page.screenshot({ path: `../../.screenshots/banner-${name}.png` });
            expect(shot).toMatch(/banner-.*\.png$/);
            if (layout === 'box' && position === 'bottom') {
              el.showPreferences();
              await expect.element(page.getByRole('dialog')).toBeVisible();
              expect(await page.screenshot({ path: `../../.screenshots/dialog-${lang}-${theme}.png` })).toMatch(/dialog-/);
            }
          });
        }
      }
    }
  });
});
