/**
 * Script of demo/services.html, "a portal with services": the language switch (English and
 * French built in, the other languages loaded as files from /src/lang/ when chosen, the choice
 * kept in the address as ?lang=de), the page's own texts in English or French, and a live
 * panel of what a portal's script sees: `el.consent`, `hasConsent()` of each service, the
 * Consent Mode commands in `window.dataLayer` and Matomo's in `window._paq`.
 *
 * It is the page's only module: it loads the language file the address asks for, then the
 * element (/src/index.ts), so that the banner's first render is already in that language and
 * the listeners here are in place for `cookie-consent-ready`. It only uses what integrators
 * are promised: attributes, events and the element's API.
 */
import type { CookieConsent } from '../src/cookie-consent.js';
import type {} from '../src/events.js';
import './banner-room.js';

/** The banner's languages: two built in, five as language files. */
const LANGS = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'] as const;
type Code = (typeof LANGS)[number];
const BUILT_IN: readonly string[] = ['en', 'fr'];

const isCode = (value: string | null): value is Code => (LANGS as readonly (string | null)[]).includes(value);

/**
 * The page's own texts in French, by `data-i18n` key (the English ones are in the HTML). In
 * the other languages the page stays in English: it is a demo of the banner's languages.
 */
const fr: Readonly<Record<string, string>> = {
  title: 'Services et langues – INAI Données ouvertes',
  skip: 'Aller au contenu principal',
  navMain: 'Menu principal',
  navDatasets: 'Jeux de données',
  navPolicy: 'Politique de cookies',
  navServices: 'Services et langues',
  navCdn: 'Version CDN',
  navFooter: 'Pied de page',
  footerNote: '– un portail fictif pour la démo de <cookie-consent>.',
  cookieSettings: 'Gestion des cookies',
  h1: 'Services et langues',
  lead:
    'Cette page du portail montre deux vidéos et mesure son audience deux fois. Chaque service peut être accepté ' +
    'à part : les vidéos attendent derrière un espace réservé que le leur le soit.',
  langLabel: 'Langue du bandeau',
  langHint:
    'L’anglais et le français sont intégrés ; les autres langues sont des fichiers, chargés quand on les choisit. ' +
    'Le choix est gardé dans l’adresse.',
  langFailed: 'Le fichier de cette langue n’a pas pu être chargé : le bandeau garde sa langue.',
  videosTitle: 'Vidéos',
  youtubeCaption: 'L’open data en deux minutes, sur la chaîne YouTube du portail.',
  vimeoCaption: 'La conférence de l’Open Data Day, enregistrée sur Vimeo.',
  measureTitle: 'Mesure d’audience',
  measureText:
    'Matomo fonctionne sans consentement (une mesure exemptée : des statistiques anonymes, des cookies de 13 mois au ' +
    'plus) jusqu’à ce que le visiteur s’y oppose. Google Analytics 4 attend le consentement, qu’il apprend par Google ' +
    'Consent Mode.',
  panelTitle: 'Panneau intégrateur',
  panelIntro: 'Ce qu’un script du portail voit de l’élément, en direct.',
  panelGcm: 'Les 5 dernières commandes Consent Mode dans',
  panelPaq: 'Les commandes de Matomo dans',
  panelNone: 'Aucune pour l’instant.',
};

/** English texts, as the HTML has them, read once. */
const english = new Map<Element, string>();
const englishLabels = new Map<Element, string>();
const englishTitle = document.title;

/** The page's texts in French for `fr`, else in English; marked with their language. */
function applyPageTexts(code: Code): void {
  const page = code === 'fr' ? 'fr' : 'en';
  const text = (key: string, fallback: string) => (page === 'fr' ? (fr[key] ?? fallback) : fallback);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    if (!english.has(el)) english.set(el, el.textContent ?? '');
    el.textContent = text(el.dataset.i18n!, english.get(el)!);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    if (!englishLabels.has(el)) englishLabels.set(el, el.getAttribute('aria-label') ?? '');
    el.setAttribute('aria-label', text(el.dataset.i18nLabel!, englishLabels.get(el)!));
  }
  document.title = text('title', englishTitle);
  // <html lang> is the banner's language; the page's own parts say that they are in another.
  for (const el of document.querySelectorAll<HTMLElement>('[data-page-text]')) el.lang = page;
}

/** Loads a language file (German, Spanish…); English and French are built in. */
async function loadLanguage(code: Code): Promise<void> {
  if (!BUILT_IN.includes(code)) await import(/* @vite-ignore */ `/src/lang/${code}.ts`);
}

