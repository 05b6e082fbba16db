/**
 * Script of the demo portal (index.html and policy.html): the en/fr switch and the
 * integrator panel. It only uses what SPEC.md promises to integrators: attributes, the
 * two events and the element's API. It runs before /src/index.ts defines the element
 * (see index.html), so that it is listening when `cookie-consent-ready` fires.
 */
import type { CookieConsent } from '../src/cookie-consent.js';
import type {} from '../src/events.js';

type Lang = 'en' | 'fr';

/**
 * French texts of the page, by `data-i18n` key. The English ones are those written in the
 * HTML, read once at start, so that each text is written in one place per language.
 */
const fr: Readonly<Record<string, string>> = {
  // Shared by every page
  skip: 'Aller au contenu principal',
  portalName: 'INAI Données ouvertes',
  navMain: 'Menu principal',
  navDatasets: 'Jeux de données',
  navIntegrator: 'Panneau intégrateur',
  navPolicy: 'Politique de cookies',
  navCdn: 'Version CDN',
  navFooter: 'Pied de page',
  language: 'Langue',
  footerNote: 'INAI Données ouvertes – un portail fictif pour la démo de <cookie-consent>.',
  cookieSettings: 'Gestion des cookies',

  // index.html
  title: 'INAI Données ouvertes – jeux de données',
  h1: 'Les données ouvertes de la plateforme INAI',
  lead:
    'Parcourez, téléchargez et interrogez par l’API les jeux de données publiés par les organismes publics de la région. ' +
    'Chaque jeu de données est librement réutilisable sous licence ouverte.',
  statDatasets: 'jeux de données',
  statPublishers: 'producteurs',
  statRecords: 'enregistrements',
  latest: 'Derniers jeux de données',
  publisher: 'Producteur',
  records: 'Enregistrements',
  themeTransport: 'Transports',
  themeEnvironment: 'Environnement',
  themeEconomy: 'Économie',
  themeCulture: 'Culture',
  themeEnergy: 'Énergie',
  ds1Title: 'Arrêts de bus et de tramway',
  ds1Text: 'Position, nom et accessibilité de chaque arrêt du réseau métropolitain, mis à jour chaque nuit.',
  ds1Pub: 'Autorité métropolitaine des transports',
  ds2Title: 'Mesures horaires de la qualité de l’air',
  ds2Text: 'Concentrations de NO₂, PM10, PM2,5 et ozone relevées par 38 stations de mesure depuis 2019.',
  ds2Pub: 'Observatoire régional de la qualité de l’air',
  ds3Title: 'Marchés publics 2024',
  ds3Text: 'Marchés attribués au-delà de 40 000 € : acheteur, titulaire, montant, durée et procédure.',
  ds3Pub: 'Direction des finances',
  ds4Title: 'Bibliothèques publiques : horaires et prêts',
  ds4Text: 'Horaires, adresse et prêts annuels des 52 bibliothèques du réseau.',
  ds4Pub: 'Direction de la culture',
  ds5Title: 'Bornes de recharge pour véhicules électriques',
  ds5Text: 'Opérateur, puissance, types de prises et horaires des bornes de recharge publiques.',
  ds5Pub: 'Agence régionale de l’énergie',
  ds6Title: 'Inventaire des arbres d’alignement',
  ds6Text: 'Essence, hauteur, année de plantation et état sanitaire des arbres des rues et des parcs.',
  ds6Pub: 'Service des parcs et jardins',
  panelTitle: 'Panneau intégrateur',
  panelIntro: 'Ce qu’un script du portail voit de l’élément, en direct.',
  panelEvents: 'Événements',
  panelNoEvent: 'Aucun événement pour l’instant.',

  // policy.html
  policyTitle: 'Politique de cookies – INAI Données ouvertes',
  policyH1: 'Politique de cookies',
  policyIntro:
    'Cette page explique quels cookies le portail INAI Données ouvertes dépose sur votre appareil, pourquoi et pour combien de temps.',
  policyWhatH: 'Qu’est-ce qu’un cookie ?',
  policyWhatP:
    'Un cookie est un petit fichier texte qu’un site enregistre dans votre navigateur. Le site le relit lors de vos visites ' +
    'suivantes, par exemple pour vous garder connecté ou pour se souvenir de votre langue.',
  policyNecessaryH: 'Les cookies nécessaires au portail',
  policyNecessaryP:
    'Ces cookies sont indispensables au fonctionnement du portail. Ils sont exemptés de consentement et toujours déposés.',
  policyCaption: 'Cookies nécessaires, tous déposés par Opendatasoft',
  policyColCookie: 'Cookie',
  policyColPurpose: 'Finalité',
  policyColDuration: 'Durée',
  policySessionid: 'Reconnaître l’utilisateur connecté d’une page à l’autre',
  policyLanguage: 'Mémoriser la langue que vous avez choisie',
  policyCsrf: 'Protéger les formulaires et les appels à l’API contre la falsification de requêtes',
  policyPreferences: 'Mémoriser vos choix en matière de cookies',
  twoWeeks: '2 semaines',
  oneYear: '1 an',
  sixMonths: '6 mois',
  policyStatsH: 'La mesure d’audience',
  policyStatsP:
    'Les cookies de statistiques ne sont déposés que si vous les acceptez. Ce portail n’en déclare aucun pour le moment ; ' +
    's’il utilise un jour un outil de mesure d’audience, celui-ci sera listé ici et dans la fenêtre des préférences, ' +
    'et votre accord sera demandé avant.',
  policyChoiceH: 'Votre choix',
  policyChoiceP:
    'Vous pouvez accepter ou refuser les cookies optionnels et changer d’avis à tout moment. Votre choix est conservé ' +
    '6 mois ; passé ce délai, la question vous est posée à nouveau.',
  policyManage: 'Gérer mes préférences',
  policyBrowser: 'Vous pouvez aussi supprimer les cookies à tout moment depuis les réglages de votre navigateur.',
};

