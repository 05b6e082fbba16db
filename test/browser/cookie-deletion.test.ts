import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCategories } from '../../src/config/defaults.js';
import { deleteCookies, withdraw } from '../../src/consent/cookie-cleanup.js';
import { browserCookies, clearCookies, effectsRun, freshVisitor, html, mount, record, storeRaw } from './helpers.js';

type Cleanup = typeof import('../../src/consent/cookie-cleanup.js');

const namesIn = (doc: Document) => doc.cookie.split('; ').filter(Boolean).map((pair) => pair.split('=')[0]);
const names = () => namesIn(document);
const set = (cookie: string) => (document.cookie = cookie);

const frames: HTMLIFrameElement[] = [];

/** Records what is written to `doc.cookie` (and still writes it). */
function recordWrites(doc: Document): string[] {
  const native = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  const writes: string[] = [];
  Object.defineProperty(doc, 'cookie', {
    configurable: true,
    get: () => native.get!.call(doc),
    set: (value: string) => {
      writes.push(value);
      native.set!.call(doc, value);
    },
  });
  return writes;
}

/**
 * A same-origin page loaded at `path`, with the module loaded in it. The test page itself
 * sits at `/`, and `history.pushState()` does not move the URL Chromium uses for cookies, so
 * only a document really loaded at a deep path shows where a cookie without `Path` lands.
 */
async function pageAt(path: string): Promise<{ doc: Document; cleanup: Cleanup }> {
  const frame = document.createElement('iframe');
  frame.src = path; // the server answers 404, which is still a same-origin document at that URL
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & { eval(source: string): unknown };
  const url = new URL('../../src/consent/cookie-cleanup.ts', import.meta.url).href;
  const cleanup = (await win.eval(`import(${JSON.stringify(url)})`)) as Cleanup;
  return { doc: frame.contentDocument!, cleanup };
}

