import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CookieConsent } from '../../src/index.js';
import { resetConsentModeDefault } from '../../src/effects/consent-mode.js';
import { clearCookies, effectsRun, freshVisitor, html, mount, record, shadow, storedChoice, storeRaw } from './helpers.js';

// The first view and what follows a choice, as timed since the redesign:
// - the banner renders as soon as the parser has created the element, with no wait for
//   DOMContentLoaded; a JSON child is applied once the parser closes the element, and
//   `cookie-consent-ready` waits for that;
// - after a choice, the cookie, `consent`, the closed banner and `cookie-consent-change` come
//   in the click's own task; the page effects follow in one pass, one task later: gated
//   scripts, the Consent Mode update, the proof of consent, the withdrawal clean-up;
// - the drop-in file fetches its dialog (dist/cookie-consent.lazy.js, found beside it) the
//   first time the dialog opens, also under a strict CSP;
// - dist/cookie-policy.min.js and dist/cookie-consent.min.js share a page in either order.

const BANNER_FILE = '/dist/cookie-consent.min.js';
const POLICY_FILE = '/dist/cookie-policy.min.js';
const LAZY_FILE = '/dist/cookie-consent.lazy.js';

type PageWindow = Window & typeof globalThis & Record<string, any>;

/** A page in an iframe, parsed from `markup` as a server would send it; resolves at its load event. */
async function openPage(markup: string, width = 1024): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.dataset.firstView = '';
  frame.style.width = `${width}px`;
  frame.style.height = '700px';
  frame.srcdoc = markup;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

/** A hostile page (fixtures/hostile/, served with its CSP header); its collect.js records violations and errors. */
async function openHostile(path: string): Promise<{ win: PageWindow; doc: Document; el: CookieConsent }> {
  const frame = document.createElement('iframe');
  frame.dataset.firstView = '';
  frame.style.width = '1024px';
  frame.style.height = '700px';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  expect(win.hostile, `${path} did not run collect.js`).toBeDefined();
  await win.customElements.whenDefined('cookie-consent');
  const el = win.document.querySelector('cookie-consent') as CookieConsent;
  await el.updateComplete;
  return { win, doc: win.document, el };
}

/**
 * The first script of the test pages: records, with the moment of parsing, whether the
 * banner had rendered (`seen`), every `cookie-consent-ready`, uncaught errors and
 * console.error calls, and each customElements.define() call.
 */
const RECORDER = `<script>
  window.seen = []; window.readies = []; window.errors = []; window.defined = [];
  window.banner = () => !!document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part=banner]');
  window.mark = (at) => seen.push({ at, readyState: document.readyState, banner: banner(), readies: readies.length });
  addEventListener('error', (e) => errors.push(e.message || 'a resource failed to load'), true);
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + e.reason));
  const consoleError = console.error.bind(console);
  console.error = (...args) => (errors.push(args.join(' ')), consoleError(...args));
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => (defined.push(name), define(name, ...rest));
  document.addEventListener('cookie-consent-ready', (e) => {
    readies.push({ readyState: document.readyState, banner: banner(), consent: e.detail.consent,
      categories: e.target.categories.map((c) => c.id) });
  });
  document.addEventListener('DOMContentLoaded', () => mark('DOMContentLoaded'));
</script>`;

/** Enough markup after the element to keep the parser busy: a long page of datasets. */
const LONG_PAGE = Array.from(
  { length: 4000 },
  (_, i) => `<article><h3>Dataset ${i}</h3><p>Records of the open data portal, published ${i % 28 + 1} June.</p></article>`,
).join('\n');

/** A script that keeps the parser waiting for 150 ms, as a slow inline tag would. */
const LONG_TASK = `<script>{ const t = performance.now(); while (performance.now() - t < 150); } mark('after a long-running script');</script>`;

const CONFIG = {
  categories: [
    {
      id: 'statistics',
      title: 'Audience measurement',
      cookies: [{ provider: 'Matomo', function: 'Audience', names: ['_pk_id.*'], purpose: 'To count visits', duration: 395 }],
    },
    {
      id: 'marketing',
      title: 'Marketing',
      cookies: [{ provider: 'YouTube', function: 'Video player', names: ['VISITOR_INFO1_LIVE'], purpose: 'To play videos' }],
    },
  ],
};

