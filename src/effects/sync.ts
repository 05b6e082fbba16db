import type { ReactiveController } from 'lit';

/**
 * Keeps the stored choice in step across the tabs, windows and iframes of one origin, so that
 * a choice made in one tab closes the banner in the others without a reload (issue 3, part 6).
 *
 * The cookie is the only source of truth: a message just says "look again" and the value is
 * re-read, never taken from the message. So a late or repeated message, or a change seen both
 * on the channel and on `visibilitychange`, reports each new value once per tab.
 */
export class ConsentSync implements ReactiveController {
  // `#` names, unlike `private` ones, are shortened by minifiers.
  readonly #name: string;
  readonly #read: () => string | undefined;
  readonly #onExternalChange: (raw: string | undefined) => void;
  #channel?: BroadcastChannel;
  #last?: string;

  /**
   * @param channelName the `BroadcastChannel` name (include the cookie name, so two choices do not mix)
   * @param read the current raw cookie value
   * @param onExternalChange called with the new raw value when another tab saved a different one
   */
  constructor(channelName: string, read: () => string | undefined, onExternalChange: (raw: string | undefined) => void) {
    this.#name = channelName;
    this.#read = read;
    this.#onExternalChange = onExternalChange;
  }

  /** Starts listening; the value stored now is taken as known. Calling it again restarts. */
  start(): void {
    this.stop();
    this.#last = this.#readSafe();
    try {
      this.#channel = new BroadcastChannel(this.#name);
      this.#channel.onmessage = this.#check;
    } catch {
      // Missing (Safari < 15.4) or refused (sandboxed, opaque-origin frames). Then, and also for
      // sub-domains sharing the choice through `cookie-domain` (a channel never crosses
      // origins), the re-read below catches up when the visitor comes back to this tab.
    }
    // Re-reading on hide too costs one cookie read and saves testing `visibilityState`.
    document.addEventListener('visibilitychange', this.#check);
  }

  /** Tells the other tabs that this tab just saved `raw` (what `read()` now returns). */
  announce(raw: string | undefined): void {
    this.#last = raw;
    try {
      this.#channel?.postMessage(raw ?? null);
    } catch {
      // A channel closed under us: the others catch up on `visibilitychange`.
    }
  }

  // As a controller of <cookie-consent>: listens while the element is connected.
  hostConnected(): void {
    this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Stops listening; safe to call any number of times. */
  stop(): void {
    this.#channel?.close();
    this.#channel = undefined;
    document.removeEventListener('visibilitychange', this.#check);
  }

  readonly #check = (): void => {
    const raw = this.#readSafe();
    if (raw === this.#last) return;
    this.#last = raw;
    this.#onExternalChange(raw);
  };

  /** A throwing read (sandboxed frames throw on `document.cookie`) counts as "unchanged". */
  #readSafe(): string | undefined {
    try {
      return this.#read();
    } catch {
      return this.#last;
    }
  }
}
