/**
 * The "Demo settings" panel: which portal, language, colour scheme, theme stylesheet,
 * layout and position the demo shows. Every choice lives in the URL query
 * (?portal=gpseo&lang=fr&scheme=dark&layout=bar&position=top&theme=dsfr), so that a reload
 * or a shared link keeps it, and the demo's links carry it from page to page.
 *
 * It runs before the element is defined (it is imported by demo.ts, the first module of
 * the page, or is itself the first module on cdn.html), so that `<cookie-consent>` starts
 * with the right attributes; later changes are set on the live element, which re-renders.
 * On a page with `data-demo-reload` on <body> (cdn.html, whose texts are translated once
 * by a classic script) a change loads the new address instead, as a Django portal would.
 */
import type { CookieConsent } from '../src/cookie-consent.js';
import './banner-room.js';
import {
  hostOf,
  langs,
  layouts,
  platformOf,
  portals,
  positions,
  schemes,
  themes,
  type Lang,
  type Layout,
  type Portal,
  type Position,
  type Scheme,
} from './portals.js';

export interface Settings {
  portal: string;
  lang: Lang;
  scheme: Scheme;
  layout: Layout;
  position: Position;
  /** `none` or the id of one of `themes`. */
  theme: string;
}

type Key = keyof Settings;

const defaults: Readonly<Settings> = {
  portal: 'inai',
  lang: 'en',
  scheme: 'light',
  layout: 'box',
  position: 'bottom',
  theme: 'none',
};

const allowed: Readonly<Record<Key, readonly string[]>> = {
  portal: portals.map((p) => p.id),
  lang: langs,
  scheme: schemes,
  layout: layouts,
  position: positions,
  theme: ['none', ...themes.map((t) => t.id)],
};

/** In the order they appear in the address. */
const keys = Object.keys(defaults) as Key[];

/** The settings an address asks for; anything unknown is the default. */
function read(search: string): Settings {
  const query = new URLSearchParams(search);
  const settings = { ...defaults };
  for (const key of keys) {
    const value = query.get(key);
    if (value !== null && allowed[key].includes(value)) Object.assign(settings, { [key]: value });
  }
  return settings;
}

let current = read(location.search);

/** The settings in force. */
export const settings = (): Readonly<Settings> => current;

/** The portal in force. */
export const portal = (): Portal => portals.find((p) => p.id === current.portal)!;

/**
 * `href` with these settings in its query (defaults left out, so that a plain address is
 * the default demo), other parameters and the fragment kept; same-origin results are
 * returned as a path.
 */
export function withSettings(href: string, s: Readonly<Settings> = current): string {
  const url = new URL(href, location.href);
  for (const key of keys) url.searchParams.delete(key);
  for (const key of keys) if (s[key] !== defaults[key]) url.searchParams.set(key, s[key]);
  return url.origin === location.origin ? url.pathname + url.search + url.hash : url.href;
}

const listeners = new Set<(s: Readonly<Settings>) => void>();

/** Calls `listener` after each change of the settings (demo.ts re-translates the page). */
export function onSettingsChange(listener: (s: Readonly<Settings>) => void): void {
  listeners.add(listener);
}

// Texts of the panel.

const texts: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: {
    title: 'Demo settings',
    note: 'Not part of the portal. Each choice is kept in the address, so a reload or a shared link keeps it.',
    portalGroup: 'Portal',
    platform: 'Platform',
    language: 'Language',
    look: 'Look',
    scheme: 'Colour scheme',
    light: 'Light',
    dark: 'Dark',
    auto: 'System',
    theme: 'Theme stylesheet',
    none: 'None: the portal’s colours',
    missing: '(file not found)',
    banner: 'Banner',
    layout: 'Layout',
    box: 'Box',
    bar: 'Bar',
    position: 'Position',
    bottom: 'Bottom',
    top: 'Top',
    'bottom-left': 'Bottom left',
    'bottom-right': 'Bottom right',
    showBanner: 'Show the banner',
    showPreferences: 'Open the preferences',
    reset: 'Default settings',
    themeFailed: '{file} could not be loaded: the banner keeps the portal’s colours.',
    noTheme: 'no theme',
  },
  fr: {
    title: 'Réglages de la démo',
    note: 'Ne fait pas partie du portail. Chaque choix est gardé dans l’adresse : un rechargement ou un lien partagé le conserve.',
    portalGroup: 'Portail',
    platform: 'Plateforme',
    language: 'Langue',
    look: 'Apparence',
    scheme: 'Couleurs',
    light: 'Claires',
    dark: 'Sombres',
    auto: 'Système',
    theme: 'Feuille de thème',
    none: 'Aucune : les couleurs du portail',
    missing: '(fichier introuvable)',
    banner: 'Bandeau',
    layout: 'Disposition',
    box: 'Boîte',
    bar: 'Barre',
    position: 'Position',
    bottom: 'En bas',
    top: 'En haut',
    'bottom-left': 'En bas à gauche',
    'bottom-right': 'En bas à droite',
    showBanner: 'Afficher le bandeau',
    showPreferences: 'Ouvrir les préférences',
    reset: 'Réglages par défaut',
    themeFailed: '{file} n’a pas pu être chargé : le bandeau garde les couleurs du portail.',
    noTheme: 'sans thème',
  },
};

