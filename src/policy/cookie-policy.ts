import { html, nothing, type TemplateResult } from 'lit/html.js';
import { withBuiltInTexts } from '../config/default-texts.js';
import { withPreferencesRow } from '../config/defaults.js';
import { parseConfig, parseConfigJson } from '../config/parse.js';
import { NECESSARY, servicesOf, type Category, type ConsentConfig, type TextOverrides } from '../config/types.js';
import { readConsent } from '../consent/cookie-store.js';
import type { ConsentRecord } from '../consent/record.js';
import { languagesOf, own } from '../i18n/catalogue.js';
import { loadedLanguages } from '../i18n/languages.js';
import { localize } from '../i18n/localize.js';
import { dialogMessagesFor } from '../i18n/messages-for.js';
import { format, platformName, type Messages } from '../i18n/messages.js';
import { policyEn } from '../i18n/policy-en.js';
import { policyFr } from '../i18n/policy-fr.js';
import type { PolicyMessages } from '../i18n/policy-messages.js';
import { resolveLanguage } from '../i18n/resolve-language.js';
import { BaseElement, type PropertyValues } from '../internal/element.js';
import { reportOnce } from '../internal/report.js';
import { adopt, css } from '../internal/styles.js';
import { cookieTable } from '../ui/cookie-table.js';
import { breakAtDots, fill } from '../ui/text.js';

/**
 * What the policy reads of the page's `<cookie-consent>` (its public getters). Typed here,
 * not imported: this entry does not carry the banner, which may come from another file.
 */
interface ConsentElement extends HTMLElement {
  readonly categories: readonly Category[];
  readonly texts: TextOverrides;
  readonly consent: ConsentRecord | null;
  readonly language: string;
  readonly platform: string;
  hasConsent(id: string): boolean;
}


const prose: Readonly<Record<string, PolicyMessages>> = { en: policyEn, fr: policyFr };


/**
 * The element renders into light DOM, where a strict CSP (`style-src 'self'`) forbids both
 * `<style>` and `style=""`: its few rules go into one constructable stylesheet adopted by the
 * document. Every selector is wrapped in `:where(cookie-policy)` so that it weighs no more
 * than a plain type selector and any portal rule (`cookie-policy table`, a class) wins.
 */
const styles = css`
  :where(cookie-policy) {
    display: block;
  }
  :where(cookie-policy) table {
    width: 100%;
    margin: 0 0 1.5em;
    border-collapse: collapse;
  }
  :where(cookie-policy) caption {
    padding: 0 0 0.5em;
    font-weight: 600;
    text-align: start;
  }
  :where(cookie-policy) th,
  :where(cookie-policy) td {
    padding: 0.5em 0.75em;
    border: 1px solid var(--cookie-consent-border-color, #6e7781);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  /* A long cookie name may break anywhere; words may not. */
  :where(cookie-policy) code {
    overflow-wrap: anywhere;
  }
  /* On a phone screen five columns do not fit (WCAG 1.4.10): each row becomes a block of
     labelled lines; the header row stays for screen readers, the visual labels are silent
     ("/ ''"). Printed, it stays a table. */
  @media screen and (max-width: 40em) {
    :where(cookie-policy) table,
    :where(cookie-policy) caption,
    :where(cookie-policy) tbody,
    :where(cookie-policy) tr,
    :where(cookie-policy) td {
      display: block;
    }
    /* Hidden from sight only, with no width of its own (a clipped header that kept its
       width made the page scroll sideways on a phone). */
    :where(cookie-policy) thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    :where(cookie-policy) tr {
      margin-bottom: 0.75em;
      border: 1px solid var(--cookie-consent-border-color, #6e7781);
    }
    :where(cookie-policy) td {
      border: 0;
    }
    :where(cookie-policy) td::before {
      content: attr(data-label) ': ' / '';
      font-weight: 600;
    }
  }
  :where(cookie-policy) dt {
    font-weight: 600;
  }
  :where(cookie-policy) dd {
    margin: 0 0 0.75em;
  }
  :where(cookie-policy) button {
    min-height: 2.75em;
    padding: 0.5em 1em;
    font: inherit;
    font-weight: 600;
    color: var(--cookie-consent-accent-contrast, #fff);
    background: var(--cookie-consent-accent, #0b57d0);
    border: 1px solid #0000;
    border-radius: var(--cookie-consent-border-radius, 0.5em);
    cursor: pointer;
  }
  :where(cookie-policy) button:focus-visible {
    outline: 2px solid var(--cookie-consent-focus-ring, var(--cookie-consent-accent, #0b57d0));
    outline-offset: 2px;
  }
  @media print {
    :where(cookie-policy) button {
      display: none;
    }
    :where(cookie-policy) tr {
      break-inside: avoid;
    }
  }
`;

