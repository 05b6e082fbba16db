import { registerLanguage } from '../i18n/languages.js';
import type { LanguagePack } from '../i18n/messages.js';

// Dutch: every built-in text (banner, dialog, placeholder, policy page). Loaded by the page
// as dist/lang/nl.js (a classic script beside the banner file) or `import 'portal-cookie-consent/lang/nl'`.
// Formal address (u), single quotes (‘…’) for quoted labels.
registerLanguage('nl', {
  banner: {
    bannerTitle: 'Cookies op {platform}',
    bannerText:
      'Noodzakelijke cookies zorgen ervoor dat het platform werkt. Andere, zoals cookies voor bezoekersmetingen, worden ' +
      'alleen met uw toestemming geplaatst. U kunt die toestemming altijd weer intrekken.',
    revisionNotice: 'Ons gebruik van cookies is sinds uw laatste bezoek gewijzigd: maak opnieuw uw keuze.',
    gpcNotice:
      'Uw browser vraagt websites u niet te volgen (Global Privacy Control): optionele cookies blijven uit, tenzij u ze ' +
      'zelf aanzet.',
    policyLink: 'Cookiebeleid',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    customize: 'Aanpassen',
    exemptNotice: 'Er is een bezoekersmeting actief waarvoor geen toestemming nodig is; u kunt daartegen bezwaar maken via ‘Aanpassen’.',
  },
  dialog: {
    save: 'Mijn keuzes opslaan',
    dialogTitle: 'Cookies die het platform {platform} gebruikt',
    dialogIntro: 'Kies per doel welke cookies u toestaat. Optionele cookies worden pas geplaatst als u daarmee instemt.',
    close: 'Sluiten zonder op te slaan',
    alwaysOn: 'Altijd actief',
    provider: 'Naam van de dienstverlener',
    function: 'Functie en locatie',
    names: 'Naam van de cookie(s)',
    purpose: 'Doeleinden',
    duration: 'Bewaartermijn',
    noCookies: 'Voor dit doel is geen cookie opgegeven.',
    exemptNote:
      'Geen toestemming nodig: deze meting geeft het platform alleen anonieme bezoekcijfers en staat daarom aan totdat u ' +
      'bezwaar maakt. Zet deze uit om bezwaar te maken.',
  },
  placeholder: {
    placeholderText: 'Deze inhoud van {provider} is geblokkeerd totdat u de cookies voor ‘{category}’ accepteert.',
    placeholderButton: 'Cookies voor ‘{category}’ accepteren',
  },
  policy: {
    intro:
      'Het platform {platform} gebruikt cookies. Sommige zorgen ervoor dat het werkt, bijvoorbeeld zodat u ingelogd ' +
      'blijft; andere meten het bezoek, zodat het platform verbeterd kan worden. Op deze pagina leest u wat cookies zijn, ' +
      'welke het platform gebruikt en hoe u ze kunt accepteren of weigeren.',
    whatHeading: 'Wat is een cookie?',
    what:
      'Een cookie is een klein tekstbestand dat een website in uw browser opslaat. De website leest het op volgende ' +
      'pagina’s of bij latere bezoeken weer uit, bijvoorbeeld om uw taal te onthouden. Dezelfde regels gelden voor ' +
      'vergelijkbare technieken, zoals de opslagruimte die een website in uw browser kan gebruiken.',
    kindsHeading: 'Soorten cookies',
    necessaryTerm: 'Noodzakelijke cookies',
    necessary:
      'Zonder deze cookies kan het platform niet werken: inloggen, uw taal onthouden, verzoeken beveiligen, uw ' +
      'cookiekeuzes onthouden. Hiervoor is uw toestemming niet nodig.',
    statisticsTerm: 'Statistische cookies',
    statistics:
      'Ze meten het bezoek: hoeveel bezoeken er zijn en welke pagina’s worden gelezen. Ze zijn alleen vrijgesteld van ' +
      'toestemming als de gegevens geanonimiseerd zijn en uitsluitend worden gebruikt om het bezoek te meten (de ' +
      'vrijstelling die de CNIL, de Franse toezichthouder voor gegevensbescherming, heeft verleend). Anders worden ze ' +
      'alleen geplaatst als u ze accepteert.',
    firstPartyTerm: 'Eigen cookies (first-party)',
    firstParty: 'Ze worden geplaatst door het platform dat u bezoekt, onder het eigen adres van dat platform.',
    thirdPartyTerm: 'Cookies van derden (third-party)',
    thirdParty:
      'Ze worden geplaatst door een andere organisatie, zoals de aanbieder van een dienst die het platform gebruikt, ' +
      'onder het adres van die organisatie.',
    usedHeading: 'Welke cookies worden op het platform {platform} gebruikt?',
    usedIntro:
      'De cookies zijn gegroepeerd per doel. Voor elke cookie vermeldt de tabel wie de cookie aanbiedt, waarvoor deze ' +
      'dient, wat de naam is en hoe lang deze wordt bewaard.',
    caption: 'Cookies in de categorie ‘{category}’',
    choiceHeading: 'Uw huidige keuze',
    noChoice: 'U hebt nog geen keuze gemaakt. Tot u dat doet, worden alleen de noodzakelijke cookies geplaatst.',
    choiceSaved: 'Keuze opgeslagen op',
    choiceAlways: '{category}: altijd actief',
    choiceOn: '{category}: geaccepteerd',
    choiceOff: '{category}: geweigerd',
    manage: 'Mijn voorkeuren beheren',
    changeHeading: 'Uw keuze wijzigen',
    change:
      'U kunt uw keuze altijd wijzigen, net zo gemakkelijk als u die hebt gemaakt, in het venster met cookievoorkeuren: ' +
      'weigeren is daar even eenvoudig als accepteren. Als u uw toestemming intrekt, plaatst het platform die cookies ' +
      'niet meer en verwijdert het de cookies waar het bij kan.',
    browser:
      'U kunt cookies ook verwijderen of blokkeren in de instellingen van uw browser. Als u de noodzakelijke cookies ' +
      'blokkeert, werken sommige onderdelen van het platform mogelijk niet meer, zoals inloggen.',
  },
  // The built-in inventory and the presets' cookie tables (Matomo, GA4, Piano), by their English text.
  inventory: {
    'Strictly necessary':
      'Strikt noodzakelijk',
    'Statistics':
      'Statistieken',
    'Needed for the platform to work: sign-in, language, secure API calls and your cookie choices. Exempt from consent.':
      'Nodig om het platform te laten werken: inloggen, taal, beveiligde API-aanroepen en uw cookiekeuzes. Vrijgesteld van toestemming.',
    'Measure how the platform is used, to improve it. Set only if you accept them.':
      'Deze cookies meten hoe het platform wordt gebruikt, zodat het verbeterd kan worden. Ze worden alleen geplaatst als u ze accepteert.',
    'Authentication (front and back office)':
      'Authenticatie (front- en backoffice)',
    'To remember the user from one page to another':
      'De gebruiker van pagina tot pagina herkennen',
    'Language selection (front and back office)':
      'Taalkeuze (front- en backoffice)',
    "To remember the visitor's language":
      'De taal van de bezoeker onthouden',
    'API (CSRF) (front and back office)':
      'API (CSRF) (front- en backoffice)',
    'To retrieve data via API calls':
      'Gegevens ophalen via API-aanroepen',
    'Choices related to your cookie preferences':
      'Keuzes over uw cookievoorkeuren',
    "To remember the visitor's cookie preferences":
      'De cookievoorkeuren van de bezoeker onthouden',
    '30 minutes':
      '30 minuten',
    'Audience measurement: visitor identifier':
      'Bezoekersstatistieken: bezoekers-ID',
    'To recognise a returning visitor by a random identifier, to count unique visitors and their visits':
      'Een terugkerende bezoeker herkennen aan een willekeurige ID, om unieke bezoekers en hun bezoeken te tellen',
    'Audience measurement: current visit':
      'Bezoekersstatistieken: huidig bezoek',
    'To link the pages viewed during one visit, and keep that visit’s temporary data':
      'De pagina’s die tijdens één bezoek worden bekeken aan elkaar koppelen en de tijdelijke gegevens van dat bezoek bewaren',
    'Audience measurement: origin of the visit':
      'Bezoekersstatistieken: herkomst van het bezoek',
    'To remember how the visitor first arrived on the site (search engine, link from another site, campaign)':
      'Onthouden hoe de bezoeker de eerste keer op de site is gekomen (zoekmachine, link op een andere site, campagne)',
    'Heatmaps and session recordings (only where the site uses them)':
      'Heatmaps en sessie-opnames (alleen als de site ze gebruikt)',
    'To link the heatmap and session-recording data of one visit':
      'De heatmap- en opnamegegevens van één bezoek aan elkaar koppelen',
    'Audience measurement: refusal or objection':
      'Bezoekersstatistieken: weigering of bezwaar',
    'To remember that the visitor refused or objected to audience measurement, so that Matomo no longer measures their visits':
      'Onthouden dat de bezoeker bezoekersstatistieken heeft geweigerd of er bezwaar tegen heeft gemaakt, zodat Matomo deze bezoeker niet meer meet',
    'Audience measurement: user identifier':
      'Bezoekersstatistieken: gebruikers-ID',
    'To distinguish users by a random identifier, to count visitors and their return visits':
      'Gebruikers onderscheiden aan een willekeurige ID, om bezoekers en hun terugkerende bezoeken te tellen',
    'Audience measurement: session':
      'Bezoekersstatistieken: sessie',
    'To keep the state of the current session (when it started, how many sessions so far)':
      'De status van de huidige sessie bewaren (begin van de sessie, aantal sessies tot nu toe)',
    'Audience measurement: measurement mode':
      'Bezoekersstatistieken: meetmodus',
    'To remember which measurement mode applies to the visitor: with consent, exempt from consent, or refused':
      'Onthouden welke meetmodus voor de bezoeker geldt: met toestemming, vrijgesteld van toestemming of geweigerd',
    'Piano tools: shared context':
      'Piano-tools: gedeelde context',
    'To keep the context data that Piano’s tools on the site share, such as whether the visitor is signed in':
      'Contextgegevens bewaren die de Piano-tools van de site delen, bijvoorbeeld of de bezoeker is ingelogd',
    'Audience measurement: signed-in user':
      'Bezoekersstatistieken: ingelogde gebruiker',
    'To remember the identifier of a signed-in user, where the site sends one, so that their visits are measured together':
      'De ID van een ingelogde gebruiker onthouden, als de site er een doorgeeft, zodat diens bezoeken samen worden gemeten',
  },
} satisfies LanguagePack);