afterEach(() => {
  document.querySelectorAll('iframe[data-first-view]').forEach((f) => f.remove());
  clearCookies();
});

describe('first view: the banner renders while the page is still being parsed', () => {
  it('classic <script src> in <head>: the banner is there right after the element, long before DOMContentLoaded', async () => {
    clearCookies();
    const { win } = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title>
      ${RECORDER}
      <script src="${BANNER_FILE}"></script>
      </head><body>
      <cookie-consent platform="https://inai.opendatasoft.com"></cookie-consent>
      <script>mark('right after the element'); requestAnimationFrame(() => mark('first frame'));</script>
      ${LONG_TASK}
      ${LONG_PAGE}
      <script>mark('end of parsing');</script>
      </body></html>`);
    await effectsRun(win);
    const seen = win.seen as { at: string; readyState: string; banner: boolean; readies: number }[];
    const at = (name: string) => seen.find((s) => s.at === name);
    // While the parser still works on the page, the banner has rendered already.
    for (const name of ['right after the element', 'after a long-running script', 'end of parsing']) {
      expect(at(name), name).toMatchObject({ readyState: 'loading', banner: true });
    }
    expect(at('DOMContentLoaded')).toMatchObject({ banner: true });
    expect(at('first frame')).toMatchObject({ banner: true });
    // The order of the records is the order of parsing.
    expect(seen.map((s) => s.at).filter((s) => s !== 'first frame')).toEqual([
      'right after the element',
      'after a long-running script',
      'end of parsing',
      'DOMContentLoaded',
    ]);
    // Ready once, as soon as the parser had closed the element: before DOMContentLoaded too.
    expect(win.readies).toHaveLength(1);
    expect(win.readies[0]).toMatchObject({ readyState: 'loading', banner: true, consent: null });
    expect(win.errors).toEqual([]);
  });

  for (const [name, src] of [
    ['the drop-in file', BANNER_FILE],
    ['the npm entry', '/src/index.ts'],
  ] as const) {
    it(`module <script type="module" src> in <head> (${name}): the banner is there at DOMContentLoaded`, async () => {
      clearCookies();
      const { win } = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title>
        ${RECORDER}
        <script type="module" src="${src}"></script>
        </head><body>
        <cookie-consent platform="https://inai.opendatasoft.com"></cookie-consent>
        <script>mark('right after the element');</script>
        ${LONG_PAGE}
        <script>mark('end of parsing');</script>
        </body></html>`);
      await effectsRun(win);
      const seen = win.seen as { at: string; readyState: string; banner: boolean }[];
      // A module script runs once the page is parsed (deferred), and before DOMContentLoaded:
      // the element renders as soon as it is defined, with no wait for the event.
      expect(seen.find((s) => s.at === 'right after the element')).toMatchObject({ readyState: 'loading', banner: false });
      expect(seen.find((s) => s.at === 'DOMContentLoaded')).toMatchObject({ banner: true });
      expect(win.readies).toHaveLength(1);
      expect(win.readies[0]).toMatchObject({ banner: true, consent: null });
      expect(win.readies[0].readyState).not.toBe('complete');
      expect(win.errors).toEqual([]);
    });
  }

  it('a JSON child after the start tag is applied: the dialog lists its cookies; ready fires once, after it', async () => {
    clearCookies();
    const { win, doc } = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title>
      ${RECORDER}
      <script src="${BANNER_FILE}"></script>
      </head><body>
      <cookie-consent platform="https://inai.opendatasoft.com">
        <script>
          mark('inside the element, before its JSON child');
          window.before = document.querySelector('cookie-consent').categories.map((c) => c.id);
        </script>
        ${LONG_TASK}
        <script type="application/json">${JSON.stringify(CONFIG)}</script>
      </cookie-consent>
      <script>mark('right after the element');</script>
      ${LONG_PAGE}
      </body></html>`);
    await effectsRun(win);
    const seen = win.seen as { at: string; readyState: string; banner: boolean; readies: number }[];
    // The banner rendered before its JSON child was even parsed, and ready waited for the child.
    expect(seen.find((s) => s.at === 'inside the element, before its JSON child')).toMatchObject({
      readyState: 'loading',
      banner: true,
      readies: 0,
    });
    expect(win.before).toEqual(['necessary', 'statistics']); // the default, until the child comes
    expect(seen.find((s) => s.at === 'right after the element')).toMatchObject({ banner: true });
    await new Promise((r) => setTimeout(r, 100));
    // Once, when the parser had closed the element (still before DOMContentLoaded), with the child's inventory.
    expect(win.readies).toHaveLength(1);
    expect(win.readies[0]).toMatchObject({ readyState: 'loading', categories: ['necessary', 'statistics', 'marketing'], consent: null });
    // The dialog lists the configured cookies.
    const el = doc.querySelector('cookie-consent') as CookieConsent;
    el.showPreferences();
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    for (const text of ['Audience measurement', '_pk_id.*', 'Marketing', 'VISITOR_INFO1_LIVE', 'sessionid']) {
      expect(dialog.textContent).toContain(text);
    }
    expect(win.errors).toEqual([]);
  });
});

declare global {
  interface Window {
    __order?: string[];
  }
}

describe('after a choice: told at once, acted on one task later', () => {
  let errors: ReturnType<typeof freshVisitor>;
  beforeEach(() => {
    errors = freshVisitor();
    resetConsentModeDefault();
    window.__order = [];
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.querySelectorAll('script[data-cookie-category], script[data-first-view]').forEach((s) => s.remove());
    delete (window as any).gtag;
    delete window.__order;
  });

  /** Gated scripts, in document order: inline ones, and external fixtures (which record into window.__gate). */
  function gatedScripts(category: string, bodies: (string | { src: string })[]): void {
    for (const body of bodies) {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.cookieCategory = category;
      if (typeof body === 'string') script.textContent = body;
      else script.src = body.src;
      document.body.append(script);
    }
  }

  it('Accept all with 10 gated scripts: stored, told and closed in the click; the scripts run after it, once each, in order', async () => {
    (window as any).__gate = [];
    const FIXTURES = '/test/browser/fixtures/';
    // Ten scripts: seven inline, three external (gated-a/b/c.js push 'a', 'b', 'c'), as a portal has them.
    gatedScripts(
      'statistics',
      ['0', '1', { src: `${FIXTURES}gated-a.js` }, '3', '4', { src: `${FIXTURES}gated-b.js` }, '6', '7', { src: `${FIXTURES}gated-c.js` }, '9'].map(
        (b) => (typeof b === 'string' ? `window.__gate.push(${JSON.stringify(b)})` : b),
      ),
    );
    const el = await mount();
    await effectsRun(); // the gate has scanned the page, and run nothing
    expect((window as any).__gate).toEqual([]);
    const changes: unknown[] = [];
    el.addEventListener('cookie-consent-change', (e) => changes.push(e.detail.consent));
    // What the click's own task sees, once the element's listener has run (the document
    // is the last stop of the click), then right after the element's next update.
    let inClick: Record<string, unknown> | undefined;
    let afterUpdate: Record<string, unknown> | undefined;
    const onClick = () => {
      inClick = {
        stored: storedChoice()?.categories,
        consent: el.consent?.categories,
        statistics: el.hasConsent('statistics'),
        changes: changes.length,
        ran: [...(window as any).__gate],
      };
      void el.updateComplete.then(() => {
        afterUpdate = { banner: !!shadow(el).querySelector('[part=banner]'), ran: [...(window as any).__gate] };
      });
    };
    document.addEventListener('click', onClick, { once: true });
    await userEvent.click(page.getByRole('button', { name: 'Accept all' }));
    expect(inClick).toEqual({
      stored: { necessary: true, statistics: true },
      consent: { necessary: true, statistics: true },
      statistics: true,
      changes: 1,
      ran: [],
    });
    await expect.poll(() => afterUpdate).toBeDefined();
    expect(afterUpdate).toEqual({ banner: false, ran: [] });
    // Then all of them, in document order (an inline script waits for the external ones before it).
    await expect.poll(() => (window as any).__gate.length).toBe(10);
    expect((window as any).__gate).toEqual(['0', '1', 'a', '3', '4', 'b', '6', '7', 'c', '9']);
    // Exactly once: another choice, and time, run nothing again.
    el.acceptAll();
    await effectsRun();
    await new Promise((r) => setTimeout(r, 100));
    expect((window as any).__gate).toHaveLength(10);
    expect(changes).toHaveLength(2);
    expect(errors).not.toHaveBeenCalled();
    delete (window as any).__gate;
  });

  it('the pass runs in order: change event, gated scripts, Consent Mode update, proof of consent, withdrawal clean-up', async () => {
    const order = window.__order!;
    const pk = () => (document.cookie.includes('_pk_id') ? 'with _pk_id' : 'without _pk_id');
    (window as any).gtag = (...args: unknown[]) => order.push(`gtag ${args[1]} (${pk()})`);
    const beacon = vi.fn(async () => (order.push(`proof (${pk()})`), new Response(null, { status: 204 })));
    vi.stubGlobal('fetch', beacon);
    // Returning visitor: statistics accepted (Matomo set its cookie), marketing refused.
    storeRaw(JSON.stringify(record({ categories: { necessary: true, statistics: true, marketing: false } })));
    gatedScripts('marketing', [0, 1, 2].map((i) => `window.__order.push('script ${i} (' + (document.cookie.includes('_pk_id') ? 'with' : 'without') + ' _pk_id)')`));
    const el = await mount(html`<cookie-consent log-url="/consent-log" .config=${CONFIG}></cookie-consent>`);
    await effectsRun();
    // The start-up of a returning visitor: default, then the stored choice (GCM-3); no proof.
    expect(order).toEqual(['gtag default (without _pk_id)', 'gtag update (without _pk_id)']);
    order.length = 0;
    document.cookie = '_pk_id.1.abcd=1; Path=/';
    el.addEventListener('cookie-consent-change', () => order.push(`change (${pk()})`));
    // Marketing accepted, statistics withdrawn, in one choice.
    el.acceptCategories(['marketing']);
    order.push('end of the task');
    await expect.poll(() => document.cookie.includes('_pk_id')).toBe(false);
    await effectsRun();
    expect(order).toEqual([
      'change (with _pk_id)',
      'end of the task',
      'script 0 (with _pk_id)',
      'script 1 (with _pk_id)',
      'script 2 (with _pk_id)',
      'gtag update (with _pk_id)',
      'proof (with _pk_id)',
    ]);
    // …and the clean-up last: the cookie was there for every step above, and is gone now.
    expect(document.cookie).not.toContain('_pk_id');
    expect(beacon).toHaveBeenCalledOnce();
    expect(storedChoice().categories).toEqual({ necessary: true, statistics: false, marketing: true });
    expect(errors).not.toHaveBeenCalled();
  });

  it('several choices in one task make one pass: each script once, one update, one proof, for the choice in force', async () => {
    const order = window.__order!;
    (window as any).gtag = (...args: unknown[]) => order.push(`gtag ${args[1]} ${(args[2] as any).analytics_storage}`);
    const bodies: string[] = [];
    const beacon = vi.fn(async (_url: string, init: RequestInit) => {
      order.push('proof');
      bodies.push(String(init.body));
      return new Response(null, { status: 204 });
    });
    vi.stubGlobal('fetch', beacon);
    gatedScripts('statistics', [0, 1].map((i) => `window.__order.push('script ${i}')`));
    const el = await mount(html`<cookie-consent log-url="/consent-log"></cookie-consent>`);
    await effectsRun();
    expect(order).toEqual(['gtag default denied']);
    order.length = 0;
    el.addEventListener('cookie-consent-change', (e) => order.push(`change ${e.detail.consent!.categories.statistics}`));
    el.rejectAll();
    el.acceptAll();
    el.rejectAll();
    el.acceptAll();
    order.push('end of the task');
    await expect.poll(() => order.includes('proof')).toBe(true);
    await effectsRun();
    await new Promise((r) => setTimeout(r, 50));
    expect(order).toEqual([
      'change false',
      'change true',
      'change false',
      'change true',
      'end of the task',
      'script 0',
      'script 1',
      'gtag update granted',
      'proof',
    ]);
    expect(beacon).toHaveBeenCalledOnce();
    await expect.poll(() => bodies.length).toBe(1);
    expect(JSON.parse(bodies[0]!).record).toEqual(storedChoice());
    expect(storedChoice().categories.statistics).toBe(true);
  });

  it('a withdrawal undone in the same task cleans nothing up (the choice in force still accepts)', async () => {
    storeRaw(JSON.stringify(record({ categories: { necessary: true, statistics: true } })));
    const el = await mount(html`<cookie-consent .config=${CONFIG}></cookie-consent>`);
    await effectsRun();
    document.cookie = '_pk_id.1.abcd=1; Path=/';
    el.rejectAll();
    el.acceptCategories(['statistics']);
    await effectsRun();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.cookie).toContain('_pk_id');
    el.rejectAll(); // a real withdrawal
    await expect.poll(() => document.cookie.includes('_pk_id')).toBe(false);
  });
});

describe('the drop-in file fetches its dialog beside it, once, when the dialog first opens', () => {
  const lazyEntries = (win: Window) =>
    win.performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('/cookie-consent.lazy.js'));

  for (const kind of ['classic', 'module'] as const) {
    it(`from a ${kind} <script src>: 0 requests before, 1 after, from beside the file`, async () => {
      clearCookies();
      const { win, doc } = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title>
        ${RECORDER}
        <script ${kind === 'module' ? 'type="module" ' : ''}src="${BANNER_FILE}"></script>
        </head><body>
        <cookie-consent platform="https://inai.opendatasoft.com"></cookie-consent>
        <footer><a href="#" data-cookie-consent-open>Cookie settings</a></footer>
        </body></html>`);
      await win.customElements.whenDefined('cookie-consent');
      const el = doc.querySelector('cookie-consent') as CookieConsent;
      await el.updateComplete;
      await effectsRun(win);
      await new Promise((r) => setTimeout(r, 100));
      expect(el.shadowRoot!.querySelector('[part=banner]')).not.toBeNull();
      expect(lazyEntries(win)).toHaveLength(0); // a first view never fetches it
      // "Customize" opens the dialog: the chunk is fetched, from the directory of the drop-in file.
      el.shadowRoot!.querySelector<HTMLElement>('[part~=customize]')!.click();
      await el.updateComplete;
      const dialog = () => el.shadowRoot!.querySelector('dialog');
      expect(dialog()?.open).toBe(true);
      expect(dialog()!.textContent).toContain('cookies_preferences');
      expect(lazyEntries(win).map((e) => e.name)).toEqual([new URL(LAZY_FILE, location.href).href]);
      // Closed and opened again (from the footer link): no second request.
      el.hide();
      await el.updateComplete;
      expect(dialog()).toBeNull();
      doc.querySelector<HTMLElement>('[data-cookie-consent-open]')!.click();
      await el.updateComplete;
      expect(dialog()?.open).toBe(true);
      await new Promise((r) => setTimeout(r, 50));
      expect(lazyEntries(win)).toHaveLength(1);
      expect(win.errors).toEqual([]);
    });
  }

  for (const [kind, path] of [
    ['classic', '/__hostile/strict-cdn-banner?csp=strict'],
    ['module', '/__hostile/strict-cdn-banner-module?csp=strict'],
  ] as const) {
    it(`under the strict CSP with Trusted Types (${kind} script): the dialog opens and works, 0 violations`, async () => {
      clearCookies();
      const { win, el } = await openHostile(path);
      await effectsRun(win);
      expect(lazyEntries(win)).toHaveLength(0);
      el.shadowRoot!.querySelector<HTMLElement>('[part~=customize]')!.click();
      await el.updateComplete;
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).toBe(true);
      expect(lazyEntries(win).map((e) => e.name)).toEqual([new URL(LAZY_FILE, location.href).href]);
      // The dialog's switch and its "Save my choices" work: the gated scripts (nonce'd inline, then external) run.
      const statistics = dialog.querySelector<HTMLInputElement>('#switch-statistics')!;
      statistics.click();
      expect(statistics.checked).toBe(true);
      dialog.querySelector<HTMLElement>('[part~=save]')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('dialog')).toBeNull();
      await expect.poll(() => win.hostile.gated).toEqual(['inline', 'external']);
      expect(el.consent?.categories).toEqual({ necessary: true, statistics: true });
      await new Promise((r) => win.setTimeout(r, 50));
      expect(win.hostile.violations, JSON.stringify(win.hostile.violations)).toEqual([]);
      expect(win.hostile.errors).toEqual([]);
    });
  }
});

