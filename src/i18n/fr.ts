import { frBanner } from './fr.banner.js';
import { frDialog } from './fr.dialog.js';
import { placeholderMessages } from './placeholder.js';
import type { Messages } from './messages.js';

/** Every built-in text in French: the first view's and the dialog's. */
export const fr: Messages = { ...frBanner, ...frDialog, ...placeholderMessages.fr! };
