// Writes the README's screenshots into docs/: `node scripts/docs-screenshots.mjs`.
// Starts Vite on a free loopback port, drives Chromium with Playwright, stops both.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { executablePath, chromiumArgs } from './chromium.mjs';

const shots = [
  { file: 'box-bottom-light-en', query: 'lang=en', width: 900 },
  { file: 'bar-top-dark-fr', query: 'lang=fr&theme=dark&layout=bar&position=top', width: 900 },
  { file: 'box-bottom-right-dsfr', query: 'lang=fr&css=dsfr&position=bottom-right', width: 900 },
  { file: 'dialog-compact-dark', query: 'lang=en&css=compact-dark&dialog', width: 900, dialog: true },
  { file: 'bar-bottom-light-en', query: 'lang=en&layout=bar', width: 900 },
  { file: 'box-top-dark-en', query: 'lang=en&theme=dark&position=top', width: 900 },
  { file: 'box-bottom-left-light-fr', query: 'lang=fr&position=bottom-left', width: 900 },
  { file: 'bar-bottom-dsfr-dark', query: 'lang=fr&css=dsfr&theme=dark&layout=bar', width: 900 },
  // Phones: the whole 360×640 screen, as most visitors see it.
  { file: 'phone-banner-en', query: 'lang=en', phone: true },
  { file: 'phone-banner-fr-bar', query: 'lang=fr&layout=bar', phone: true },
  { file: 'phone-dialog-en', query: 'lang=en&dialog', phone: true, dialog: true },
  { file: 'phone-dialog-fr', query: 'lang=fr&dialog', phone: true, dialog: true },
  // The portal with services (demo/services.html): exempt notice, service switches, a language file.
  { file: 'phone-services-banner-fr', page: '/demo/services.html?lang=fr', phone: true },
  { file: 'phone-services-dialog-en', page: '/demo/services.html', phone: true, dialog: true, open: true },
  { file: 'phone-services-dialog-de', page: '/demo/services.html?lang=de', phone: true, dialog: true, open: true },
];

const server = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  mkdirSync('docs', { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage(
      shot.phone
        ? { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' }
        : { viewport: { width: shot.width, height: 640 }, reducedMotion: 'reduce' },
    );
    await page.goto(`http://127.0.0.1:${port}${shot.page ?? `/scripts/shot.html?${shot.query}`}`);
    if (shot.open) {
      await page.locator('cookie-consent [part=banner]').waitFor();
      await page.evaluate(() => document.querySelector('cookie-consent').showPreferences());
    }
    const target = page.locator(shot.dialog ? 'cookie-consent dialog' : 'cookie-consent [part=banner]');
    await target.waitFor();
    await page.waitForTimeout(300); // fonts and the theme stylesheet
    await (shot.phone ? page : target).screenshot({ path: `docs/${shot.file}.png` });
    console.log(`docs/${shot.file}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
