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
} satisfies LanguagePack);