describe('dist/cookie-policy.min.js beside dist/cookie-consent.min.js', () => {
  const orders = {
    'banner file first': [BANNER_FILE, POLICY_FILE],
    'policy file first': [POLICY_FILE, BANNER_FILE],
  } as const;

  const bothFiles = (files: readonly string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cookie policy</title>
    ${RECORDER}
    ${files.map((src) => `<script src="${src}"></script>`).join('\n')}
    </head><body>
    <cookie-consent platform="https://inai.opendatasoft.com"><script type="application/json">${JSON.stringify(CONFIG)}</script></cookie-consent>
    <main><h1>Cookie policy</h1><cookie-policy></cookie-policy></main>
    </body></html>`;

  for (const [name, files] of Object.entries(orders)) {
    it(`${name}: one definition each, no error, the policy shows the banner's inventory and opens its dialog`, async () => {
      clearCookies();
      const { win, doc } = await openPage(bothFiles(files));
      // The policy file loads its element once the page's scripts have run: the chunk that
      // shares the banner file's Lit, whichever file the page lists first.
      await win.customElements.whenDefined('cookie-policy');
      const fetched = (name: string) => win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(name)).length;
      expect(fetched('/dist/cookie-policy.shared.js')).toBe(1);
      expect(fetched('/dist/cookie-policy.standalone.js')).toBe(0);
      expect(win.defined.filter((n: string) => n === 'cookie-consent')).toHaveLength(1);
      expect(win.defined.filter((n: string) => n === 'cookie-policy')).toHaveLength(1);
      const el = doc.querySelector('cookie-consent') as CookieConsent;
      const policy = doc.querySelector('cookie-policy') as HTMLElement & { updateComplete: Promise<boolean> };
      expect(el).toBeInstanceOf(win.customElements.get('cookie-consent')!);
      expect(policy).toBeInstanceOf(win.customElements.get('cookie-policy')!);
      await el.updateComplete;
      await policy.updateComplete;
      // The banner's inventory (its JSON child), not the built-in default.
      expect([...policy.querySelectorAll('h3')].map((h) => h.textContent!.trim())).toEqual([
        'Strictly necessary',
        'Audience measurement',
        'Marketing',
      ]);
      expect(policy.textContent).toContain('VISITOR_INFO1_LIVE');
      expect(policy.textContent).toContain('_pk_id.*');
      // Its button opens the banner's dialog (the other file's element).
      policy.querySelector<HTMLElement>('[data-cookie-consent-open]')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('dialog')?.open).toBe(true);
      // And it follows the choice made there.
      el.shadowRoot!.querySelector<HTMLElement>('dialog [part~=accept-all]')!.click();
      await policy.updateComplete;
      expect(policy.textContent).toContain('Marketing: accepted');
      await effectsRun(win);
      expect(win.errors).toEqual([]);
    });
  }

  it('each file defines its own element only', async () => {
    for (const [file, own, other] of [
      [BANNER_FILE, 'cookie-consent', 'cookie-policy'],
      [POLICY_FILE, 'cookie-policy', 'cookie-consent'],
    ] as const) {
      const { win, frame } = await openPage(`<!doctype html><html lang="en"><head>${RECORDER}<script src="${file}"></script></head><body></body></html>`);
      await win.customElements.whenDefined(own);
      await effectsRun(win);
      expect(win.customElements.get(own), file).toBeDefined();
      expect(win.customElements.get(other), file).toBeUndefined();
      expect(win.errors).toEqual([]);
      frame.remove();
    }
  });

  for (const [name, files] of Object.entries(orders)) {
    it(`${name}: window.PortalCookieConsent still offers the banner file's API (readConsent)`, async () => {
      clearCookies();
      const { win } = await openPage(bothFiles(files));
      expect(typeof win.PortalCookieConsent?.readConsent).toBe('function');
      expect(typeof win.PortalCookieConsent?.CookieConsent).toBe('function');
    });
  }
});

