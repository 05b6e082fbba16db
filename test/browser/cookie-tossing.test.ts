import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import type { CookieConsent } from '../../src/index.js';
import { writeRecord } from '../../src/consent/cookie-store.js';
import { createRecord } from '../../src/consent/record.js';
import { resetConsentModeDefault } from '../../src/effects/consent-mode.js';
import { browserCookies, effectsRun, freshVisitor, mount, record, shadow, storedChoice, storeRaw } from './helpers.js';

// Issue 9: cookie tossing. A sibling sub-domain (portals live at <name>.opendatasoft.com) can
// plant a `cookies_preferences` cookie with `Domain=` the parent, or one on a longer path,
// which `document.cookie` lists before the visitor's own. Chromium refuses `Domain` cookies on
// localhost, so a planted copy here sits on a longer path (the same ordering problem), and a
// Domain copy is what a stubbed `cookieStore.getAll()` reports.

const NAME = 'cookies_preferences';
const ACCEPTED = { necessary: true, statistics: true };
const REFUSED = { necessary: true, statistics: false };
const encoded = (value: unknown) => encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value));

type PageWindow = Window & typeof globalThis & { eval(source: string): unknown };
const frames: HTMLIFrameElement[] = [];

/**
 * A same-origin page loaded at `path`, with the element's sources loaded in it: only a
 * document really loaded at a deep path sees cookies on that path (`history.pushState()` does
 * not move the URL Chromium uses for cookies). The server answers 404, still a page at that URL.
 */
async function pageAt(path: string): Promise<{ win: PageWindow; doc: Document; mod: typeof import('../../src/index.js') }> {
  const frame = document.createElement('iframe');
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const mod = (await win.eval(`import(${JSON.stringify(new URL('../../src/index.ts', import.meta.url).href)})`)) as typeof import('../../src/index.js');
  return { win, doc: frame.contentDocument!, mod };
}

/** A fresh element in that page (a reload, as far as the cookies go); the previous one goes. */
async function mountIn(doc: Document): Promise<CookieConsent> {
  doc.querySelector('cookie-consent')?.remove();
  const el = doc.createElement('cookie-consent') as CookieConsent;
  doc.body.append(el);
  await el.updateComplete;
  return el;
}

/** The copies of the choice cookie the browser keeps for `doc`'s URL, from the browser itself. */
async function copies(doc: Document): Promise<{ value: string; path: string; domain: string }[]> {
  const { cookies } = (await cdp().send('Network.getCookies', { urls: [doc.URL] })) as { cookies: any[] };
  return cookies.filter((c) => c.name === NAME);
}

/** Copies of the choice cookie as `document.cookie` lists them, parsed (unparsable ones as their raw text). */
const listed = (doc: Document) =>
  doc.cookie
    .split('; ')
    .filter((pair) => pair.startsWith(`${NAME}=`))
    .map((pair) => {
      const text = decodeURIComponent(pair.slice(NAME.length + 1));
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    });

