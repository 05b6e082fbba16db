import type { BannerMessages } from './messages.js';

// French: the first view's texts. The dialog's are in fr.dialog.ts, a blocked embed's in placeholder.ts.
export const frBanner: BannerMessages = {
  bannerTitle: 'Cookies sur {platform}',
  bannerText:
    'Les cookies nécessaires font fonctionner la plateforme. Les autres, comme la mesure d’audience, ne sont déposés ' +
    'qu’avec votre accord, que vous pouvez retirer à tout moment.',
  revisionNotice: 'Notre utilisation des cookies a changé depuis votre dernière visite : merci de choisir à nouveau.',
  gpcNotice: 'Votre navigateur demande aux sites de ne pas vous suivre (Global Privacy Control) : les cookies optionnels restent désactivés sauf si vous les activez.',
  policyLink: 'Politique de cookies',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
};