describe('deleteCookies (withdrawal, CNIL-6)', () => {
  beforeEach(clearCookies);
  afterEach(() => {
    delete (document as { cookie?: string }).cookie; // back to Document.prototype's accessor
    for (const frame of frames.splice(0)) {
      for (const name of namesIn(frame.contentDocument!)) {
        for (const path of ['/', '/explore', '/explore/dataset/foo'])
          frame.contentDocument!.cookie = `${name}=; Path=${path}; Max-Age=0`;
      }
      frame.remove();
    }
    clearCookies();
  });

  it('removes Matomo cookies set on Path=/ and keeps the portal cookies', async () => {
    for (const name of ['sessionid', '_pk_id.1.abc', 'csrftoken', '_pk_ses.1.abc', 'django_language', 'cookies_preferences'])
      set(`${name}=1; Path=/`);
    const deleted = deleteCookies(['_pk_id.*', '_pk_ses.*'], ['sessionid', 'csrftoken', 'django_language', 'cookies_preferences']);
    expect(deleted).toEqual(['_pk_id.1.abc', '_pk_ses.1.abc']);
    expect(names()).toEqual(['sessionid', 'csrftoken', 'django_language', 'cookies_preferences']);
    // The browser's own cookie jar agrees: gone, not merely hidden from this document.
    expect((await browserCookies()).map((c) => c.name).sort()).toEqual(['cookies_preferences', 'csrftoken', 'django_language', 'sessionid']);
  });

  it('never touches a kept name, even when a wildcard would match it', () => {
    for (const name of ['sessionid', 'csrftoken', '_ga', '_ga_XYZ', 'django_language']) set(`${name}=1; Path=/`);
    const deleted = deleteCookies(['*'], ['sessionid', 'csrftoken', 'django_*']);
    expect(deleted).toEqual(['_ga', '_ga_XYZ']);
    expect(names()).toEqual(['sessionid', 'csrftoken', 'django_language']);
  });

  it('deletes nothing and returns [] when no name matches', () => {
    set('sessionid=1; Path=/');
    set('_gac_UA-1=1; Path=/');
    expect(deleteCookies(['_ga', '_ga_*', '_pk_id.*'], [])).toEqual([]);
    expect(deleteCookies([], [])).toEqual([]);
    expect(names()).toEqual(['sessionid', '_gac_UA-1']);
  });

  it('removes __Secure- and __Host- cookies, which only a Secure write may touch', () => {
    expect(isSecureContext).toBe(true); // http://localhost is a secure context in Chromium
    set('__Secure-track=1; Path=/; Secure');
    set('__Host-track=1; Path=/; Secure');
    expect(names()).toEqual(['__Secure-track', '__Host-track']);
    expect(deleteCookies(['*track'], [])).toEqual(['__Secure-track', '__Host-track']);
    expect(names()).toEqual([]);
  });

  it("also removes a cookie a script wrote without Path, which lands on the page's directory", async () => {
    const { doc, cleanup } = await pageAt('/explore/dataset/foo/');
    doc.cookie = '_pk_id.1.abc=1'; // Path=/explore/dataset/foo (RFC 6265 §5.1.4)
    doc.cookie = '_pk_id.1.abc=2; Path=/'; // the same name on another path: both must go
    doc.cookie = '_pk_ses.1.abc=1; Path=/';
    doc.cookie = 'sessionid=1; Path=/';
    expect(namesIn(doc)).toEqual(['_pk_id.1.abc', '_pk_id.1.abc', '_pk_ses.1.abc', 'sessionid']);
    expect(cleanup.deleteCookies(['_pk_*'], [])).toEqual(['_pk_id.1.abc', '_pk_ses.1.abc']);
    expect(namesIn(doc)).toEqual(['sessionid']);
  });

  it('does not claim a cookie it could not reach (set on another ancestor path)', async () => {
    const { doc, cleanup } = await pageAt('/explore/dataset/foo/');
    doc.cookie = '_pk_id.1.abc=1; Path=/explore';
    doc.cookie = '_pk_ses.1.abc=1; Path=/';
    expect(cleanup.deleteCookies(['_pk_*'], [])).toEqual(['_pk_ses.1.abc']);
    expect(namesIn(doc)).toEqual(['_pk_id.1.abc']);
  });

  it("writes one deletion per candidate domain on Path=/, and one without Path (the page's directory)", async () => {
    const { doc, cleanup } = await pageAt('/explore/page');
    const writes = recordWrites(doc);
    doc.cookie = '_ga=1; Path=/';
    writes.length = 0;
    expect(cleanup.deleteCookies(['_ga'], [], '.portal.example')).toEqual(['_ga']);
    expect(writes).toEqual([
      '_ga=; Path=/; Max-Age=0; Secure',
      '_ga=; Path=/; Max-Age=0; Domain=portal.example; Secure',
      '_ga=; Max-Age=0; Secure',
      '_ga=; Max-Age=0; Domain=portal.example; Secure',
    ]);
  });

  // A URL may carry `;` in its path as it is: written out as `Path=…`, it ended the attribute
  // and made the rest of the path attributes of the deletion (issue 9). `,` and `=` mean
  // nothing in a document.cookie write, and blanks, quotes and controls come percent-encoded.
  for (const dir of ['/a;Domain=evil.example', '/a;Path=/x;Max-Age=99999', '/a,b=c']) {
    it(`deletes a cookie on a path like ${dir}, and writes nothing from the path`, async () => {
      const { doc, cleanup } = await pageAt(`${dir}/page`);
      expect(doc.location.pathname).toBe(`${dir}/page`);
      doc.cookie = '_pk_id.1.abc=1'; // lands on the page's directory
      doc.cookie = '_pk_ses.1.abc=1; Path=/';
      const writes = recordWrites(doc);
      expect(cleanup.deleteCookies(['_pk_*'], [])).toEqual(['_pk_id.1.abc', '_pk_ses.1.abc']);
      expect(namesIn(doc)).toEqual([]);
      for (const write of writes) expect(write).toMatch(/^_pk_\w+\.1\.abc=(; Path=\/)?; Max-Age=0; Secure$/);
    });
  }

  it('returns [] without throwing where document.cookie throws (sandboxed frame)', () => {
    const sandboxed = () => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    };
    Object.defineProperty(document, 'cookie', { configurable: true, get: sandboxed, set: sandboxed });
    expect(() => deleteCookies(['*'], [])).not.toThrow();
    expect(deleteCookies(['_ga'], [])).toEqual([]);
  });
});