const banner = (el: CookieConsent) => el.shadowRoot!.querySelector('[part=banner]');
const click = (el: CookieConsent, part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${part}]`)!.click();

let errors: ReturnType<typeof freshVisitor>;
beforeEach(() => {
  errors = freshVisitor();
});

afterEach(async () => {
  delete (document as { cookie?: string }).cookie; // back to Document.prototype's accessor
  // Every copy, whatever its path: the browser deletes all that match a frame's URL.
  for (const frame of frames.splice(0)) {
    await cdp().send('Network.deleteCookies', { name: NAME, url: frame.contentDocument!.URL });
    frame.remove();
  }
  freshVisitor();
});

describe('several cookies carry the name: the most restrictive reading wins', () => {
  it('a copy planted on a longer path does not turn the visitor\'s "Reject all" into an acceptance: no choice, the banner asks again', async () => {
    const { doc, mod } = await pageAt('/portal/datasets/');
    let el = await mountIn(doc);
    click(el, 'reject-all');
    expect(listed(doc)).toEqual([expect.objectContaining({ categories: REFUSED })]);
    // The sibling's copy, listed first by the browser (longer path).
    doc.cookie = `${NAME}=${encoded(record({ categories: ACCEPTED }))}; Path=/portal/datasets/`;
    expect(listed(doc).map((r) => r.categories)).toEqual([ACCEPTED, REFUSED]);
    el = await mountIn(doc);
    expect(el.consent).toBeNull();
    expect(el.hasConsent('statistics')).toBe(false);
    expect(banner(el)).not.toBeNull();
    // And without an element, as a page's own script reads it.
    expect(mod.readConsent()).toBeNull();
  });

  it('copies that differ in anything make no choice, even where both refuse', async () => {
    const { doc } = await pageAt('/portal/datasets/');
    doc.cookie = `${NAME}=${encoded(record({ categories: REFUSED }))}; Path=/`;
    doc.cookie = `${NAME}=${encoded(record({ categories: REFUSED, given: new Date(Date.now() - 1000).toISOString() }))}; Path=/portal`;
    const el = await mountIn(doc);
    expect(el.consent).toBeNull();
    expect(banner(el)).not.toBeNull();
    // Nothing is overwritten before the visitor chooses.
    expect(listed(doc)).toHaveLength(2);
  });

  it('identical copies are one choice (a page\'s own duplicate is harmless)', async () => {
    const { doc } = await pageAt('/portal/datasets/');
    const value = encoded(record({ categories: ACCEPTED }));
    doc.cookie = `${NAME}=${value}; Path=/`;
    doc.cookie = `${NAME}=${value}; Path=/portal/datasets`;
    const el = await mountIn(doc);
    expect(el.consent?.categories).toEqual(ACCEPTED);
    expect(banner(el)).toBeNull();
  });

  it('any copy that is no valid record makes no choice: the banner shows, nothing is overwritten', async () => {
    const { doc } = await pageAt('/portal/datasets/');
    doc.cookie = `${NAME}=${encoded(record({ categories: ACCEPTED }))}; Path=/portal/datasets`;
    doc.cookie = `${NAME}=${encoded('not a record')}; Path=/portal`;
    const el = await mountIn(doc);
    expect(el.consent).toBeNull();
    expect(banner(el)).not.toBeNull();
    expect(listed(doc)).toEqual([expect.objectContaining({ categories: ACCEPTED }), 'not a record']);
  });

  it('copies of an older revision ask again with the revision notice; a differing copy besides them, without', async () => {
    const { doc } = await pageAt('/portal/datasets/');
    const at = (revision: number) => {
      doc.querySelector('cookie-consent')?.remove();
      const el = doc.createElement('cookie-consent') as CookieConsent;
      el.revision = revision;
      doc.body.append(el);
      return el.updateComplete.then(() => el);
    };
    const old = encoded(record({ revision: 1 }));
    doc.cookie = `${NAME}=${old}; Path=/portal/datasets`;
    doc.cookie = `${NAME}=${old}; Path=/`;
    let el = await at(2);
    expect(el.consent).toBeNull();
    expect(el.shadowRoot!.querySelector('[part=revision-notice]')).not.toBeNull();
    // A current copy planted besides them does not make it a choice.
    doc.cookie = `${NAME}=${encoded(record({ revision: 2 }))}; Path=/portal`;
    el = await at(2);
    expect(el.consent).toBeNull();
    expect(banner(el)).not.toBeNull();
    expect(el.shadowRoot!.querySelector('[part=revision-notice]')).toBeNull();
  });
});

describe("the visitor's next choice replaces every copy", () => {
  it('Reject all deletes the copies on each path prefix (/a and /a/) and keeps exactly one, its own', async () => {
    const { win, doc } = await pageAt('/portal/datasets/table');
    for (const path of ['/', '/portal', '/portal/', '/portal/datasets', '/portal/datasets/', '/portal/datasets/table'])
      doc.cookie = `${NAME}=${encoded(record({ categories: ACCEPTED }))}; Path=${path}`;
    doc.cookie = `${NAME}=${encoded('garbage')}; Path=/portal/datasets/`; // replaces that path's copy
    expect(await copies(doc)).toHaveLength(6);
    const frameErrors = vi.spyOn(win.console, 'error');
    let el = await mountIn(doc);
    expect(el.consent).toBeNull();
    click(el, 'reject-all');
    const [only, ...more] = await copies(doc);
    expect(more).toEqual([]);
    expect(only!.path).toBe('/');
    expect(JSON.parse(decodeURIComponent(only!.value))).toEqual(JSON.parse(JSON.stringify(el.consent)));
    expect(listed(doc)).toHaveLength(1);
    // Stored for good: no "could not be written" report, and a reload reads the refusal.
    expect(frameErrors).not.toHaveBeenCalled();
    el = await mountIn(doc);
    expect(el.consent?.categories).toEqual(REFUSED);
    expect(banner(el)).toBeNull();
  });

  it('a path holding ";" adds no attribute to a deletion (here Max-Age, which would leave an empty copy behind)', async () => {
    // Deleting on `/a;Max-Age=60;Path=/a` would write `Path=/a;Max-Age=60;Path=/a; Expires=…`:
    // a live, empty copy on /a, a broken copy that makes every page under /a/ ask again.
    const { win, doc } = await pageAt('/a;Max-Age=60;Path=/a/b');
    expect(win.location.pathname).toBe('/a;Max-Age=60;Path=/a/b');
    const frameErrors = vi.spyOn(win.console, 'error');
    let el = await mountIn(doc);
    el.rejectAll();
    expect(await copies(doc)).toEqual([expect.objectContaining({ path: '/' })]);
    const { cookies } = (await cdp().send('Network.getCookies', { urls: [`${location.origin}/a/`] })) as { cookies: any[] };
    expect(cookies.filter((c) => c.name === NAME).map((c) => c.path)).toEqual(['/']);
    expect(frameErrors).not.toHaveBeenCalled();
    el = await mountIn(doc);
    expect(el.consent?.categories).toEqual(REFUSED);
  });

  it('reset() forgets every copy too', async () => {
    const { doc } = await pageAt('/portal/datasets/');
    doc.cookie = `${NAME}=${encoded(record({ categories: ACCEPTED }))}; Path=/portal`;
    doc.cookie = `${NAME}=${encoded(record({ categories: ACCEPTED }))}; Path=/`;
    const el = await mountIn(doc);
    el.reset();
    expect(await copies(doc)).toEqual([]);
  });
});

describe('a copy with a Domain, where the Cookie Store API tells (Chromium)', () => {
  let readies: CustomEvent[];
  const onReady = (e: Event) => readies.push(e as CustomEvent);
  beforeEach(() => {
    readies = [];
    document.addEventListener('cookie-consent-ready', onReady);
    (window as any).__tossed = 0;
    resetConsentModeDefault();
  });
  afterEach(() => {
    document.removeEventListener('cookie-consent-ready', onReady);
    document.querySelectorAll('script[data-cookie-category]').forEach((s) => s.remove());
    delete (window as any).gtag;
  });

  /** A gated script that counts its runs, as a tracker tag would be. */
  function gatedTracker(): void {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.cookieCategory = 'statistics';
    script.textContent = 'window.__tossed++';
    document.body.append(script);
  }

  it('Chromium really says domain: null for the host-only cookie we write', async () => {
    const el = await mount();
    el.rejectAll();
    const list = await window.cookieStore.getAll(NAME);
    expect(list).toEqual([expect.objectContaining({ name: NAME, domain: null, path: '/' })]);
  });

  it('a record carrying a parent Domain is ignored: no effects and no ready before the check answers, then no choice and one warning', async () => {
    storeRaw(JSON.stringify(record({ categories: ACCEPTED })));
    gatedTracker();
    const gtag = vi.fn();
    (window as any).gtag = gtag;
    let answer!: (list: unknown[]) => void;
    const getAll = vi.spyOn(window.cookieStore, 'getAll').mockReturnValue(new Promise((resolve) => (answer = resolve as never)));
    const warnings = vi.spyOn(console, 'warn');
    const el = await mount();
    await effectsRun();
    expect(getAll).toHaveBeenCalledWith(NAME);
    // Waiting: the forged acceptance reaches nothing.
    expect(readies).toEqual([]);
    expect((window as any).__tossed).toBe(0);
    expect(gtag.mock.calls.filter((c) => c[1] === 'update')).toEqual([]);

    answer([{ name: NAME, value: storedChoice(), domain: 'opendatasoft.com', path: '/' }]);
    await vi.waitFor(() => expect(readies).toHaveLength(1));
    expect(readies[0]!.detail.consent).toBeNull();
    expect(el.consent).toBeNull();
    expect(el.hasConsent('statistics')).toBe(false);
    await expect.element(page.getByRole('button', { name: 'Reject all' })).toBeVisible();
    await effectsRun();
    expect((window as any).__tossed).toBe(0);
    expect(warnings.mock.calls.map(([m]) => String(m))).toEqual([
      expect.stringContaining('a choice cookie set for the parent domain by another sub-domain (cookie tossing) was ignored: opendatasoft.com'),
    ]);
    expect(errors).not.toHaveBeenCalled();
    // The visitor's own choice then stands.
    await userEvent.click(page.getByRole('button', { name: 'Reject all' }));
    expect(el.consent?.categories).toEqual(REFUSED);
    expect(storedChoice().categories).toEqual(REFUSED);
    expect(shadow(el).querySelector('[part=banner]')).toBeNull();
  });

  it('stays ignored when the element reads its configuration again', async () => {
    storeRaw(JSON.stringify(record({ categories: ACCEPTED })));
    vi.spyOn(window.cookieStore, 'getAll').mockResolvedValue([{ name: NAME, value: 'x', domain: 'opendatasoft.com' } as CookieListItem]);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount();
    await vi.waitFor(() => expect(readies).toHaveLength(1));
    el.expiresDays = 90; // re-reads the stored choice
    await el.updateComplete;
    expect(el.consent).toBeNull();
    expect(shadow(el).querySelector('[part=banner]')).not.toBeNull();
  });

  it('host-only copies pass: the effects start and ready carries the record', async () => {
    storeRaw(JSON.stringify(record({ categories: ACCEPTED })));
    gatedTracker();
    const getAll = vi.spyOn(window.cookieStore, 'getAll');
    const el = await mount();
    await vi.waitFor(() => expect(readies).toHaveLength(1));
    expect(getAll).toHaveBeenCalledOnce();
    expect(readies[0]!.detail.consent.categories).toEqual(ACCEPTED);
    await effectsRun();
    expect((window as any).__tossed).toBe(1);
    expect(el.consent?.categories).toEqual(ACCEPTED);
  });

  it('a check that fails (getAll throwing or rejecting) keeps the record: the browser cannot tell', async () => {
    storeRaw(JSON.stringify(record({ categories: ACCEPTED })));
    vi.spyOn(window.cookieStore, 'getAll').mockImplementation(() => {
      throw new TypeError('not here');
    });
    let el = await mount();
    await vi.waitFor(() => expect(readies).toHaveLength(1));
    expect(readies[0]!.detail.consent).not.toBeNull();
    vi.spyOn(window.cookieStore, 'getAll').mockRejectedValue(new DOMException('denied', 'SecurityError'));
    el.remove();
    el = await mount();
    await vi.waitFor(() => expect(readies).toHaveLength(2));
    expect(readies[1]!.detail.consent).not.toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });

  it('nothing to check stays synchronous: no record, or no Cookie Store API', async () => {
    const getAll = vi.spyOn(window.cookieStore, 'getAll');
    // A first visit: ready has fired by the time the first update completes.
    await mount();
    expect(readies).toHaveLength(1);
    expect(getAll).not.toHaveBeenCalled();
    // A returning visitor on an engine without it (Safari before 18.4, any http page).
    storeRaw(JSON.stringify(record()));
    vi.spyOn(window, 'cookieStore', 'get').mockReturnValue(undefined as never);
    await mount();
    expect(readies).toHaveLength(2);
    expect(readies[1]!.detail.consent).not.toBeNull();
    // (A shared choice, `cookie-domain`, is not checked either; localhost takes no cookie-domain.)
  });
});

describe('a cookie-domain the browser refuses (a public suffix: gouv.fr, co.uk)', () => {
  // localhost takes no cookie-domain attribute, so writeRecord() gets the Domain itself: one
  // that is not this host's, which Chromium refuses as it refuses `Domain=gouv.fr` on a.gouv.fr.
  const choice = () => createRecord({}, ['necessary', 'statistics'], 0, new Date(), null);

  it('stores the choice host-only and says which cookie-domain was refused', async () => {
    const written = choice();
    expect(writeRecord(written, { cookieDomain: 'opendatasoft.com' })).toBe(true);
    expect(storedChoice()).toEqual(JSON.parse(JSON.stringify(written)));
    expect((await browserCookies()).filter((c) => c.name === NAME)).toEqual([expect.objectContaining({ domain: 'localhost', path: '/' })]);
    expect(errors.mock.calls.map(([m]) => String(m))).toEqual([expect.stringContaining('cookie-domain "opendatasoft.com" was refused by the browser')]);
    // A reload reads it.
    const el = await mount();
    expect(el.consent).toEqual(written);
  });

  it('cookies blocked altogether: false, and no word about cookie-domain', () => {
    const native = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => native.get!.call(document), set: () => {} });
    expect(writeRecord(choice(), { cookieDomain: 'opendatasoft.com' })).toBe(false);
    expect(errors).not.toHaveBeenCalled();
  });
});
