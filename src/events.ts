import type { ConsentRecord } from './consent/record.js';

export interface CookieConsentReadyDetail {
  /** The valid stored choice, or `null` when the visitor has not chosen (yet). */
  readonly consent: ConsentRecord | null;
}

export interface CookieConsentChangeDetail {
  /** The choice just saved; `null` after `reset()` forgot it. */
  readonly consent: ConsentRecord | null;
  /** Ids of the categories whose value changed (from "only necessary" when there was no choice). */
  readonly changed: readonly string[];
}

/** Fired once, after the element has started and read the stored choice. */
export class CookieConsentReadyEvent extends Event {
  readonly detail: CookieConsentReadyDetail;
  constructor(detail: CookieConsentReadyDetail) {
    super('cookie-consent-ready', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fired each time a choice is saved, and when `reset()` forgets it. */
export class CookieConsentChangeEvent extends Event {
  readonly detail: CookieConsentChangeDetail;
  constructor(detail: CookieConsentChangeDetail) {
    super('cookie-consent-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface CookieConsentAcceptCategoryDetail {
  /** The id of the category the visitor accepted from a placeholder. */
  readonly category: string;
}

/** Fired when the visitor accepts a category from a blocked embed's placeholder. */
export class CookieConsentAcceptCategoryEvent extends Event {
  readonly detail: CookieConsentAcceptCategoryDetail;
  constructor(detail: CookieConsentAcceptCategoryDetail) {
    super('cookie-consent-accept-category', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cookie-consent-ready': CookieConsentReadyEvent;
    'cookie-consent-change': CookieConsentChangeEvent;
    'cookie-consent-accept-category': CookieConsentAcceptCategoryEvent;
  }
}
