import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { withBuiltInTexts } from '../config/default-texts.js';
import { NECESSARY, type Category, type CookieRow, type Service } from '../config/types.js';
import { localize } from '../i18n/localize.js';
import type { BannerMessages, DialogMessages } from '../i18n/messages.js';
import { dialogMessagesFor } from '../i18n/messages-for.js';
import { reportOnce } from '../internal/report.js';
import { choiceButtons } from './banner.js';
import { cookieTable } from './cookie-table.js';
import { breakAtDots, fill } from './text.js';

export { preferencesStyles } from './preferences.styles.js';

/** What the preferences dialog shows: plain values, computed by the element. */
export interface PreferencesView {
  /**
   * The element's texts for `lang`: its banner's, which carry every override for `lang`, the
   * dialog's included. The dialog's built-in texts fill in the rest.
   */
  readonly m: BannerMessages & Partial<DialogMessages>;
  readonly lang: string;
  readonly platform: string;
  /** The categories in force, `necessary` first. */
  readonly categories: readonly Category[];
  /** The switches as they stand; saved only by a button. */
  readonly draft: Readonly<Record<string, boolean>>;
}

export interface PreferencesActions {
  acceptAll(event: MouseEvent): void;
  rejectAll(event: MouseEvent): void;
  save(): void;
  /** The close button: closes without saving. */
  close(): void;
  toggle(id: string, on: boolean): void;
  /** The dialog's own `close` event (also after Escape). */
  closed(): void;
  keydown(event: KeyboardEvent): void;
}

/**
 * Whether the dialog offers a category: `necessary` (shown, always on), and an optional one
 * that declares a cookie or gates an element of this page, for no one is asked to consent to
 * nothing. The record still names the others, and "Accept all" still accepts them.
 */
const offered = ({ id, cookies, services }: Category) =>
  id == NECESSARY || cookies?.length || services?.length || document.querySelector(`[data-cookie-category~=${id}]`);

/**
 * How much table text (in characters of JSON, every language) is rendered as the dialog
 * opens. The tables after it wait behind a button of their own: a configuration may reach 20
 * categories of 100 rows with texts of 5 000 characters, seconds of work for the browser.
 */
const AT_ONCE = 25_000;

/** The switch (or checkbox) of a category or service, in the dialog's shadow root. */
const byId = (from: EventTarget | null, id: string) => ((from as Element).getRootNode() as ShadowRoot).getElementById(`switch-${id}`) as HTMLInputElement;

/** Shows the table after the button, rendered only now, or takes it away; `aria-expanded` follows. */
const toggleTable =
  (table: () => TemplateResult) =>
  ({ currentTarget: button }: Event): void => {
    const { nextElementSibling: shown, parentElement } = button as HTMLElement;
    render(shown ? nothing : table(), parentElement!);
    (button as HTMLElement).ariaExpanded = `${!shown}`;
  };

/**
 * The second layer: a native modal `<dialog>` (A11Y-1) titled with the platform, one switch
 * (`role=switch`) and one cookie table per category offered, and the three actions. Loaded
 * with `import()` the first time it opens: a first view never pays for it.
 */