const t = (key: string): string => texts[current.lang][key] ?? texts.en[key] ?? key;

/** Themes whose file could not be loaded (a 404: the file is not there yet). */
const missing = new Set<string>();

// Building the panel: plain DOM, every text set by `translate()`.

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** An element whose text is the panel text `key`. */
const text = <K extends keyof HTMLElementTagNameMap>(tag: K, key: string, attributes: Record<string, string> = {}) =>
  h(tag, { ...attributes, 'data-t': key });

interface Choice {
  value: string;
  /** A panel text key, or the label itself when `lang` says it is in another language. */
  label: string;
  lang?: string;
}

function radios(key: Key, legend: string, choices: readonly Choice[]): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: 'choices' },
    text('legend', legend),
    ...choices.map(({ value, label, lang }) =>
      h(
        'label',
        { class: 'choice', ...(lang ? { lang } : {}) },
        h('input', { type: 'radio', name: `demo-${key}`, value }),
        ' ',
        h(
          'span',
          {},
          lang ? label : text('span', label),
          ...(key === 'theme' && value !== 'none' ? [' ', h('span', { class: 'missing', 'data-missing': value })] : []),
        ),
      ),
    ),
  );
}

function select(key: Key, label: string, choices: readonly Choice[]): HTMLElement {
  const id = `demo-${key}`;
  return h(
    'p',
    { class: 'field' },
    text('label', label, { for: id }),
    h('select', { id, name: id }, ...choices.map(({ value, label }) => text('option', label, { value }))),
  );
}

function buildPanel(): HTMLElement {
  const summary = h('summary', {}, text('span', 'title', { id: 'demo-settings-title', class: 'title' }), h('span', { class: 'digest' }));
  const portalSelect = h(
    'p',
    { class: 'field' },
    text('label', 'platform', { for: 'demo-portal' }),
    h('select', { id: 'demo-portal', name: 'demo-portal' }, ...portals.map((p) => h('option', { value: p.id, 'data-portal-option': p.id }))),
  );
  const actions = h(
    'div',
    { class: 'actions' },
    text('button', 'showBanner', { type: 'button', class: 'button secondary', 'data-demo-action': 'banner' }),
    text('button', 'showPreferences', { type: 'button', class: 'button secondary', 'data-demo-action': 'preferences' }),
    text('a', 'reset', { href: location.pathname, 'data-demo-reset': '' }),
  );
  const form = h(
    'form',
    { class: 'wrap' },
    h(
      'div',
      { class: 'groups' },
      h(
        'fieldset',
        { class: 'group' },
        text('legend', 'portalGroup'),
        portalSelect,
        radios('lang', 'language', [
          { value: 'en', label: 'English', lang: 'en' },
          { value: 'fr', label: 'Français', lang: 'fr' },
        ]),
      ),
      h(
        'fieldset',
        { class: 'group' },
        text('legend', 'look'),
        radios('scheme', 'scheme', schemes.map((value) => ({ value, label: value }))),
        radios('theme', 'theme', [{ value: 'none', label: 'none' }, ...themes.map((th) => ({ value: th.id, label: `theme:${th.id}` }))]),
      ),
      h(
        'fieldset',
        { class: 'group' },
        text('legend', 'banner'),
        radios('layout', 'layout', layouts.map((value) => ({ value, label: value }))),
        select('position', 'position', positions.map((value) => ({ value, label: value }))),
      ),
    ),
    actions,
    h('p', { class: 'status', role: 'status', id: 'demo-settings-status' }),
    text('p', 'note', { class: 'hint' }),
  );
  // Enter in a select would submit the form and reload the page.
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    if (control.name?.startsWith('demo-')) change({ [control.name.slice(5)]: control.value });
  });
  form.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-demo-action]')?.dataset.demoAction;
    const el = consentElement();
    if (action === 'banner') el?.showBanner();
    if (action === 'preferences') el?.showPreferences();
  });

  const details = h('details', { open: '' }, summary, form);
  // On a phone the panel starts folded, so that the portal shows first.
  if (matchMedia('(max-width: 40rem)').matches) details.open = false;
  return h('aside', { class: 'demo-settings', 'aria-labelledby': 'demo-settings-title' }, details);
}

/** `<cookie-consent>` once it is defined: before that it has no API. */
function consentElement(): CookieConsent | null {
  const el = document.querySelector('cookie-consent');
  return el && customElements.get('cookie-consent') ? el : null;
}

