/**
 * A text given once for every language, or per language (`{ "en": "…", "fr": "…" }`). Keys are
 * read by primary subtag, as texts are looked up: `fr-FR` is kept as `fr`.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** One row of a category's cookie table. */
export interface CookieRow {
  /** Service provider's name. */
  readonly provider: LocalizedText;
  /** Function and location. */
  readonly function: LocalizedText;
  /** Cookie names; `*` is a wildcard (`_ga_*`). */
  readonly names: readonly string[];
  readonly purpose: LocalizedText;
  /** A text, or a number of days that is shown in the visitor's language ("2 weeks", "1 an"). */
  readonly duration?: LocalizedText | number;
}

/** A tracker the portal ships with a preset: its cookie table, texts and consent API are built in. */
export type PresetName = 'matomo' | 'ga4' | 'piano';

/** One service inside a category (YouTube, Matomo), which the visitor may accept on its own. */
export interface Service {
  /** Stable id, unique across the configuration (categories included): record key, `data-cookie-service`. */
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly cookies?: readonly CookieRow[];
  /** Audience measurement exempt from consent: on until the visitor objects. Default: its category's. */
  readonly exempt?: boolean;
  /** A built-in tracker whose fields this service takes, under its own. */
  readonly preset?: PresetName;
}

export interface Category {
  /**
   * Stable id, stored in the record (`necessary`, `statistics`, …) and compared as written: two
   * ids that differ only by case (`Statistics`, `statistics`) are a configuration error.
   */
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly cookies?: readonly CookieRow[];
  /** Services the visitor may choose one by one; the category is accepted when all of them are. */
  readonly services?: readonly Service[];
  /** Audience measurement exempt from consent (CNIL 2020-092, art. 5): on until the visitor objects. */
  readonly exempt?: boolean;
}

/** A service as a configuration writes it: a preset's may leave out its id and title (the preset's). */
export type ServiceConfig =
  | Service
  | (Omit<Service, 'id' | 'title'> & { readonly id?: string; readonly title?: LocalizedText; readonly preset: PresetName });

/** A category as a configuration writes it. */
export interface CategoryConfig extends Omit<Category, 'services'> {
  readonly services?: readonly ServiceConfig[];
}

/** Per-language overrides of the built-in texts (`{ "fr": { "acceptAll": "…" } }`; `fr-FR` counts as `fr`). */
export type TextOverrides = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** What an integrator may pass as the `config` property or as the JSON child. */
export interface ConsentConfig {
  readonly categories?: readonly CategoryConfig[];
  readonly texts?: TextOverrides;
  /** Category id → Google Consent Mode types it grants; merged over the default mapping. */
  readonly consentMode?: ConsentModeMap;
}

/** A configuration after validation and merging with the default inventory. */
export interface ResolvedConfig {
  readonly categories: readonly Category[];
  readonly texts: TextOverrides;
  readonly consentMode: ConsentModeMap;
}

/** The id of the category that is always on. */
export const NECESSARY = 'necessary';

/** What a category id may be: it is a JSON key, a cookie value and part of element ids. */
export const CATEGORY_ID = /^[a-z][\w-]{0,39}$/i;

// The first four are the ones Consent Mode v2 requires in every `default` (GCM-1).
export const CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/** A Google Consent Mode storage or signal type. */
export type ConsentType = (typeof CONSENT_TYPES)[number];

/** Category id → the consent types that category grants. */
export type ConsentModeMap = Readonly<Record<string, readonly ConsentType[]>>;

/** Every service of an inventory, category by category. */
export const servicesOf = (categories: readonly Category[]): readonly Service[] => categories.flatMap((c) => c.services ?? []);
