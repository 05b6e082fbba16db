/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import pkg from './package.json' with { type: 'json' };
import phrases from './src/internal/phrases.json' with { type: 'json' };
import { chromiumArgs, executablePath } from './scripts/chromium.mjs';
import { devRoutes } from './scripts/dev-routes.mjs';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';

const deps = Object.keys(pkg.dependencies ?? {});
const isDependency = (id: string) => deps.some((d) => id === d || id.startsWith(`${d}/`));

const root = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string) => `${root}${path}`;

/**
 * The builds, one per `--mode` (`npm run build` runs them all):
 * - default: the npm entries, ES modules with lit and js-cookie external (dist/index.js,
 *   dist/policy.js, and the on-demand chunk they import);
 * - `cdn`: dist/cookie-consent.min.js, the drop-in file, self-contained (classic or module
 *   script), which fetches dist/cookie-consent.lazy.js beside it when the dialog first opens;
 * - `cdn-lazy`: that chunk, an ES module that uses the drop-in file's lit-html (internal/lit-shim.ts);
 * - `cdn-choice`: dist/cookie-consent.choice.js, the proof of consent and the clean-up after a
 *   withdrawal, fetched the first time a saved choice needs one;
 * - `cdn-embeds`: dist/cookie-consent.embeds.js, the placeholder element, fetched the first time
 *   a page has an embed to block, on the drop-in file's lit-html and element base;
 * - `cdn-scripts`: dist/cookie-consent.scripts.js, what runs an accepted gated script, fetched
 *   with the first one a choice accepts;
 * - `cdn-services`: dist/cookie-consent.services.js, the check of services, exempt
 *   measurement and a Consent Mode map, fetched as the element starts on a page whose
 *   configuration has them (and with `debug`);
 * - `cdn-presets`: dist/cookie-consent.presets.js, the trackers' presets (Matomo, GA4, Piano),
 *   which the services chunk imports from beside itself for a page that names one;
 * - `cdn-debug`: dist/cookie-consent.debug.js, the `debug` attribute's checks, which the
 *   services chunk imports likewise;
 * - `lang-de` (…`-es`, `-it`, `-nl`, `-pt`): dist/lang/de.js, one language's texts, a script
 *   with no import or export, so that it serves as a classic `<script>` beside the drop-in file
 *   and as `import 'portal-cookie-consent/lang/de'` alike (one registry on the page);
 * - `cdn-words`: dist/cookie-consent.words.js, the wording of the element's reports, fetched
 *   with the first report (a mistake in the page's markup or configuration);
 * - `server`: dist/server.js, portal-cookie-consent/server, for Node (readConsentFromCookieHeader);
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
  if (mode.startsWith('lang-')) return iife(`src/lang/${mode.slice(5)}.ts`, `lang/${mode.slice(5)}.js`);
  switch (mode) {
    case 'cdn':
      return iife('src/main.ts', 'cookie-consent.min.js');
    case 'cdn-policy':
      return { ...iife('src/policy/cdn.ts', 'cookie-policy.min.js'), lib: { entry: 'src/policy/cdn.ts', formats: ['iife'], name: 'PortalCookiePolicy', fileName: () => 'cookie-policy.min.js' } };
    case 'cdn-lazy':
      return esm('src/lazy.cdn.ts', 'cookie-consent.lazy.js');
    case 'cdn-choice':
      return esm('src/choice.ts', 'cookie-consent.choice.js');
    case 'cdn-embeds':
      return esm('src/embeds.ts', 'cookie-consent.embeds.js');
    case 'cdn-words':
      return esm('src/internal/phrases.ts', 'cookie-consent.words.js');
    case 'cdn-services':
      return esm('src/services.ts', 'cookie-consent.services.js');
    case 'cdn-presets':
      return esm('src/presets/complete.ts', 'cookie-consent.presets.js');
    case 'cdn-debug':
      return esm('src/consent/inventory-check.ts', 'cookie-consent.debug.js');
    case 'cdn-scripts':
      return esm('src/effects/run-script.ts', 'cookie-consent.scripts.js');
    case 'server':
      // portal-cookie-consent/server: for Node, never in a browser bundle.
      return { ...esm('src/server/index.ts', 'server.js'), minify: false, rolldownOptions: { external: (id: string) => isDependency(id) || id.startsWith('node:') }, target: 'node20' };
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
    const borrowed = shares && /\/(element|styles|events)\.js$/.test(source) && importer !== at('src/internal/lit-shim.ts');
    if (mode === 'cdn-services' && source.endsWith('/load-more.js')) return at('src/config/load-more.cdn.ts');
    if (!borrowed && !(mode === 'cdn' && source.endsWith('/load-lazy.js'))) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const shared = ['src/internal/element.ts', 'src/internal/styles.ts', ...(mode === 'cdn-embeds' ? ['src/events.ts'] : [])].map(at);
    if (borrowed && shared.includes(resolved?.id ?? '')) return at('src/internal/lit-shim.ts');
    if (resolved?.id === at('src/internal/load-lazy.ts')) return at('src/internal/load-lazy.cdn.ts');
    return resolved;
  },
});

/**
 * The drop-in policy files write the report phrases into the messages at build time (they
 * have no on-demand part to fetch them from, and cannot afford the whole list), and leave the
 * list itself out.
 */
const writtenPhrases = (mode: string): Plugin => ({
  name: 'written-phrases',
  enforce: 'pre',
  resolveId(source) {
    return mode.startsWith('cdn-policy-') && source.endsWith('/internal/phrases.js') ? '\0no-phrases' : null;
  },
  load(id) {
    return id === '\0no-phrases' ? 'export {};' : null;
  },
  transform(code, id) {
    if (!mode.startsWith('cdn-policy-') || !id.startsWith(at('src/'))) return null;
    return code.replace(/§(\w+)/g, (token, name: string) => (Object.hasOwn(phrases, name) ? (phrases as Record<string, string>)[name]! : token));
  },
});

export default defineConfig(({ mode, command }) => ({
  // Found late, these would make Vite reload a running test on a fresh cache.
  optimizeDeps: { include: ['react', 'react/jsx-dev-runtime', 'react-dom/client', 'vue/dist/vue.esm-bundler.js'] },
  // Every build minifies template text (also the npm one, which apps bundle as it is).
  plugins: [devRoutes(), ...(command === 'build' ? [swaps(mode), writtenPhrases(mode), minifyLiteralsPlugin()] : [])],
  build: build(mode),
  // Sizes are size-limit's to report (one figure per file, gzip, against its budget): the
  // seven builds of `npm run build` print warnings only.
  logLevel: command === 'build' ? 'warn' : 'info',
  test: {
    reporters: ['default', 'json'],
    // The element's own reports ("cookie-consent: …") are what the bad-input tests provoke and
    // assert through a console spy; printed, hundreds of them would bury a real failure.
    // TEST_CONSOLE=1 prints them too.
    onConsoleLog: (log) => !!process.env.TEST_CONSOLE || !log.startsWith('cookie-consent:'),
    // Only a test slower than this is named in a green run.
    slowTestThreshold: 3000,
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
          setupFiles: ['test/quiet-lit.ts', 'test/setup.ts'],
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
