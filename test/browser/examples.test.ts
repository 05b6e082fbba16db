import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CookieConsent } from '../../src/index.js';
// Not helpers.ts: it imports src/index.ts, which would define the elements from the
// sources before the examples load the package (dist/index.js) as integrators do.
import { clearCookies } from './cookies.js';



// The framework examples in examples/, run as an integrator's app would run them: each
// example's entry module imports `portal-cookie-consent` (the package's own name, resolved
// to the built dist/index.js) and exports `mount(container)`, which returns its unmount.
// They are imported by URL, so that this project's tsconfig does not type-check them
// (each example has its own tsconfig.json).
interface ExampleEntry {
  mount(container: Element): () => void;
}
const load = (url: string): Promise<ExampleEntry> => import(/* @vite-ignore */ url);

const ALL_ON = 'necessary: on, statistics: on, marketing: on';

let errors: unknown[] = [];
const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);

beforeEach(() => {
  clearCookies();
  errors = [];
  addEventListener('error', onError);
  document.documentElement.lang = 'en';
});

afterEach(() => {
  removeEventListener('error', onError);
  vi.restoreAllMocks();
  clearCookies();
});

async function banner(container: Element): Promise<CookieConsent> {
  await expect.poll(() => container.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part=banner]')).toBeTruthy();
  const el = container.querySelector('cookie-consent')!;
  await el.updateComplete;
  return el;
}

/** Mounts an example, checks what every framework must get right, unmounts it. */
async function exercise(entry: string, choiceSelector: string) {
  const consoleError = vi.spyOn(console, 'error');
  const container = document.createElement('div');
  document.body.append(container);
  const { mount } = await load(entry);
  const unmount = mount(container);

  const el = await banner(container);
  const root = el.shadowRoot!;
  // The element is the package's build, as an integrator's app gets it.
  expect(customElements.get('cookie-consent')).toBe(el.constructor);
  const output = () => container.querySelector(choiceSelector)?.textContent;
  // The banner shows, its attributes arrived (platform as a property, policy-url as an attribute).
  expect(root.querySelector<HTMLElement>('[part=banner]')!.checkVisibility()).toBe(true);
  expect(root.querySelector('h2')!.textContent).toBe('Cookies on inai.opendatasoft.com');
  expect(el.getAttribute('policy-url')).toBe('/pages/cookies');
  // `config` reached the element as an object property, not as an "[object Object]" attribute.
  expect(el.hasAttribute('config')).toBe(false);
  expect(el.config?.categories?.[0]?.id).toBe('marketing');
  expect(el.categories.map((c) => c.id)).toEqual(['necessary', 'statistics', 'marketing']);
  // cookie-consent-ready reached the app.
  await expect.poll(output).toBe('no choice yet');

  // A visitor's click on "Accept all" reaches the app's state through cookie-consent-change.
  await userEvent.click(root.querySelector<HTMLButtonElement>('[part~=accept-all]')!);
  await expect.poll(output).toBe(ALL_ON);
  expect(el.consent?.categories).toEqual({ necessary: true, statistics: true, marketing: true });

  // The dialog, opened from the app's own button, lists the configured category.
  const settings = [...container.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Cookie settings')!;
  await userEvent.click(settings);
  await el.updateComplete;
  const dialog = root.querySelector('dialog')!;
  expect(dialog.open).toBe(true);
  expect(dialog.textContent).toContain('Marketing');
  expect(dialog.textContent).toContain('VISITOR_INFO1_LIVE');
  el.hide();
  await el.updateComplete;

  // Unmount: the element leaves, nothing throws or reports.
  unmount();
  await new Promise((r) => setTimeout(r, 50));
  expect(container.querySelector('cookie-consent')).toBeNull();
  expect(container.childElementCount).toBe(0);
  container.remove();
  expect(errors).toEqual([]);
  expect(consoleError).not.toHaveBeenCalled();
}

describe('framework examples', () => {
  it('React 19 (examples/react): config as a property, oncookie-consent-change as the listener', async () => {
    await exercise('/examples/react/main.tsx', '[data-testid=react-choice]');
  });

  it('Vue 3 (examples/vue): isCustomElement, .config as a property, @cookie-consent-change', async () => {
    await exercise('/examples/vue/main.ts', '[data-testid=vue-choice]');
  });

  it('Django (examples/django): the rendered template, CDN file, JSON child and LANGUAGE_CODE', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1024px';
    frame.style.height = '700px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/examples/django/index.html';
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis;
      const pageErrors: unknown[] = [];
      win.addEventListener('error', (e) => pageErrors.push(e.message));
      expect(win.customElements.get('cookie-consent'), 'the CDN file defined the element').toBeDefined();
      const el = await banner(win.document.body);
      const root = el.shadowRoot!;
      // The template's language (LANGUAGE_CODE = fr) ...
      expect(el.language).toBe('fr');
      expect(root.querySelector('[part=banner]')!.getAttribute('lang')).toBe('fr');
      expect(root.querySelector('h2')!.textContent).toBe('Cookies sur inai.opendatasoft.com');
      const buttons = [...root.querySelectorAll('[part=actions] button')].map((b) => b.textContent!.trim());
      expect(buttons).toEqual(['Tout accepter', 'Tout refuser', 'Personnaliser']);
      // ... and the json_script child, its \u escapes decoded.
      expect(el.categories.map((c) => c.id)).toEqual(['necessary', 'statistics', 'marketing']);
      win.document.querySelector<HTMLElement>('[data-cookie-consent-open]')!.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
      const dialog = root.querySelector('dialog')!;
      expect(dialog.open).toBe(true);
      expect(dialog.textContent).toContain('Vidéos intégrées depuis YouTube & Vimeo.');
      expect(dialog.textContent).toContain('Lire les vidéos');
      const changed = new Promise<CustomEvent>((r) => el.addEventListener('cookie-consent-change', r as EventListener, { once: true }));
      root.querySelector<HTMLButtonElement>('[part~=accept-all]')!.click();
      expect((await changed).detail.consent.categories).toEqual({ necessary: true, statistics: true, marketing: true });
      expect(pageErrors).toEqual([]);
    } finally {
      frame.remove();
    }
  });
});
