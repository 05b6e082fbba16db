import type { ReactiveControllerHost } from 'lit';
import type { ConsentRecord } from '../consent/record.js';
import type { Category } from '../config/types.js';

/** The choice before a save: category id → accepted. */
export type Choice = Readonly<Record<string, boolean>>;

/** What the page effects need of `<cookie-consent>`: the choice in force and the inventory. */
export interface ConsentHost extends ReactiveControllerHost, HTMLElement {
  readonly consent: ConsentRecord | null;
  hasConsent(id: string): boolean;
  readonly categories: readonly Category[];
  readonly language: string;
  /** The attributes the effects follow: `log-url`, `reload-on-withdraw`, `debug`. */
  readonly logUrl: string;
  readonly reloadOnWithdraw: boolean;
  readonly debug: boolean;
}

/**
 * A page effect of a choice. The element calls each one once per saved choice, in a fixed
 * order, after the browser has painted the closed banner (see the README, "Order of events").
 */
export interface ChoiceEffect {
  choiceChanged(before: Choice): void;
}
