import type { ReactiveController } from 'lit';
import { httpUrl } from '../internal/http-url.js';
import { loadFailed, loadScripts } from '../internal/load-lazy.js';
import { reportOnce } from '../internal/report.js';
import type { ChoiceEffect } from './host.js';

export interface GateOptions {
  /** true when every id is accepted ('necessary' always is). */
  isAccepted(categoryId: string): boolean;
  /** The category's title in the visitor's language, for the placeholder. Default: the id. */
  categoryTitle?(categoryId: string): string;
  /** The language of the page's texts, for the placeholder. Default: 'en'. */
  lang?(): string;
  /** The integrator's placeholder text and button label in that language, if any; the placeholder has its own built in. */
  texts?(): Partial<PlaceholderTexts> | undefined;
  /** Called when a placeholder is shown whose element is not defined yet (the drop-in file loads it on demand). */
  definePlaceholder?(): void;
}

/** What a blocked iframe's placeholder says. */
export interface PlaceholderTexts {
  readonly placeholderText: string;
  readonly placeholderButton: string;
}

const CATEGORY = 'data-cookie-category';
// `data-cookie-service="youtube"`: gated on that service alone (its category may hold others).
const SERVICE = 'data-cookie-service';
const SELECTOR = `script[type="text/plain"]:is([${CATEGORY}],[${SERVICE}]),iframe:is([${CATEGORY}],[${SERVICE}])`;

// Shared by every gate of the page (two <cookie-consent> elements, or the npm module and a
// second copy of it), so that no script runs twice and no iframe gets two placeholders.
/** Gated scripts queued or run, and iframes loaded: never handled again. */
const done = new WeakSet<Element>();
/** Blocked iframes and the placeholder shown in their place. */
const placeholders = new Map<HTMLIFrameElement, HTMLElement & Record<string, unknown>>();

/** What runs an accepted script (run-script.ts), once it has come. */
let run: typeof import('./run-script.js').runScript | undefined;

const dataType = (script: Element): string => (script.getAttribute('data-type') ?? '').trim().toLowerCase();

/**
 * The page's nonce, read once as this code first runs: that of the script that loaded it
 * (`document.currentScript`, a classic script), else that of the first script in the page
 * that has one (a module's own tag, or the loader that inserted ours; a page has one nonce
 * per response). The latter relies on a page that uses nonces giving them to its own scripts
 * in `<head>`, ahead of any markup injected into its body. The property, as browsers empty
 * the attribute under a CSP header (https://html.spec.whatwg.org/#nonce-attributes). A page
 * without nonces (no CSP, a host list, hashes) gives none, and the gate cannot tell what its
 * policy would refuse.
 */
const pageNonce = (document.currentScript as HTMLScriptElement | null)?.nonce || [...document.scripts].find((s) => s.nonce)?.nonce;

/** Reports once a gated element the gate leaves alone, naming it by the start of its markup. */
const refuse = (element: Element, fault: string): void => reportOnce(element.outerHTML, `${element.outerHTML.slice(0, 150)} ${fault}`);

/**
 * Runs `<script type="text/plain" data-cookie-category="…">` and loads
 * `<iframe data-cookie-category="…" data-src="…">` once every category they name is
 * accepted; shows a placeholder in place of each blocked iframe. Elements added to the page
 * later are handled the same way. Nothing is ever thrown at the page.
 */
export class ScriptGate implements ReactiveController, ChoiceEffect {
  readonly #options: GateOptions;
  readonly #root: Document;
  #observer?: MutationObserver;
  /** Accepted scripts, in document order, waiting for their turn. */
  #queue: HTMLScriptElement[] = [];
  /** External classic scripts inserted and not yet loaded (or failed). */
  #loading = 0;

  constructor(options: GateOptions, root: Document = document) {
    this.#options = options;
    this.#root = root;
  }

  // A controller of <cookie-consent>: observes while the element is connected, and re-scans
  // once per saved choice.

