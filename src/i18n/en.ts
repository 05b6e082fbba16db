import { enBanner } from './en.banner.js';
import { enDialog } from './en.dialog.js';
import { placeholderMessages } from './placeholder.js';
import type { Messages } from './messages.js';

/** Every built-in text in English: the first view's and the dialog's. */
export const en: Messages = { ...enBanner, ...enDialog, ...placeholderMessages.en! };
