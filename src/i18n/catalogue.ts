import type { TextOverrides } from '../config/types.js';
import { enBanner } from './en.banner.js';
import { frBanner } from './fr.banner.js';
import { loadedLanguages } from './languages.js';
import type { BannerMessages } from './messages.js';

// The built-in texts, by language. The first view needs only the banner's (bannerMessagesFor);
// the dialog and the policy page take them all (messagesFor), and bring the dialog's with them.
const banner: Readonly<Record<string, BannerMessages>> = { en: enBanner, fr: frBanner };

/** Languages that have texts: the built-in ones, those of the language files loaded, and those the configuration adds. */
export const languagesOf = (overrides: TextOverrides): Set<string> => new Set([...Object.keys(banner), ...Object.keys(loadedLanguages), ...Object.keys(overrides)]);

/** `lang`'s entry of a catalogue, if it has one of its own. */
export const own = <T>(catalogue: Readonly<Record<string, T>>, lang: string): T | undefined => (Object.hasOwn(catalogue, lang) ? catalogue[lang] : undefined);

/** The first view's texts for `lang`: English, then the built-in or loaded translation, then the integrator's overrides. */
export const bannerMessagesFor = (lang: string, overrides: TextOverrides): BannerMessages =>
  ({ ...enBanner, ...(own(banner, lang) || own(loadedLanguages, lang)?.banner), ...own(overrides, lang) }) as BannerMessages;
