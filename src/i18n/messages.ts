/**
 * Every text the element shows. `{platform}` and `{duration}` are placeholders filled in
 * by `format()`; keeping texts as plain strings (not functions) lets an integrator
 * override any of them from JSON configuration.
 */
export interface Messages {
  bannerTitle: string;
  bannerText: string;
  revisionNotice: string;
  gpcNotice: string;
  policyLink: string;
  acceptAll: string;
  rejectAll: string;
  customize: string;
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
  /** A blocked embed's placeholder; `{provider}` and `{category}` are filled in. */
  placeholderText: string;
  placeholderButton: string;
}

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
