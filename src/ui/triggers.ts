import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CookieConsentAcceptCategoryEvent } from '../events.js';
import { reportOnce } from '../internal/report.js';

/** What a trigger asks of the page's first `<cookie-consent>`. */
export interface TriggerHost extends ReactiveControllerHost, HTMLElement {
  /** Opens the preferences dialog; focus returns to `opener` when it closes. */
  openPreferences(opener: HTMLElement | null): void;
  /** Accepts one more category, keeping the others (a blocked embed's placeholder). */
  acceptCategory(id: string): void;
}

/** Elements on the page in connection order: the first one shows the banner and answers triggers. */
const connected = new Set<TriggerHost>();

/** The element that shows the banner and answers the page's triggers. */
export const isFirst = (host: TriggerHost): boolean => connected.values().next().value === host;

// One pair of document listeners however many elements there are.
function onClick(event: MouseEvent): void {
  const trigger = event
    .composedPath()
    .find((node) => node instanceof Element && node.matches('[data-cookie-consent-open]')) as HTMLElement | undefined;
  const first = connected.values().next().value;
  if (trigger && first) {
    // A "Cookie settings" link is often <a href="#">: do not jump to the top of the page.
    event.preventDefault();
    first.openPreferences(trigger);
  }
}

function onAcceptCategory(event: CookieConsentAcceptCategoryEvent): void {
  connected.values().next().value?.acceptCategory(event.detail.category);
}

/**
 * The page's ways in: any `[data-cookie-consent-open]` opens the dialog on click, and a
 * blocked embed's placeholder accepts its category; both go to the first element. Also
 * keeps that order, so that two elements on a page show one banner.
 */
export class Triggers implements ReactiveController {
  readonly #host: TriggerHost;

  constructor(host: TriggerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.#host);
    if (connected.size > 1) {
      reportOnce('duplicate', '§duplicate');
    } else {
      document.addEventListener('click', onClick);
      document.addEventListener('cookie-consent-accept-category', onAcceptCategory);
    }
  }

  hostDisconnected(): void {
    connected.delete(this.#host);
    const next = connected.values().next().value;
    // The next element, if any, now shows the banner.
    next?.requestUpdate();
    if (!next) {
      document.removeEventListener('click', onClick);
      document.removeEventListener('cookie-consent-accept-category', onAcceptCategory);
    }
  }
}
