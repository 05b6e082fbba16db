import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { styles } from './cookie-consent.styles.js';
import { withPreferencesRow } from './config/defaults.js';
import { parseConfig, parseConfigJson } from './config/parse.js';
import { NECESSARY, type Category, type ConsentConfig, type TextOverrides } from './config/types.js';
import { deleteCookies } from './consent/cookie-cleanup.js';
import { readCookie, readVerdict, removeRecord, writeRecord, type StoreOptions } from './consent/cookie-store.js';
import { gpcEnabled } from './consent/gpc.js';
import { checkInventory } from './consent/inventory-check.js';
import { sendProof } from './consent/proof-log.js';
import { createRecord, type ConsentRecord } from './consent/record.js';
import { ConsentSync } from './consent/sync.js';
import { CookieConsentChangeEvent, CookieConsentReadyEvent, type CookieConsentAcceptCategoryEvent } from './events.js';
import {
  consentState,
  defaultConsentModeMap,
  defaultPayload,
  pageUsesGoogleTags,
  pushConsent,
  type ConsentModeMap,
} from './gating/consent-mode.js';
import { ScriptGate } from './gating/script-gate.js';
import { languagesOf, localize, messagesFor } from './i18n/localize.js';
import { format, platformName, type Messages } from './i18n/messages.js';
import { resolveLanguage } from './i18n/resolve-language.js';
import { httpUrl } from './internal/http-url.js';
import { reportOnce } from './internal/report.js';

/** Elements on the page in connection order; the first one answers `data-cookie-consent-open`. */
const connected = new Set<CookieConsent>();

/**
 * Google Consent Mode's `default` (everything denied) must come before any Google tag reads
 * consent (GCM-1): it is pushed as soon as this module runs when the page already has
 * `gtag` or `dataLayer`, otherwise when an element starts, before it runs gated scripts.
 */
let consentModeDefaulted = false;
function consentModeDefault(map: ConsentModeMap, force: boolean): void {
  if (consentModeDefaulted || !(force || pageUsesGoogleTags())) return;
  consentModeDefaulted = true;
  pushConsent('default', defaultPayload(map), force);
}
consentModeDefault(defaultConsentModeMap, false);

/** The attribute's value when `ok`, else `fallback` after one console.error naming the attribute. */
function checked<T>(attribute: string, value: unknown, ok: unknown, fallback: T, expected: string): T {
  if (ok) return value as T;
  reportOnce(`${attribute}=${value}`, `"${attribute}" must be ${expected} (got "${value}"); using ${fallback ?? 'none'}`);
  return fallback;
}

/** The element that really has focus, looking through open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/**
 * A cookie-consent banner and preferences dialog for data portals. With no configuration
 * it lists the portal's own cookies; the visitor's choice is stored in the
 * `cookies_preferences` cookie.
 *
 * @summary Cookie-consent banner and preferences dialog for data portals.
 *
 * @fires cookie-consent-ready - Once after start; `detail.consent` is the stored choice or `null`.
 * @fires cookie-consent-change - Each time a choice is saved (and on `reset()`, with `consent: null`); `detail` is `{ consent, changed }`.
 *
 * @slot - Takes an optional `<script type="application/json">` holding the configuration; nothing is shown from it.
 *
 * @csspart banner - The first-layer banner (a labelled region, not modal).
 * @csspart banner-title - The banner's heading.
 * @csspart banner-text - The banner's explanation.
 * @csspart revision-notice - The note shown when the policy changed since the last choice.
 * @csspart gpc-notice - The note saying the browser's Global Privacy Control signal is honoured.
 * @csspart policy-link - The link to the cookie policy.
 * @csspart actions - A row of action buttons (banner and dialog footer).
 * @csspart button - Every action button; each also has one of the specific names below.
 * @csspart accept-all - The "Accept all" buttons.
 * @csspart reject-all - The "Reject all" buttons.
 * @csspart customize - The banner's "Customize" button.
 * @csspart save - The dialog's "Save my choices" button.
 * @csspart dialog - The preferences `<dialog>`.
 * @csspart dialog-header - The dialog's title bar.
 * @csspart dialog-title - The dialog's heading.
 * @csspart dialog-body - The dialog's scrolling content.
 * @csspart dialog-footer - The dialog's action bar.
 * @csspart close-button - The dialog's close button (closes without saving).
 * @csspart category - One category: title, switch, description, table.
 * @csspart switch - A category's switch (`<input type="checkbox" role="switch">`).
 * @csspart cookie-table - A category's cookie table.
 *
 * @cssprop --cookie-consent-font-family - Font of every text.
 * @cssprop --cookie-consent-color - Text colour.
 * @cssprop --cookie-consent-background - Background of the banner and the dialog.
 * @cssprop --cookie-consent-accent - Action buttons, checked switches, links and focus ring.
 * @cssprop --cookie-consent-accent-contrast - Text on the accent colour.
 * @cssprop --cookie-consent-border-color - Borders, table rules, unchecked switches.
 * @cssprop --cookie-consent-border-radius - Corner radius of the banner, the dialog and the buttons.
 * @cssprop --cookie-consent-spacing - Base spacing unit.
 * @cssprop --cookie-consent-max-width - Maximum width of the banner and the dialog.
 * @cssprop --cookie-consent-z-index - Stacking order of the banner.
 * @cssprop --cookie-consent-focus-ring - Colour of the focus outline (defaults to the accent).
 */
