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

// Routes of the dev server (demo and tests), never of the package:
// - the demo lives in demo/ but is served from the repository root (so that /src and /dist
//   resolve): a bare http://127.0.0.1:5173/ goes to it;
// - POST /__consent-log records a proof of consent (`log-url`), GET returns those recorded,
//   as a portal's server would store them.
const devRoutes = (): Plugin => ({
  name: 'dev-routes',
  configureServer(server) {
    const proofs: unknown[] = [];
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      } else if (req.url === '/__consent-log' && req.method === 'POST') {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          try {
            proofs.push(JSON.parse(body));
          } catch {
            proofs.push({ unparsable: body.slice(0, 200) });
          }
          res.statusCode = 204;
          res.end();
        });
      } else if (req.url === '/__consent-log') {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(proofs));
      } else {
        next();
      }
    });
  },
});

export default defineConfig(({ mode }) => ({
  plugins: [devRoutes(), ...(mode === 'cdn' ? [minifyLiteralsPlugin()] : [])],
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