/**
 * Lit cannot bind a tag name, and `lit/static-html.js` would cost more than six templates.
 * Levels past 6 stay at 6: HTML has no `<h7>`.
 */
const headings = [
  (text: unknown) => html`<h1>${text}</h1>`,
  (text: unknown) => html`<h2>${text}</h2>`,
  (text: unknown) => html`<h3>${text}</h3>`,
  (text: unknown) => html`<h4>${text}</h4>`,
  (text: unknown) => html`<h5>${text}</h5>`,
  (text: unknown) => html`<h6>${text}</h6>`,
];
const heading = (level: number, text: unknown): TemplateResult => headings[Math.min(level, 6) - 1]!(text);

/** The page's `<cookie-consent>` once it is upgraded (its getters exist), else `undefined`. */
function consentElement(): ConsentElement | undefined {
  const el = document.querySelector('cookie-consent') as ConsentElement | null;
  return el && Array.isArray(el.categories) ? el : undefined;
}

/**
 * The page's full cookie policy: what a cookie is, the kinds of cookies, one table per
 * category of the inventory, the visitor's current choice with its date, and a "Manage my
 * preferences" button that opens the `<cookie-consent>` dialog. It shows the inventory of
 * the page's `<cookie-consent>` unless it is given its own, so that the policy and the banner
 * never disagree, and follows the visitor's choice live.
 *
 * It renders into light DOM, not a shadow root: the text is found by the browser's
 * find-in-page and by search engines, prints with the page, and takes the portal's own
 * typography. Its few styles (table rules, spacing, focus ring, print) are adopted once by
 * the document, scoped to `cookie-policy` with the lowest useful specificity.
 *
 * @summary The platform's cookie policy, from the same inventory as `<cookie-consent>`.
 *
 * @slot - Takes an optional `<script type="application/json">` holding its own configuration (as `<cookie-consent>`'s).
 *
 * @cssprop --cookie-consent-accent - Background of the button and focus ring.
 * @cssprop --cookie-consent-accent-contrast - Text of the button.
 * @cssprop --cookie-consent-border-color - Table rules.
 * @cssprop --cookie-consent-border-radius - Corner radius of the button.
 * @cssprop --cookie-consent-focus-ring - Colour of the focus outline (defaults to the accent).
 */
export class CookiePolicy extends BaseElement {
  // Declared without decorators, as CookieConsent: their helpers would add to every download.
  static override properties = {
    platform: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    lang: {},
    config: { attribute: false },
  };

  /** The platform's URL (its host is named) or name. Default: the `<cookie-consent>`'s, else this host. */
  platform = '';

  /** Level of the section headings, 1 to 6; category headings are one below. */
  headingLevel = 2;

  /** Language, `en` or `fr`; otherwise the `<cookie-consent>`'s, then `<html lang>`, then English. */
  override lang = '';

  /** Own inventory, as `<cookie-consent>`'s `config`; takes precedence over a JSON child and over the page's `<cookie-consent>`. */
  config?: ConsentConfig;

