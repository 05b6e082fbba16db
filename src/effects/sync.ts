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
  readonly #known?: () => string | undefined;
  #channel?: BroadcastChannel;
  #last?: string;

  /**
   * @param channelName the `BroadcastChannel` name (include the cookie name, so two choices do not mix)
   * @param read the current raw cookie value
   * @param onExternalChange called with the new raw value when another tab saved a different one
   * @param known the raw value this tab's state reflects, when that may be older than the cookie
   *   (a sync started late): a change made meanwhile elsewhere is then reported at start
   */
  constructor(
    channelName: string,
    read: () => string | undefined,
    onExternalChange: (raw: string | undefined) => void,
    known?: () => string | undefined,
  ) {
    this.#name = channelName;
    this.#read = read;
    this.#onExternalChange = onExternalChange;
    this.#known = known;
  }

  /**
   * Tells the tabs listening on `channelName` that a choice was saved, from a tab whose own
   * sync has not started yet.
   */
  static post(channelName: string, raw: string | undefined): void {
    try {
      const channel = new BroadcastChannel(channelName);
      channel.postMessage(raw ?? null);
      channel.close();
    } catch {
      // No channel here: the others catch up on `visibilitychange`.
    }
  }

  /**
   * Starts listening; the value `known` gives (by default the value stored now) is taken as
   * known, and a different one stored meanwhile is reported at once. Calling it again restarts.
   */
  start(): void {
    this.stop();
    this.#last = this.#known ? this.#known() : this.#readSafe();
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
    this.#check();
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
