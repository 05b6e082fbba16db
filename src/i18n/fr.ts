import type { Messages } from './messages.js';

export const fr: Messages = {
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
  save: 'Enregistrer mes choix',
  dialogTitle: 'Cookies utilisés sur la plateforme {platform}',
  dialogIntro: 'Choisissez, finalité par finalité, les cookies que vous autorisez. Rien d’optionnel n’est déposé sans votre accord.',
  close: 'Fermer sans enregistrer',
  alwaysOn: 'Toujours actifs',
  provider: 'Nom du fournisseur de service',
  function: 'Fonction et emplacement',
  names: 'Nom(s) du cookie',
  purpose: 'Finalités',
  duration: 'Durée',
  noCookies: 'Aucun cookie n’est déclaré pour cette finalité.',
  placeholderText: 'Ce contenu de {provider} est bloqué tant que vous n’acceptez pas les cookies «\u00a0{category}\u00a0».',
  placeholderButton: 'Accepter les cookies «\u00a0{category}\u00a0»',
};
