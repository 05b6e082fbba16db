import type { ConsentType, CookieRow, PresetName } from '../config/types.js';
import { ga4 } from './ga4.js';
import { matomo } from './matomo.js';
import { piano } from './piano.js';

/**
 * The built-in trackers (`{ "preset": "matomo" }`): their cookie tables, texts and consent
 * APIs. A chunk of its own, loaded when a configuration names a preset, never in a banner's
 * first view.
 */

/**
 * The built-in languages every preset text is written in here. The language files carry the
 * others (`presets` in src/lang/*.ts, keyed by the English text), so that a page pays only for
 * the languages it loads; presets/complete.ts looks them up there.
 */
export type PresetLanguage = 'en' | 'fr';

/** One text in each built-in language. */
export type Words = Readonly<Record<PresetLanguage, string>>;

/** What the visitor's choice is for one service, as the tracker is told. */
export interface TrackerState {
  /** Whether the service is accepted now (an exempt one: true until the visitor objects). */
  readonly accepted: boolean;
  /** Whether the visitor has made a choice yet (false on a first visit). */
  readonly chosen: boolean;
  /** The service runs under the consent exemption (CNIL audience measurement). */
  readonly exempt: boolean;
  /** What this tracker was last told on this page (undefined the first time): lets an adapter send "forget" only after "given". */
  readonly previous?: { readonly accepted: boolean; readonly chosen: boolean };
}

export interface Preset {
  /** Default title of the service (a brand name, the same in every language). */
  readonly title: string;
  /** The cookie table rows, purposes and functions in en fr de es it nl pt. */
  readonly cookies: readonly CookieRow[];
  /** Google Consent Mode types this service grants when accepted (GA4 only). */
  readonly consentMode?: readonly ConsentType[];
  /** Whether this tracker may run under the CNIL exemption at all (GA4 may not: _ga lasts 2 years). */
  readonly exemptable: boolean;
  /** Tells the tracker on the page the visitor's choice through its own API; never throws (a hostile or broken page object must not break anything: wrap in try/catch). `win` is the window to talk to. */
  tell?(win: Window, state: TrackerState): void;
}

export const presets: Readonly<Record<PresetName, Preset>> = { matomo, ga4, piano };
