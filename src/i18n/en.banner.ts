import type { BannerMessages } from './messages.js';

// English: the first view's texts. The dialog's are in en.dialog.ts, a blocked embed's in placeholder.ts.
export const enBanner: BannerMessages = {
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
};
