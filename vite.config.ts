/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import pkg from './package.json' with { type: 'json' };
import { chromiumArgs, executablePath } from './scripts/chromium.mjs';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';

const deps = Object.keys(pkg.dependencies ?? {});
const isDependency = (id: string) => deps.some((d) => id === d || id.startsWith(`${d}/`));

// Routes of the dev server (demo and tests), never of the package:
// - /dist/cookie-*.js, the CDN files, are served as they are;
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
      const path = (req.url ?? '').split(/[?#]/)[0]!;
      if (/^\/dist\/cookie-(consent|policy)\.[\w.]+\.js$/.test(path) && existsSync(`${server.config.root}${path}`)) {
        // The CDN files as a CDN would serve them: never transformed (Vite would add an
        // import to the drop-in file's dynamic import(), which a classic script cannot run).
        // The npm build (dist/index.js and its chunks) still goes through Vite, which resolves
        // its bare `lit` imports as an app's bundler would.
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(readFileSync(`${server.config.root}${path}`));
      } else if (req.url === '/' || req.url === '/index.html') {
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

const root = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string) => `${root}${path}`;

/**
 * The builds, one per `--mode` (`npm run build` runs them all):
 * - default: the npm entries, ES modules with lit and js-cookie external (dist/index.js,
 *   dist/policy.js, and the on-demand chunk they import);
 * - `cdn`: dist/cookie-consent.min.js, the drop-in file, self-contained (classic or module
 *   script), which fetches dist/cookie-consent.lazy.js beside it when the dialog first opens;
 * - `cdn-lazy`: that chunk, an ES module that uses the drop-in file's lit-html (internal/lit-shim.ts);
 * - `cdn-embeds`: dist/cookie-consent.embeds.js, the placeholder element, fetched the first time
 *   a page has an embed to block, on the drop-in file's lit-html and element base;
 * - `cdn-policy`: dist/cookie-policy.min.js, a small loader for <cookie-policy>, which fetches
 *   `cdn-policy-shared` (cookie-policy.shared.js, on the drop-in file's Lit) where the banner's
 *   file is on the page, else `cdn-policy-standalone` (cookie-policy.standalone.js, own Lit).
 */
function build(mode: string): BuildEnvironmentOptions {
  const iife = (entry: string, fileName: string) => ({
    lib: { entry, formats: ['iife' as const], name: 'PortalCookieConsent', fileName: () => fileName },
    minify: true,
    emptyOutDir: false,
  });
  const esm = (entry: string, fileName: string) => ({
    lib: { entry, formats: ['es' as const], fileName: () => fileName },
    minify: true,
    // Library mode leaves ES output unminified unless asked here.
    rolldownOptions: { output: { minify: true } },
    emptyOutDir: false,
  });
  switch (mode) {
    case 'cdn':
      return iife('src/main.ts', 'cookie-consent.min.js');
    case 'cdn-policy':
      return { ...iife('src/policy/cdn.ts', 'cookie-policy.min.js'), lib: { entry: 'src/policy/cdn.ts', formats: ['iife'], name: 'PortalCookiePolicy', fileName: () => 'cookie-policy.min.js' } };
    case 'cdn-lazy':
      return esm('src/lazy.cdn.ts', 'cookie-consent.lazy.js');
    case 'cdn-embeds':
      return esm('src/embeds.ts', 'cookie-consent.embeds.js');
    case 'cdn-policy-shared':
      return esm('src/policy/index.ts', 'cookie-policy.shared.js');
    case 'cdn-policy-standalone':
      return esm('src/policy/index.ts', 'cookie-policy.standalone.js');
    default:
      return {
        lib: { entry: { index: 'src/index.ts', policy: 'src/policy/index.ts' }, formats: ['es'] },
        rolldownOptions: { external: isDependency },
        minify: false,
        sourcemap: true,
      };
  }
}

/**
 * Per build, modules that stand for others: the drop-in file reaches its chunk by URL, and the
 * chunk borrows the drop-in file's Lit. Matched on resolved paths, whatever the import says.
 */
const swaps = (mode: string): Plugin => ({
  name: 'swap-modules',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const shares = mode === 'cdn-lazy' || mode === 'cdn-embeds' || mode === 'cdn-policy-shared';
    if (shares && source === 'lit/html.js') return at('src/internal/lit-shim.ts');
    if (!(shares && source.endsWith('/element.js')) && !(mode === 'cdn' && source.endsWith('/load-lazy.js'))) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (shares && resolved?.id === at('src/internal/element.ts')) return at('src/internal/lit-shim.ts');
    if (resolved?.id === at('src/internal/load-lazy.ts')) return at('src/internal/load-lazy.cdn.ts');
    return resolved;
  },
});

export default defineConfig(({ mode, command }) => ({
  // Found late, these would make Vite reload a running test on a fresh cache.
  optimizeDeps: { include: ['react', 'react/jsx-dev-runtime', 'react-dom/client', 'vue/dist/vue.esm-bundler.js'] },
  // Every build minifies template text (also the npm one, which apps bundle as it is).
  plugins: [devRoutes(), ...(command === 'build' ? [swaps(mode), minifyLiteralsPlugin()] : [])],
  build: build(mode),
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
