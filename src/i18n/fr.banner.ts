import type { BannerMessages } from './messages.js';

// French: the first view's texts (banner, blocked embeds). The dialog's are in fr.dialog.ts.
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
  placeholderText: 'Ce contenu de {provider} est bloqué tant que vous n’acceptez pas les cookies «\u00a0{category}\u00a0».',
  placeholderButton: 'Accepter les cookies «\u00a0{category}\u00a0»',
};