const el = document.querySelector('cookie-consent')!;
const select = document.getElementById('banner-lang') as HTMLSelectElement;

/** The element once it is defined: before that, it has no API. */
const defined = (): CookieConsent | null => (customElements.get('cookie-consent') ? el : null);

/** Puts `code` in force on the element, the page and the address (`?lang=`, left out for English). */
function apply(code: Code): void {
  el.lang = code;
  document.documentElement.lang = code;
  select.value = code;
  applyPageTexts(code);
  const url = new URL(location.href);
  if (code === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', code);
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

function status(message: string): void {
  const out = document.getElementById('lang-status');
  if (out) out.textContent = message;
}

/** The latest choice of the select: an earlier one whose file comes later is dropped. */
let wanted: Code = 'en';

select.addEventListener('change', async () => {
  const code = select.value;
  if (!isCode(code)) return;
  wanted = code;
  status('');
  try {
    await loadLanguage(code);
  } catch {
    if (wanted !== code) return;
    select.value = el.lang;
    status(el.lang === 'fr' ? fr.langFailed! : 'The file of this language could not be loaded: the banner keeps its language.');
    return;
  }
  if (wanted === code) apply(code);
});

// The live panel.

const consentJson = document.getElementById('consent-json')!;
const gcmLog = document.getElementById('gcm-log')!;
const paqLog = document.getElementById('paq-log')!;

/** Sets a text only when it changed, so that a refresh every second disturbs nothing. */
function setText(node: Element, value: string): void {
  if (node.textContent !== value) node.textContent = value;
}

/** Fills a list with one item per line, or the "none yet" item. */
function fillList(list: HTMLElement, lines: readonly string[]): void {
  const key = JSON.stringify(lines);
  if (list.dataset.shown === key) return;
  list.dataset.shown = key;
  if (!lines.length) {
    const empty = document.createElement('li');
    empty.className = 'empty';
    empty.lang = document.documentElement.lang === 'fr' ? 'fr' : 'en';
    empty.textContent = empty.lang === 'fr' ? fr.panelNone! : 'None yet.';
    list.replaceChildren(empty);
    return;
  }
  list.replaceChildren(
    ...lines.map((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      return item;
    }),
  );
}

/** An entry of dataLayer or _paq as a list of values: `gtag()` pushes `arguments` objects. */
const asList = (entry: unknown): unknown[] | undefined => {
  if (Array.isArray(entry)) return entry;
  if (entry && typeof entry === 'object' && Object.prototype.toString.call(entry) === '[object Arguments]') return Array.from(entry as ArrayLike<unknown>);
  return undefined;
};

/** A value as a script would write it, with spaces where a narrow panel may wrap it. */
function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${show(v)}`).join(', ')} }`;
  return String(value);
}

function consentModeCommands(): string[] {
  const layer = (window as unknown as { dataLayer?: unknown }).dataLayer;
  if (!Array.isArray(layer)) return [];
  const commands: string[] = [];
  layer.forEach((entry, i) => {
    const args = asList(entry);
    if (args?.[0] === 'consent') commands.push(`[${i}] gtag(${args.map(show).join(', ')})`);
  });
  return commands.slice(-5);
}

function matomoCommands(): string[] {
  const paq = (window as unknown as { _paq?: unknown })._paq;
  if (!Array.isArray(paq)) return [];
  return paq.map((entry) => {
    const args = asList(entry);
    return args ? `_paq.push([${args.map(show).join(', ')}])` : String(entry);
  });
}

function renderPanel(): void {
  const consent = defined();
  if (consent) {
    setText(consentJson, JSON.stringify(consent.consent, null, 2));
    for (const out of document.querySelectorAll<HTMLOutputElement>('output[data-has]')) {
      setText(out, String(consent.hasConsent(out.dataset.has!)));
    }
  }
  fillList(gcmLog, consentModeCommands());
  fillList(paqLog, matomoCommands());
}

document.addEventListener('cookie-consent-ready', renderPanel);
document.addEventListener('cookie-consent-change', renderPanel);
setInterval(renderPanel, 1000);

document.getElementById('call-reset')!.addEventListener('click', () => {
  // reset() fires cookie-consent-change (consent: null), which refreshes the panel.
  defined()?.reset();
});

// Start: the language of the address, its file, then the element.
const asked = new URLSearchParams(location.search).get('lang');
const initial: Code = isCode(asked) ? asked : 'en';
wanted = initial;
apply(initial);
try {
  await loadLanguage(initial);
} catch {
  // The banner falls back to English; the select still says what was asked.
}
await import('../src/index.js');
await customElements.whenDefined('cookie-consent');
renderPanel();
