import { registerLanguage } from '../i18n/languages.js';
import type { LanguagePack } from '../i18n/messages.js';

// Italian: every built-in text (banner, dialog, placeholder, policy page). Loaded by the page
// as dist/lang/it.js (a classic script beside the banner file) or `import 'portal-cookie-consent/lang/it'`.
// Formal address (Lei, with a lower-case “suo” as current public-sector style has it), angle quotes («…»),
// “cookie” invariable in the plural, as the Garante writes it.
registerLanguage('it', {
  banner: {
    bannerTitle: 'Cookie su {platform}',
    bannerText:
      'I cookie necessari consentono il funzionamento della piattaforma. Gli altri, come quelli per la misurazione ' +
      'dell’audience, vengono installati solo con il suo consenso, che può revocare in qualsiasi momento.',
    revisionNotice: 'Il nostro uso dei cookie è cambiato dalla sua ultima visita: la preghiamo di effettuare di nuovo la sua scelta.',
    gpcNotice:
      'Il suo browser chiede ai siti di non tracciarla (Global Privacy Control): i cookie facoltativi restano disattivati, ' +
      'a meno che non sia lei ad attivarli.',
    policyLink: 'Informativa sui cookie',
    acceptAll: 'Accetta tutti',
    rejectAll: 'Rifiuta tutti',
    customize: 'Personalizza',
    exemptNotice: 'È attiva una misurazione dell’audience che non richiede consenso; può opporsi tramite «Personalizza».',
  },
  dialog: {
    save: 'Salva le mie scelte',
    dialogTitle: 'Cookie utilizzati sulla piattaforma {platform}',
    dialogIntro:
      'Scelga, finalità per finalità, quali cookie autorizzare. Nessun cookie facoltativo viene installato prima del suo consenso.',
    close: 'Chiudi senza salvare',
    alwaysOn: 'Sempre attivi',
    provider: 'Nome del fornitore del servizio',
    function: 'Funzione e ubicazione',
    names: 'Nomi dei cookie',
    purpose: 'Finalità',
    duration: 'Durata',
    noCookies: 'Per questa finalità non è dichiarato alcun cookie.',
    exemptNote:
      'Non richiede consenso: questa misurazione fornisce alla piattaforma solo statistiche anonime sulle visite, perciò ' +
      'resta attiva salvo sua opposizione. Per opporsi, la disattivi.',
  },
  placeholder: {
    placeholderText: 'Questo contenuto di {provider} è bloccato finché non accetta i cookie «{category}».',
    placeholderButton: 'Accetta i cookie «{category}»',
  },
  policy: {
    intro:
      'La piattaforma {platform} utilizza cookie. Alcuni ne garantiscono il funzionamento, ad esempio per mantenere ' +
      'attivo il suo accesso; altri ne misurano le visite, per poterla migliorare. Questa pagina spiega che cosa sono i ' +
      'cookie, quali utilizza la piattaforma e come accettarli o rifiutarli.',
    whatHeading: 'Che cos’è un cookie?',
    what:
      'Un cookie è un piccolo file di testo che un sito web memorizza nel suo browser. Il sito lo rilegge nelle pagine o ' +
      'nelle visite successive, ad esempio per ricordare la sua lingua. Le stesse regole valgono per tecnologie simili, ' +
      'come lo spazio di archiviazione che un sito può utilizzare nel suo browser.',
    kindsHeading: 'I tipi di cookie',
    necessaryTerm: 'Cookie necessari',
    necessary:
      'Senza di essi la piattaforma non può funzionare: accesso, memorizzazione della lingua, sicurezza delle richieste, ' +
      'memorizzazione delle sue scelte sui cookie. Non richiedono il suo consenso.',
    statisticsTerm: 'Cookie statistici',
    statistics:
      'Misurano l’audience: quante visite, quali pagine vengono lette. Sono esenti dal consenso solo se i dati sono ' +
      'anonimizzati e utilizzati esclusivamente per la misurazione dell’audience (l’esenzione concessa dalla CNIL, ' +
      'l’autorità francese per la protezione dei dati). Altrimenti vengono installati solo se lei li accetta.',
    firstPartyTerm: 'Cookie di prima parte',
    firstParty: 'Sono installati dalla piattaforma che sta visitando, con il suo stesso indirizzo.',
    thirdPartyTerm: 'Cookie di terze parti',
    thirdParty:
      'Sono installati da un’altra organizzazione, ad esempio il fornitore di un servizio utilizzato dalla piattaforma, ' +
      'con l’indirizzo di tale organizzazione.',
    usedHeading: 'Quali cookie sono utilizzati sulla piattaforma {platform}?',
    usedIntro:
      'I cookie sono raggruppati per finalità. Per ciascuno, la tabella indica chi lo fornisce, a che cosa serve, il suo ' +
      'nome e per quanto tempo viene conservato.',
    caption: 'Cookie della categoria «{category}»',
    choiceHeading: 'La sua scelta attuale',
    noChoice: 'Non ha ancora effettuato una scelta. Fino ad allora vengono installati solo i cookie necessari.',
    choiceSaved: 'Scelta salvata il',
    choiceAlways: '{category}: sempre attivi',
    choiceOn: '{category}: accettati',
    choiceOff: '{category}: rifiutati',
    manage: 'Gestisci le mie preferenze',
    changeHeading: 'Come modificare la sua scelta',
    change:
      'Può modificare la sua scelta in qualsiasi momento, con la stessa facilità con cui l’ha effettuata, nella finestra ' +
      'delle preferenze sui cookie: rifiutare è semplice quanto accettare. Quando revoca il consenso, la piattaforma ' +
      'smette di installare quei cookie ed elimina quelli a cui può accedere.',
    browser:
      'Può anche eliminare o bloccare i cookie nelle impostazioni del suo browser. Il blocco dei cookie necessari può ' +
      'impedire il funzionamento di alcune parti della piattaforma, come l’accesso.',
  },
  // The built-in inventory and the presets' cookie tables (Matomo, GA4, Piano), by their English text.
  inventory: {
    'Strictly necessary':
      'Strettamente necessari',
    'Statistics':
      'Statistiche',
    'Needed for the platform to work: sign-in, language, secure API calls and your cookie choices. Exempt from consent.':
      'Indispensabili per il funzionamento della piattaforma: accesso, lingua, sicurezza delle chiamate API e le sue scelte sui cookie. Esenti dal consenso.',
    'Measure how the platform is used, to improve it. Set only if you accept them.':
      'Misurano l’utilizzo della piattaforma per migliorarla. Vengono installati solo se lei li accetta.',
    'Authentication (front and back office)':
      'Autenticazione (front office e back office)',
    'To remember the user from one page to another':
      'Riconoscere l’utente da una pagina all’altra',
    'Language selection (front and back office)':
      'Scelta della lingua (front office e back office)',
    "To remember the visitor's language":
      'Ricordare la lingua del visitatore',
    'API (CSRF) (front and back office)':
      'API (CSRF) (front office e back office)',
    'To retrieve data via API calls':
      'Recuperare dati tramite chiamate API',
    'Choices related to your cookie preferences':
      'Scelte relative alle sue preferenze sui cookie',
    "To remember the visitor's cookie preferences":
      'Ricordare le preferenze sui cookie del visitatore',
    '30 minutes':
      '30 minuti',
    'Audience measurement: visitor identifier':
      'Misurazione dell’audience: identificativo del visitatore',
    'To recognise a returning visitor by a random identifier, to count unique visitors and their visits':
      'Riconoscere un visitatore che ritorna tramite un identificativo casuale, per contare i visitatori unici e le loro visite',
    'Audience measurement: current visit':
      'Misurazione dell’audience: visita in corso',
    'To link the pages viewed during one visit, and keep that visit’s temporary data':
      'Collegare le pagine viste durante una stessa visita e conservare i dati temporanei di quella visita',
    'Audience measurement: origin of the visit':
      'Misurazione dell’audience: provenienza della visita',
    'To remember how the visitor first arrived on the site (search engine, link from another site, campaign)':
      'Ricordare come il visitatore è arrivato sul sito la prima volta (motore di ricerca, link da un altro sito, campagna)',
    'Heatmaps and session recordings (only where the site uses them)':
      'Mappe di calore e registrazioni delle sessioni (solo se il sito le utilizza)',
    'To link the heatmap and session-recording data of one visit':
      'Collegare tra loro i dati delle mappe di calore e delle registrazioni di una stessa visita',
    'Audience measurement: refusal or objection':
      'Misurazione dell’audience: rifiuto o opposizione',
    'To remember that the visitor refused or objected to audience measurement, so that Matomo no longer measures their visits':
      'Ricordare che il visitatore ha rifiutato la misurazione dell’audience o vi si è opposto, affinché Matomo non ne misuri più le visite',
    'Audience measurement: user identifier':
      'Misurazione dell’audience: identificativo dell’utente',
    'To distinguish users by a random identifier, to count visitors and their return visits':
      'Distinguere gli utenti tramite un identificativo casuale, per contare i visitatori e le loro visite successive',
    'Audience measurement: session':
      'Misurazione dell’audience: sessione',
    'To keep the state of the current session (when it started, how many sessions so far)':
      'Conservare lo stato della sessione in corso (inizio della sessione, numero di sessioni finora)',
    'Audience measurement: measurement mode':
      'Misurazione dell’audience: modalità di misurazione',
    'To remember which measurement mode applies to the visitor: with consent, exempt from consent, or refused':
      'Ricordare quale modalità di misurazione si applica al visitatore: con consenso, esente da consenso o rifiutata',
    'Piano tools: shared context':
      'Strumenti Piano: contesto condiviso',
    'To keep the context data that Piano’s tools on the site share, such as whether the visitor is signed in':
      'Conservare i dati di contesto condivisi dagli strumenti Piano del sito, ad esempio se il visitatore ha effettuato l’accesso',
    'Audience measurement: signed-in user':
      'Misurazione dell’audience: utente connesso',
    'To remember the identifier of a signed-in user, where the site sends one, so that their visits are measured together':
      'Ricordare l’identificativo di un utente connesso, se il sito ne trasmette uno, per misurarne le visite nel loro insieme',
  },
} satisfies LanguagePack);
