import type { TextOverrides } from '../config/types.js';
import { bannerMessagesFor, own } from './catalogue.js';
import { enDialog } from './en.dialog.js';
import { frDialog } from './fr.dialog.js';
import { loadedLanguages } from './languages.js';
import type { DialogMessages, Messages } from './messages.js';
import { placeholderMessages } from './placeholder.js';

/**
 * The dialog's built-in texts for `lang`: English, then the built-in translation. The dialog
 * lays the element's own texts over them (its banner's, which carry every override), so that
 * its chunk need not carry the banner's.
 */
export const dialogMessagesFor = (lang: string): DialogMessages => ({ ...enDialog, ...(lang == 'fr' ? frDialog : own(loadedLanguages, lang)?.dialog) });

/** Every text for `lang` (the policy page's): English, then the built-in translation, then the overrides. */
export const messagesFor = (lang: string, overrides: TextOverrides): Messages => ({
  ...dialogMessagesFor(lang),
  ...placeholderMessages.en,
  ...(own(placeholderMessages, lang) || own(loadedLanguages, lang)?.placeholder),
  ...bannerMessagesFor(lang, overrides),
  ...(Object.hasOwn(overrides, lang) && overrides[lang]),
}) as Messages;
