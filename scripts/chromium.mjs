// The Chromium that Playwright drives, in one place for the tests (vite.config.ts), the
// benchmark (scripts/bench.mjs) and the README's screenshots (scripts/docs-screenshots.mjs).
import { existsSync } from 'node:fs';

/**
 * $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined, which lets Playwright
 * pick the browser that `npx playwright install` put in its cache.
 * @type {string | undefined}
 */
export const executablePath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Needed when running as root in a container whose only network is the package registries
 * (no sandbox, no GPU, no background requests to Google's services); harmless on a
 * developer's machine.
 * @type {string[]}
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
