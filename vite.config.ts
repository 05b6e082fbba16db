/// <reference types="vitest/config" />
import { existsSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import pkg from './package.json' with { type: 'json' };
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';

// $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser
// (undefined lets Playwright pick the one `npx playwright install` put in its cache).
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// Needed when running as root in a container with no network beyond the package
// registries; harmless on a developer laptop.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const deps = Object.keys(pkg.dependencies ?? {});
const isDependency = (id: string) => deps.some((d) => id === d || id.startsWith(`${d}/`));

// The demo lives in demo/ but is served from the repository root (so that /src and /dist
// resolve); send a bare http://127.0.0.1:5173/ to it.
const demoRedirect = (): Plugin => ({
  name: 'demo-redirect',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      next();
    });
  },
});

export default defineConfig(({ mode }) => ({
  plugins: [demoRedirect(), ...(mode === 'cdn' ? [minifyLiteralsPlugin()] : [])],
  build:
    mode === 'cdn'
      ? {
          lib: {
            entry: 'src/index.ts',
            formats: ['iife'],
            name: 'PortalCookieConsent',
            fileName: () => 'cookie-consent.min.js',
          },
          minify: true,
          emptyOutDir: false,
        }
      : {
          lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
          rolldownOptions: { external: isDependency },
          minify: false,
          sourcemap: true,
        },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results.json' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          setupFiles: ['test/setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
}));