const initial = new URLSearchParams(location.search).get('lang');
let lang: Lang = initial === 'fr' ? 'fr' : 'en';

/** English texts and labels, as the HTML has them. */
const english = new Map<Element, string>();
const englishLabels = new Map<Element, string>();

/** The same URL in `lang`: English is the default and needs no parameter. */
function withLang(href: string): string {
  const url = new URL(href, location.href);
  if (lang === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  return url.origin === location.origin ? url.pathname + url.search + url.hash : url.href;
}

function french(key: string, fallback: string): string {
  const text = fr[key];
  if (text === undefined) console.warn(`demo: no French text for "${key}"`);
  return text ?? fallback;
}

function applyLanguage(): void {
  document.documentElement.lang = lang;

  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    if (!english.has(el)) english.set(el, el.textContent ?? '');
    const en = english.get(el)!;
    el.textContent = lang === 'en' ? en : french(el.dataset.i18n!, en);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    if (!englishLabels.has(el)) englishLabels.set(el, el.getAttribute('aria-label') ?? '');
    const en = englishLabels.get(el)!;
    el.setAttribute('aria-label', lang === 'en' ? en : french(el.dataset.i18nLabel!, en));
  }

  const numbers = new Intl.NumberFormat(lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-count]')) {
    el.textContent = numbers.format(Number(el.dataset.count));
  }

  // Links between the demo pages keep the language, as a portal's language cookie would.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-lang]')) {
    a.setAttribute('href', withLang(a.getAttribute('href')!));
  }

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-set-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.setLang === lang));
  }

  // The element follows the page: its `lang` attribute, and a policy link in the same language.
  for (const el of document.querySelectorAll('cookie-consent')) {
    el.setAttribute('lang', lang);
    const policy = el.getAttribute('policy-url');
    if (policy) el.setAttribute('policy-url', withLang(policy));
  }

  renderPanel();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-set-lang]')) {
  button.addEventListener('click', () => {
    lang = button.dataset.setLang === 'fr' ? 'fr' : 'en';
    // In the URL, so that a reload or a shared link keeps the language.
    history.replaceState(history.state, '', withLang(location.href));
    applyLanguage();
  });
}

// The integrator panel (index.html only).

const consentElement = document.querySelector('cookie-consent');
const consentJson = document.getElementById('consent-json');
const hasStatistics = document.getElementById('has-statistics');
const eventLog = document.getElementById('event-log');

/** The element once it is defined: before that, it has no API. */
const defined = (): CookieConsent | null =>
  consentElement && customElements.get('cookie-consent') ? consentElement : null;

function renderPanel(): void {
  const el = defined();
  if (!el) return;
  if (consentJson) consentJson.textContent = JSON.stringify(el.consent, null, 2);
  if (hasStatistics) hasStatistics.textContent = String(el.hasConsent('statistics'));
}

function logEvent(name: string, detail: string): void {
  if (!eventLog) return;
  eventLog.querySelector('.empty')?.remove();
  const now = new Date();
  const item = document.createElement('li');
  const time = document.createElement('time');
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString(lang);
  const label = document.createElement('span');
  label.className = 'name';
  label.textContent = name;
  item.append(time, ' ', label, '\n', detail);
  eventLog.prepend(item);
  // The last few are enough to follow what happens.
  while (eventLog.children.length > 6) eventLog.lastElementChild!.remove();
}

/** The categories rather than the whole record, which the panel shows above. */
const summary = (consent: CookieConsent['consent']): string =>
  consent ? `detail.consent.categories = ${JSON.stringify(consent.categories)}` : 'detail.consent = null';

document.addEventListener('cookie-consent-ready', (event) => {
  logEvent('cookie-consent-ready', summary(event.detail.consent));
  renderPanel();
});

document.addEventListener('cookie-consent-change', (event) => {
  const { consent, changed } = event.detail;
  logEvent('cookie-consent-change', `detail.changed = ${JSON.stringify(changed)}\n${summary(consent)}`);
  renderPanel();
});

document.getElementById('call-reset')?.addEventListener('click', () => {
  const el = defined();
  if (!el) return;
  // reset() fires no event: the panel reads the element again.
  el.reset();
  renderPanel();
});

document.getElementById('call-preferences')?.addEventListener('click', () => {
  defined()?.showPreferences();
});

applyLanguage();
customElements.whenDefined('cookie-consent').then(renderPanel);
