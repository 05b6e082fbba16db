import type { TextOverrides } from '../config/types.js';
import { bannerMessagesFor } from './catalogue.js';
import { enDialog } from './en.dialog.js';
import { frDialog } from './fr.dialog.js';
import type { DialogMessages, Messages } from './messages.js';
import { placeholderMessages } from './placeholder.js';

const dialog: Readonly<Record<string, DialogMessages>> = { en: enDialog, fr: frDialog };

/** Every text for `lang` (the dialog's and the policy page's): English, then the built-in translation, then the overrides. */
export const messagesFor = (lang: string, overrides: TextOverrides): Messages => ({
  ...enDialog,
  ...placeholderMessages.en,
  ...(Object.hasOwn(dialog, lang) && dialog[lang]),
  ...(Object.hasOwn(placeholderMessages, lang) && placeholderMessages[lang]),
  ...bannerMessagesFor(lang, overrides),
  ...(Object.hasOwn(overrides, lang) && overrides[lang]),
}) as Messages;