  #started = false;
  /** The last own configuration parsed (the property, or the JSON child's text), and what it gave. */
  #parsedFrom: unknown;
  #parsed?: { categories: readonly Category[]; texts: TextOverrides };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adopt(document, [styles]);
    document.addEventListener('cookie-consent-change', this.#refresh);
    document.addEventListener('cookie-consent-ready', this.#refresh);
    // While the page is still being parsed, the JSON child and the `<cookie-consent>`'s may
    // not be there yet; reading the banner's inventory now would also make it load early.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.#start, { once: true });
    } else {
      this.#started = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('cookie-consent-change', this.#refresh);
    document.removeEventListener('cookie-consent-ready', this.#refresh);
    document.removeEventListener('DOMContentLoaded', this.#start);
  }

  /** A rendering error is reported, never thrown at the page (Lit would reject `updateComplete`). */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      reportOnce(`policy:${error}`, `<cookie-policy> could not render: ${error}`);
    }
  }

  protected override render() {
    if (!this.#started) return nothing;
    const consentEl = consentElement();
    // English, French, and the languages of the language files loaded (i18n/languages.ts).
    const lang = resolveLanguage([this.lang, consentEl?.language, document.documentElement.lang], [], languagesOf({}));
    const t = own(prose, lang) ?? own(loadedLanguages, lang)?.policy ?? policyEn;
    const { texts, ...inventory } = this.#inventory(consentEl);
    const categories = withBuiltInTexts(inventory.categories);
    // The table's headers and the dialog's other texts, with the overrides for `lang`.
    const m = { ...dialogMessagesFor(lang), ...own(texts, lang) } as Messages;
    const level = this.#headingLevel();
    const platform = this.#platform(consentEl);
    const consent = consentEl ? consentEl.consent : readConsent();
    return html`<div lang=${lang}>
      <p>${fill(t.intro, { platform: breakAtDots(platform) })}</p>
      <section>
        ${heading(level, t.whatHeading)}
        <p>${t.what}</p>
      </section>
      <section>
        ${heading(level, t.kindsHeading)}
        <dl>
          <dt>${t.necessaryTerm}</dt>
          <dd>${t.necessary}</dd>
          <dt>${t.statisticsTerm}</dt>
          <dd>${t.statistics}</dd>
          <dt>${t.firstPartyTerm}</dt>
          <dd>${t.firstParty}</dd>
          <dt>${t.thirdPartyTerm}</dt>
          <dd>${t.thirdParty}</dd>
        </dl>
      </section>
      <section>
        ${heading(level, fill(t.usedHeading, { platform: breakAtDots(platform) }))}
        <p>${t.usedIntro}</p>
        ${categories.map((c) => this.#renderCategory(c, level + 1, lang, t, m))}
      </section>
      <section>
        ${heading(level, t.choiceHeading)}
        <div aria-live="polite">
          ${consent ? this.#renderChoice(consent, categories, lang, t, (id) => (consentEl ? consentEl.hasConsent(id) : (consent.categories[id] ?? consent.services?.[id]) === true)) : html`<p>${t.noChoice}</p>`}
        </div>
        ${consentEl ? html`<p><button type="button" data-cookie-consent-open>${t.manage}</button></p>` : nothing}
      </section>
      <section>
        ${heading(level, t.changeHeading)}
        <p>${t.change}</p>
        <p>${t.browser}</p>
      </section>
    </div>`;
  }

  /** A category, or a service under its category's heading (a level below), with its table. */
  #renderCategory({ title, description, cookies = [], services = [] }: Category, level: number, lang: string, t: PolicyMessages, m: Messages): TemplateResult {
    const name = localize(title, lang);
    return html`<section>
      ${heading(level, name)}
      ${description ? html`<p>${localize(description, lang)}</p>` : nothing}
      ${cookies.length ? cookieTable(cookies, m, lang, { caption: format(t.caption, { category: name }) }) : services.length ? nothing : html`<p>${m.noCookies}</p>`}
      ${services.map((service) => this.#renderCategory(service, level + 1, lang, t, m))}
    </section>`;
  }

  #renderChoice(consent: ConsentRecord, categories: readonly Category[], lang: string, t: PolicyMessages, accepted: (id: string) => boolean): TemplateResult {
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(consent.updated));
    return html`<p>${t.choiceSaved} <time datetime=${consent.updated}>${date}</time>.</p>
      <ul>
        ${[...categories, ...servicesOf(categories)].map(
          ({ id, title }) =>
            html`<li>
              ${format(id === NECESSARY ? t.choiceAlways : accepted(id) ? t.choiceOn : t.choiceOff, {
                category: localize(title, lang),
              })}
            </li>`,
        )}
      </ul>`;
  }

  #start = (): void => {
    this.#started = true;
    this.requestUpdate();
  };

  #refresh = (): void => {
    this.requestUpdate();
  };

  #headingLevel(): number {
    const v = this.headingLevel;
    if (Number.isInteger(v) && v >= 1 && v <= 6) return v;
    const given = this.getAttribute('heading-level') ?? v;
    reportOnce(`policy:heading-level=${given}`, `<cookie-policy> "heading-level" must be a whole number from 1 to 6 (got "${given}"); using 2`);
    return 2;
  }

  /** As `<cookie-consent>` names it: a URL's host, or the name given. */
  #platform(consentEl: ConsentElement | undefined): string {
    return platformName(this.platform || consentEl?.platform);
  }

  /**
   * Own configuration (property, then JSON child), else the `<cookie-consent>`'s inventory in
   * force, else the default. Own configuration is parsed as `<cookie-consent>` parses it.
   */
  #inventory(consentEl: ConsentElement | undefined): { categories: readonly Category[]; texts: TextOverrides } {
    const child = this.querySelector<HTMLScriptElement>(':scope>script[type="application/json"]');
    const own = this.config !== undefined || !child ? this.config : (child.textContent ?? '');
    if (own === undefined && consentEl) return { categories: consentEl.categories, texts: consentEl.texts };
    if (own !== this.#parsedFrom || !this.#parsed) {
      const { config, error } = typeof own === 'string' ? parseConfigJson(own) : parseConfig(own);
      if (error) reportOnce(`policy-config:${error}`, `<cookie-policy> invalid configuration: ${error}; using the default inventory`);
      this.#parsedFrom = own;
      this.#parsed = {
        // As <cookie-consent> does, with its defaults: `necessary` keeps the choice cookie's row.
        categories: withPreferencesRow(config.categories, 'cookies_preferences', 180),
        texts: config.texts,
      };
    }
    return this.#parsed;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-policy': CookiePolicy;
  }
}
