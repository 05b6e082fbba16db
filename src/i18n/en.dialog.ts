import type { DialogMessages } from './messages.js';

// Loaded with the dialog (and the policy page), never in a first view.
export const enDialog: DialogMessages = {
  save: 'Save my choices',
  dialogTitle: 'Cookies used on the {platform} platform',
  dialogIntro: 'Choose which cookies you allow, purpose by purpose. Nothing optional is set before you agree.',
  close: 'Close without saving',
  alwaysOn: 'Always on',
  provider: "Service provider's name",
  function: 'Function and location',
  names: 'Cookie name(s)',
  purpose: 'Purposes',
  duration: 'Duration',
  noCookies: 'No cookie is declared for this purpose.',
};
