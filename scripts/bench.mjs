#!/usr/bin/env node
// Side-by-side benchmark: <cookie-consent> (this package's CDN build) against
// vanilla-cookieconsent and Klaro, on the same small portal page (bench/*.html).
//
//   npm run build && node scripts/bench.mjs      (npm run bench)
//
// Environment: BENCH_RUNS (measured runs per library and mode, default 15; RESULTS.md counts
// as a real run only with 15 or more), CHROMIUM_PATH (browser to use), BENCH_DEBUG=1 (log
// each step).
// Serves the repository on 127.0.0.1 (random port) with node:http, no other network; runs
// headless Chromium through Playwright, interleaved (one page per library in turn, the order
// rotated each round), each run in a fresh browser context with the cache disabled; writes
// bench/RESULTS.md and prints the tables and the headline ratios.

import { createServer } from 'node:http';
import { readFile, writeFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join, extname, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import os from 'node:os';
import { chromium } from 'playwright';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '15', 10) || 15);
const WARMUP = 1; // rounds run first and thrown away (first process start, disk cache)
const SETTLE_MS = 500; // after the banner shows: let its entrance animation and late work finish
const THROTTLE = 4;
const DEBUG = !!process.env.BENCH_DEBUG;
const log = (...a) => DEBUG && console.log(new Date().toISOString().slice(11, 23), ...a);
/** Rejects after `ms`, so that a page that never shows its banner fails the run instead of hanging it. */
const within = (ms, what, p) =>
  Promise.race([p, new Promise((_, no) => setTimeout(() => no(new Error(`timed out after ${ms} ms: ${what}`)), ms).unref())]);

/**
 * One entry per page. `visible` finds the banner's root (run in the page); `accept` is the
 * Playwright selector of the banner's "Accept all" button (Playwright's CSS pierces open
 * shadow roots); `cookie` the consent cookie each library writes.
 */
const LIBS = [
  {
    id: 'ours',
    name: 'portal-cookie-consent',
    pkg: 'package.json',
    page: '/bench/ours.html',
    visible: `document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part=banner]')`,
    accept: `cookie-consent [part~="accept-all"]`,
    cookie: 'cookies_preferences',
  },
  {
    id: 'vanilla',
    name: 'vanilla-cookieconsent',
    pkg: 'node_modules/vanilla-cookieconsent/package.json',
    page: '/bench/vanilla.html',
    visible: `document.querySelector('#cc-main .cm')`,
    accept: `#cc-main .cm [data-role="all"]`,
    cookie: 'cc_cookie',
  },
  {
    id: 'klaro',
    name: 'klaro',
    pkg: 'node_modules/klaro/package.json',
    page: '/bench/klaro.html',
    visible: `document.querySelector('.klaro .cookie-notice:not(.cookie-notice-hidden)')`,
    accept: `.klaro .cookie-notice .cn-buttons .cm-btn-success`,
    cookie: 'klaro',
  },
];
// The same portal without any consent library: what the page costs on its own. Its
// "banner" is the page's header, so that its time-to-visible (first paint of the page) is
// the floor for everyone.
const BASELINE = {
  id: 'baseline',
  name: 'no library (baseline)',
  page: '/bench/baseline.html',
  visible: `document.querySelector('.site-header')`,
};
const PAGES = [...LIBS, BASELINE];
const PEERS = LIBS.filter((l) => l.id !== 'ours');

// ---------------------------------------------------------------------------------------
// Static server: only the bench pages, the built file and the two peers' dist folders.