// The clean-up itself comes with the on-demand part; the first view only tells that something
// was withdrawn and loads it (effects/withdrawal.ts).
describe('withdraw (the clean-up after a withdrawal, on demand)', () => {
  const rowOf = (...names: string[]) => ({ provider: 'Anyone', function: 'Anything', names, purpose: 'Any' });
  const categories = [
    { id: 'necessary', title: 'Essential', cookies: [rowOf('lb', 'cookies_preferences')] },
    { id: 'statistics', title: 'Statistics', cookies: [rowOf('*')] },
    { id: 'videos', title: 'Videos', cookies: [rowOf('yt_*')] },
    { id: 'maps', title: 'Maps', cookies: [rowOf('map_*')] },
  ];
  const set = (...cookies: string[]) => cookies.forEach((name) => (document.cookie = `${name}=1; Path=/`));
  const portal = defaultCategories[0]!;

  beforeEach(clearCookies);
  afterEach(clearCookies);

  it("deletes what a category accepted before and refused now names; keeps what the choice in force accepts and the portal's own cookies", () => {
    set('sessionid', 'csrftoken', 'django_language', 'lb', 'cookies_preferences', '_ga', 'yt_pref', 'map_tile');
    withdraw(categories, { necessary: true, statistics: true, videos: true, maps: false }, ['necessary', 'videos'], portal);
    // statistics lists `*`: everything goes but what necessary, videos and the portal declare.
    expect(names().sort()).toEqual(['cookies_preferences', 'csrftoken', 'django_language', 'lb', 'sessionid', 'yt_pref']);
  });

  it('deletes nothing where nothing accepted before is refused now', () => {
    set('_ga', 'yt_pref', 'map_tile');
    withdraw(categories, { necessary: true, statistics: false, videos: true, maps: false }, ['necessary', 'videos', 'maps'], portal);
    expect(names()).toEqual(['_ga', 'yt_pref', 'map_tile']);
  });

  it('after reset() (nothing accepted), withdraws every optional category accepted before, never necessary', () => {
    set('lb', 'sessionid', 'yt_pref', 'map_tile');
    withdraw(categories.slice(2), { necessary: true, videos: true, maps: false }, ['necessary'], portal);
    expect(names()).toEqual(['lb', 'sessionid', 'map_tile']);
  });

  it('only own true values of before count: an inherited or non-boolean one withdraws nothing', () => {
    set('yt_pref', 'map_tile');
    const forged = Object.assign(Object.create({ videos: true }), { necessary: true, maps: 'yes' });
    withdraw(categories.slice(2), forged, ['necessary'], portal);
    expect(names()).toEqual(['yt_pref', 'map_tile']);
  });

  it('service by service: a withdrawn service loses its cookies, its accepted sibling keeps its own', () => {
    set('yt_pref', 'vimeo_id', '_pk_id.1.abc');
    const withServices = [
      categories[0]!,
      { id: 'videos', title: 'Videos', services: [
        { id: 'youtube', title: 'YouTube', cookies: [rowOf('yt_*')] },
        { id: 'vimeo', title: 'Vimeo', cookies: [rowOf('vimeo_*')] },
      ] },
      { id: 'statistics', title: 'Statistics', services: [{ id: 'matomo', title: 'Matomo', cookies: [rowOf('_pk_id.*')] }] },
    ];
    withdraw(withServices, { necessary: true, videos: true, youtube: true, vimeo: true, statistics: true, matomo: true }, ['necessary', 'vimeo', 'statistics', 'matomo'], portal);
    expect(names()).toEqual(['vimeo_id', '_pk_id.1.abc']);
  });
});

