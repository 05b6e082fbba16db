import type { Messages } from './messages.js';

export const en: Messages = {
  bannerTitle: 'Cookies on {platform}',
  bannerText:
    'Necessary cookies keep the platform working. Others, such as audience measurement, are set only with your consent, ' +
    'which you can withdraw at any time.',
  revisionNotice: 'Our use of cookies has changed since your last visit: please choose again.',
  gpcNotice: 'Your browser asks sites not to track you (Global Privacy Control): optional cookies stay off unless you turn them on.',
  policyLink: 'Cookie policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
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
  placeholderText: 'This content from {provider} is blocked until you accept the “{category}” cookies.',
  placeholderButton: 'Accept {category} cookies',
};
