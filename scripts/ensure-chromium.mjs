// Makes sure the browser tests have a Chromium, in the order vite.config.ts looks for one:
// $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own build. Where
// there is none, it gets one: Debian's `chromium` package when running as root on
// Debian (Playwright's download is refused on closed networks), else Playwright's own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv) {
  if (!existsSync(fromEnv)) {
    console.error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    process.exit(1);
  }
} else if (!existsSync('/usr/bin/chromium') && !(await playwrightChromium())) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium package…");
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    console.log("No Chromium found: downloading Playwright's own build…");
    run('npx playwright install chromium');
  }
}
