import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ScriptGate, type GateOptions } from '../../src/effects/script-gate.js';
import type { CookieConsentAcceptCategoryEvent } from '../../src/events.js';
import { CookieConsentPlaceholder } from '../../src/effects/placeholder.js';
import { fr } from '../../src/i18n/fr.js';
import { resetReports } from '../../src/internal/report.js';

// The package entry will register it; these tests load the module on its own.
if (!customElements.get('cookie-consent-placeholder')) customElements.define('cookie-consent-placeholder', CookieConsentPlaceholder);

declare global {
  interface Window {
    /** What gated scripts (inline and fixtures) record when they run. */
    __gate: unknown[];
  }
}

// Every Trusted Types policy created from here on, kept as a script of the page that wrapped
// createPolicy() would keep it: the gate makes its own on the first script it runs.
const trustedTypes = (window as any).trustedTypes;
const createPolicy = trustedTypes.createPolicy.bind(trustedTypes);
const policies: { name: string; policy: any }[] = [];
trustedTypes.createPolicy = (name: string, rules: object) => {
  const policy = createPolicy(name, rules);
  policies.push({ name, policy });
  return policy;
};

const FIXTURES = '/test/browser/fixtures/';
let uses = 0;
/** A fixture's URL, unique per use, so that its request (or the absence of one) shows in the performance timeline. */
const fixture = (name: string): string => `${FIXTURES}${name}?use=${++uses}`;
const requests = (url: string): number => performance.getEntriesByName(new URL(url, location.href).href).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Lets the MutationObserver (a microtask) and the browser's script tasks run. */
const settle = () => sleep(50);

const gated = (category: string, body: string, attributes = '') =>
  `<script type="text/plain" data-cookie-category="${category}" ${attributes}>${body}</script>`;
const push = (value: string) => `window.__gate.push(${JSON.stringify(value)})`;