export function renderPreferences(view: PreferencesView, actions: PreferencesActions): TemplateResult {
  const { lang } = view;
  const m = { ...dialogMessagesFor(lang), ...view.m };
  const categories = withBuiltInTexts(view.categories).filter(offered);
  // A duration of "13" is shown as it is, a text without a unit: most likely 13 days was meant.
  // Said where it shows (the first view, which only reads the configuration, stays small).
  for (const { names, duration } of categories.flatMap((c) => [c, ...(c.services ?? [])]).flatMap((c) => c.cookies ?? []))
    if (typeof duration == 'string' && /^\d+$/.test(duration))
      reportOnce(`duration:${names}`, `the duration of "${names}" is "${duration}", a text: write ${duration} (days) or "${duration} months"`, true);
  // Characters of table rendered so far (see AT_ONCE).
  let size = 0;
  /** The table of a category's or service's cookies, behind a button once AT_ONCE is reached. */
  const rows = (id: string, cookies: readonly CookieRow[]) => {
    const table = () => cookieTable(cookies, m, lang, { by: `title-${id}` });
    return !cookies.length
      ? html`<p><em>${m.noCookies}</em></p>`
      : size < AT_ONCE && (size += JSON.stringify(cookies).length) <= AT_ONCE
        ? table()
        : html`<div><button part="button" aria-expanded="false" @click=${toggleTable(table)}>${m.names}</button></div>`;
  };
  /** A switch; `then` runs after it changed the draft (a service's tells its category). */
  const toggle = (id: string, necessary: boolean, by: string, then?: (target: EventTarget) => void) =>
    html`<input
      type="checkbox"
      role="switch"
      part="switch"
      id="switch-${id}"
      aria-describedby=${by}
      .checked=${necessary || view.draft[id] === true}
      ?disabled=${necessary}
      @change=${(e: Event) => {
        actions.toggle(id, (e.target as HTMLInputElement).checked);
        then?.(e.target!);
      }}
    />`;
  // The body's tabindex: with `necessary` alone it holds no control to reach, so it takes the
  // focus itself, to be scrolled from the keyboard (as Chromium's own scrollers are).
  return html`<dialog
    part="dialog"
    aria-modal="true"
    aria-labelledby="dialog-title"
    aria-describedby="dialog-intro"
    lang=${lang}
    @close=${actions.closed}
    @keydown=${actions.keydown}
  >
    <div part="dialog-header" class="header">
      <h2 id="dialog-title" part="dialog-title" tabindex="-1">${fill(m.dialogTitle, { platform: breakAtDots(view.platform) })}</h2>
      <button part="close-button" class="close" aria-label=${m.close} title=${m.close} @click=${actions.close}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
    <div part="dialog-body" class="body" tabindex=${categories.length > 1 ? nothing : 0}>
      <p id="dialog-intro">${m.dialogIntro}</p>
      ${categories.map(({ id, title, description, cookies = [], services = [], exempt }) => {
        const necessary = id == NECESSARY;
        const on = services.filter((s) => view.draft[s.id] === true).length;
        return html`<section part="category" aria-labelledby="title-${id}">
          <div class="head">
            <h3 id="title-${id}"><label for="switch-${id}">${localize(title, lang)}</label></h3>
            ${services.length
              ? // A native checkbox, whose indeterminate state is announced as "mixed" (a switch has none).
                html`<input
                  type="checkbox"
                  part="switch category-switch"
                  class="all"
                  id="switch-${id}"
                  aria-describedby="description-${id}"
                  .checked=${on == services.length}
                  .indeterminate=${on > 0 && on < services.length}
                  @change=${({ target }: Event) => {
                    const { checked } = target as HTMLInputElement;
                    actions.toggle(id, checked);
                    for (const s of services) {
                      actions.toggle(s.id, checked);
                      byId(target, s.id).checked = checked;
                    }
                  }}
                />`
              : toggle(id, necessary, `description-${id}`)}
          </div>
          <p id="description-${id}">${necessary ? html`<strong>${`${m.alwaysOn}. `}</strong>` : nothing}${localize(description, lang)}</p>
          ${exempt && !services.length ? html`<p part="exempt-note">${m.exemptNote}</p>` : nothing}
          ${services.length
            ? html`<ul class="services">
                ${services.map(
                  (s: Service) => html`<li part="service">
                    <div class="head">
                      <h4 id="title-${s.id}"><label for="switch-${s.id}">${localize(s.title, lang)}</label></h4>
                      ${toggle(s.id, false, `description-${s.id}`, (target) => {
                        // The category's checkbox says whether all, some or none are on, as the next render would.
                        const on = services.filter((x) => view.draft[x.id] === true).length;
                        const box = byId(target, id);
                        actions.toggle(id, (box.checked = on == services.length));
                        box.indeterminate = on > 0 && !box.checked;
                      })}
                    </div>
                    <p id="description-${s.id}">${localize(s.description, lang)}${s.exempt ? html` <span part="exempt-note">${m.exemptNote}</span>` : nothing}</p>
                    ${rows(s.id, s.cookies ?? [])}
                  </li>`,
                )}
              </ul>`
            : nothing}
          ${services.length && !cookies.length ? nothing : rows(id, cookies)}
        </section>`;
      })}
    </div>
    <div part="dialog-footer actions" class="actions">
      ${choiceButtons(m, actions)}
      <button part="button save" @click=${actions.save}>${m.save}</button>
    </div>
  </dialog>`;
}