function translate(panel: HTMLElement): void {
  for (const el of panel.querySelectorAll<HTMLElement>('[data-t]')) {
    const key = el.dataset.t!;
    const theme = key.startsWith('theme:') ? themes.find((th) => `theme:${th.id}` === key) : undefined;
    el.textContent = theme ? theme.label[current.lang] : t(key);
  }
  for (const option of panel.querySelectorAll<HTMLOptionElement>('[data-portal-option]')) {
    const p = portals.find((x) => x.id === option.value)!;
    option.textContent = p.name[current.lang];
  }
  for (const el of panel.querySelectorAll<HTMLElement>('[data-missing]')) {
    el.textContent = missing.has(el.dataset.missing!) ? t('missing') : '';
  }
  const themeName = themes.find((th) => th.id === current.theme)?.label[current.lang] ?? t('noTheme');
  panel.querySelector('.digest')!.textContent = [
    portal().name[current.lang],
    current.lang === 'fr' ? 'Français' : 'English',
    t(current.scheme),
    themeName,
    `${t(current.layout)}, ${t(current.position).toLowerCase()}`,
  ].join(' · ');
  panel.querySelector<HTMLAnchorElement>('[data-demo-reset]')!.href = withSettings(location.href, defaults);
}

/** The controls show the settings in force. */
function reflect(panel: HTMLElement): void {
  for (const key of keys) {
    for (const control of panel.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="demo-${key}"]`)) {
      if (control instanceof HTMLSelectElement) control.value = current[key];
      else control.checked = control.value === current[key];
    }
  }
}

// Applying the settings to the page.

function status(message: string): void {
  const out = document.getElementById('demo-settings-status');
  if (out) out.textContent = message;
}

/** Adds, swaps or removes the theme's `<link rel="stylesheet">`. */
function applyTheme(): void {
  const root = document.documentElement;
  const theme = themes.find((th) => th.id === current.theme);
  let link = document.getElementById('demo-theme') as HTMLLinkElement | null;
  // The portal's own colours for the banner (demo.css) apply only without a theme, so that
  // a theme's custom properties are not fought over.
  root.dataset.bannerTheme = theme ? theme.id : 'none';
  if (link && link.getAttribute('href') === theme?.file) return;
  link?.remove();
  status('');
  if (!theme) return;
  link = h('link', { rel: 'stylesheet', id: 'demo-theme', href: theme.file });
  link.addEventListener('error', () => {
    if (!link!.isConnected) return;
    link!.remove();
    missing.add(theme.id);
    root.dataset.bannerTheme = 'none';
    status(t('themeFailed').replace('{file}', theme.file.slice(1)));
    const panel = document.querySelector<HTMLElement>('.demo-settings');
    if (panel) translate(panel);
  });
  document.head.append(link);
}

function apply(): void {
  const root = document.documentElement;
  const p = portal();
  root.lang = current.lang;
  root.dataset.portal = p.id;
  root.dataset.scheme = current.scheme;
  // DSFR's own switch, which themes/dsfr.css follows for <cookie-policy> (part of the page).
  if (current.scheme === 'auto') {
    root.dataset.frScheme = 'system';
    delete root.dataset.frTheme;
  } else {
    root.dataset.frTheme = current.scheme;
    delete root.dataset.frScheme;
  }
  applyTheme();

  for (const el of document.querySelectorAll('[data-portal-name]')) el.textContent = p.name[current.lang];
  for (const el of document.querySelectorAll('[data-portal-initials]')) el.textContent = p.initials;
  for (const el of document.querySelectorAll('[data-portal-host]')) el.textContent = hostOf(p);

  // The element: attributes set before it starts, or on the live element, which re-renders.
  for (const el of document.querySelectorAll('cookie-consent')) {
    el.setAttribute('platform', platformOf(p));
    el.setAttribute('lang', current.lang);
    el.setAttribute('theme', current.scheme);
    el.setAttribute('layout', current.layout);
    el.setAttribute('position', current.position);
    const policy = el.getAttribute('policy-url');
    if (policy) el.setAttribute('policy-url', withSettings(policy));
  }
  for (const el of document.querySelectorAll('cookie-policy')) {
    el.setAttribute('platform', platformOf(p));
    el.setAttribute('lang', current.lang);
  }

  // Links between the demo pages carry the settings, as a portal's language cookie would.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-settings]')) {
    a.setAttribute('href', withSettings(a.getAttribute('href')!));
  }

  const panel = document.querySelector<HTMLElement>('.demo-settings');
  if (panel) {
    translate(panel);
    reflect(panel);
  }
  for (const listener of listeners) listener(current);
}

function change(patch: Partial<Settings>): void {
  const next = { ...current };
  for (const [key, value] of Object.entries(patch) as [Key, string][]) {
    if (allowed[key]?.includes(value)) Object.assign(next, { [key]: value });
  }
  if (keys.every((key) => next[key] === current[key])) return;
  if (document.body.hasAttribute('data-demo-reload')) {
    location.assign(withSettings(location.href, next));
    return;
  }
  current = next;
  history.replaceState(history.state, '', withSettings(location.href));
  apply();
}

// Start: the panel goes before the portal's header, after the skip link and the element,
// so that "Skip to main content" stays the first stop of the keyboard.
const panel = buildPanel();
const header = document.querySelector('.site-header');
if (header) header.before(panel);
else document.body.append(panel);
apply();
