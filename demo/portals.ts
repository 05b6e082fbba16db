/**
 * What the demo can switch between: the five portals, the theme stylesheets, and the
 * element's own options. Data only; settings.ts applies them.
 */

export type Lang = 'en' | 'fr';
export type Localized = Readonly<Record<Lang, string>>;

export interface Portal {
  /** The sub-domain: the platform is https://<id>.opendatasoft.com. */
  readonly id: string;
  /** A fictional display name. Colours and logo shape are in demo.css (`html[data-portal=…]`). */
  readonly name: Localized;
  /** The letters of the logo. */
  readonly initials: string;
}

export const portals: readonly Portal[] = [
  { id: 'inai', name: { en: 'INAI Open Data', fr: 'INAI Données ouvertes' }, initials: 'INAI' },
  { id: 'public', name: { en: 'Public Data Square', fr: 'Place des données publiques' }, initials: 'PDS' },
  {
    id: 'interpolilli',
    name: { en: 'Interpolilli Regional Observatory', fr: 'Observatoire régional Interpolilli' },
    initials: 'IRO',
  },
  { id: 'datartibus', name: { en: 'Datartibus Culture Data', fr: 'Datartibus Données culturelles' }, initials: 'DA' },
  { id: 'gpseo', name: { en: 'Seine & Oise Territory Data', fr: 'Données du territoire Seine & Oise' }, initials: 'S&O' },
];

export const platformOf = (portal: Portal): string => `https://${portal.id}.opendatasoft.com`;
export const hostOf = (portal: Portal): string => `${portal.id}.opendatasoft.com`;

export interface Theme {
  /** The value of `?theme=`. */
  readonly id: string;
  /** Served from the repository root by the dev server. */
  readonly file: string;
  readonly label: Localized;
}

/**
 * The theme stylesheets of the package (themes/*.css), loaded with a `<link>` that the
 * demo adds and removes. A file that is not there is shown as missing and the banner
 * keeps the portal's colours: the list may run ahead of the files.
 */
export const themes: readonly Theme[] = [
  { id: 'dsfr', file: '/themes/dsfr.css', label: { en: 'DSFR (French State design system)', fr: 'DSFR (Système de design de l’État)' } },
  { id: 'compact-dark', file: '/themes/compact-dark.css', label: { en: 'Compact dark (sample)', fr: 'Compact sombre (exemple)' } },
];

export const schemes = ['light', 'dark', 'auto'] as const;
export const layouts = ['box', 'bar'] as const;
export const positions = ['bottom', 'top', 'bottom-left', 'bottom-right'] as const;
export const langs = ['en', 'fr'] as const;

export type Scheme = (typeof schemes)[number];
export type Layout = (typeof layouts)[number];
export type Position = (typeof positions)[number];
