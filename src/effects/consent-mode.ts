import type { ReactiveController } from 'lit';
import { consentState, defaultConsentModeMap, defaultPayload } from '../config/consent-mode.js';
import type { ConsentModeMap } from '../config/types.js';
import { reportOnce } from '../internal/report.js';
import type { ChoiceEffect, ConsentHost } from './host.js';

type GoogleTags = { gtag?: unknown; dataLayer?: unknown };

/** Whether the page uses Google tags: `window.gtag` is a function or `window.dataLayer` an array. */
export function pageUsesGoogleTags(win?: Window): boolean {
  try {
    const w = (win ?? window) as GoogleTags;
    return typeof w.gtag === 'function' || Array.isArray(w.dataLayer);
  } catch {
    return false;
  }
}

// Google's tag reads `arguments` objects from dataLayer and skips plain arrays, which is why
// the official snippet is `function gtag(){dataLayer.push(arguments)}`.
function args(..._: unknown[]): IArguments {
  return arguments;
}

/**
 * Sends `gtag('consent', command, payload)`: through the page's `gtag` when it has one, else
 * straight into `dataLayer`, which `force` creates (the `consent-mode` attribute) so that the
 * `default` is there before any Google tag loads. Never throws: the page's `gtag` might.
 */
export function pushConsent(command: 'default' | 'update', payload: Record<string, unknown>, force = false, win?: Window): void {
  try {
    const w = (win ?? window) as GoogleTags;
    if (typeof w.gtag === 'function') w.gtag('consent', command, payload);
    else {
      // As the official snippet does (`window.dataLayer = window.dataLayer || []`): never replace one.
      if (force) w.dataLayer ??= [];
      if (Array.isArray(w.dataLayer)) w.dataLayer.push(args('consent', command, payload));
    }
  } catch (error) {
    reportOnce('consent-mode', `§gcm "consent ${command}" failed (${error})`);
  }
}

/**
 * Google Consent Mode's `default` (everything denied) must come before any Google tag reads
 * consent (GCM-1). It goes out once per page: as soon as this module runs when the page
 * already has `gtag` or `dataLayer`, otherwise when an element starts, before the gate runs
 * anything.
 */
let defaulted = false;
export function sendDefault(map: ConsentModeMap, force: boolean): void {
  if (defaulted || !(force || pageUsesGoogleTags())) return;
  defaulted = true;
  pushConsent('default', defaultPayload(map), force);
}
sendDefault(defaultConsentModeMap, false);

/** Lets a test start from a page that has not sent its `default` yet. */
export function resetConsentModeDefault(): void {
  defaulted = false;
}

export interface ConsentModeOptions {
  readonly map: ConsentModeMap;
  /** The `consent-mode` attribute: send even where the page has no Google tag yet. */
  readonly force: boolean;
}

/**
 * Tells the page's Google tags the choice: the `default` when the element starts, then an
 * `update` at start-up (a returning visitor) and after each choice (GCM-3).
 */
export class ConsentModeEffect implements ReactiveController, ChoiceEffect {
  readonly #host: ConsentHost;
  readonly #options: () => ConsentModeOptions;

  constructor(host: ConsentHost, options: () => ConsentModeOptions) {
    this.#host = host;
    this.#options = options;
  }

  hostConnected(): void {
    const { map, force } = this.#options();
    sendDefault(map, force);
    if (this.#host.consent) this.choiceChanged();
  }

  choiceChanged(): void {
    const { map, force } = this.#options();
    if (force || pageUsesGoogleTags()) pushConsent('update', consentState(map, (id) => this.#host.hasConsent(id)), force);
  }
}
