/**
 * The first view's texts: the banner. `{platform}`,
 * `{duration}`, `{provider}` and `{category}` are placeholders filled in by `format()` (or
 * `fill()` in views); keeping texts as plain strings (not functions) lets an integrator
 * override any of them from JSON configuration.
 */
export interface BannerMessages {
  bannerTitle: string;
  bannerText: string;
  revisionNotice: string;
  gpcNotice: string;
  policyLink: string;
  acceptAll: string;
  rejectAll: string;
  customize: string;
  /**
   * Shown on the first layer when audience is measured under the consent exemption (`exempt`).
   * English and French come with the services chunk (config/services.ts), not the first view.
   */
  exemptNotice?: string;
}

/** A blocked embed's placeholder; `{provider}` and `{category}` are filled in. */
export interface PlaceholderMessages {
  placeholderText: string;
  placeholderButton: string;
}

/** The preferences dialog's texts (also the policy page's table headers): loaded with the dialog. */
export interface DialogMessages {
  save: string;
  dialogTitle: string;
  dialogIntro: string;
  close: string;
  alwaysOn: string;
  provider: string;
  function: string;
  names: string;
  purpose: string;
  duration: string;
  noCookies: string;
  /**
   * Under a category or service measured without consent (`exempt`): why, and that its switch
   * objects. English and French come with the services chunk (config/services.ts).
   */
  exemptNote?: string;
}

/** Every text, in one catalogue shape; each can be overridden per language with `texts`. */
export type Messages = BannerMessages & DialogMessages & PlaceholderMessages;

/** The dialog's, the placeholder's and the exempt notice's keys, to check `texts` overrides without loading their texts. */
export const DIALOG_KEYS: readonly (keyof (DialogMessages & PlaceholderMessages & BannerMessages))[] = ['placeholderText', 'placeholderButton', 'save', 'dialogTitle', 'dialogIntro', 'close', 'alwaysOn', 'provider', 'function', 'names', 'purpose', 'duration', 'noCookies', 'exemptNote', 'exemptNotice'];

/** Replaces `{name}` placeholders; unknown ones are left as they are. */
export const format = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));

/**
 * What the texts call the platform: the host of a `platform` URL, else the name given
 * ("Data Portal"), else this site's host.
 */
export function platformName(platform: unknown): string {
  const value = String(platform ?? '').trim();
  try {
    return new URL(value).host || value;
  } catch {
    return value || location.host;
  }
}

/**
 * Every built-in text of one language beyond English and French, as a language file
 * (`portal-cookie-consent/lang/de`, `dist/lang/de.js`) registers it: see i18n/languages.ts.
 */
export interface LanguagePack {
  readonly banner: BannerMessages;
  readonly dialog: DialogMessages;
  readonly placeholder: PlaceholderMessages;
  readonly policy: import('./policy-messages.js').PolicyMessages;
  /** The built-in inventory's and the presets' texts (titles, descriptions, tables), by their English text. */
  readonly inventory?: Readonly<Record<string, string>>;
}
