import { vi } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { fixture, html } from '@open-wc/testing-helpers';
import type { CookieConsent } from '../../src/index.js';
import { resetReports } from '../../src/internal/report.js';
import '../../src/index.js';
import { clearCookies } from './cookies.js';

export { clearCookies, html };

/** Starts every test from a fresh visitor: no cookie, no earlier reports, a watched console.error. */
export function freshVisitor() {
  clearCookies();
  resetReports();
  document.documentElement.lang = 'en';
  vi.restoreAllMocks();
  return vi.spyOn(console, 'error');
}

/** A parsed cookie value, as an integrator's back end would read it. */
export function storedChoice(name = 'cookies_preferences'): any {
  const pair = document.cookie.split('; ').find((p) => p.startsWith(`${name}=`));
  return pair ? JSON.parse(decodeURIComponent(pair.slice(name.length + 1))) : undefined;
}

/** Writes a raw value into the choice cookie, as a tampering visitor or an older version would. */
export function storeRaw(value: string, name = 'cookies_preferences'): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/`;
}

/** A valid schema-1 record, with overrides. */
export function record(overrides: Record<string, unknown> = {}) {
  const now = new Date().toISOString();
  return {
    schema: 1,
    id: '3b241101-e2bb-4255-8caf-4136c566a962',
    revision: 0,
    given: now,
    updated: now,
    categories: { necessary: true, statistics: true },
    ...overrides,
  };
}

/** Renders an element (a fresh element on the same cookies stands for a page reload) and waits for it to start. */
export async function mount(template = html`<cookie-consent></cookie-consent>`): Promise<CookieConsent> {
  const el = await fixture<CookieConsent>(template);
  await el.updateComplete;
  return el;
}

/**
 * Resolves once the element's deferred page effects have run in `win`: for a visitor with no
 * stored choice they start after the first painted frame (an animation frame, then a task),
 * and after a choice they run one task later (scheduler.yield() or a task). An animation
 * frame, then two tasks, covers both.
 */
export async function effectsRun(win: Window = window): Promise<void> {
  // A returning visitor's effects first wait for the Cookie Store API's answer (the check for a
  // planted cookie, in updated()); the browser answers in order, so once a request of ours is
  // answered, the element's has been too. Without it, a busy machine could answer after the
  // frame below (a CI flake).
  // The prototype's own method: a test may have stubbed the instance's (cookie-tossing.test.ts).
  const store = win as Window & { cookieStore?: object; CookieStore?: { prototype: { getAll(name: string): Promise<unknown> } } };
  try {
    if (store.cookieStore) await store.CookieStore?.prototype.getAll.call(store.cookieStore, 'effects-run');
  } catch {
    // No Cookie Store API, or it refused: then the element did not wait for it either.
  }
  return new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(() => win.setTimeout(resolve))));
}

/**
 * Gives the test page a desktop width: the Vitest browser iframe is phone-narrow, where the
 * banner switches to its phone layout (14px text, under `max-width: 40em`). Returns what
 * gives the page its previous size back.
 */
export async function desktopViewport(width = 1280, height = 800): Promise<() => Promise<void>> {
  const [w, h] = [window.innerWidth, window.innerHeight];
  await page.viewport(width, height);
  return () => page.viewport(w, h);
}

/** The element's shadow root, for asserting on what it rendered. */
export const shadow = (el: CookieConsent): ShadowRoot => el.shadowRoot!;

/** The element that really has focus, through shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Cookies with their attributes, from the browser itself (Chrome DevTools Protocol). */
export async function browserCookies(): Promise<
  { name: string; path: string; sameSite?: string; secure: boolean; expires: number; domain: string; session: boolean }[]
> {
  const session = cdp();
  const { cookies } = (await session.send('Network.getCookies', { urls: [location.href] })) as { cookies: any[] };
  return cookies;
}
