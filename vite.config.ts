/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
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
// - GET /__hostile/<name>[?csp=<other>] serves test/browser/fixtures/hostile/<name>.html as it
//   is (no Vite HTML transform, so no injected script), with the Content-Security-Policy header
//   written in <other>.csp, else <name>.csp, when that file exists (test/browser/hostile.test.ts).
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
      } else if (/^\/__hostile\/[\w-]+(\?|$)/.test(req.url ?? '')) {
        const url = new URL(req.url!, 'http://localhost');
        const dir = `${server.config.root}/test/browser/fixtures/hostile/`;
        const page = `${dir}${url.pathname.slice('/__hostile/'.length)}.html`;
        const csp = `${dir}${/^[\w-]+$/.exec(url.searchParams.get('csp') ?? '')?.[0] ?? url.pathname.slice('/__hostile/'.length)}.csp`;
        if (!existsSync(page)) return next();
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        if (existsSync(csp)) res.setHeader('Content-Security-Policy', readFileSync(csp, 'utf8').trim().replace(/\s*\n\s*/g, ' '));
        res.end(readFileSync(page));
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
  // Found late, these would make Vite reload a running test on a fresh cache.
  optimizeDeps: { include: ['react', 'react/jsx-dev-runtime', 'react-dom/client', 'vue/dist/vue.esm-bundler.js'] },
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