export class CookieConsent extends LitElement {
  static override styles = styles;

  // Declared without decorators: the decorator helpers would add to every visitor's download.
  static override properties = {
    platform: {},
    policyUrl: { attribute: 'policy-url' },
    lang: {},
    revision: { type: Number },
    expiresDays: { type: Number, attribute: 'expires-days' },
    cookieName: { attribute: 'cookie-name' },
    cookieDomain: { attribute: 'cookie-domain' },
    consentMode: { type: Boolean, attribute: 'consent-mode' },
    reloadOnWithdraw: { type: Boolean, attribute: 'reload-on-withdraw' },
    logUrl: { attribute: 'log-url' },
    debug: { type: Boolean },
    // Reflected: the styles select on them (:host([layout='bar'])).
    theme: { reflect: true },
    layout: { reflect: true },
    position: { reflect: true },
    config: { attribute: false },
  };

  /** The platform's URL, named in the texts ("cookies used on the … platform"). Default: this origin. */
  platform = '';

  /** Link to the full cookie policy, shown in the banner (http, https or relative). */
  policyUrl = '';

  /** Language of the texts; otherwise the `django_language` cookie, `<html lang>`, the browser, English. */
  override lang = '';

  /** Revision of the cookie policy; a choice made under a lower one counts as no choice. */
  revision = 0;

  /** How many days a choice is kept before the visitor is asked again (1 to 395). */
  expiresDays = 180;

  /** Name of the cookie that stores the choice. */
  cookieName = 'cookies_preferences';

  /** `Domain` of that cookie, to share one choice across sub-domains. Default: this host only. */
  cookieDomain = '';

  /** Send Google Consent Mode commands even where the page has no `gtag`/`dataLayer` yet (creates `dataLayer`). */
  consentMode = false;

  /** Reload the page when a category is withdrawn, so that scripts it had already run stop. */
  reloadOnWithdraw = false;

  /** Where to `sendBeacon` a proof of each saved choice (the record and the page address). */
  logUrl = '';

  /** Warn about cookies that no category declares and durations over 13 months. */
  debug = false;

  /** `light` (default), `dark`, or `auto` to follow `prefers-color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';

  /** `box` (default): a card; `bar`: edge to edge. */
  layout?: 'box' | 'bar';

  /** `bottom` (default), `top`, `bottom-left` or `bottom-right`. */
  position?: 'bottom' | 'top' | 'bottom-left' | 'bottom-right';

  /** Categories, texts and Consent Mode mapping (SPEC "Configuration"); takes precedence over a JSON child. */
  config?: ConsentConfig;

