import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CookieConsent } from '../../src/index.js';
import type { CookieConsentPlaceholder } from '../../src/effects/placeholder.js';
// Not helpers.ts: it imports src/index.ts, which would define the elements in this document;
// the page under test defines its own, in its own frame.
import { clearCookies } from './cookies.js';

// demo/services.html, "a portal with services", loaded from the dev server in a same-origin
// frame as a visitor gets it: its JSON configuration (Matomo exempt, GA4, YouTube and Vimeo
// as services), its gated tags and embeds, and its language switch.

type Win = Window & typeof globalThis;

const frames: HTMLIFrameElement[] = [];

/** The next turn of the event loop, without setTimeout's clamping. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Vitest's server rewrites every dynamic import() of the modules it serves (the page's module,
 * the element's on-demand parts, the language files) into
 * `__vitest_browser_runner__.wrapDynamicImport(() => import(…))`, which only its own runner
 * defines (see fixtures/hostile/collect.js). The demo page must stay free of it, so the stand-in
 * is put on the frame's window as soon as its document exists: its modules run only once the
 * parser is done, after it has waited for its first classic script (gtag-stub.js) to download.
 */
async function standIn(frame: HTMLIFrameElement, path: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!frame.contentDocument?.URL.includes(path)) {
    if (Date.now() > deadline) throw new Error(`${path} did not start loading`);
    await nextTask();
  }
  const win = frame.contentWindow as Win & { __vitest_browser_runner__?: unknown };
  // Nothing of the page has run yet: no element, no module.
  expect(win.customElements.get('cookie-consent'), 'the stand-in came after the page\'s modules').toBeUndefined();
  win.__vitest_browser_runner__ ??= { wrapDynamicImport: (f: () => unknown) => f() };
}

