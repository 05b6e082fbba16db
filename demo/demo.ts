/**
 * Script of the demo portal (index.html and policy.html): the page's texts in English and
 * French, and the integrator panel. Portal, language, colours and the element's attributes
 * are chosen in the "Demo settings" panel (settings.ts, imported first, which also sets
 * them on the element). It only uses what SPEC.md promises to integrators: attributes, the
 * two events and the element's API. It runs before /src/index.ts defines the element (see
 * index.html), so that it is listening when `cookie-consent-ready` fires.
 */
import type { CookieConsent } from '../src/cookie-consent.js';
import type {} from '../src/events.js';
import type { Lang } from './portals.js';
import { onSettingsChange, portal, settings } from './settings.js';

/**
 * French texts of the page, by `data-i18n` key. The English ones are those written in the
 * HTML, read once at start, so that each text is written in one place per language.
 */
const fr: Readonly<Record<string, string>> = {
  // Shared by every page
  skip: 'Aller au contenu principal',
  navMain: 'Menu principal',
  navDatasets: 'Jeux de données',
  navIntegrator: 'Panneau intégrateur',
  navPolicy: 'Politique de cookies',
  navServices: 'Services et langues',
  navCdn: 'Version CDN',
  navFooter: 'Pied de page',
  footerNote: '– un portail fictif pour la démo de <cookie-consent>.',
  cookieSettings: 'Gestion des cookies',

  // index.html
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
  ds3Text: 'Marchés attribués au-delà de 40 000 € : acheteur, titulaire, montant, durée et procédure.',
  ds3Pub: 'Direction des finances',
  ds4Title: 'Bibliothèques publiques : horaires et prêts',
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
  policyH1: 'Politique de cookies',
  policyPending:
    'L’élément <cookie-policy> n’est pas encore défini dans cette version : c’est lui qui affiche ici la politique ' +
    'complète, avec le tableau des cookies de la plateforme.',
};

/** Texts that name the portal, in both languages: `{name}` is its display name. */
const withName: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: {
    title: '{name} – datasets',
    h1: 'Welcome to the {name} portal',
    policyTitle: 'Cookie policy – {name}',
    policyIntro: 'Which cookies the {name} portal sets on your device, why, and for how long.',
  },
  fr: {
    title: '{name} – jeux de données',
    h1: 'Bienvenue sur le portail {name}',
    policyTitle: 'Politique de cookies – {name}',
    policyIntro: 'Les cookies que le portail {name} dépose sur votre appareil : lesquels, pourquoi et pour combien de temps.',
  },
};

let lang: Lang = settings().lang;

/** English texts and labels, as the HTML has them. */
const english = new Map<Element, string>();
const englishLabels = new Map<Element, string>();

function text(key: string, fallback: string): string {
  const named = withName[lang][key];
  if (named !== undefined) return named.replace('{name}', portal().name[lang]);
  if (lang === 'en') return fallback;
  const translated = fr[key];
  if (translated === undefined) console.warn(`demo: no French text for "${key}"`);
  return translated ?? fallback;
}

function applyLanguage(): void {
  lang = settings().lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    if (!english.has(el)) english.set(el, el.textContent ?? '');
    el.textContent = text(el.dataset.i18n!, english.get(el)!);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    if (!englishLabels.has(el)) englishLabels.set(el, el.getAttribute('aria-label') ?? '');
    el.setAttribute('aria-label', text(el.dataset.i18nLabel!, englishLabels.get(el)!));
  }

  const numbers = new Intl.NumberFormat(lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-count]')) {
    el.textContent = numbers.format(Number(el.dataset.count));
  }

  renderPanel();
}

onSettingsChange(applyLanguage);

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

// policy.html: while <cookie-policy> is not defined, say what will stand there. Every module
// of the page, /src/index.ts included, has run by `load`.
const policyPending = document.getElementById('policy-pending');
if (policyPending) {
  addEventListener('load', () => (policyPending.hidden = !!customElements.get('cookie-policy')), { once: true });
  customElements.whenDefined('cookie-policy').then(() => (policyPending.hidden = true));
}

applyLanguage();
customElements.whenDefined('cookie-consent').then(renderPanel);
