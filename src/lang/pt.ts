import { registerLanguage } from '../i18n/languages.js';
import type { LanguagePack } from '../i18n/messages.js';

// Portuguese: every built-in text (banner, dialog, placeholder, policy page). Loaded by the page
// as dist/lang/pt.js (a classic script beside the banner file) or `import 'portal-cookie-consent/lang/pt'`.
// European Portuguese, formal and impersonal (no pronoun of address), angle quotes («…»).
registerLanguage('pt', {
  banner: {
    bannerTitle: 'Cookies em {platform}',
    bannerText:
      'Os cookies necessários asseguram o funcionamento da plataforma. Os outros, como os de medição de audiência, só são ' +
      'instalados com o seu consentimento, que pode retirar a qualquer momento.',
    revisionNotice: 'A nossa utilização de cookies mudou desde a sua última visita: faça novamente a sua escolha.',
    gpcNotice:
      'O seu navegador pede aos sites que não rastreiem a sua atividade (Global Privacy Control): os cookies opcionais ' +
      'ficam desativados, a menos que os ative.',
    policyLink: 'Política de cookies',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Recusar todos',
    customize: 'Personalizar',
    exemptNotice: 'Está ativa uma medição de audiência que não requer consentimento; pode opor-se a ela em «Personalizar».',
  },
  dialog: {
    save: 'Guardar as minhas escolhas',
    dialogTitle: 'Cookies utilizados na plataforma {platform}',
    dialogIntro:
      'Escolha, finalidade a finalidade, os cookies que autoriza. Nenhum cookie opcional é instalado antes de dar o seu consentimento.',
    close: 'Fechar sem guardar',
    alwaysOn: 'Sempre ativos',
    provider: 'Nome do fornecedor do serviço',
    function: 'Função e localização',
    names: 'Nome(s) do cookie',
    purpose: 'Finalidades',
    duration: 'Duração',
    noCookies: 'Não foi declarado nenhum cookie para esta finalidade.',
    exemptNote:
      'Não requer consentimento: esta medição apenas fornece à plataforma estatísticas de audiência anónimas, pelo que ' +
      'está ativa até que se oponha. Desative-a para se opor.',
  },
  placeholder: {
    placeholderText: 'Este conteúdo de {provider} está bloqueado até aceitar os cookies «{category}».',
    placeholderButton: 'Aceitar os cookies «{category}»',
  },
  policy: {
    intro:
      'A plataforma {platform} utiliza cookies. Alguns asseguram o seu funcionamento, por exemplo para manter a sessão ' +
      'iniciada; outros medem a sua audiência, para que possa ser melhorada. Esta página explica o que são cookies, quais ' +
      'a plataforma utiliza e como aceitá-los ou recusá-los.',
    whatHeading: 'O que é um cookie?',
    what:
      'Um cookie é um pequeno ficheiro de texto que um site guarda no seu navegador. O site volta a lê-lo nas páginas ou ' +
      'visitas seguintes, por exemplo para recordar o seu idioma. As mesmas regras aplicam-se a tecnologias semelhantes, ' +
      'como o espaço de armazenamento que um site pode utilizar no seu navegador.',
    kindsHeading: 'Tipos de cookies',
    necessaryTerm: 'Cookies necessários',
    necessary:
      'A plataforma não pode funcionar sem eles: início de sessão, memorização do idioma, segurança dos pedidos, ' +
      'memorização das suas escolhas de cookies. Não necessitam do seu consentimento.',
    statisticsTerm: 'Cookies estatísticos',
    statistics:
      'Medem a audiência: quantas visitas, que páginas são lidas. Só estão isentos de consentimento quando os dados são ' +
      'anonimizados e utilizados exclusivamente para medição de audiência (a isenção concedida pela CNIL, a autoridade ' +
      'francesa de proteção de dados). Caso contrário, só são instalados se os aceitar.',
    firstPartyTerm: 'Cookies próprios',
    firstParty: 'São instalados pela plataforma que visita, sob o seu próprio endereço.',
    thirdPartyTerm: 'Cookies de terceiros',
    thirdParty:
      'São instalados por outra organização, como o fornecedor de um serviço utilizado pela plataforma, sob o endereço ' +
      'dessa organização.',
    usedHeading: 'Que cookies são utilizados na plataforma {platform}?',
    usedIntro:
      'Os cookies estão agrupados por finalidade. Para cada um, a tabela indica quem o fornece, para que serve, o seu ' +
      'nome e durante quanto tempo é conservado.',
    caption: 'Cookies da categoria «{category}»',
    choiceHeading: 'A sua escolha atual',
    noChoice: 'Ainda não fez nenhuma escolha. Até o fazer, só são instalados os cookies necessários.',
    choiceSaved: 'Escolha guardada em',
    choiceAlways: '{category}: sempre ativos',
    choiceOn: '{category}: aceites',
    choiceOff: '{category}: recusados',
    manage: 'Gerir as minhas preferências',
    changeHeading: 'Como alterar a sua escolha',
    change:
      'Pode alterar a sua escolha a qualquer momento, com a mesma facilidade com que a fez, na janela de preferências de ' +
      'cookies: recusar é tão simples como aceitar. Quando retira o seu consentimento, a plataforma deixa de instalar ' +
      'esses cookies e elimina aqueles a que consegue aceder.',
    browser:
      'Também pode eliminar ou bloquear os cookies nas definições do seu navegador. Bloquear os cookies necessários pode ' +
      'impedir o funcionamento de partes da plataforma, como o início de sessão.',
  },
  // The built-in inventory and the presets' cookie tables (Matomo, GA4, Piano), by their English text.
  inventory: {
    'Strictly necessary':
      'Estritamente necessários',
    'Statistics':
      'Estatísticas',
    'Needed for the platform to work: sign-in, language, secure API calls and your cookie choices. Exempt from consent.':
      'Indispensáveis ao funcionamento da plataforma: início de sessão, idioma, segurança das chamadas à API e as suas escolhas de cookies. Isentos de consentimento.',
    'Measure how the platform is used, to improve it. Set only if you accept them.':
      'Medem a utilização da plataforma para a melhorar. Só são instalados se os aceitar.',
    'Authentication (front and back office)':
      'Autenticação (front office e back office)',
    'To remember the user from one page to another':
      'Reconhecer o utilizador de uma página para outra',
    'Language selection (front and back office)':
      'Escolha do idioma (front office e back office)',
    "To remember the visitor's language":
      'Memorizar o idioma do visitante',
    'API (CSRF) (front and back office)':
      'API (CSRF) (front office e back office)',
    'To retrieve data via API calls':
      'Obter dados através de chamadas à API',
    'Choices related to your cookie preferences':
      'Escolhas relativas às suas preferências de cookies',
    "To remember the visitor's cookie preferences":
      'Memorizar as preferências de cookies do visitante',
    '30 minutes':
      '30 minutos',
    'Audience measurement: visitor identifier':
      'Medição de audiência: identificador do visitante',
    'To recognise a returning visitor by a random identifier, to count unique visitors and their visits':
      'Reconhecer um visitante que regressa através de um identificador aleatório, para contar os visitantes únicos e as suas visitas',
    'Audience measurement: current visit':
      'Medição de audiência: visita em curso',
    'To link the pages viewed during one visit, and keep that visit’s temporary data':
      'Associar as páginas vistas durante uma mesma visita e guardar os dados temporários dessa visita',
    'Audience measurement: origin of the visit':
      'Medição de audiência: origem da visita',
    'To remember how the visitor first arrived on the site (search engine, link from another site, campaign)':
      'Memorizar como o visitante chegou ao site pela primeira vez (motor de busca, link a partir de outro site, campanha)',
    'Heatmaps and session recordings (only where the site uses them)':
      'Mapas de calor e gravações de sessões (apenas se o site os utilizar)',
    'To link the heatmap and session-recording data of one visit':
      'Associar os dados de mapas de calor e de gravação de uma mesma visita',
    'Audience measurement: refusal or objection':
      'Medição de audiência: recusa ou oposição',
    'To remember that the visitor refused or objected to audience measurement, so that Matomo no longer measures their visits':
      'Memorizar que o visitante recusou a medição de audiência ou se opôs a ela, para que o Matomo deixe de medir as suas visitas',
    'Audience measurement: user identifier':
      'Medição de audiência: identificador do utilizador',
    'To distinguish users by a random identifier, to count visitors and their return visits':
      'Distinguir os utilizadores através de um identificador aleatório, para contar os visitantes e as suas visitas de regresso',
    'Audience measurement: session':
      'Medição de audiência: sessão',
    'To keep the state of the current session (when it started, how many sessions so far)':
      'Guardar o estado da sessão em curso (início da sessão, número de sessões até agora)',
    'Audience measurement: measurement mode':
      'Medição de audiência: modo de medição',
    'To remember which measurement mode applies to the visitor: with consent, exempt from consent, or refused':
      'Memorizar que modo de medição se aplica ao visitante: com consentimento, isenta de consentimento ou recusada',
    'Piano tools: shared context':
      'Ferramentas Piano: contexto partilhado',
    'To keep the context data that Piano’s tools on the site share, such as whether the visitor is signed in':
      'Guardar os dados de contexto partilhados pelas ferramentas Piano do site, por exemplo se o visitante tem sessão iniciada',
    'Audience measurement: signed-in user':
      'Medição de audiência: utilizador com sessão iniciada',
    'To remember the identifier of a signed-in user, where the site sends one, so that their visits are measured together':
      'Memorizar o identificador de um utilizador com sessão iniciada, se o site enviar um, para medir as suas visitas em conjunto',
  },
} satisfies LanguagePack);