async function openDemo(query = ''): Promise<{ win: Win; doc: Document; el: CookieConsent; root: ShadowRoot }> {
  const path = '/demo/services.html';
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${path}${query}`;
  document.body.append(frame);
  frames.push(frame);
  await standIn(frame, path);
  await loaded;
  const win = frame.contentWindow as Win;
  // The page's module loads the language file, then the element.
  await expect.poll(() => win.customElements.get('cookie-consent'), { timeout: 10_000 }).toBeTruthy();
  const el = win.document.querySelector('cookie-consent')!;
  await expect.poll(() => el.shadowRoot?.querySelector('[part~=banner]'), { timeout: 10_000 }).toBeTruthy();
  await el.updateComplete;
  return { win, doc: win.document, el, root: el.shadowRoot! };
}

const hasCookie = (name: string): boolean => document.cookie.split('; ').some((pair) => pair.split('=')[0] === name);
const hasCookieStarting = (prefix: string): boolean => document.cookie.split('; ').some((pair) => pair.startsWith(prefix));

const frameOf = (doc: Document, service: string) => doc.querySelector<HTMLIFrameElement>(`iframe[data-cookie-service="${service}"]`)!;
/** The placeholder shown in place of a blocked iframe: the gate puts it just before. */
const placeholderOf = (doc: Document, service: string) => {
  const before = frameOf(doc, service).previousElementSibling;
  return before?.localName === 'cookie-consent-placeholder' ? (before as CookieConsentPlaceholder) : null;
};

beforeEach(() => {
  clearCookies();
});

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
  clearCookies();
});

describe('demo/services.html', () => {
  it('gates each service on its own: exempt Matomo runs, GA4 and the videos wait, one video loads alone', async () => {
    const { doc, el, root } = await openDemo();

    // The banner shows, with the sentence about the exempt measurement.
    expect(root.querySelector<HTMLElement>('[part~=banner]')!.checkVisibility()).toBe(true);
    await expect.poll(() => root.querySelector('[part=exempt-notice]')?.textContent?.trim()).toBeTruthy();

    // Both embeds wait behind a placeholder; no player ran.
    await expect.poll(() => placeholderOf(doc, 'youtube')).toBeTruthy();
    await expect.poll(() => placeholderOf(doc, 'vimeo')).toBeTruthy();
    expect(frameOf(doc, 'youtube').hidden).toBe(true);
    expect(frameOf(doc, 'vimeo').hidden).toBe(true);
    expect(frameOf(doc, 'youtube').getAttribute('src')).toBeNull();
    expect(placeholderOf(doc, 'youtube')!.provider).toBe('YouTube');
    expect(placeholderOf(doc, 'vimeo')!.provider).toBe('Vimeo');
    expect(hasCookie('YSC')).toBe(false);
    expect(hasCookie('vuid')).toBe(false);

    // Matomo is exempt: its tag ran before any choice. GA4 waits for consent.
    await expect.poll(() => hasCookieStarting('_pk_id.')).toBe(true);
    expect(el.hasConsent('matomo')).toBe(true);
    expect(el.hasConsent('ga4')).toBe(false);
    expect(hasCookie('_ga')).toBe(false);
    expect(hasCookie('_ga_DEMO123')).toBe(false);

    // The YouTube placeholder's button loads the YouTube player, and only it.
    const placeholder = placeholderOf(doc, 'youtube')!;
    await placeholder.updateComplete;
    placeholder.shadowRoot!.querySelector<HTMLButtonElement>('[part=placeholder-button]')!.click();
    await expect.poll(() => frameOf(doc, 'youtube').getAttribute('src')).toBe('/demo/embeds/video.html?provider=YouTube');
    expect(frameOf(doc, 'youtube').hidden).toBe(false);
    expect(placeholderOf(doc, 'youtube')).toBeNull();
    // The stand-in player ran and set the cookie named like YouTube's.
    await expect.poll(() => hasCookie('YSC')).toBe(true);
    await expect.poll(() => frameOf(doc, 'youtube').contentDocument?.body?.textContent).toContain('Video player from YouTube');
    expect(el.hasConsent('youtube')).toBe(true);
    expect(el.hasConsent('vimeo')).toBe(false);
    expect(el.hasConsent('videos')).toBe(false);
    expect(placeholderOf(doc, 'vimeo')).toBeTruthy();
    expect(frameOf(doc, 'vimeo').hidden).toBe(true);
    expect(hasCookie('vuid')).toBe(false);
    // Still no GA4: accepting one video accepted nothing else.
    expect(hasCookie('_ga')).toBe(false);

    // The dialog lists every service with its own switch; "Videos" is half on.
    el.showPreferences();
    await el.updateComplete;
    await expect.poll(() => root.querySelector('dialog')?.open).toBe(true);
    for (const id of ['youtube', 'vimeo', 'matomo', 'ga4']) {
      await expect.poll(() => root.querySelector(`#switch-${id}`), { message: `#switch-${id}` }).toBeTruthy();
    }
    expect(root.querySelector<HTMLInputElement>('#switch-youtube')!.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#switch-vimeo')!.checked).toBe(false);
    const videos = root.querySelector<HTMLInputElement>('#switch-videos')!;
    expect(videos.indeterminate).toBe(true);
    expect(videos.checked).toBe(false);
    // The services' own tables: YouTube's rows as configured, GA4's from its preset.
    const dialogText = root.querySelector('dialog')!.textContent!;
    expect(dialogText).toContain('VISITOR_INFO1_LIVE');
    expect(dialogText).toContain('vuid');
    expect(dialogText).toContain('_ga_*');
    el.hide();
    await el.updateComplete;
  });

  it('the language switch loads German from its file: the banner says "Alle ablehnen", the address keeps it', async () => {
    const { win, doc, el, root } = await openDemo();
    const reject = () => root.querySelector('[part~=reject-all]')?.textContent?.trim();
    expect(reject()).toBe('Reject all');

    const select = doc.querySelector<HTMLSelectElement>('#banner-lang')!;
    // Labelled, with every language on offer.
    expect(doc.querySelector(`label[for="${select.id}"]`)).not.toBeNull();
    expect([...select.options].map((o) => o.value)).toEqual(['en', 'fr', 'de', 'es', 'it', 'nl', 'pt']);

    select.value = 'de';
    select.dispatchEvent(new win.Event('change', { bubbles: true }));
    await expect.poll(reject).toBe('Alle ablehnen');
    expect(el.lang).toBe('de');
    expect(el.language).toBe('de');
    expect(doc.documentElement.lang).toBe('de');
    expect(new URL(win.location.href).searchParams.get('lang')).toBe('de');

    // Back to French, built in.
    select.value = 'fr';
    select.dispatchEvent(new win.Event('change', { bubbles: true }));
    await expect.poll(reject).toBe('Tout refuser');
    expect(doc.documentElement.lang).toBe('fr');
  });

  it('a reload keeps the language of the address: ?lang=de shows German from the first render', async () => {
    const { doc, el, root } = await openDemo('?lang=de');
    expect(el.language).toBe('de');
    expect(root.querySelector('[part~=reject-all]')!.textContent!.trim()).toBe('Alle ablehnen');
    expect(doc.querySelector<HTMLSelectElement>('#banner-lang')!.value).toBe('de');
    expect(doc.documentElement.lang).toBe('de');
  });
});
