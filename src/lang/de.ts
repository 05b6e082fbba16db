import { registerLanguage } from '../i18n/languages.js';
import type { LanguagePack } from '../i18n/messages.js';

// German: every built-in text (banner, dialog, placeholder, policy page). Loaded by the page
// as dist/lang/de.js (a classic script beside the banner file) or `import 'portal-cookie-consent/lang/de'`.
// Formal address (Sie), German quotation marks („…“), GDPR wording (Einwilligung, widersprechen).
registerLanguage('de', {
  banner: {
    bannerTitle: 'Cookies auf {platform}',
    bannerText:
      'Notwendige Cookies sorgen dafür, dass die Plattform funktioniert. Andere, etwa zur Reichweitenmessung, werden nur ' +
      'mit Ihrer Einwilligung gesetzt, die Sie jederzeit widerrufen können.',
    revisionNotice: 'Unsere Verwendung von Cookies hat sich seit Ihrem letzten Besuch geändert: Bitte treffen Sie Ihre Auswahl erneut.',
    gpcNotice:
      'Ihr Browser bittet Websites, Sie nicht zu verfolgen (Global Privacy Control): Optionale Cookies bleiben deaktiviert, ' +
      'sofern Sie sie nicht selbst aktivieren.',
    policyLink: 'Cookie-Richtlinie',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    customize: 'Anpassen',
    exemptNotice: 'Eine einwilligungsfreie Reichweitenmessung ist aktiv; Sie können ihr unter „Anpassen“ widersprechen.',
  },
  dialog: {
    save: 'Auswahl speichern',
    dialogTitle: 'Auf der Plattform {platform} verwendete Cookies',
    dialogIntro: 'Wählen Sie für jeden Zweck einzeln, welche Cookies Sie zulassen. Optionale Cookies werden erst gesetzt, wenn Sie zustimmen.',
    close: 'Ohne Speichern schließen',
    alwaysOn: 'Immer aktiv',
    provider: 'Name des Dienstanbieters',
    function: 'Funktion und Ort',
    names: 'Cookie-Name(n)',
    purpose: 'Zwecke',
    duration: 'Speicherdauer',
    noCookies: 'Für diesen Zweck ist kein Cookie angegeben.',
    exemptNote:
      'Keine Einwilligung erforderlich: Diese Messung liefert der Plattform nur anonyme Besucherzahlen und ist daher aktiv, ' +
      'bis Sie widersprechen. Schalten Sie sie aus, um zu widersprechen.',
  },
  placeholder: {
    placeholderText: 'Dieser Inhalt von {provider} ist blockiert, bis Sie die Cookies für „{category}“ akzeptieren.',
    placeholderButton: 'Cookies für „{category}“ akzeptieren',
  },
  policy: {
    intro:
      'Die Plattform {platform} verwendet Cookies. Einige sorgen dafür, dass sie funktioniert, zum Beispiel damit Sie ' +
      'angemeldet bleiben; andere messen ihre Reichweite, damit sie verbessert werden kann. Diese Seite erklärt, was ' +
      'Cookies sind, welche die Plattform verwendet und wie Sie sie akzeptieren oder ablehnen können.',
    whatHeading: 'Was ist ein Cookie?',
    what:
      'Ein Cookie ist eine kleine Textdatei, die eine Website in Ihrem Browser speichert. Die Website liest sie auf den ' +
      'folgenden Seiten oder bei späteren Besuchen wieder aus, zum Beispiel um sich Ihre Sprache zu merken. Dieselben ' +
      'Regeln gelten für vergleichbare Technologien, etwa den Speicherplatz, den eine Website in Ihrem Browser nutzen kann.',
    kindsHeading: 'Arten von Cookies',
    necessaryTerm: 'Notwendige Cookies',
    necessary:
      'Ohne sie kann die Plattform nicht funktionieren: Anmeldung, Speichern Ihrer Sprache, Absicherung von Anfragen, ' +
      'Speichern Ihrer Cookie-Auswahl. Dafür ist Ihre Einwilligung nicht erforderlich.',
    statisticsTerm: 'Statistik-Cookies',
    statistics:
      'Sie messen die Reichweite: wie viele Besuche es gibt und welche Seiten gelesen werden. Von der Einwilligung ' +
      'ausgenommen sind sie nur, wenn die Daten anonymisiert sind und ausschließlich der Reichweitenmessung dienen ' +
      '(gemäß der Ausnahme der CNIL, der französischen Datenschutzbehörde). Andernfalls werden sie nur gesetzt, wenn Sie ' +
      'sie akzeptieren.',
    firstPartyTerm: 'Erstanbieter-Cookies',
    firstParty: 'Sie werden von der Plattform, die Sie besuchen, unter ihrer eigenen Adresse gesetzt.',
    thirdPartyTerm: 'Drittanbieter-Cookies',
    thirdParty:
      'Sie werden von einer anderen Organisation, etwa dem Anbieter eines von der Plattform genutzten Dienstes, unter ' +
      'deren Adresse gesetzt.',
    usedHeading: 'Welche Cookies werden auf der Plattform {platform} verwendet?',
    usedIntro:
      'Die Cookies sind nach Zweck gruppiert. Für jedes Cookie gibt die Tabelle an, wer es bereitstellt, wozu es dient, ' +
      'wie es heißt und wie lange es gespeichert wird.',
    caption: 'Cookies der Kategorie „{category}“',
    choiceHeading: 'Ihre aktuelle Auswahl',
    noChoice: 'Sie haben noch keine Auswahl getroffen. Bis dahin werden nur die notwendigen Cookies gesetzt.',
    choiceSaved: 'Auswahl gespeichert am',
    choiceAlways: '{category}: immer aktiv',
    choiceOn: '{category}: akzeptiert',
    choiceOff: '{category}: abgelehnt',
    manage: 'Meine Einstellungen verwalten',
    changeHeading: 'So ändern Sie Ihre Auswahl',
    change:
      'Sie können Ihre Auswahl jederzeit ebenso einfach ändern, wie Sie sie getroffen haben, und zwar im Fenster der ' +
      'Cookie-Einstellungen: Ablehnen ist dort genauso einfach wie Akzeptieren. Wenn Sie Ihre Einwilligung widerrufen, ' +
      'setzt die Plattform diese Cookies nicht mehr und löscht diejenigen, auf die sie zugreifen kann.',
    browser:
      'Sie können Cookies auch in den Einstellungen Ihres Browsers löschen oder blockieren. Wenn Sie die notwendigen ' +
      'Cookies blockieren, funktionieren Teile der Plattform möglicherweise nicht mehr, etwa die Anmeldung.',
  },
  // The built-in inventory and the presets' cookie tables (Matomo, GA4, Piano), by their English text.
  inventory: {
    'Strictly necessary':
      'Unbedingt erforderlich',
    'Statistics':
      'Statistik',
    'Needed for the platform to work: sign-in, language, secure API calls and your cookie choices. Exempt from consent.':
      'Notwendig für den Betrieb der Plattform: Anmeldung, Sprache, sichere API-Aufrufe und Ihre Cookie-Auswahl. Von der Einwilligung ausgenommen.',
    'Measure how the platform is used, to improve it. Set only if you accept them.':
      'Messung der Nutzung der Plattform, um sie zu verbessern. Diese Cookies werden nur gesetzt, wenn Sie sie akzeptieren.',
    'Authentication (front and back office)':
      'Authentifizierung (Front- und Backoffice)',
    'To remember the user from one page to another':
      'Wiedererkennung des Nutzers von einer Seite zur nächsten',
    'Language selection (front and back office)':
      'Sprachauswahl (Front- und Backoffice)',
    "To remember the visitor's language":
      'Speicherung der Sprache des Besuchers',
    'API (CSRF) (front and back office)':
      'API (CSRF) (Front- und Backoffice)',
    'To retrieve data via API calls':
      'Abruf von Daten über API-Aufrufe',
    'Choices related to your cookie preferences':
      'Ihre Auswahl zu den Cookie-Einstellungen',
    "To remember the visitor's cookie preferences":
      'Speicherung der Cookie-Einstellungen des Besuchers',
    '30 minutes':
      '30 Minuten',
    'Audience measurement: visitor identifier':
      'Reichweitenmessung: Besucherkennung',
    'To recognise a returning visitor by a random identifier, to count unique visitors and their visits':
      'Wiedererkennung wiederkehrender Besucher anhand einer zufälligen Kennung, um eindeutige Besucher und ihre Besuche zu zählen',
    'Audience measurement: current visit':
      'Reichweitenmessung: aktueller Besuch',
    'To link the pages viewed during one visit, and keep that visit’s temporary data':
      'Zuordnung der bei einem Besuch aufgerufenen Seiten zu diesem Besuch und Speicherung seiner vorübergehenden Daten',
    'Audience measurement: origin of the visit':
      'Reichweitenmessung: Herkunft des Besuchs',
    'To remember how the visitor first arrived on the site (search engine, link from another site, campaign)':
      'Speicherung, wie der Besucher zum ersten Mal auf die Website gelangt ist (Suchmaschine, Link auf einer anderen Website, Kampagne)',
    'Heatmaps and session recordings (only where the site uses them)':
      'Heatmaps und Sitzungsaufzeichnungen (nur wenn die Website sie nutzt)',
    'To link the heatmap and session-recording data of one visit':
      'Zuordnung der Heatmap- und Aufzeichnungsdaten zu einem Besuch',
    'Audience measurement: refusal or objection':
      'Reichweitenmessung: Ablehnung oder Widerspruch',
    'To remember that the visitor refused or objected to audience measurement, so that Matomo no longer measures their visits':
      'Speicherung der Ablehnung oder des Widerspruchs des Besuchers, damit Matomo seine Besuche nicht mehr erfasst',
    'Audience measurement: user identifier':
      'Reichweitenmessung: Nutzerkennung',
    'To distinguish users by a random identifier, to count visitors and their return visits':
      'Unterscheidung der Nutzer anhand einer zufälligen Kennung, um Besucher und ihre erneuten Besuche zu zählen',
    'Audience measurement: session':
      'Reichweitenmessung: Sitzung',
    'To keep the state of the current session (when it started, how many sessions so far)':
      'Speicherung des Zustands der laufenden Sitzung (Beginn, Anzahl der bisherigen Sitzungen)',
    'Audience measurement: measurement mode':
      'Reichweitenmessung: Messmodus',
    'To remember which measurement mode applies to the visitor: with consent, exempt from consent, or refused':
      'Speicherung des für den Besucher geltenden Messmodus: mit Einwilligung, einwilligungsfrei oder abgelehnt',
    'Piano tools: shared context':
      'Piano-Tools: gemeinsamer Kontext',
    'To keep the context data that Piano’s tools on the site share, such as whether the visitor is signed in':
      'Speicherung von Kontextdaten, die die Piano-Tools der Website gemeinsam nutzen, etwa ob der Besucher angemeldet ist',
    'Audience measurement: signed-in user':
      'Reichweitenmessung: angemeldeter Nutzer',
    'To remember the identifier of a signed-in user, where the site sends one, so that their visits are measured together':
      'Speicherung der Kennung eines angemeldeten Nutzers, sofern die Website eine übermittelt, damit seine Besuche zusammen erfasst werden',
  },
} satisfies LanguagePack);