describe('two tabs, a choice made before the effects start', () => {
  afterEach(() => {
    document.querySelectorAll('iframe[data-first-view]').forEach((f) => f.remove());
    clearCookies();
  });

  const tab = (after = '') =>
    openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tab</title></head><body>
      <cookie-consent></cookie-consent><script src="${BANNER_FILE}"></script>${after}</body></html>`);
  const element = (win: PageWindow) => win.document.querySelector('cookie-consent') as CookieConsent;

  it('a choice made in a tab before its first frame reaches a tab that listens', async () => {
    clearCookies();
    const listening = await tab();
    await effectsRun(listening.win);
    // Chosen while the page is still parsed, before its first frame: its own sync has not started.
    await tab(`<script>document.querySelector('cookie-consent').acceptAll();</script>`);
    await vi.waitFor(() => expect(element(listening.win).consent?.categories.statistics).toBe(true), { timeout: 2000 });
    await element(listening.win).updateComplete;
    expect(element(listening.win).shadowRoot!.querySelector('[part=banner]')).toBeNull();
  });

  it("a tab that chose follows another tab's reset: no choice, the banner again, the change told", async () => {
    clearCookies();
    const chose = await tab();
    await effectsRun(chose.win);
    element(chose.win).acceptAll();
    const changes: unknown[] = [];
    element(chose.win).addEventListener('cookie-consent-change', (e) => changes.push((e as CustomEvent).detail.consent));
    const other = await tab();
    await effectsRun(other.win);
    expect(element(other.win).consent?.categories.statistics).toBe(true);
    element(other.win).reset();
    await vi.waitFor(() => expect(element(chose.win).consent).toBeNull(), { timeout: 2000 });
    await element(chose.win).updateComplete;
    expect(element(chose.win).shadowRoot!.querySelector('[part=banner]')).not.toBeNull();
    expect(element(chose.win).hasConsent('statistics')).toBe(false);
    expect(changes).toEqual([null]);
  });

  it('a tab whose sync starts after another tab chose takes that choice at start', async () => {
    clearCookies();
    const late = await tab();
    // Its state is read (no choice); its sync is not started yet when the other tab chooses.
    const other = await tab();
    element(other.win).rejectAll();
    await vi.waitFor(() => expect(element(late.win).consent?.categories.statistics).toBe(false), { timeout: 2000 });
    await element(late.win).updateComplete;
    expect(element(late.win).shadowRoot!.querySelector('[part=banner]')).toBeNull();
  });
});

describe('the drop-in file and a blocked embed', () => {
  afterEach(() => {
    document.querySelectorAll('iframe[data-first-view]').forEach((f) => f.remove());
    clearCookies();
  });

  it('the placeholder keeps the embed\'s box at once, gets its element from its own small chunk, and its button accepts', async () => {
    clearCookies();
    const { win, doc } = await openPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed</title>${RECORDER}</head><body>
      <cookie-consent></cookie-consent>
      <iframe data-cookie-category="statistics" data-src="/test/browser/fixtures/embed.html" width="300" height="150" title="Map"></iframe>
      <script src="${BANNER_FILE}"></script></body></html>`);
    const placeholder = await vi.waitFor(() => {
      const found = doc.querySelector<HTMLElement>('cookie-consent-placeholder');
      expect(found).not.toBeNull();
      return found!;
    });
    // Its box is the iframe's from the start, defined or not: nothing moves when it upgrades.
    expect(Math.round(placeholder.getBoundingClientRect().height)).toBe(150);
    await win.customElements.whenDefined('cookie-consent-placeholder');
    // From its own small chunk; the dialog's stays unfetched.
    const fetched = (file: string) => win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(file)).length;
    expect(fetched('/dist/cookie-consent.embeds.js')).toBe(1);
    expect(fetched(LAZY_FILE)).toBe(0);
    const button = await vi.waitFor(() => {
      const found = placeholder.shadowRoot?.querySelector<HTMLButtonElement>('[part=placeholder-button]');
      expect(found?.textContent).toContain('Statistics');
      return found!;
    });
    expect(placeholder.shadowRoot!.querySelector('[part=placeholder-text]')!.textContent).toContain('localhost');
    expect(Math.round(placeholder.getBoundingClientRect().height)).toBe(150);
    button.click();
    const frame = doc.querySelector('iframe')!;
    await vi.waitFor(() => expect(frame.getAttribute('src')).toBe('/test/browser/fixtures/embed.html'));
    expect(doc.querySelector('cookie-consent-placeholder')).toBeNull();
    expect(win.errors).toEqual([]);
  });
});
