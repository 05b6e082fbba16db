import type { PolicyMessages } from './policy-messages.js';

// French typography: a no-break space (\u00a0) before « : » and « ? ».
export const policyFr = {
  intro:
    'La plateforme {platform} utilise des cookies. Certains la font fonctionner, par exemple pour que vous restiez ' +
    'connecté ; d’autres mesurent son audience, pour l’améliorer. Cette page explique ce que sont les cookies, ' +
    'lesquels la plateforme utilise, et comment les accepter ou les refuser.',
  whatHeading: 'Qu’est-ce qu’un cookie\u00a0?',
  what:
    'Un cookie est un petit fichier texte qu’un site web enregistre dans votre navigateur. Le site le relit aux ' +
    'pages ou aux visites suivantes, par exemple pour se souvenir de votre langue. Les mêmes règles valent pour les ' +
    'technologies semblables, comme l’espace de stockage qu’un site peut utiliser dans votre navigateur.',
  kindsHeading: 'Les types de cookies',
  necessaryTerm: 'Les cookies nécessaires',
  necessary:
    'La plateforme ne peut pas fonctionner sans eux\u00a0: connexion, mémorisation de la langue, sécurité des ' +
    'requêtes, mémorisation de vos choix de cookies. Ils ne demandent pas votre consentement.',
  statisticsTerm: 'Les cookies statistiques',
  statistics:
    'Ils mesurent l’audience\u00a0: nombre de visites, pages consultées. Ils ne sont exemptés de consentement que ' +
    'si les données sont anonymisées et servent uniquement à la mesure d’audience (l’exemption accordée par la ' +
    'CNIL). Sinon, ils ne sont déposés que si vous les acceptez.',
  firstPartyTerm: 'Les cookies internes (first-party)',
  firstParty: 'Ils sont déposés par la plateforme que vous visitez, sous sa propre adresse.',
  thirdPartyTerm: 'Les cookies tiers (third-party)',
  thirdParty:
    'Ils sont déposés par un autre organisme, comme le fournisseur d’un service utilisé par la plateforme, ' +
    'sous l’adresse de cet organisme.',
  usedHeading: 'Quels cookies sont utilisés sur la plateforme {platform}\u00a0?',
  usedIntro:
    'Les cookies sont regroupés par finalité. Pour chacun, le tableau indique qui le fournit, à quoi il sert, ' +
    'son nom et combien de temps il est conservé.',
  caption: 'Cookies\u00a0: {category}',
  choiceHeading: 'Votre choix actuel',
  noChoice: 'Vous n’avez pas encore fait de choix. En attendant, seuls les cookies nécessaires sont déposés.',
  choiceSaved: 'Choix enregistré le',
  choiceAlways: '{category}\u00a0: toujours actifs',
  choiceOn: '{category}\u00a0: acceptés',
  choiceOff: '{category}\u00a0: refusés',
  manage: 'Gérer mes préférences',
  changeHeading: 'Modifier votre choix',
  change:
    'Vous pouvez modifier votre choix à tout moment, aussi facilement que vous l’avez fait, dans la fenêtre des ' +
    'préférences de cookies\u00a0: refuser y est aussi simple qu’accepter. Quand vous retirez votre consentement, la plateforme cesse de déposer ' +
    'ces cookies et supprime ceux qu’elle peut atteindre.',
  browser:
    'Vous pouvez aussi supprimer ou bloquer les cookies dans les réglages de votre navigateur. Bloquer les cookies ' +
    'nécessaires peut empêcher certaines parties de la plateforme de fonctionner, comme la connexion.',
} satisfies PolicyMessages;
