import type { ReactiveController } from 'lit';
import { httpUrl } from '../internal/http-url.js';
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
const SELECTOR = `script[type="text/plain"][${CATEGORY}],iframe[${CATEGORY}]`;
const JS_TYPE = /^((text|application)\/(x-)?(java|ecma)script)?$/;

// Shared by every gate of the page (two <cookie-consent> elements, or the npm module and a
// second copy of it), so that no script runs twice and no iframe gets two placeholders.
/** Gated scripts queued or run, and iframes loaded: never handled again. */
const done = new WeakSet<Element>();
/** Blocked iframes and the placeholder shown in their place. */
const placeholders = new Map<HTMLIFrameElement, HTMLElement & Record<string, unknown>>();

const dataType = (script: Element): string => (script.getAttribute('data-type') ?? '').trim().toLowerCase();

/**
 * What the gate needs of a Trusted Types policy (typed here: lib.dom has no Trusted Types yet).
 * Its results are TrustedScript / TrustedScriptURL objects, typed as the strings the DOM setters take.
 */
interface ScriptPolicy {
  createScript(text: string): string;
  createScriptURL(url: string): string;
}
type TrustedTypes = { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy };

/** The policy's name, to list in a CSP `trusted-types` directive (next to Lit's `lit-html`). */
const TRUSTED_TYPES_POLICY = 'portal-cookie-consent';

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

/**
 * The gate's Trusted Types policy, made on the first activation and kept in this module only:
 * nothing else on the page may reach it. Undefined until then; 0 where the browser has no
 * Trusted Types or the page's CSP refuses the name (not asked again: the browser has reported
 * it, and then blocks the scripts as the page asked). A second copy of the package makes its
 * own, which the page allows with 'allow-duplicates'.
 */
let policy: ScriptPolicy | 0 | undefined;
/** The one value the policy passes: the text or URL the gate is handing over at that moment. */
let passing: string | undefined;

/** The policy's rule: a leaked reference (a wrapped `createPolicy`) makes nothing trusted. */
const pass = (value: string): string => {
  if (value !== passing) throw TypeError(TRUSTED_TYPES_POLICY);
  passing = undefined;
  return value;
};

/**
 * `value` as Trusted Types want it for a script's text (or, with `url`, its `src`): under
 * `require-trusted-types-for 'script'` these sinks take only TrustedScript / TrustedScriptURL.
 */
function trusted(value: string, url?: boolean): string {
  try {
    policy ??= (window as unknown as { trustedTypes: TrustedTypes }).trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, {
      createScript: pass,
      createScriptURL: pass,
    });
  } catch {
    policy = 0;
  }
  passing = value;
  return policy ? policy[url ? 'createScriptURL' : 'createScript'](value) : value;
}

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

  /** Stops observing. Idempotent. */
  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Re-scans after the consent changed: activates whatever is now accepted. */
  choiceChanged(): void {
    this.#scan([this.#root]);
  }

  #scan(nodes: readonly Node[]): void {
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
    this.#drain();
  }

  /** The first category of the element that is not accepted; '' for an empty list; undefined when all are. */
  #refused(element: Element): string | undefined {
    return (element.getAttribute(CATEGORY) ?? '')
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
  #drain(): void {
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
        this.#activate(script);
      } catch {
        // Skipped, like any weird element.
      }
    }
  }

  /** Replaces the inert script with a live copy, which the browser runs once inserted. */
  #activate(original: HTMLScriptElement): void {
    // `necessary` is always accepted: such a script would run at once, so a gate adds nothing
    // but a way for injected markup to run. And 'strict-dynamic' trusts a script created here
    // whatever its nonce: without the page's own, it is markup the page's policy would refuse.
    const fault = /(^|\s)necessary(\s|$)/.test(original.getAttribute(CATEGORY)!)
      ? '§necessary'
      : pageNonce && original.nonce !== pageNonce && '§nonce';
    if (fault) return refuse(original, fault);
    const script = this.#root.createElement('script');
    for (const { name, value } of original.attributes) {
      if (name === 'type' || name === 'data-type' || name === CATEGORY) continue;
      // Trusted Types sinks on a script: `src` (a URL) and event handlers (script).
      script.setAttribute(name, name === 'src' ? trusted(value, true) : /^on/.test(name) ? trusted(value) : value);
    }
    // Browsers empty the nonce attribute once the element is in a page with a CSP header;
    // only the property keeps it (https://html.spec.whatwg.org/#nonce-attributes).
    script.nonce = original.nonce;
    const type = dataType(original);
    if (type) script.type = type;
    // A script inserted from JS is async unless told otherwise; `async = false` makes the
    // browser run external ones in insertion order, as they were written.
    if (!original.hasAttribute('async')) script.async = false;
    script.text = trusted(original.text);
    if (script.hasAttribute('src') && !script.async && JS_TYPE.test(type)) {
      this.#loading++;
      // Every fetched classic script ends in one load or error (also when CSP or integrity blocks it).
      const settled = (): void => {
        if (!--this.#loading) this.#drain();
      };
      script.addEventListener('load', settled);
      script.addEventListener('error', settled);
    }
    original.replaceWith(script);
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
      placeholder?.remove();
      placeholders.delete(frame);
      frame.hidden = false;
      frame.src = url;
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