  /** Scans the document and starts a MutationObserver for elements added later (also inside added subtrees). */
  hostConnected(): void {
    try {
      this.#observer ??= new MutationObserver((records) => {
        for (const [frame, placeholder] of placeholders) {
          if (!frame.isConnected) {
            placeholder.remove();
            placeholders.delete(frame);
          }
        }
        this.#scan(records.flatMap((record) => [...record.addedNodes]));
      });
      this.#observer.observe(this.#root, { childList: true, subtree: true });
    } catch {
      // No observer (a detached document): the initial scan and choiceChanged() still work.
    }
    this.choiceChanged();
  }

  /** After each render of the element: the placeholders follow its language (a `lang` changed at run time). */
  hostUpdated(): void {
    placeholders.forEach((_, frame) => this.#handle(frame));
  }

  /** Stops observing. Idempotent. */
  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /**
   * Re-scans after the consent changed: activates whatever is now accepted. Where those
   * scripts wait for what runs them (the first time), returns when they have run.
   */
  choiceChanged(): Promise<void> | void {
    return this.#scan([this.#root]);
  }

  #scan(nodes: readonly Node[]): Promise<void> | void {
    for (const node of nodes) {
      // nodeType, not instanceof: the root may be another window's document (an iframe).
      if (node.nodeType !== 1 && node.nodeType !== 9) continue;
      const parent = node as Element | Document;
      const found = parent.querySelectorAll(SELECTOR);
      for (const element of 'matches' in parent && parent.matches(SELECTOR) ? [parent, ...found] : found) {
        try {
          this.#handle(element);
        } catch {
          // A weird element (or a throwing isAccepted) must not stop the others.
        }
      }
    }
    return this.#drain();
  }

  /** The first category (or service) of the element that is not accepted; '' for an empty list; undefined when all are. */
  #refused(element: Element): string | undefined {
    return `${element.getAttribute(CATEGORY) ?? ''} ${element.getAttribute(SERVICE) ?? ''}`
      .trim()
      .split(/\s+/)
      .find((id) => !id || this.#options.isAccepted(id) !== true);
  }

  #handle(element: Element): void {
    if (done.has(element) || !element.isConnected) return;
    const refused = this.#refused(element);
    if (refused === '') {
      reportOnce(CATEGORY, '§empty');
    } else if (element.localName === 'iframe') {
      this.#frame(element as HTMLIFrameElement, refused);
    } else if (refused === undefined) {
      done.add(element);
      this.#queue.push(element as HTMLScriptElement);
    }
  }

  /** Activates queued scripts in order, pausing before an inline one while external ones load. */
  #drain(): Promise<void> | void {
    // What runs a script comes on demand, with the first one accepted: a first view runs none.
    if (!run) {
      return this.#queue.length ? loadScripts().then((m) => void ((run = m.runScript), this.#drain()), loadFailed('the gated scripts')) : undefined;
    }
    let script: HTMLScriptElement | undefined;
    while ((script = this.#queue[0])) {
      // Inline classic scripts run as soon as they are inserted, while external ones wait for
      // their download: let those before it finish first, as the parser would have.
      // Modules are deferred anyway in a parsed page, so they are not waited for.
      if (this.#loading && !script.hasAttribute('src') && dataType(script) !== 'module') return;
      this.#queue.shift();
      // Withdrawn or removed while it waited: it may be accepted (or inserted) again later.
      if (!script.isConnected || this.#refused(script) !== undefined) {
        done.delete(script);
        continue;
      }
      try {
        // Every fetched classic script ends in one load or error (also when CSP or integrity blocks it).
        if (run(script, this.#root, pageNonce, refuse, () => --this.#loading || this.#drain())) this.#loading++;
      } catch {
        // Skipped, like any weird element.
      }
    }
  }

  #frame(frame: HTMLIFrameElement, refused: string | undefined): void {
    const url = frame.getAttribute('data-src') ?? '';
    // The parser loaded these before the gate could see the iframe: stop it, so that until
    // its category is accepted only the placeholder shows. src first: removing srcdoc loads
    // whatever src then says.
    if (frame.srcdoc || !/^(about:blank)?$/.test(frame.src)) {
      refuse(frame, '§early');
      frame.src = 'about:blank';
      frame.removeAttribute('srcdoc');
    }
    // An empty data-src would resolve to the page itself: refused too.
    const target = url.trim() ? httpUrl(url, frame.baseURI) : undefined;
    if (!target) return refuse(frame, '§datasrc');
    let placeholder = placeholders.get(frame);
    if (refused === undefined) {
      done.add(frame);
      // Accepted from its placeholder's button, which goes away with it: focus goes on to the
      // embed the button stood for (WCAG 2.4.3), rather than nowhere.
      const focused = placeholder?.matches(':focus-within');
      placeholder?.remove();
      placeholders.delete(frame);
      frame.hidden = false;
      frame.src = url;
      if (focused) frame.focus();
      return;
    }
    if (!placeholder) {
      placeholder = this.#root.createElement('cookie-consent-placeholder') as unknown as HTMLElement & Record<string, unknown>;
      // Keeps the iframe's box, so that nothing moves when it loads. CSSOM, not a style
      // attribute: a strict CSP (style-src without 'unsafe-inline') allows only the former.
      for (const side of ['width', 'height'] as const) {
        const size = frame.getAttribute(side)?.trim();
        placeholder.style[side] = size ? (/^\d+(\.\d+)?$/.test(size) ? `${size}px` : size) : frame.style[side];
      }
      placeholders.set(frame, placeholder);
      if (!customElements.get(placeholder.localName)) {
        // Until its element arrives, it is an empty block of the iframe's size (no layout shift).
        placeholder.style.display = 'block';
        this.#options.definePlaceholder?.();
      }
    }
    frame.hidden = true;
    const lang = this.#options.lang?.() || 'en';
    const texts = this.#options.texts?.() ?? {};
    Object.assign(placeholder, {
      provider: frame.getAttribute('data-cookie-provider') || target.hostname,
      category: refused,
      categoryTitle: this.#options.categoryTitle?.(refused) || refused,
      lang,
      text: texts.placeholderText,
      buttonText: texts.placeholderButton,
    });
    if (placeholder.nextSibling !== frame) frame.before(placeholder);
  }
}