describe('gating', () => {
  let container: HTMLElement;
  let accepted: Set<string>;
  let errors: MockInstance<typeof console.error>;
  const gates: ScriptGate[] = [];

  /** A gate backed by the `accepted` set, as the element's hasConsent() would be. */
  function newGate(options: Partial<GateOptions> = {}, root?: Document): ScriptGate {
    const gate = new ScriptGate({ isAccepted: (id) => accepted.has(id), ...options }, root);
    gates.push(gate);
    return gate;
  }

  /** Adds markup to the page the way a server-rendered template or a late widget would. */
  function add(markup: string, parent: ParentNode = container): void {
    const template = document.createElement('template');
    template.innerHTML = markup;
    parent.append(template.content);
  }

  function accept(...ids: string[]): void {
    for (const id of ids) accepted.add(id);
    for (const gate of gates) gate.choiceChanged();
  }

  beforeEach(() => {
    window.__gate = [];
    accepted = new Set(['necessary']);
    resetReports();
    errors = vi.spyOn(console, 'error');
    performance.clearResourceTimings();
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    for (const gate of gates.splice(0)) gate.hostDisconnected();
    container.remove();
    errors.mockRestore();
    delete (window as Partial<Window>).__gate;
  });

  describe('scripts', () => {
    it('an inline script runs once after its category is accepted, never before', async () => {
      add(gated('statistics', push('inline')));
      const gate = newGate();
      gate.hostConnected();
      await settle();
      expect(window.__gate).toEqual([]);

      accept('statistics');
      // What runs it comes with the first accepted script (run-script.ts, on demand).
      await vi.waitFor(() => expect(window.__gate).toEqual(['inline']));
      gate.choiceChanged();
      gate.choiceChanged();
      await settle();
      expect(window.__gate).toEqual(['inline']);
      expect(container.querySelector('script[type="text/plain"]')).toBeNull();
    });

    it('a src script is not even requested before accept, then loads once', async () => {
      const url = fixture('gated-a.js');
      add(gated('statistics', '', `src="${url}"`));
      const gate = newGate();
      gate.hostConnected();
      await sleep(200);
      expect(requests(url)).toBe(0);
      expect(window.__gate).toEqual([]);

      accept('statistics');
      await expect.poll(() => window.__gate).toEqual(['a']);
      gate.choiceChanged();
      await sleep(200);
      expect(window.__gate).toEqual(['a']);
      expect(requests(url)).toBe(1);
    });

    it('a refused category never runs, inline or src', async () => {
      const url = fixture('gated-a.js');
      add(gated('statistics', push('inline')) + gated('statistics', '', `src="${url}"`));
      const gate = newGate();
      gate.hostConnected();
      accept('marketing');
      gate.choiceChanged();
      await sleep(200);
      expect(window.__gate).toEqual([]);
      expect(requests(url)).toBe(0);
      expect(container.querySelectorAll('script[type="text/plain"]')).toHaveLength(2);
    });

    it('a list of categories needs all of them', async () => {
      add(gated('statistics  marketing', push('both')));
      newGate().hostConnected();
      accept('statistics');
      await settle();
      expect(window.__gate).toEqual([]);
      accept('marketing');
      expect(window.__gate).toEqual(['both']);
    });

    it('only true accepts: an unknown category or an empty list stays blocked (the latter reported once)', async () => {
      add(gated('statistics not-configured', push('unknown')) + gated(' ', push('empty')) + gated('statistics', push('known')));
      // Accepts everything it knows, as "Accept all" would; knows nothing of "not-configured".
      const gate = newGate({ isAccepted: (id) => (id === 'not-configured' ? (undefined as unknown as boolean) : true) });
      gate.hostConnected();
      gate.choiceChanged();
      await settle();
      expect(window.__gate).toEqual(['known']);
      expect(errors).toHaveBeenCalledOnce();
      expect(String(errors.mock.calls[0]![0])).toContain('"data-cookie-category"');
    });

    it('mixed inline and src scripts run in document order', async () => {
      add(
        gated('statistics', push('1')) +
          gated('statistics', '', `src="${fixture('gated-a.js')}"`) +
          gated('statistics', push('2')) +
          gated('statistics', '', `src="${fixture('gated-b.js')}"`) +
          gated('statistics', '', `src="${fixture('gated-c.js')}"`) +
          gated('statistics', push('3')),
      );
      newGate().hostConnected();
      accept('statistics');
      await expect.poll(() => window.__gate.length).toBe(6);
      expect(window.__gate).toEqual(['1', 'a', '2', 'b', 'c', '3']);
    });

    it('keeps nonce, crossorigin, integrity and the other attributes; a wrong integrity blocks only that script', async () => {
      const good = fixture('gated-c.js');
      const digest = await crypto.subtle.digest('SHA-384', await (await fetch(good)).arrayBuffer());
      const integrity = `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
      add(
        gated(
          'statistics',
          '',
          `src="${good}" id="kept" class="tracker" nonce="n0nce" crossorigin="anonymous" integrity="${integrity}" referrerpolicy="no-referrer" data-extra="1" defer`,
        ) +
          gated('statistics', '', `src="${fixture('gated-a.js')}" integrity="${integrity}"`) +
          gated('statistics', push('after')),
      );
      newGate().hostConnected();
      accept('statistics');
      // The wrong hash ends in an error event, which must not hold the next script back.
      await expect.poll(() => window.__gate).toContain('after');
      expect(window.__gate).toEqual(['c', 'after']);

      const script = document.getElementById('kept') as HTMLScriptElement;
      expect(script.nonce).toBe('n0nce');
      expect(script.getAttribute('crossorigin')).toBe('anonymous');
      expect(script.getAttribute('integrity')).toBe(integrity);
      expect(script.getAttribute('referrerpolicy')).toBe('no-referrer');
      expect(script.className).toBe('tracker');
      expect(script.dataset.extra).toBe('1');
      expect(script.hasAttribute('defer')).toBe(true);
      expect(script.hasAttribute('type')).toBe(false);
      expect(script.hasAttribute('data-cookie-category')).toBe(false);
    });

    it('the nonce passes a Content-Security-Policy, also when the browser hides the attribute', async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><head><title>CSP</title>
        <meta http-equiv="Content-Security-Policy" content="script-src 'nonce-n0nce'"></head><body></body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      container.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      for (const [value, nonce] of [
        ['with nonce', 'n0nce'],
        ['without nonce', ''],
      ]) {
        const script = doc.createElement('script');
        script.type = 'text/plain';
        script.dataset.cookieCategory = 'statistics';
        // The property only, as a page with a CSP header leaves it (the attribute reads "").
        script.nonce = nonce!;
        script.text = `parent.${push(value!)}`;
        doc.body.append(script);
      }
      newGate({}, doc).hostConnected();
      accept('statistics');
      await settle();
      // The second one proves the policy is enforced.
      expect(window.__gate).toEqual(['with nonce']);
    });

    it('data-type="module" runs it as a module, inline or src', async () => {
      add(
        gated('statistics', `window.__gate.push(import.meta.url ? 'module' : 'classic')`, 'data-type="module"') +
          gated('statistics', '', `src="${fixture('gated-module.js')}" data-type="module"`),
      );
      newGate().hostConnected();
      accept('statistics');
      await expect.poll(() => window.__gate.length).toBe(2);
      expect(window.__gate).toEqual(['module', 'module-src']);
      expect([...container.querySelectorAll('script')].map((s) => s.type)).toEqual(['module', 'module']);
    });

    it('scripts added later are handled, also inside an added subtree, and wait while refused', async () => {
      accept('statistics');
      newGate().hostConnected();
      add(gated('statistics', push('late')));
      add(`<section><div>${gated('statistics', push('nested'))}${gated('marketing', push('refused'))}</div></section>`);
      await settle();
      expect(window.__gate).toEqual(['late', 'nested']);
      accept('marketing');
      expect(window.__gate).toEqual(['late', 'nested', 'refused']);
    });

    it('a re-scan, a re-insertion or a second gate never runs a script twice', async () => {
      add(gated('statistics', push('once')));
      const original = container.querySelector('script')!;
      accept('statistics');
      const gate = newGate();
      gate.hostConnected();
      gate.choiceChanged();
      newGate().hostConnected();
      container.append(original);
      await settle();
      gate.choiceChanged();
      expect(window.__gate).toEqual(['once']);
    });

    it('hostDisconnected() stops observing, and can be called twice', async () => {
      accept('statistics');
      const gate = newGate();
      gate.hostConnected();
      gate.hostDisconnected();
      gate.hostDisconnected();
      add(gated('statistics', push('late')));
      await settle();
      expect(window.__gate).toEqual([]);
      gate.choiceChanged();
      expect(window.__gate).toEqual(['late']);
    });

    it('a throwing isAccepted skips that element only', async () => {
      add(gated('boom', push('boom')) + gated('statistics', push('fine')));
      accepted.add('statistics');
      const gate = newGate({
        isAccepted: (id) => {
          if (id === 'boom') throw new Error('boom');
          return accepted.has(id);
        },
      });
      expect(() => gate.hostConnected()).not.toThrow();
      expect(window.__gate).toEqual(['fine']);
    });
  });

  describe('what the gate refuses to run (issue 9)', () => {
    it('a script gated on "necessary" never runs: one console.error each says to make it a normal script', async () => {
      const url = fixture('gated-a.js');
      add(gated('necessary', push('inline')) + gated('necessary', '', `src="${url}"`) + gated('statistics necessary', push('listed')));
      const gate = newGate();
      gate.hostConnected();
      accept('statistics');
      gate.choiceChanged();
      await sleep(200);
      expect(window.__gate).toEqual([]);
      expect(requests(url)).toBe(0);
      expect(container.querySelectorAll('script[type="text/plain"]')).toHaveLength(3);
      const messages = errors.mock.calls.map(([message]) => String(message));
      expect(messages).toHaveLength(3);
      expect(messages[0]).toMatch(/^cookie-consent: <script [^>]*data-cookie-category="necessary"[^>]*>window\.__gate\.push\("inline"\).* is gated on "necessary", which needs no gate: make it a normal <script>$/);
      expect(messages[1]).toContain(`src="${url}"`);
      expect(messages[2]).toContain('data-cookie-category="statistics necessary"');
    });

    it('the Trusted Types policy is not on window, and a leaked reference to it trusts nothing but what the gate hands over', async () => {
      add(gated('statistics', '', `src="${fixture('gated-a.js')}"`) + gated('statistics', push('inline')));
      newGate().hostConnected();
      accept('statistics');
      await expect.poll(() => window.__gate).toEqual(['a', 'inline']);
      // Nothing on window holds a policy: no own property, no symbol (Symbol.for() is a registry any script can read).
      const held = [...Object.getOwnPropertyNames(window), ...Object.getOwnPropertySymbols(window)].filter((key) => {
        const value = Object.getOwnPropertyDescriptor(window, key)?.value;
        return value instanceof (window as any).TrustedTypePolicy || typeof value?.createScript === 'function';
      });
      expect(held).toEqual([]);
      const ours = policies.filter((p) => p.name === 'portal-cookie-consent');
      expect(ours).toHaveLength(1);
      const { policy } = ours[0]!;
      expect(() => policy.createScript(push('forged'))).toThrow(TypeError);
      expect(() => policy.createScriptURL(fixture('gated-b.js'))).toThrow(TypeError);
      // Not even the last text the gate handed over, once it has.
      expect(() => policy.createScript(push('inline'))).toThrow(TypeError);
    });
  });

  describe('iframes', () => {
    const titles: Record<string, string> = { statistics: 'Statistics', marketing: 'Marketing' };
    const youtube = 'https://www.youtube.com/embed/abc';

    const placeholderOf = (frame: Element) => frame.previousElementSibling as CookieConsentPlaceholder;

    it('a blocked iframe has no src and an accessible placeholder of its size, naming the provider', async () => {
      add(`<iframe title="Video" width="560" height="315" data-cookie-category="statistics" data-src="${youtube}"></iframe>`);
      newGate({ categoryTitle: (id) => titles[id]! }).hostConnected();
      const frame = container.querySelector('iframe')!;
      expect(frame.hasAttribute('src')).toBe(false);
      expect(frame.hidden).toBe(true);

      const placeholder = placeholderOf(frame);
      expect(placeholder.localName).toBe('cookie-consent-placeholder');
      await placeholder.updateComplete;
      await expect
        .element(page.getByText('This content from www.youtube.com is blocked until you accept the “Statistics” cookies.'))
        .toBeVisible();
      await expect.element(page.getByRole('button', { name: 'Accept Statistics cookies' })).toBeVisible();
      expect(placeholder.lang).toBe('en');
      // The iframe's size, but never wider than the page (the test viewport is narrower than 560px).
      expect([placeholder.style.width, placeholder.style.height]).toEqual(['560px', '315px']);
      expect(placeholder.getBoundingClientRect()).toMatchObject({ width: Math.min(560, container.clientWidth), height: 315 });
      await expect(placeholder).to.be.accessible();
    });

    it('axe does look inside the placeholder: one whose button label is blank fails', async () => {
      const placeholder = document.createElement('cookie-consent-placeholder');
      placeholder.buttonText = ' ';
      container.append(placeholder);
      await placeholder.updateComplete;
      await expect(placeholder).not.to.be.accessible();
    });

    it('a placeholder without texts of its own shows the built-in ones in the page language', async () => {
      const placeholder = document.createElement('cookie-consent-placeholder');
      Object.assign(placeholder, { provider: 'www.youtube.com', category: 'marketing', categoryTitle: 'Marketing', lang: 'fr' });
      container.append(placeholder);
      await placeholder.updateComplete;
      expect(placeholder.shadowRoot!.textContent).toContain('Ce contenu de www.youtube.com est bloqué');
      expect(placeholder.shadowRoot!.querySelector('button')!.textContent!.trim()).toBe('Accepter les cookies «\u00a0Marketing\u00a0»');
      await expect(placeholder).to.be.accessible();
    });

    it('the button fires cookie-consent-accept-category; once accepted the iframe loads once and the placeholder goes', async () => {
      const src = fixture('embed.html');
      add(`<iframe title="Embed" data-cookie-category="statistics" data-src="${src}"></iframe>`);
      const gate = newGate({ categoryTitle: (id) => titles[id]! });
      gate.hostConnected();
      const frame = container.querySelector('iframe')!;
      let loads = 0;
      frame.addEventListener('load', () => loads++);
      const events: CookieConsentAcceptCategoryEvent[] = [];
      // What the element will do with it.
      const onAccept = (event: CookieConsentAcceptCategoryEvent) => {
        events.push(event);
        accept(event.detail.category);
      };
      document.addEventListener('cookie-consent-accept-category', onAccept);
      try {
        await userEvent.click(page.getByRole('button', { name: 'Accept Statistics cookies' }));
      } finally {
        document.removeEventListener('cookie-consent-accept-category', onAccept);
      }
      expect(events.map((e) => [e.detail, e.bubbles, e.composed])).toEqual([[{ category: 'statistics' }, true, true]]);
      expect(frame.getAttribute('src')).toBe(src);
      expect(frame.hidden).toBe(false);
      expect(document.querySelector('cookie-consent-placeholder')).toBeNull();
      await expect.poll(() => frame.contentDocument?.body?.textContent).toContain('Embedded content');
      gate.choiceChanged();
      await sleep(200);
      expect(loads).toBe(1);
      expect(requests(src)).toBe(1);
    });

    it('accepted from its button, focus goes on to the iframe the button stood for (WCAG 2.4.3); accepted elsewhere, focus stays where it is', async () => {
      add(`<iframe title="A" data-cookie-category="statistics" data-src="${fixture('embed.html')}&a"></iframe>
        <iframe title="B" data-cookie-category="marketing" data-src="${fixture('embed.html')}&b"></iframe>
        <button>Elsewhere</button>`);
      newGate({ categoryTitle: (id) => titles[id]! }).hostConnected();
      const [a, b] = container.querySelectorAll('iframe');
      const onAccept = (event: CookieConsentAcceptCategoryEvent) => accept(event.detail.category);
      document.addEventListener('cookie-consent-accept-category', onAccept);
      try {
        await placeholderOf(a!).updateComplete;
        placeholderOf(a!).shadowRoot!.querySelector('button')!.focus();
        await userEvent.keyboard('{Enter}');
        expect(a!.getAttribute('src')).toMatch(/&a$/);
        expect(document.activeElement).toBe(a);
        // The other one, accepted while focus is on a page button: focus stays on it.
        const elsewhere = container.querySelector('button')!;
        elsewhere.focus();
        accept('marketing');
        expect(b!.getAttribute('src')).toMatch(/&b$/);
        expect(document.activeElement).toBe(elsewhere);
      } finally {
        document.removeEventListener('cookie-consent-accept-category', onAccept);
      }
    });

    it('names data-cookie-provider and the first refused category, in the page language', async () => {
      add(
        `<iframe title="Video" data-cookie-provider="Vimeo" data-cookie-category="statistics marketing" data-src="${youtube}"></iframe>`,
      );
      // The texts are the element's messages in the page language (Messages.placeholderText/placeholderButton).
      newGate({
        categoryTitle: (id) => ({ statistics: 'Statistiques', marketing: 'Publicité' })[id]!,
        lang: () => 'fr',
        texts: () => fr,
      }).hostConnected();
      const placeholder = placeholderOf(container.querySelector('iframe')!);
      await placeholder.updateComplete;
      expect(placeholder.lang).toBe('fr');
      await expect.element(page.getByRole('button', { name: 'Accepter les cookies « Statistiques »' })).toBeVisible();
      accept('statistics');
      await placeholder.updateComplete;
      await expect
        .element(page.getByText('Ce contenu de Vimeo est bloqué tant que vous n’acceptez pas les cookies « Publicité ».'))
        .toBeVisible();
      expect(container.querySelectorAll('cookie-consent-placeholder')).toHaveLength(1);
    });

    it('an iframe added later gets a placeholder, which goes when the iframe is removed', async () => {
      newGate().hostConnected();
      add(`<div><iframe title="Video" data-cookie-category="statistics" data-src="${youtube}"></iframe></div>`);
      await settle();
      const frame = container.querySelector('iframe')!;
      expect(placeholderOf(frame)?.localName).toBe('cookie-consent-placeholder');
      frame.remove();
      await settle();
      expect(container.querySelector('cookie-consent-placeholder')).toBeNull();
    });

    it('a src or srcdoc besides data-src, loaded before the gate: blank until accepted, reported, then data-src loads', async () => {
      const [early, later, inline] = [fixture('embed.html'), fixture('embed.html'), fixture('embed.html')];
      add(
        `<iframe title="Early" data-cookie-category="statistics" data-src="${later}" src="${early}"></iframe>` +
          `<iframe title="Inline" data-cookie-category="statistics" data-src="${inline}" srcdoc="<p>Early content</p>"></iframe>`,
      );
      const [withSrc, withSrcdoc] = container.querySelectorAll('iframe');
      const text = (frame: HTMLIFrameElement) => frame.contentDocument?.body?.textContent ?? '';
      // As in a parsed page, where the gate starts later: the real content was shown.
      await expect.poll(() => text(withSrc!)).toContain('Embedded content');
      await expect.poll(() => text(withSrcdoc!)).toContain('Early content');
      const gate = newGate();
      gate.hostConnected();
      for (const frame of [withSrc!, withSrcdoc!]) {
        await expect.poll(() => frame.contentWindow!.location.href).toBe('about:blank');
        expect(text(frame)).toBe('');
        expect(frame.hasAttribute('srcdoc')).toBe(false);
        expect(frame.hidden).toBe(true);
        expect(placeholderOf(frame).localName).toBe('cookie-consent-placeholder');
      }
      const messages = errors.mock.calls.map(([message]) => String(message));
      expect(messages).toHaveLength(2);
      expect(messages[0]).toMatch(/^cookie-consent: <iframe .*src=.* loaded before the gate could stop it: remove its src\/srcdoc and keep data-src$/);
      expect(messages[1]).toContain('srcdoc=');
      gate.choiceChanged();
      expect(errors).toHaveBeenCalledTimes(2);

      accept('statistics');
      for (const [frame, url] of [
        [withSrc!, later],
        [withSrcdoc!, inline],
      ] as const) {
        await expect.poll(() => text(frame)).toContain('Embedded content');
        expect(frame.contentWindow!.location.href).toBe(new URL(url, location.href).href);
      }
      expect(requests(early)).toBe(1);
      expect(container.querySelector('cookie-consent-placeholder')).toBeNull();
    });

    it('a src="about:blank" besides data-src is fine: no report', async () => {
      add(`<iframe title="Blank" data-cookie-category="statistics" data-src="${youtube}" src="about:blank"></iframe>`);
      const gate = newGate();
      gate.hostConnected();
      gate.choiceChanged();
      expect(placeholderOf(container.querySelector('iframe')!).localName).toBe('cookie-consent-placeholder');
      expect(errors).not.toHaveBeenCalled();
    });

    it('a javascript: data-src is refused with one console.error and never loaded', async () => {
      add(`<iframe title="Bad" data-cookie-category="statistics" data-src="javascript:parent.window.__gate.push('xss')"></iframe>`);
      accept('statistics');
      const gate = newGate();
      gate.hostConnected();
      gate.choiceChanged();
      await settle();
      const frame = container.querySelector('iframe')!;
      expect(frame.hasAttribute('src')).toBe(false);
      expect(container.querySelector('cookie-consent-placeholder')).toBeNull();
      expect(window.__gate).toEqual([]);
      expect(errors).toHaveBeenCalledOnce();
      expect(String(errors.mock.calls[0]![0])).toMatch(/data-src="javascript:.* has a "data-src" that is not an http\(s\) or relative URL: not loaded$/);
    });
  });
});
