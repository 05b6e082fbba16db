import { html, nothing } from 'lit/html.js';
import * as attributes from './cookie-consent.attributes.js';
import { styles } from './cookie-consent.styles.js';
import { defaultConsentModeMap } from './config/consent-mode.js';
import { withPreferencesRow } from './config/defaults.js';
import { configOf } from './config/from-element.js';
import { NECESSARY, type Category, type ConsentConfig, type ConsentModeMap, type Service, type TextOverrides } from './config/types.js';
import { readCookie, readVerdict, removeRecord, writeRecord, type StoreOptions } from './consent/cookie-store.js';
import { gpcEnabled } from './consent/gpc.js';
import { createRecord, type ConsentRecord } from './consent/record.js';
import type { Choice, ConsentHost } from './effects/host.js';
import { PageEffects } from './effects/page-effects.js';
import { CookieConsentChangeEvent, CookieConsentReadyEvent } from './events.js';
import { bannerMessagesFor, languagesOf } from './i18n/catalogue.js';
import { localize } from './i18n/localize.js';
import { platformName, type BannerMessages } from './i18n/messages.js';
import { resolveLanguage } from './i18n/resolve-language.js';
import type { Extension } from './config/services.js';
import { BaseElement, type PropertyValues } from './internal/element.js';
import { loadFailed, loadLazy, loadServices, loadWords } from './internal/load-lazy.js';
import { reportOnce } from './internal/report.js';
import { wordsFrom } from './internal/report-words.js';
import { afterPaint } from './internal/schedule.js';
import { WhileParsed } from './internal/while-parsed.js';
import { adopt } from './internal/styles.js';
import { renderBanner } from './ui/banner.js';
import { FocusNotObscured } from './ui/focus-not-obscured.js';
import type { ModalController } from './ui/modal-controller.js';
import { Triggers, isFirst, type TriggerHost } from './ui/triggers.js';

/** The on-demand part (dialog, clean-up, `debug` checks), fetched once per page, when first needed. */
type Lazy = Awaited<ReturnType<typeof loadLazy>>;

// A report's long phrases come on demand, with the first report that has any (internal/phrases.ts).
wordsFrom(() => loadWords().then((words) => words.phrases));

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
export class CookieConsent extends BaseElement implements ConsentHost, TriggerHost {
  static override styles = [styles];

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

  /** Where to send a proof of each saved choice (the record and the page address). */
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

