import type { DialogMessages } from './messages.js';

// Loaded with the dialog (and the policy page), never in a first view.
export const frDialog: DialogMessages = {
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
};