const SERVED = ['/bench/', '/dist/', '/node_modules/vanilla-cookieconsent/dist/', '/node_modules/klaro/dist/'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

function startServer() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(ROOT, path);
    if (!SERVED.some((p) => path.startsWith(p)) || !file.startsWith(ROOT + '/') || path.includes('..')) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        // Cross-origin isolation: performance.now() at 5 µs instead of 100 µs. Everything is
        // same-origin, so no library is affected.
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---------------------------------------------------------------------------------------
// In the page, before any of its scripts: record when the banner's root first becomes
// visible (checked once per frame: connected, a box of at least 1×1 px inside the viewport,
// and checkVisibility() with opacity and visibility, ancestors included, so the first frame
// of an entrance animation with opacity > 0 counts), and sum the layout shifts.

function initScript(findExpr) {
  return `(() => {
    const b = (window.__bench = { visibleAt: null, cls: 0, shifts: 0 });
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) { b.cls += e.value; b.shifts++; }
      }).observe({ type: 'layout-shift', buffered: true });
    } catch {}
    const find = () => ${findExpr};
    const visible = (el) => {
      if (!el || !el.isConnected) return false;
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.top >= innerHeight) return false;
      return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    };
    b.ready = new Promise((done) => {
      const tick = () => {
        if (visible(find())) { b.visibleAt = performance.now(); done(b.visibleAt); }
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  })();`;
}

// ---------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => (xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length } : null);

async function launch() {
  const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launch({
    headless: true,
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One measured page load in a fresh context. `full` adds script time, heap, CLS and the accept click. */
async function runOnce(browser, origin, lib, { throttled, full }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const loaded = [];
    page.on('response', (r) => {
      const type = r.request().resourceType();
      if (type === 'script' || type === 'stylesheet') loaded.push(new URL(r.url()).pathname);
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttled ? THROTTLE : 1 });
    await page.addInitScript(initScript(lib.visible));

    log(lib.id, throttled ? '4x' : '1x', 'goto');
    await page.goto(origin + lib.page, { waitUntil: 'commit', timeout: 15000 });
    // One evaluate that awaits the init script's promise: no polling from outside that would
    // add script time to the page.
    const visibleAt = await within(15000, `${lib.id} banner`, page.evaluate(() => window.__bench.ready));
    log(lib.id, 'visible', visibleAt);
    const out = { visibleAt, loaded, errors };
    if (!full) return out;

    await page.waitForTimeout(SETTLE_MS);
    const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value;
    out.scriptMs = (await metric('ScriptDuration')) * 1000;
    out.taskMs = (await metric('TaskDuration')) * 1000;
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    out.heapKB = (await metric('JSHeapUsedSize')) / 1024;
    const b = await page.evaluate(() => ({ cls: window.__bench.cls, shifts: window.__bench.shifts }));
    out.cls = b.cls;
    out.shifts = b.shifts;

    if (lib.accept) {
      // A tight poll of document.cookie (a MessageChannel loop, which yields to input),
      // started just before the click; t0 is taken in a capturing 'click' listener on window,
      // the first code to run for the click; a bubbling listener catches a cookie written
      // synchronously by the library's own handler.
      await page.evaluate((name) => {
        const has = () => document.cookie.split('; ').some((c) => c.startsWith(name + '='));
        const r = (window.__accept = { t0: null, ms: null, how: null, before: has() });
        r.done = new Promise((done) => {
          const hit = (how) => {
            if (r.ms !== null || r.t0 === null || !has()) return;
            r.ms = performance.now() - r.t0;
            r.how = how;
            done(r.ms);
          };
          addEventListener('click', () => { r.t0 ??= performance.now(); }, { capture: true });
          addEventListener('click', () => hit('sync'));
          const ch = new MessageChannel();
          const start = performance.now();
          ch.port1.onmessage = () => {
            hit('poll');
            if (r.ms === null && performance.now() - start < 10000) ch.port2.postMessage(0);
            else if (r.ms === null) done(null);
          };
          ch.port2.postMessage(0);
        });
      }, lib.cookie);
      log(lib.id, 'click');
      await page.click(lib.accept, { timeout: 5000 });
      log(lib.id, 'clicked');
      await within(15000, `${lib.id} accept`, page.evaluate(() => window.__accept.done));
      const a = await page.evaluate(() => ({ ms: window.__accept.ms, how: window.__accept.how, before: window.__accept.before }));
      if (a.before) throw new Error(`${lib.id}: consent cookie present before the click`);
      out.acceptMs = a.ms;
      out.acceptHow = a.how;
    }
    return out;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------
// Sizes of what each page ships (JS + CSS it really loaded, the shared portal.css excluded).

function sizesOf(paths) {
  const files = paths.map((p) => {
    const buf = readFileSync(join(ROOT, p));
    return {
      path: p,
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, {
        params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: buf.length, [zc.BROTLI_PARAM_MODE]: zc.BROTLI_MODE_TEXT },
      }).length,
    };
  });
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of Object.keys(total)) total[k] += f[k];
  return { files, total };
}

// ---------------------------------------------------------------------------------------

const fmt = (x, d = 1) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
const kB = (bytes) => (bytes / 1000).toFixed(2);
const cell = (s, d) => (s ? `${fmt(s.median, d)} (${fmt(s.min, d)}–${fmt(s.max, d)})` : '–');
const ratio = (a, b) => (a && b ? (a / b).toFixed(2) + '×' : '–');

async function main() {
  const t0 = Date.now();
  for (const f of ['dist/cookie-consent.min.js', ...PAGES.map((p) => p.page.slice(1))]) {
    if (!existsSync(join(ROOT, f))) throw new Error(`missing ${f} (run npm run build first)`);
  }
  const version = (p) => JSON.parse(readFileSync(join(ROOT, p), 'utf8')).version;
  for (const l of LIBS) l.version = version(l.pkg);
  const builtAt = (await stat(join(ROOT, 'dist/cookie-consent.min.js'))).mtime;

  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  const chromiumVersion = browser.version();
  const res = Object.fromEntries(PAGES.map((p) => [p.id, { normal: [], throttled: [], loaded: null, errors: new Set(), how: new Set() }]));

  try {
    const total = WARMUP + RUNS;
    for (let round = 0; round < total; round++) {
      const warm = round < WARMUP;
      // A B C D, then B C D A, …: interleaved, and no library always first after a context switch.
      const order = PAGES.map((_, i) => PAGES[(i + round) % PAGES.length]);
      for (const throttled of [false, true]) {
        for (const lib of order) {
          const r = await runOnce(browser, origin, lib, { throttled, full: !throttled });
          const slot = res[lib.id];
          for (const e of r.errors) slot.errors.add(e);
          if (r.acceptHow) slot.how.add(r.acceptHow);
          slot.loaded ??= r.loaded;
          if (!warm) slot[throttled ? 'throttled' : 'normal'].push(r);
        }
      }
      process.stdout.write(`${warm ? 'warm-up' : `round ${round - WARMUP + 1}/${RUNS}`} done (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
    }
  } finally {
    await browser.close();
    server.close();
  }

  // Aggregate.
  const S = {};
  for (const p of PAGES) {
    const r = res[p.id];
    const col = (arr, k) => stats(arr.map((x) => x[k]).filter((v) => typeof v === 'number'));
    S[p.id] = {
      banner: col(r.normal, 'visibleAt'),
      bannerThrottled: col(r.throttled, 'visibleAt'),
      script: col(r.normal, 'scriptMs'),
      task: col(r.normal, 'taskMs'),
      heap: col(r.normal, 'heapKB'),
      cls: col(r.normal, 'cls'),
      accept: col(r.normal, 'acceptMs'),
      ships: sizesOf((r.loaded ?? []).filter((u) => u !== '/bench/portal.css')),
      loaded: r.loaded,
      errors: [...r.errors],
      how: [...r.how],
    };
  }
  const base = S.baseline;

  // Report.
  const lines = [];
  const w = (s = '') => lines.push(s);
  const libCol = (l) => `${l.name} ${l.version}`;
  const table = (title, unit, key, d, note, { withBaseline = true } = {}) => {
    w(`### ${title}`);
    w();
    if (note) (w(note), w());
    w(`| library | median${unit ? ' ' + unit : ''} | min–max |${withBaseline ? ` median minus baseline |` : ''}`);
    w(`|---|---:|---:|${withBaseline ? '---:|' : ''}`);
    for (const p of withBaseline ? PAGES : LIBS) {
      const s = S[p.id][key];
      const label = p === BASELINE ? `_${p.name}_` : libCol(p);
      const net = withBaseline && p !== BASELINE && s && base[key] ? fmt(s.median - base[key].median, d) : withBaseline ? '–' : null;
      w(`| ${label} | ${s ? fmt(s.median, d) : '–'} | ${s ? `${fmt(s.min, d)}–${fmt(s.max, d)}` : '–'} |${net !== null ? ` ${net} |` : ''}`);
    }
    w();
  };

  const cpu = os.cpus();
  const date = new Date();
  w('# Benchmark: portal-cookie-consent vs vanilla-cookieconsent vs Klaro');
  w();
  w(`Written by \`scripts/bench.mjs\` on ${date.toISOString()}. Do not edit by hand; run it again.`);
  w();
  w('## Setup');
  w();
  w('- Command: `cd /work/main && npm run build && node scripts/bench.mjs` (`npm run bench` runs the second part)' + (process.env.BENCH_RUNS ? `, with \`BENCH_RUNS=${process.env.BENCH_RUNS}\`` : '') + '.');
  w(`- Versions: ${LIBS.map((l) => `${l.name} ${l.version}`).join(', ')} (from each package.json); our file \`dist/cookie-consent.min.js\` built ${builtAt.toISOString()}.`);
  w(`- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()} ${os.arch()}; Node ${process.version}; Chromium ${chromiumVersion}, headless.`);
  w(`- Pages: \`bench/ours.html\`, \`bench/vanilla.html\`, \`bench/klaro.html\`: the same portal page (header, 8 datasets, footer "Cookie settings" link, shared \`bench/portal.css\`), with three categories: necessary (read-only), statistics, marketing, configured the usual way for each library (a JSON child adding \`marketing\` to our element, whose built-in inventory has necessary and statistics; \`CookieConsent.run({...})\` with categories, a box consent modal and a preferences modal; \`klaroConfig\` with three services, one per purpose, the necessary one \`required\`). \`bench/baseline.html\` is the same portal with no library, measured the same way, to show what the page itself costs.`);
  w(`- Loading, as each documents it for a plain page: ours one classic \`<script>\` in \`<head>\` (CSS inside the JS); vanilla-cookieconsent its CSS \`<link>\` in \`<head>\`, \`cookieconsent.umd.js\` and the \`run()\` call at the end of \`<body>\`; Klaro the config then \`klaro.js\` with \`defer\` in \`<head>\` (its default build, CSS and translations inside).`);
  w(`- Served by a node:http static server on 127.0.0.1 (random port) that the script starts and stops, \`Cache-Control: no-store\`, cross-origin isolated (COOP/COEP, so \`performance.now()\` is precise to 5 µs). No other network.`);
  w(`- Runs: ${RUNS} measured runs per page and mode after ${WARMUP} warm-up round, interleaved (ours, vanilla, Klaro, baseline, the order rotated each round), each in a fresh browser context (1280×800) with the cache disabled (\`Network.setCacheDisabled\`). Normal runs measure everything below; 4× runs (\`Emulation.setCPUThrottlingRate\` 4) measure the time to banner only.`);
  w('- Banner visible: an init script checks, once per animation frame from navigation start, the banner root (ours `cookie-consent` → shadow root `[part=banner]`, vanilla `#cc-main .cm`, Klaro `.klaro .cookie-notice:not(.cookie-notice-hidden)`; baseline: the page\'s header) for a box ≥ 1×1 px in the viewport and `checkVisibility({opacityProperty, visibilityProperty})`; the time is `performance.now()` (origin: navigation start) in the first frame where it holds. All three fade or slide in; the first frame with opacity > 0 counts, so resolution is one frame (~16.7 ms).');
  w(`- Script time: \`Performance.getMetrics\` → \`ScriptDuration\` of the whole page, read ${SETTLE_MS} ms after the banner showed (the init script's per-frame check is in it, for every page alike). Heap: \`HeapProfiler.collectGarbage\`, then \`JSHeapUsedSize\`. Layout shift: sum of \`layout-shift\` entries (PerformanceObserver, buffered) from navigation until then.`);
  w('- Accept all → cookie: a loop polling `document.cookie` (a `MessageChannel` ping-pong, which lets input through) is started in the page, then Playwright clicks the banner\'s "Accept all" button (ours `[part~=accept-all]`, vanilla `[data-role=all]`, Klaro the notice\'s `.cn-buttons .cm-btn-success`, which with `acceptAll: true` accepts every service); t0 is `performance.now()` in a capturing `click` listener on `window` (the first script to see the click), t1 the first check that finds the library\'s cookie (`cookies_preferences`, `cc_cookie`, `klaro`): a bubbling `click` listener on `window` catches a cookie written synchronously in the click handler, the loop one written later.');
  w('- Sizes: the JS and CSS files each page actually loaded (recorded from its responses, `bench/portal.css` excluded), raw, gzip (level 9) and brotli (quality 11), with node:zlib.');
  w();

  w('## Results');
  w();
  w('Median and min–max over the measured runs. "Minus baseline" subtracts the baseline page\'s median, to isolate what the library adds.');
  w();
  w('### Size of what each ships (JS + CSS)');
  w();
  w('| library | files | raw kB | gzip kB | brotli kB |');
  w('|---|---|---:|---:|---:|');
  for (const l of LIBS) {
    const s = S[l.id].ships;
    w(`| ${libCol(l)} | ${s.files.map((f) => `\`${f.path.split('/').pop()}\``).join(' + ')} | ${kB(s.total.raw)} | ${kB(s.total.gzip)} | ${kB(s.total.brotli)} |`);
  }
  w();
  const perFile = LIBS.flatMap((l) => (S[l.id].ships.files.length > 1 ? S[l.id].ships.files.map((f) => ({ l, f })) : []));
  if (perFile.length) {
    w('Per file: ' + perFile.map(({ l, f }) => `${l.name} \`${f.path.split('/').pop()}\` ${kB(f.raw)} / ${kB(f.gzip)} / ${kB(f.brotli)} kB`).join('; ') + ' (raw / gzip / brotli).');
    w();
  }
  table('Time from navigation start to banner visible', 'ms', 'banner', 1, null);
  table(`Time to banner visible, ${THROTTLE}× CPU throttling`, 'ms', 'bannerThrottled', 1, null);
  table('Main-thread script time (ScriptDuration)', 'ms', 'script', 1, null);
  table('JS heap used after the banner shows (after GC)', 'kB', 'heap', 0, null);
  table('Cumulative layout shift while the banner appears', '', 'cls', 4, null);
  table('Click on "Accept all" → consent cookie written', 'ms', 'accept', 2, null, { withBaseline: false });
  w(`How the cookie was seen: ${LIBS.map((l) => `${l.name} ${S[l.id].how.join('/') || '–'}`).join('; ')} ("sync": already there when the click event finished bubbling).`);
  w();
  w(`Total task time (TaskDuration, all main-thread work: parse, style, layout, paint, script), for reference: ${PAGES.map((p) => `${p.id} ${cell(S[p.id].task, 1)} ms`).join('; ')}.`);
  w();
  const errs = PAGES.filter((p) => S[p.id].errors.length);
  if (errs.length) {
    w('Page errors seen: ' + errs.map((p) => `${p.id}: ${S[p.id].errors.join(' | ')}`).join('; '));
    w();
  }

  // Headline ratios: ours ÷ each peer, medians (sizes: gzip totals).
  const ours = S.ours;
  const heads = [
    ['Size, gzip (JS + CSS)', (x) => x.ships.total.gzip],
    ['Time to banner', (x) => x.banner?.median],
    ['Time to banner, 4× CPU throttling', (x) => x.bannerThrottled?.median],
    ['Script time', (x) => x.script?.median],
    ['Script time minus baseline', (x) => (x.script && base.script ? x.script.median - base.script.median : null)],
    ['JS heap', (x) => x.heap?.median],
    ['JS heap minus baseline', (x) => (x.heap && base.heap ? x.heap.median - base.heap.median : null)],
  ];
  const headLines = [];
  headLines.push(`| ours ÷ … | ${PEERS.map((p) => `${p.name} ${p.version}`).join(' | ')} |`);
  headLines.push(`|---|${PEERS.map(() => '---:|').join('')}`);
  for (const [label, get] of heads) headLines.push(`| ${label} | ${PEERS.map((p) => ratio(get(ours), get(S[p.id]))).join(' | ')} |`);

  w('## Headline ratios');
  w();
  w('Ours ÷ each peer, on medians (below 1× means ours is smaller or faster). The "minus baseline" rows divide what each library adds to the bare page.');
  w();
  for (const l of headLines) w(l);
  w();

  // A short reading, derived from the figures so that it stays true when they change.
  w('## Reading');
  w();
  const who = (key, get = (x) => x[key]?.median) => {
    const ranked = LIBS.map((l) => ({ l, v: get(S[l.id]) })).filter((x) => typeof x.v === 'number').sort((a, b) => a.v - b.v);
    return ranked;
  };
  const sentence = (what, ranked, unit, d) =>
    `${what}: ${ranked.map(({ l, v }) => `${l.name} ${fmt(v, d)}${unit}`).join(' < ')}${ranked[0]?.l.id === 'ours' ? ' (ours first).' : ` (${ranked[0]?.l.name} ahead of ours).`}`;
  w('- ' + sentence('Size (gzip)', who(null, (x) => x.ships.total.gzip / 1000), ' kB', 2));
  w('- ' + sentence('Time to banner', who('banner'), ' ms', 1) + ` The bare page shows its header at ${fmt(base.banner?.median)} ms; one frame is ~16.7 ms, so gaps under that are within the measure's resolution.`);
  w('- ' + sentence(`Time to banner at ${THROTTLE}× throttling`, who('bannerThrottled'), ' ms', 1));
  w('- ' + sentence('Script time', who('script'), ' ms', 1) + ` (baseline page ${fmt(base.script?.median)} ms).`);
  w('- ' + sentence('JS heap', who('heap'), ' kB', 0) + ` (baseline page ${fmt(base.heap?.median, 0)} kB).`);
  w('- ' + sentence('Accept all → cookie', who('accept'), ' ms', 2));
  w('- Layout shift: ' + LIBS.map((l) => `${l.name} ${fmt(S[l.id].cls?.median, 4)}`).join(', ') + '. All three banners are fixed-position overlays, so none should move the page.');
  const kNoTr = sizesOf(['/node_modules/klaro/dist/klaro-no-translations.js']).total.gzip;
  const kNoCss = sizesOf(['/node_modules/klaro/dist/klaro-no-css.js', '/node_modules/klaro/dist/klaro.min.css']).total.gzip;
  w(`- What each ships differs in scope: ours is one file with Lit, js-cookie and the CSS inside, the built-in portal inventory, English and French, script and embed gating, Consent Mode and a proof log; vanilla-cookieconsent is plain JS plus a separate stylesheet (script gating by \`data-category\` included, no embed placeholders, no proof log); Klaro's default \`klaro.js\` bundles React, its CSS and its translations. Klaro's other builds do not change its size class: \`klaro-no-translations.js\` ${kB(kNoTr)} kB gzip in this version, \`klaro-no-css.js\` + \`klaro.min.css\` ${kB(kNoCss)} kB.`);
  w('- vanilla-cookieconsent hides its banner from automated browsers by default (\`hideFromBots\`, which reads \`navigator.webdriver\`); its page sets \`hideFromBots: false\` so that the benchmark sees what a visitor sees. Klaro\'s notice buttons are relabelled "Accept all" / "Reject all" through its \`translations\`, for the same banner on all three pages.');
  w('- The machine is small and shared (timings from one run to the next vary by tens of ms), hence the min–max columns; read differences smaller than the spread, or than one frame for the time to banner, as ties.');
  w();

  const md = lines.join('\n');
  await writeFile(join(ROOT, 'bench/RESULTS.md'), md);

  // Console output: tables, then the headline ratios last.
  console.log('\n' + md.slice(md.indexOf('## Results')));
  console.log('\nHeadline ratios (ours ÷ peer, medians; size = gzip JS + CSS):');
  for (const p of PEERS) {
    console.log(
      `  vs ${p.name} ${p.version}: size gzip ${ratio(ours.ships.total.gzip, S[p.id].ships.total.gzip)}, time to banner ${ratio(ours.banner?.median, S[p.id].banner?.median)} (4× CPU ${ratio(ours.bannerThrottled?.median, S[p.id].bannerThrottled?.median)}), script time ${ratio(ours.script?.median, S[p.id].script?.median)}, heap ${ratio(ours.heap?.median, S[p.id].heap?.median)}`,
    );
  }
  console.log(`\nWrote bench/RESULTS.md in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
