import { readCookie } from '../consent/cookie-store.js';
import { loadChoice, loadEmbeds, loadFailed, loadServices } from '../internal/load-lazy.js';
import { yieldToBrowser } from '../internal/schedule.js';
import { ConsentModeEffect, type ConsentModeOptions } from './consent-mode.js';
import type { Choice, ConsentHost } from './host.js';
import { ScriptGate, type PlaceholderTexts } from './script-gate.js';
import { ConsentSync } from './sync.js';
import { withdraw } from './withdrawal.js';

/** What the page effects read of the element, each time they need it. */
export interface PageEffectsOptions {
  consentMode(): ConsentModeOptions;
  /** The language of the texts, the placeholder's texts, and a category's title in it. */
  lang(): string;
  texts(): Partial<PlaceholderTexts> | undefined;
  categoryTitle(id: string): string;
  cookieName(): string;
  cookieDomain(): string | undefined;
  /** The raw cookie value the element's state reflects (see ConsentSync). */
  known(): string | undefined;
  /** Another tab (or frame) of this origin saved a choice. */
  onExternalChange(raw: string | undefined): void;
}

/**
 * What a choice does to the page: the script gate and embeds, Google Consent Mode, cross-tab
 * sync, the proof of consent and the clean-up after a withdrawal. They start once (after the
 * first painted frame, or at once for a returning visitor), as the element's controllers, and
 * each choice is then applied in one pass, in a fixed order, after the browser has painted.
 */
export class PageEffects {
  readonly #host: ConsentHost;
  readonly #options: PageEffectsOptions;
  readonly #consentMode: ConsentModeEffect;
  readonly #gate: ScriptGate;
  #sync?: ConsentSync;
  /** A choice saved (or received) whose pass has not run yet. */
  #pending?: { before: Choice; proof: boolean };

  constructor(host: ConsentHost, options: PageEffectsOptions) {
    this.#host = host;
    this.#options = options;
    this.#consentMode = new ConsentModeEffect(host, options.consentMode);
    this.#gate = new ScriptGate({
      isAccepted: (id) => host.hasConsent(id),
      categoryTitle: options.categoryTitle,
      lang: options.lang,
      texts: options.texts,
      definePlaceholder: () => loadEmbeds().then((embeds) => embeds.definePlaceholder(), loadFailed('the placeholder of blocked embeds')),
    });
  }

  /**
   * Adds the effects to the element, once: Consent Mode first (its `default`, then an
   * `update` for a stored choice, GCM-3), the gate, sync; and with `debug`, the inventory
   * checks. Returns whether they started now.
   */
  start(): boolean {
    if (this.#sync) return false;
    const name = this.#options.cookieName();
    // One channel per cookie name: two choices stored under different names never mix.
    this.#sync = new ConsentSync(`cookie-consent:${name}`, () => readCookie(name), this.#options.onExternalChange, this.#options.known);
    this.#host.addController(this.#consentMode);
    this.#host.addController(this.#gate);
    this.#host.addController(this.#sync);
    if (this.#host.debug) loadServices().then((l) => l.checkInventory(this.#host.categories), () => {});
    return true;
  }

  /** Tells the other tabs (or frames) of this origin that this one saved `raw`, listening yet or not. */
  announce(cookieName: string, raw: string | undefined): void {
    if (this.#sync) this.#sync.announce(raw);
    else ConsentSync.post(`cookie-consent:${cookieName}`, raw);
  }

  /**
   * Applies a choice once the browser has painted the closed banner: one pass for any number
   * of choices made in one task. `before` is the choice it replaced; `proof`, whether it was
   * made here (a choice from another tab was proven there).
   */
  schedule(before: Choice, proof: boolean): void {
    if (this.#pending) {
      this.#pending.proof ||= proof;
      return;
    }
    this.#pending = { before, proof };
    yieldToBrowser().then(() => this.#apply());
  }

  /**
   * The pass, in this order (README, "Order of events"): gated scripts and embeds, the Consent
   * Mode `update`, the proof of consent, then the clean-up of what was withdrawn (and the
   * reload, with `reload-on-withdraw`).
   */
  #apply(): void {
    const { before, proof } = this.#pending!;
    this.#pending = undefined;
    // Effects started just now have applied the choice already.
    const again = !this.start() || !this.#host.isConnected;
    // The first scripts a choice accepts wait for what runs them: the rest of the pass waits too.
    const gated = again && this.#gate.choiceChanged();
    const rest = (): void => {
      if (again) this.#consentMode.choiceChanged();
      // The proof comes with the choice chunk (a choice is never part of a first view); it
      // goes out before the clean-up, which waits for the same chunk.
      const { logUrl } = this.#host;
      const record = this.#host.consent;
      if (proof && record && logUrl) {
        loadChoice().then((choice) => choice.sendProof(logUrl, record), loadFailed('the proof of consent'));
      }
      withdraw(this.#host, before, this.#options.cookieDomain);
    };
    if (gated) gated.then(rest);
    else rest();
  }
}