describe('<cookie-consent> withdrawal: what is never deleted', () => {
  const everything = { provider: 'Anyone', function: 'Anything', names: ['*'], purpose: 'Any' };
  // `necessary` replaced: the portal's own cookies are no longer in its table.
  const replaced = {
    categories: [
      { id: 'necessary', title: 'Essential', cookies: [{ provider: 'Us', function: 'Load balancing', names: ['lb'], purpose: 'Routing' }] },
      { id: 'statistics', title: 'Statistics', cookies: [everything] },
    ],
  };
  const set = (...cookies: string[]) => cookies.forEach((name) => (document.cookie = `${name}=1; Path=/`));

  beforeEach(() => {
    freshVisitor();
  });
  afterEach(clearCookies);

  for (const [cookieName, template] of [
    ['cookies_preferences', () => html`<cookie-consent .config=${replaced}></cookie-consent>`],
    ['portal_choice', () => html`<cookie-consent cookie-name="portal_choice" .config=${replaced}></cookie-consent>`],
  ] as const) {
    it(`keeps the portal's necessary cookies and the choice cookie (${cookieName}) when a withdrawn category lists *`, async () => {
      const el = await mount(template());
      el.acceptAll();
      await effectsRun();
      set('sessionid', 'csrftoken', 'django_language', 'lb', '_ga', '_pk_id.1.abc');
      el.rejectAll();
      await expect.poll(names).not.toContain('_ga');
      expect(names().sort()).toEqual([cookieName, 'csrftoken', 'django_language', 'lb', 'sessionid'].sort());
      expect(el.hasConsent('statistics')).toBe(false);
    });
  }

  it('with reload-on-withdraw, reloads the page also where the on-demand part cannot be loaded, and says why nothing was deleted', async () => {
    storeRaw(JSON.stringify(record({ categories: { necessary: true, statistics: true } })));
    const banner = new URL('/dist/cookie-consent.min.js', location.href).href;
    // The drop-in file alone is allowed to run: its on-demand chunk, beside it, is refused.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="script-src ${banner}">
      <script src="${banner}"></script></head>
      <body><cookie-consent reload-on-withdraw></cookie-consent></body></html>`;
    let loads = 0;
    frame.addEventListener('load', () => loads++);
    const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const first = loaded();
    document.body.append(frame);
    try {
      await first;
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('cookie-consent');
      const el = win.document.querySelector('cookie-consent')!;
      await el.updateComplete;
      expect(el.hasConsent('statistics')).toBe(true);
      const errors: string[] = [];
      win.console.error = (...args: unknown[]) => errors.push(args.join(' '));
      await effectsRun(win);
      const reloaded = loaded();
      el.rejectAll();
      await reloaded;
      expect(loads).toBe(2);
      expect(errors).toEqual([expect.stringContaining('the clean-up after a withdrawal')]);
    } finally {
      frame.remove();
    }
  });

  it('keeps what a category still accepted declares, also when the withdrawn one lists *', async () => {
    const el = await mount(html`<cookie-consent
      .config=${{
        categories: [
          { id: 'marketing', title: 'Marketing', cookies: [everything] },
          { id: 'videos', title: 'Videos', cookies: [{ provider: 'YouTube', function: 'Player', names: ['yt_*', 'VISITOR_INFO1_LIVE'], purpose: 'Video' }] },
        ],
      }}
    ></cookie-consent>`);
    el.acceptCategories(['marketing', 'videos']);
    await effectsRun();
    set('yt_pref', 'VISITOR_INFO1_LIVE', '_fbp');
    el.acceptCategories(['videos']); // marketing withdrawn
    await expect.poll(names).not.toContain('_fbp');
    expect(names()).toEqual(expect.arrayContaining(['yt_pref', 'VISITOR_INFO1_LIVE', 'cookies_preferences']));
  });
});
