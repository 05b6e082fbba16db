import type { TextOverrides } from '../config/types.js';
import { enBanner } from './en.banner.js';
import { frBanner } from './fr.banner.js';
import type { BannerMessages } from './messages.js';

// The built-in texts, by language. The first view needs only the banner's (bannerMessagesFor);
// the dialog and the policy page take them all (messagesFor), and bring the dialog's with them.
const banner: Readonly<Record<string, BannerMessages>> = { en: enBanner, fr: frBanner };

/** Languages that have texts: the built-in ones and those the configuration adds. */
export const languagesOf = (overrides: TextOverrides): Set<string> => new Set([...Object.keys(banner), ...Object.keys(overrides)]);

/** `lang`'s entry of a catalogue, if it has one of its own. */
const own = <T>(catalogue: Readonly<Record<string, T>>, lang: string): T | false => Object.hasOwn(catalogue, lang) && catalogue[lang]!;

/** The first view's texts for `lang`: English, then the built-in translation, then the integrator's overrides. */
export const bannerMessagesFor = (lang: string, overrides: TextOverrides): BannerMessages =>
  ({ ...enBanner, ...own(banner, lang), ...own(overrides, lang) }) as BannerMessages;
