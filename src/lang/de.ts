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
    placeholderText: 'Dieser Inhalt von {provider} ist blockiert, bis Sie die Cookies der Kategorie „{category}“ akzeptieren.',
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
} satisfies LanguagePack);
