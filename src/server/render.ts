import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit/html.js';
import { styles } from '../cookie-consent.styles.js';
import { exemptTexts } from '../config/services.js';
import { servicesOf, type ConsentConfig } from '../config/types.js';
import { bannerMessagesFor, languagesOf } from '../i18n/catalogue.js';
import { localize } from '../i18n/localize.js';
import { platformName } from '../i18n/messages.js';
import { resolveLanguage } from '../i18n/resolve-language.js';
import { renderBanner } from '../ui/banner.js';
import { expand } from '../internal/phrases.js';
import { inventoryOf } from './inventory.js';
import { readConsentFromCookieHeader } from './read-consent.js';

/** What the server knows of the page: the element's attributes and configuration, and the request. */
export interface RenderOptions {
  /** The platform's URL (`platform`). Required on a server: there is no `location` to default to. */
  readonly platform: string;
  /** `lang`: the page's language (`en`, `fr`; another falls back to English). */
  readonly lang?: string;
  /** `policy-url`: the cookie policy page, also where "Customize" leads without JavaScript. */
  readonly policyUrl?: string;
  /** The configuration, as the element's JSON child would hold it. */
  readonly config?: ConsentConfig;
  readonly revision?: number;
  readonly expiresDays?: number;
  readonly cookieName?: string;
  readonly cookieDomain?: string;
  readonly theme?: 'light' | 'dark' | 'auto';
  readonly layout?: 'box' | 'bar';
  readonly position?: 'bottom' | 'top' | 'bottom-left' | 'bottom-right';
  /**
   * The request's `Cookie` header: with a valid choice in it, no banner is rendered (the
   * element stays, for the footer link and the page effects). Without it, the banner is.
   */
  readonly cookieHeader?: string | null;
  /** Where the banner's form posts a choice made before the page's JavaScript ran (see handleConsentForm). */
  readonly formAction?: string;
  /** The CSP nonce of the response, given to the banner's `<style>` (a strict `style-src` allows it). */
  readonly nonce?: string;
}

// `display: contents`: the form adds no box, so the banner looks the same with it and without.
const bannerStyle = `${styles.text}form{display:contents}`;

/**
 * The CSP source of the server-rendered banner's one `<style>` (`'sha256-…'`), for a page whose
 * `style-src` allows no inline style and that renders the snippet ahead of time (no nonce):
 * `style-src 'self' 'sha256-…'`. It changes with the package's version only.
 */
export const bannerStyleHash = (): string => `'sha256-${createHash('sha256').update(bannerStyle).digest('base64')}'`;

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The JSON child's text, safe inside a <script> element: no "</script" or "<!--" can end it early. */
const jsonChild = (config: ConsentConfig): string => JSON.stringify(config).replace(/</g, '\\u003c');

/**
 * `<cookie-consent>` as HTML, for the server to write into the page: its attributes, its
 * configuration as a JSON child and, where the request holds no valid choice, its banner as a
 * declarative shadow root (`<template shadowrootmode="open">`), which the browser paints with
 * the page, before any script. The banner is renderBanner() itself, the client's, rendered by
 * `@lit-labs/ssr`; its buttons sit in a `<form method="post">` so that a click before the
 * script has run is not lost (handleConsentForm() stores it). Once the element upgrades, it
 * renders its own banner in place of this one, to the same pixels, and handles the clicks.
 */
export function renderCookieConsent(options: RenderOptions): string {
  const { categories, serviceIds, texts, error } = inventoryOf(options.config, options.cookieName, options.expiresDays);
  // As the element does in a browser: the whole default, and the first bad field named.
  if (error) console.error(`cookie-consent: ${expand(`§config ${error}`)}`);
  const lang = resolveLanguage([options.lang], [], languagesOf(texts));
  const attributes = Object.entries({
    platform: options.platform,
    lang: options.lang,
    'policy-url': options.policyUrl,
    revision: options.revision,
    'expires-days': options.expiresDays,
    'cookie-name': options.cookieName,
    'cookie-domain': options.cookieDomain,
    theme: options.theme,
    layout: options.layout,
    position: options.position,
  })
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
  const consent = readConsentFromCookieHeader(options.cookieHeader, {
    cookieName: options.cookieName,
    revision: options.revision,
    expiresDays: options.expiresDays,
    categoryIds: categories.map((c) => c.id),
    serviceIds,
  });
  const child = options.config === undefined ? '' : `<script type="application/json">${jsonChild(options.config)}</script>`;
  if (consent) return `<cookie-consent${attributes}>${child}</cookie-consent>`;
  const exempt = [...categories, ...servicesOf(categories)].some((c) => c.exempt);
  const m = { ...(exempt && (exemptTexts[lang] ?? exemptTexts.en)), ...bannerMessagesFor(lang, texts) };
  const banner = renderBanner(
    {
      m,
      lang,
      platform: platformName(options.platform),
      duration: () => localize(options.expiresDays ?? 180, lang),
      policyUrl: options.policyUrl,
      revisionNotice: false,
      gpc: false,
      exemptNotice: exempt ? m.exemptNotice : undefined,
    },
    // No handlers on the server: the form posts the choice until the element takes over.
    { acceptAll() {}, rejectAll() {}, customize() {} },
  );
  const form = html`<form method="post" action=${options.formAction ?? nothing}>${banner}</form>`;
  // Each button says which choice it posts; the client's banner, in no form, needs no name.
  const shadow = collectResultSync(render(form)).replace(
    /<button part="button (accept-all|reject-all|customize)"/g,
    (tag, part: string) => `${tag} name="choice" value="${part.split('-')[0]}"`,
  );
  const nonce = options.nonce ? ` nonce="${escapeAttribute(options.nonce)}"` : '';
  return `<cookie-consent${attributes}><template shadowrootmode="open"><style${nonce}>${bannerStyle}</style>${shadow}</template>${child}</cookie-consent>`;
}