  #consent: ConsentRecord | null = null;
  #bannerOpen = false;
  #dialogOpen = false;
  /** The switches while the dialog is open; saved only by a button. */
  #draft: Record<string, boolean> = {};
  #revisionNotice = false;
  #categories: readonly Category[] = [];
  #texts: TextOverrides = {};
  #consentModeMap: ConsentModeMap = defaultConsentModeMap;
  #lang = 'en';
  #started = false;
  #loaded = false;
  #readyFired = false;
  /** The choice was made in this page view: kept even where the cookie could not be written. */
  #chosenHere = false;
  /** What had focus when the dialog opened; it gets focus back (A11Y-4). */
  #opener: HTMLElement | null = null;
  /** Gate, sync and listeners run while connected, once the choice has been read. */
  #effectsOn = false;
  #gate = new ScriptGate({
    isAccepted: (id) => this.hasConsent(id),
    categoryTitle: (id) => localize(this.#categories.find((c) => c.id === id)?.title ?? id, this.#lang),
    lang: () => this.#lang,
  });
  #sync?: ConsentSync;

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    if (connected.size > 1) {
      reportOnce('duplicate', 'there is more than one <cookie-consent> on the page: they share one stored choice, and only the first shows the banner');
    }
    document.addEventListener('click', this.#onDocumentClick);
    document.addEventListener('focusin', this.#onFocusIn);
    // When this runs before the parser has reached the JSON child, wait for the whole
    // document rather than show the default inventory and then another one.
    if (document.readyState === 'loading' && !this.#jsonChild()) {
      document.addEventListener('DOMContentLoaded', this.#start, { once: true });
    } else {
      this.#start();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    // The next element, if any, now shows the banner.
    connected.values().next().value?.requestUpdate();
    document.removeEventListener('click', this.#onDocumentClick);
    document.removeEventListener('focusin', this.#onFocusIn);
    document.removeEventListener('DOMContentLoaded', this.#start);
    document.removeEventListener('cookie-consent-accept-category', this.#onAcceptCategory);
    this.#gate.stop();
    this.#sync?.stop();
    this.#effectsOn = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#started) return;
    if (!this.#loaded || ['config', 'revision', 'expiresDays', 'cookieName', 'cookieDomain'].some((p) => changed.has(p as keyof CookieConsent))) {
      this.#load();
    }
    this.#lang = resolveLanguage(
      [this.lang, readCookie('django_language'), document.documentElement.lang],
      navigator.languages ?? [],
      languagesOf(this.#texts),
    );
  }

  protected override updated(): void {
    if (!this.#loaded) return;
    if (!this.#effectsOn && this.isConnected) this.#startEffects();
    if (!this.#readyFired) {
      this.#readyFired = true;
      this.dispatchEvent(new CookieConsentReadyEvent({ consent: this.#consent }));
    }
  }

  protected override render() {
    if (!this.#loaded) return nothing;
    const m = messagesFor(this.#lang, this.#texts);
    const platform = platformName(this.platform);
    // While the dialog is open it replaces the banner, which would only sit inert behind it.
    // A second element on the page (two templates, or npm and CDN copies) never adds a second banner.
    const banner = this.#bannerOpen && !this.#dialogOpen && connected.values().next().value === this;
    return html`${banner ? this.#renderBanner(m, platform) : nothing}
    ${this.#dialogOpen ? this.#renderDialog(m, platform) : nothing}`;
  }

  // Public API

  /** The valid stored choice (frozen), or `null` while the visitor has not chosen. */
  get consent(): ConsentRecord | null {
    return this.#consent;
  }

  /** The inventory in force: the default merged with the configuration, `necessary` first (for `<cookie-policy>`). */
  get categories(): readonly Category[] {
    this.#ensureLoaded();
    return this.#categories;
  }

  /** The integrator's text overrides in force, per language (for `<cookie-policy>`'s table headers). */
  get texts(): TextOverrides {
    this.#ensureLoaded();
    return this.#texts;
  }

  /** The language the texts are shown in (`en`, `fr`, or one the configuration adds). */
  get language(): string {
    return this.#lang;
  }

  /** Whether the category is accepted; `necessary` always is. */
  hasConsent(id: string): boolean {
    return id === NECESSARY || (!!this.#consent && Object.hasOwn(this.#consent.categories, id) && this.#consent.categories[id] === true);
  }

  /** Accepts every category and saves. */
  acceptAll(): void {
    this.#save(this.#all(true));
  }

  /** Refuses every optional category and saves. */
  rejectAll(): void {
    this.#save({});
  }

  /** Accepts exactly these categories (and `necessary`), refuses the others, and saves. */
  acceptCategories(ids: readonly string[]): void {
    const known = this.#all(false);
    const list: unknown[] = Array.isArray(ids) ? ids : [];
    const unknown = Array.isArray(ids) ? list.filter((id) => !Object.hasOwn(known, id as string)) : [ids];
    if (unknown.length) {
      reportOnce(`accept:${unknown}`, `acceptCategories() got unknown category ids ${JSON.stringify(unknown)}; ignoring them`);
    }
    this.#save(Object.fromEntries(list.filter((id) => !unknown.includes(id)).map((id) => [id, true])));
  }

  /** Shows the banner, even when a choice is stored. */
  showBanner(): void {
    this.#ensureLoaded();
    this.#bannerOpen = true;
    this.requestUpdate();
  }

  /** Opens the preferences dialog; focus returns to what had it when the dialog closes. */
  showPreferences(): void {
    this.#openDialog(deepActiveElement());
  }

  /** Hides the banner and the dialog without saving anything. */
  hide(): void {
    this.#bannerOpen = false;
    this.#closeDialog();
    this.requestUpdate();
  }

  /** Forgets the stored choice, withdraws what it accepted, and shows the banner again. */
  reset(): void {
    this.#ensureLoaded();
    const before = this.#consent?.categories ?? {};
    removeRecord(this.#store());
    this.#consent = null;
    this.#chosenHere = this.#revisionNotice = false;
    this.#sync?.announce(undefined);
    this.#notify(before);
    this.showBanner();
  }

  // Start-up

  #start = (): void => {
    // An API call (or <cookie-policy> reading `categories`) may have loaded the default
    // before the parser reached the JSON child: read the configuration again now.
    if (this.#loaded && this.config === undefined && this.#jsonChild()) this.#load();
    this.#started = true;
    this.requestUpdate();
  };

  #ensureLoaded(): void {
    this.#started = true;
    if (!this.#loaded) this.#load();
  }

  #jsonChild(): HTMLScriptElement | null {
    return this.querySelector(':scope>script[type="application/json"]');
  }

  /** Reads the configuration and the stored choice; bad input is reported, never thrown. */
  #load(): void {
    const child = this.#jsonChild();
    const { config, error } =
      this.config !== undefined || !child ? parseConfig(this.config) : parseConfigJson(child.textContent ?? '');
    if (error) reportOnce(`config:${error}`, `invalid configuration: ${error}; using the default inventory`);
    this.#categories = withPreferencesRow(config.categories, this.#cookieName(), this.#expiresDays());
    this.#texts = config.texts;
    this.#consentModeMap = config.consentMode;
    const verdict = readVerdict(this.#store());
    // A choice made in this page view that the browser would not store still holds.
    if (verdict.record || !this.#chosenHere) {
      this.#consent = verdict.record;
      this.#revisionNotice = verdict.reason === 'revision';
      this.#bannerOpen = !verdict.record;
    }
    this.#loaded = true;
  }

  // Attributes, checked where they are used

  #cookieName(): string {
    const v = this.cookieName;
    return checked('cookie-name', v, typeof v == 'string' && /^[\w!#$%&'+.^`|~-]{1,200}$/.test(v), 'cookies_preferences', 'a cookie name');
  }

  #expiresDays(): number {
    const v = this.expiresDays;
    // 395 days (13 months): the longest a tracker may live under the CNIL guidelines (CNIL-9).
    return checked('expires-days', v, Number.isInteger(v) && v > 0 && v <= 395, 180, 'a whole number of days from 1 to 395');
  }

  #store(): StoreOptions {
    const revision = this.revision;
    const domain = String(this.cookieDomain ?? '').replace(/^\./, '').toLowerCase();
    const host = location.hostname;
    return {
      cookieName: this.#cookieName(),
      cookieDomain: checked(
        'cookie-domain',
        domain,
        !domain || (/^[a-z\d.-]+$/.test(domain) && (host === domain || host.endsWith(`.${domain}`))),
        undefined,
        `${host} or one of its parent domains`,
      ),
      revision: checked('revision', revision, Number.isSafeInteger(revision) && revision >= 0, 0, 'a whole number ≥ 0'),
      expiresDays: this.#expiresDays(),
      categoryIds: this.#categories.map((c) => c.id),
    };
  }

  #policyUrl(): string | undefined {
    const v = this.policyUrl;
    return checked('policy-url', v, !v || httpUrl(v, document.baseURI), undefined, 'an http(s) or relative URL') || undefined;
  }

  // Choosing

  #all(value: boolean): Record<string, boolean> {
    this.#ensureLoaded();
    return Object.fromEntries(this.#categories.map((c) => [c.id, value]));
  }

  #save(choices: Readonly<Record<string, boolean>>): void {
    this.#ensureLoaded();
    const options = this.#store();
    const before = this.#consent?.categories ?? { [NECESSARY]: true };
    const record = createRecord(choices, options.categoryIds!, options.revision!, new Date(), this.#consent);
    if (!writeRecord(record, options)) {
      reportOnce('store', `the "${options.cookieName}" cookie could not be written; the choice holds for this page only`);
    }
    this.#consent = record;
    this.#chosenHere = true;
    this.#revisionNotice = this.#bannerOpen = false;
    this.#closeDialog();
    this.#sync?.announce(readCookie(options.cookieName!));
    if (this.logUrl) sendProof(this.logUrl, record);
    this.#notify(before);
  }

  // Acting on the choice

  /** Tells the page about a new choice (or, after reset(), about none), then applies it. */
  #notify(before: Readonly<Record<string, boolean>>): void {
    const consent = this.#consent;
    this.requestUpdate();
    this.dispatchEvent(
      new CookieConsentChangeEvent({
        consent,
        changed: this.#categories.map((c) => c.id).filter((id) => (before[id] === true) !== this.hasConsent(id)),
      }),
    );
    this.#applied(before);
  }

  /**
   * Runs what is now accepted, tells Google tags, and cleans up after what was withdrawn:
   * its cookies go (CNIL-6), and with `reload-on-withdraw` the page reloads so that scripts
   * it had already run stop too.
   */
  #applied(before: Readonly<Record<string, boolean>>): void {
    this.#gate.update();
    this.#consentModeUpdate();
    const withdrawn = this.#categories.filter(({ id }) => before[id] === true && !this.hasConsent(id));
    if (!withdrawn.length) return;
    const names = (categories: readonly Category[]) => categories.flatMap((c) => c.cookies ?? []).flatMap((row) => row.names);
    deleteCookies(names(withdrawn), names(this.#categories.filter((c) => c.id === NECESSARY)), this.#store().cookieDomain);
    if (this.reloadOnWithdraw) location.reload();
  }

  #consentModeUpdate(): void {
    if (this.consentMode || pageUsesGoogleTags()) {
      pushConsent('update', consentState(this.#consentModeMap, (id) => this.hasConsent(id)), this.consentMode);
    }
  }

  /** Starts, once the choice has been read: Consent Mode default then update (GCM-3), gated scripts, sync. */
  #startEffects(): void {
    this.#effectsOn = true;
    consentModeDefault(this.#consentModeMap, this.consentMode);
    if (this.#consent) this.#consentModeUpdate();
    this.#gate.start();
    const name = this.#cookieName();
    // One channel per cookie name: two choices stored under different names never mix.
    this.#sync = new ConsentSync(`cookie-consent:${name}`, () => readCookie(name), () => this.#onExternalChange());
    this.#sync.start();
    document.addEventListener('cookie-consent-accept-category', this.#onAcceptCategory);
    if (this.debug) checkInventory(this.#categories);
  }

  /** Another tab (or frame) of this origin saved a choice: take it, without saving it again. */
  #onExternalChange(): void {
    const before = this.#consent?.categories ?? { [NECESSARY]: true };
    const { record } = readVerdict(this.#store());
    this.#consent = record;
    this.#bannerOpen = !record;
    this.#closeDialog();
    this.#notify(before);
  }

  /** "Accept" on a blocked embed's placeholder: that category too, keeping the others. */
  #onAcceptCategory = (event: CookieConsentAcceptCategoryEvent): void => {
    if (connected.values().next().value !== this) return;
    const accepted = this.#categories.map((c) => c.id).filter((id) => this.hasConsent(id));
    this.acceptCategories([...accepted, event.detail.category]);
  };

  // The dialog

  get #dialog(): HTMLDialogElement | null | undefined {
    return this.shadowRoot?.querySelector('dialog');
  }

  async #openDialog(opener: HTMLElement | null): Promise<void> {
    this.#draft = this.#all(false);
    for (const id in this.#draft) this.#draft[id] = this.hasConsent(id);
    this.#opener = opener;
    this.#dialogOpen = true;
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.#dialog;
    if (!dialog) return;
    if (!dialog.open) {
      try {
        dialog.showModal();
      } catch {
        // Another modal or a detached document: shown in place is better than not at all.
        dialog.show();
      }
    }
    // Focus moves to the title, so that a screen reader starts from it (A11Y-2).
    dialog.querySelector<HTMLElement>('h2')?.focus();
  }

  #closeDialog(): void {
    const dialog = this.#dialog;
    if (dialog?.open) dialog.close();
    this.#onDialogClosed();
  }

  /** After Escape (the dialog's own `close` event) or any of our closes: gives focus back (A11Y-4). */
  #onDialogClosed = async (): Promise<void> => {
    if (!this.#dialogOpen) return;
    this.#dialogOpen = false;
    const opener = this.#opener;
    this.requestUpdate();
    await this.updateComplete;
    (opener?.isConnected ? opener : this.shadowRoot!.querySelector<HTMLElement>('[part~=customize]'))?.focus();
  };

  /**
   * `showModal()` makes the page inert but lets Tab leave the document for the browser's
   * own toolbar; wrapping here keeps focus inside the dialog (A11Y-3).
   */
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const all = [...this.#dialog!.querySelectorAll<HTMLElement>('button,input:enabled,a[href]')];
    const at = all.indexOf(this.shadowRoot!.activeElement as HTMLElement);
    // at === -1: focus is on the title, which comes before every control.
    const next = event.shiftKey ? (at < 1 ? all.at(-1) : null) : at === all.length - 1 ? all[0] : null;
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  /**
   * WCAG 2.4.11 Focus Not Obscured: the fixed banner must never hide the element that gets
   * focus. When it would, the page scrolls just enough to bring that element clear of it.
   */
  #onFocusIn = (event: FocusEvent): void => {
    const banner = this.shadowRoot?.querySelector('[part=banner]');
    const target = event.composedPath()[0];
    if (!banner || !(target instanceof Element)) return;
    if (banner.contains(target)) return banner.classList.remove('to-top', 'to-bottom');
    const covered = () => {
      const b = banner.getBoundingClientRect();
      const t = target.getBoundingClientRect();
      return t.bottom > b.top && t.top < b.bottom && t.right > b.left && t.left < b.right ? b : undefined;
    };
    const b = covered();
    if (!b) return;
    // A banner at the top pushes the target down, one at the bottom pushes it up…
    const t = target.getBoundingClientRect();
    const atTop = b.top < innerHeight / 2;
    window.scrollBy(0, atTop ? t.top - b.bottom - 8 : t.bottom - b.top + 8);
    // …and where the page cannot scroll that far (its very top or end), the banner moves
    // to the other edge until focus comes back to it.
    if (covered()) banner.classList.add(atTop ? 'to-bottom' : 'to-top');
  };

  #onDocumentClick = (event: MouseEvent): void => {
    if (connected.values().next().value !== this) return;
    const trigger = event
      .composedPath()
      .find((node) => node instanceof Element && node.hasAttribute('data-cookie-consent-open')) as HTMLElement | undefined;
    if (trigger) {
      // A "Cookie settings" link is often <a href="#">: do not jump to the top of the page.
      event.preventDefault();
      this.#openDialog(trigger);
    }
  };

  // Templates. Every text goes through a binding, never through markup.

  /** The first layer: a labelled region, not modal (A11Y-5); three actions that look alike (CNIL-3). */
  #renderBanner(m: Messages, platform: string): TemplateResult {
    const policyUrl = this.#policyUrl();
    return html`<section part="banner" class="banner" aria-labelledby="banner-title" lang=${this.#lang}>
      <h2 id="banner-title" part="banner-title">${format(m.bannerTitle, { platform })}</h2>
      ${this.#revisionNotice ? html`<p part="revision-notice"><strong>${m.revisionNotice}</strong></p>` : nothing}
      ${gpcEnabled() ? html`<p part="gpc-notice">${m.gpcNotice}</p>` : nothing}
      <p part="banner-text">
        ${format(m.bannerText, { platform, duration: localize(this.#expiresDays(), this.#lang) })}
        ${policyUrl ? html`<a part="policy-link" href=${policyUrl}>${m.policyLink}</a>` : nothing}
      </p>
      <div part="actions" class="actions">
        ${this.#actionButtons(m)}
        <button part="button customize" aria-haspopup="dialog" @click=${(e: Event) => this.#openDialog(e.target as HTMLElement)}>
          ${m.customize}
        </button>
      </div>
    </section>`;
  }

  #actionButtons(m: Messages): TemplateResult {
    return html`<button part="button accept-all" @click=${() => this.acceptAll()}>${m.acceptAll}</button>
      <button part="button reject-all" @click=${() => this.rejectAll()}>${m.rejectAll}</button>`;
  }

  /** The preferences: a native modal `<dialog>` (A11Y-1), one switch and one table per category. */
  #renderDialog(m: Messages, platform: string): TemplateResult {
    const lang = this.#lang;
    return html`<dialog
      part="dialog"
      aria-modal="true"
      aria-labelledby="dialog-title"
      aria-describedby="dialog-intro"
      lang=${lang}
      @close=${this.#onDialogClosed}
      @keydown=${this.#onKeydown}
    >
      <div part="dialog-header" class="header">
        <h2 id="dialog-title" part="dialog-title" tabindex="-1">${format(m.dialogTitle, { platform })}</h2>
        <button part="close-button" class="close" aria-label=${m.close} title=${m.close} @click=${() => this.#closeDialog()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div part="dialog-body" class="body">
        <p id="dialog-intro">${m.dialogIntro}</p>
        ${this.#categories.map(({ id, title, description, cookies = [] }) => {
          const necessary = id === NECESSARY;
          const withDuration = cookies.some((row) => row.duration !== undefined);
          return html`<section part="category" aria-labelledby="title-${id}">
            <div class="head">
              <h3 id="title-${id}"><label for="switch-${id}">${localize(title, lang)}</label></h3>
              <input
                type="checkbox"
                role="switch"
                part="switch"
                id="switch-${id}"
                aria-describedby="description-${id}"
                .checked=${necessary || this.#draft[id] === true}
                ?disabled=${necessary}
                @change=${(e: Event) => (this.#draft[id] = (e.target as HTMLInputElement).checked)}
              />
            </div>
            <p id="description-${id}">
              ${necessary ? html`<strong>${m.alwaysOn}.</strong> ` : nothing}${localize(description, lang)}
            </p>
            ${cookies.length
              ? html`<table part="cookie-table" aria-labelledby="title-${id}">
                  <tr>
                    <th scope="col">${m.provider}</th>
                    <th scope="col">${m.function}</th>
                    <th scope="col">${m.names}</th>
                    <th scope="col">${m.purpose}</th>
                    ${withDuration ? html`<th scope="col">${m.duration}</th>` : nothing}
                  </tr>
                  ${cookies.map(
                    (row) => html`<tr>
                      <td data-label=${m.provider}>${localize(row.provider, lang)}</td>
                      <td data-label=${m.function}>${localize(row.function, lang)}</td>
                      <td data-label=${m.names}>${row.names.map((name, i) => html`${i ? ', ' : ''}<code>${name}</code>`)}</td>
                      <td data-label=${m.purpose}>${localize(row.purpose, lang)}</td>
                      ${withDuration ? html`<td data-label=${m.duration}>${localize(row.duration, lang)}</td>` : nothing}
                    </tr>`,
                  )}
                </table>`
              : html`<p><em>${m.noCookies}</em></p>`}
          </section>`;
        })}
      </div>
      <div part="dialog-footer actions" class="actions">
        ${this.#actionButtons(m)}
        <button part="button save" @click=${() => this.#save(this.#draft)}>${m.save}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsent;
  }
}