  // State
  #consent: ConsentRecord | null = null;
  #bannerOpen = false;
  #revisionNotice = false;
  #categories: readonly Category[] = [];
  #texts: TextOverrides = {};
  #consentModeMap: ConsentModeMap = defaultConsentModeMap;
  #lang = 'en';
  #loaded = false;
  #readyFired = false;
  /** The choice was made in this page view: kept even where the cookie could not be written. */
  #chosenHere = false;
  /** The stored record was found planted by another sub-domain (see updated()): no choice. */
  #planted = false;
  /** The switches while the dialog is open; saved only by a button. */
  #draft: Record<string, boolean> = {};
  /** The on-demand part, once loaded; `#opening` while it loads for the dialog. */
  #lazy?: Lazy;
  #opening?: Promise<unknown>;
  #openRequest = 0;
  /** The raw cookie value the state reflects (what another tab may since have changed). */
  #raw?: string;
  /** While the parser has not closed this element, its JSON child may still come: then it is read again. */
  #parse = new WhileParsed(this, () => {
    if (this.config === undefined) this.#load();
    this.requestUpdate();
  });

  /** While the services chunk loads for a configuration with services or exempt measurement: the banner, effects, `ready` and the dialog wait. */
  #extending?: Promise<unknown>;
  /** What that chunk made of the configuration: the whole inventory, services included, and what goes with it. */
  #ext?: Extension;
  /** The dialog's behaviour, which comes with it (on demand). */
  #modal?: ModalController;
  /** What a choice does to the page: started after the first frame, or at once for a returning visitor. */
  #effects = new PageEffects(this, {
    consentMode: () => ({ map: this.#consentModeMap, force: this.consentMode }),
    lang: () => this.#lang,
    texts: () => (Object.hasOwn(this.#texts, this.#lang) ? this.#texts[this.#lang] : undefined),
    categoryTitle: (id) => localize(this.#items().find((c) => c.id === id)?.title ?? id, this.#lang),
    cookieName: () => attributes.cookieName(this.cookieName),
    cookieDomain: () => this.#store().cookieDomain,
    known: () => this.#raw,
    onExternalChange: () => this.#onExternalChange(),
  });

  constructor() {
    super();
    new FocusNotObscured(this, () => this.shadowRoot?.querySelector('[part=banner]'));
    new Triggers(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
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
    // `ready` and the effects wait for the configuration to be complete.
    if (this.#readyFired || this.#parse.parsing) return;
    this.#readyFired = true;
    const fire = () => {
      if (this.#consent) this.#effects.start();
      else afterPaint().then(() => this.#effects.start());
      this.dispatchEvent(new CookieConsentReadyEvent({ consent: this.#consent }));
    };
    // With services, once they are checked (and the presets' trackers told).
    const ready = () => this.#extending?.then(fire) ?? fire();
    const { cookieName, cookieDomain } = this.#store();
    const store = window.cookieStore;
    // Without `cookie-domain` the choice is written host-only, so a copy carrying a Domain was
    // planted by another sub-domain (cookie tossing). Only the Cookie Store API can tell, in
    // Chromium (`domain`, null when host-only; the standard gives name and value only), and it
    // answers later: the effects and `ready` of a returning visitor wait for it.
    if (this.#consent && !cookieDomain && store) {
      (async () => {
        const planted = ((await store.getAll(cookieName!)) as { domain?: string }[]).find((copy) => copy.domain);
        if (planted) {
          this.#planted = true;
          this.#load();
          this.requestUpdate();
          reportOnce('planted', `§planted ${planted.domain}`, true);
        }
      })().then(ready, ready);
    } else ready();
  }

  protected override render() {
    const m = this.#messages();
    const platform = platformName(this.platform);
    // While the dialog is open it replaces the banner, which would only sit inert behind it.
    // A second element on the page (two templates, or npm and CDN copies) never adds a second banner.
    const banner = this.#bannerOpen && !this.#modal?.open && !this.#extending && isFirst(this);
    return html`${banner
      ? renderBanner(
          {
            m,
            lang: this.#lang,
            platform,
            // Written by Intl only where a text asks for it: the built-in ones do not, and
            // Intl's first unit format costs a phone tens of milliseconds.
            duration: () => localize(attributes.expiresDays(this.expiresDays), this.#lang),
            policyUrl: attributes.policyUrl(this.policyUrl),
            revisionNotice: this.#revisionNotice,
            gpc: gpcEnabled(),
            exemptNotice: this.#ext?.exempt && m.exemptNotice,
          },
          this.#bannerActions,
        )
      : nothing}
    ${this.#modal?.open && this.#lazy
      ? this.#lazy.renderPreferences(
          { m, lang: this.#lang, platform, categories: this.#categories, draft: this.#draft },
          this.#preferencesActions,
        )
      : nothing}`;
  }

  /** Also waits for the dialog's on-demand part while it loads, so that `await el.updateComplete` after showPreferences() finds the dialog open. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#opening;
    return super.getUpdateComplete();
  }

  #bannerActions = {
    acceptAll: (event: MouseEvent) => this.#choose(event, true),
    rejectAll: (event: MouseEvent) => this.#choose(event, false),
    customize: (event: Event) => this.openPreferences(event.currentTarget as HTMLElement),
  };

  #preferencesActions = {
    ...this.#bannerActions,
    save: () => this.#save(this.#draft),
    close: () => this.#modal?.close(),
    toggle: (id: string, on: boolean) => (this.#draft[id] = on),
    closed: () => this.#modal?.closed(),
    keydown: (event: KeyboardEvent) => this.#modal?.keydown(event),
  };

  // Public API

  /** The valid stored choice (frozen), or `null` while the visitor has not chosen. */
  get consent(): ConsentRecord | null {
    return this.#consent;
  }

  /**
   * The inventory in force: the default merged with the configuration, `necessary` first (for
   * `<cookie-policy>`). The built-in categories' descriptions and table texts are empty here:
   * they come with the dialog and the policy page, never in a first view.
   */
  get categories(): readonly Category[] {
    this.#ensureLoaded();
    return this.#categories;
  }

  /** The integrator's text overrides in force, per language (for `<cookie-policy>`'s texts). */
  get texts(): TextOverrides {
    this.#ensureLoaded();
    return this.#texts;
  }

  /** The language the texts are shown in (`en`, `fr`, or one the configuration adds). */
  get language(): string {
    return this.#lang;
  }

  /**
   * Whether the category or service is accepted; `necessary` always is, a category with
   * services when all of them are, and an exempt one until the visitor objects. Only what the
   * configuration declares can be: a stored record (or a forged one) naming another grants
   * nothing, to the gate, the placeholders or Consent Mode.
   */
  hasConsent(id: string): boolean {
    const chosen = this.#consent?.categories;
    return this.#ext?.has(id) ?? (id === NECESSARY || (chosen?.[id] === true && Object.hasOwn(chosen, id) && this.#categories.some((c) => c.id === id)));
  }

  /** Accepts every category and saves (once the services chunk is in, where it loads). */
  acceptAll(): void {
    this.#whole(() => this.#save(this.#all(true)));
  }

  /** Refuses every optional category and saves (the same). */
  rejectAll(): void {
    this.#whole(() => this.#save(this.#all(false)));
  }

  /**
   * Accepts exactly these categories (and `necessary`), refuses the others, and saves. Ids the
   * configuration does not declare are reported and skipped; anything but an array of strings
   * (a lone string, a hostile object) is reported and changes nothing.
   */
  acceptCategories(ids: readonly string[]): void {
    this.#whole(() => {
      const known = this.#all(false);
      // typeof only: String() or a template would run a hostile toString (or throw on a Symbol).
      if (!Array.isArray(ids)) return reportOnce(`accept`, `§notarray ${typeof ids}`);
      const unknown: unknown[] = ids.filter((id) => typeof id != 'string' || !Object.hasOwn(known, id));
      if (unknown.length) {
        const names = unknown.map((id) => (typeof id == 'string' ? id : typeof id)).join();
        reportOnce(`accept:${names}`, `§unknown ${names}`);
      }
      // An exempt one not named keeps its state: leaving it out is no objection.
      this.#save({ ...known, ...Object.fromEntries(ids.filter((id) => !unknown.includes(id)).map((id) => [id, true])) });
    });
  }

  /** Shows the banner, even when a choice is stored. */
  showBanner(): void {
    this.#ensureLoaded();
    this.#bannerOpen = true;
    this.requestUpdate();
  }

  /** Opens the preferences dialog; focus returns to what had it when the dialog closes. */
  showPreferences(): void {
    // The dialog's part looks through open shadow roots for the element that really has focus.
    this.openPreferences(document.activeElement as HTMLElement | null);
  }

  /** Hides the banner and the dialog without saving anything. */
  hide(): void {
    this.#bannerOpen = false;
    this.#openRequest++;
    this.#modal?.close();
    this.requestUpdate();
  }

  /** Forgets the stored choice, withdraws what it accepted, and shows the banner again. */
  reset(): void {
    this.#ensureLoaded();
    const before = this.#now();
    removeRecord(this.#store());
    this.#consent = null;
    this.#chosenHere = this.#revisionNotice = false;
    this.#announce(attributes.cookieName(this.cookieName));
    this.#notify(before, false);
    this.showBanner();
  }

  /** @internal The dialog, opened from a trigger or the banner; focus goes back to `opener`. */
  openPreferences(opener: HTMLElement | null): void {
    this.#draft = this.#now();
    const request = ++this.#openRequest;
    this.#opening = this.#withLazy().then((loaded) => {
      if (loaded && request === this.#openRequest) this.#modal!.show(opener);
    });
  }

  /** @internal A blocked embed's placeholder accepts its category (or service), keeping the others. */
  acceptCategory(id: string): void {
    this.#save({ ...this.#now(), [id]: true });
  }

  // Loading

  /** Reads the configuration if not yet done; returns the services chunk's loading, while it loads. */
  #ensureLoaded(): Promise<unknown> | undefined {
    if (!this.#loaded) this.#load();
    return this.#extending;
  }

  /** Reads the configuration and the stored choice; bad input is reported, never thrown. */
  #load(): void {
    // A JSON child still being parsed is not read: its text may be cut short.
    const { config, error, extended } = configOf(this, !this.#parse.parsing);
    if (error) reportOnce(`config:${error}`, `§config ${error}`);
    this.#categories = this.#withRow(config.categories);
    this.#ext = undefined;
    // `#opening` too: `await el.updateComplete` also waits for the services, so the inventory is whole.
    this.#opening = this.#extending = extended && loadServices()
      .then((ext) => ext.extend(this, extended, this.#withRow, reportOnce))
      .then(
        (ext) =>
          ({
            categories: this.#categories,
            map: this.#consentModeMap,
            texts: this.#texts,
          } = this.#ext = ext),
        // Without that part, the rest of the configuration holds: the banner still shows.
        loadFailed('services'),
      )
      .then(() => {
        this.#extending = undefined;
        // The stored choice again, now that its services are known; then the trackers are told it.
        this.#read();
        this.#ext?.tell();
        this.requestUpdate();
      });
    this.#texts = config.texts;
    this.#consentModeMap = config.consentMode;
    this.#read();
  }

  /** Reads the stored choice, with the inventory in force. */
  #read(): void {
    const store = this.#store();
    const verdict = readVerdict(store);
    const record = this.#planted ? null : verdict.record;
    this.#raw = readCookie(store.cookieName!);
    // A choice made in this page view that the browser would not store still holds.
    if (record || !this.#chosenHere) {
      this.#consent = record;
      this.#revisionNotice = verdict.reason === 'revision';
      this.#bannerOpen = !record;
    }
    this.#loaded = true;
  }

  /** The inventory with `necessary` keeping the row of the choice cookie. */
  #withRow = (categories: readonly Category[]) => withPreferencesRow(categories, attributes.cookieName(this.cookieName), attributes.expiresDays(this.expiresDays));

  async #withLazy(): Promise<Lazy | undefined> {
    try {
      await this.#extending;
      const loaded = await loadLazy();
      if (!this.#lazy) {
        if (this.shadowRoot) adopt(this.shadowRoot, [loaded.preferencesStyles]);
        this.#modal = new loaded.ModalController(
          this,
          () => this.shadowRoot?.querySelector('dialog'),
          () => this.shadowRoot?.querySelector<HTMLElement>('[part~=customize]'),
        );
      }
      return (this.#lazy = loaded);
    } catch (error) {
      loadFailed('the preferences dialog')(error);
      return undefined;
    }
  }

  #messages(): BannerMessages {
    return { ...this.#ext?.exempt?.(this.#lang), ...bannerMessagesFor(this.#lang, this.#texts) };
  }

  #store(): StoreOptions {
    return attributes.storeOptions(this, this.#categories.map((c) => c.id), this.#ext?.serviceIds);
  }

  // Choosing

  /** The categories and, where the configuration has any, their services. */
  #items(): readonly (Category | Service)[] {
    return this.#ext?.items ?? this.#categories;
  }

  /** Every category and service, as the choice in force has it. */
  #now(): Record<string, boolean> {
    this.#ensureLoaded();
    return Object.fromEntries(this.#items().map(({ id }) => [id, this.hasConsent(id)]));
  }

  /**
   * A choice made through the API: at once, or, while the services chunk loads, once it is in.
   * Before, the inventory has no services yet, so "all" would leave them out and a service id
   * would be unknown (the banner and the dialog wait for it anyway).
   */
  #whole(choose: () => void): void {
    this.#ensureLoaded()?.then(choose) ?? choose();
  }

  /** Every category and service `value`; refusing leaves an exempt one as it is (only its own switch objects). */
  #all(value: boolean): Record<string, boolean> {
    this.#ensureLoaded();
    return Object.fromEntries(this.#items().map(({ id, exempt }) => [id, value || (!!exempt && this.hasConsent(id))]));
  }

  /**
   * Accept all or Reject all, pressed: the choice takes the banner, and the focused button with
   * it, away. From the keyboard or assistive technology (a click whose `detail` is 0), focus goes
   * on to the page's "Cookie settings" link, from which the choice can be changed again (WCAG
   * 2.4.3); a pointer's click leaves focus alone, so the page does not scroll under the pointer.
   */
  #choose(event: MouseEvent, value: boolean): void {
    this.#save(this.#all(value));
    if (!event.detail) document.querySelector<HTMLElement>('[data-cookie-consent-open]')?.focus();
  }

  #save(choices: Choice): void {
    const before = this.#now();
    const options = this.#store();
    const record = createRecord(this.#ext?.complete(choices) ?? choices, options.categoryIds!, options.revision!, new Date(), this.#consent, options.serviceIds);
    const stored = writeRecord(record, options);
    // The visitor's browser refusing cookies is their setting, not a page error: a warning.
    if (!stored) reportOnce('store', `the "${options.cookieName}" cookie §store`, true);
    this.#consent = record;
    this.#chosenHere = true;
    this.#revisionNotice = this.#bannerOpen = false;
    this.#openRequest++;
    this.#modal?.close();
    this.#announce(options.cookieName!);
    // No proof of a choice the browser would not keep.
    this.#notify(before, stored);
  }

  /** Tells the other tabs (or frames) of this origin. */
  #announce(cookieName: string): void {
    this.#raw = readCookie(cookieName);
    this.#effects.announce(cookieName, this.#raw);
  }

  /** Another tab (or frame) of this origin saved a choice: take it, without saving it again. */
  #onExternalChange(): void {
    const before = this.#now();
    // Read as at start: what this page view chose is no longer the choice in force.
    this.#chosenHere = false;
    this.#read();
    this.#modal?.close();
    this.#notify(before, false);
  }

  // Acting on the choice

  /**
   * Tells the page about a new choice (or, after reset(), about none) at once; the page
   * effects follow once the browser has painted the closed banner.
   */
  #notify(before: Choice, proof: boolean): void {
    this.requestUpdate();
    this.dispatchEvent(
      new CookieConsentChangeEvent({
        consent: this.#consent,
        changed: Object.keys(before).filter((id) => before[id] !== this.hasConsent(id)),
      }),
    );
    this.#effects.schedule(before, proof);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsent;
  }
}
