import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells whether the HTML parser is still inside the host element, whose children (a JSON
 * child) may then still be on their way, and calls `done` once when it has closed it:
 * something follows the element, or the document is parsed. An element created from script,
 * or upgraded after the parser passed it, never waits.
 */
export class WhileParsed implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #done: () => void;
  #observer?: MutationObserver;
  /** True while the parser may still add children to the host. */
  parsing = false;

  constructor(host: ReactiveControllerHost & HTMLElement, done: () => void) {
    this.#host = host;
    this.#done = done;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.parsing || this.#complete()) return;
    try {
      this.#observer = new MutationObserver(() => this.#complete() && this.#finish());
      this.#observer.observe(this.#host.parentNode ?? document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', this.#finish, { once: true });
      this.parsing = true;
    } catch {
      // No observer: the element goes on with what it has.
    }
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #complete(): boolean {
    return !!this.#host.nextSibling || document.readyState !== 'loading';
  }

  readonly #finish = (): void => {
    if (!this.parsing) return;
    this.#stop();
    this.#done();
  };

  #stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    document.removeEventListener('DOMContentLoaded', this.#finish);
    this.parsing = false;
  }
}
