import { html, nothing, type TemplateResult } from 'lit/html.js';
import { NECESSARY, type Category } from '../config/types.js';
import { localize } from '../i18n/localize.js';
import type { Messages } from '../i18n/messages.js';
import { choiceButtons } from './banner.js';
import { cookieTable } from './cookie-table.js';
import { breakAtDots, fill } from './text.js';

export { preferencesStyles } from './preferences.styles.js';

/** What the preferences dialog shows: plain values, computed by the element. */
export interface PreferencesView {
  readonly m: Messages;
  readonly lang: string;
  readonly platform: string;
  /** The categories offered, `necessary` first. */
  readonly categories: readonly Category[];
  /** The switches as they stand; saved only by a button. */
  readonly draft: Readonly<Record<string, boolean>>;
}

export interface PreferencesActions {
  acceptAll(): void;
  rejectAll(): void;
  save(): void;
  /** The close button: closes without saving. */
  close(): void;
  toggle(id: string, on: boolean): void;
  /** The dialog's own `close` event (also after Escape). */
  closed(): void;
  keydown(event: KeyboardEvent): void;
}

/**
 * The second layer: a native modal `<dialog>` (A11Y-1) titled with the platform, one switch
 * (`role=switch`) and one cookie table per category, and the three actions. Loaded with
 * `import()` the first time it opens: a first view never pays for it.
 */
export function renderPreferences(view: PreferencesView, actions: PreferencesActions): TemplateResult {
  const { m, lang } = view;
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
    <div part="dialog-body" class="body">
      <p id="dialog-intro">${m.dialogIntro}</p>
      ${view.categories.map(({ id, title, description, cookies = [] }) => {
        const necessary = id === NECESSARY;
        return html`<section part="category" aria-labelledby="title-${id}">
          <div class="head">
            <h3 id="title-${id}"><label for="switch-${id}">${localize(title, lang)}</label></h3>
            <input
              type="checkbox"
              role="switch"
              part="switch"
              id="switch-${id}"
              aria-describedby="description-${id}"
              .checked=${necessary || view.draft[id] === true}
              ?disabled=${necessary}
              @change=${(e: Event) => actions.toggle(id, (e.target as HTMLInputElement).checked)}
            />
          </div>
          <p id="description-${id}">${necessary ? html`<strong>${m.alwaysOn}.</strong> ` : nothing}${localize(description, lang)}</p>
          ${cookies.length ? cookieTable(cookies, m, lang, { by: `title-${id}` }) : html`<p><em>${m.noCookies}</em></p>`}
        </section>`;
      })}
    </div>
    <div part="dialog-footer actions" class="actions">
      ${choiceButtons(m, actions)}
      <button part="button save" @click=${actions.save}>${m.save}</button>
    </div>
  </dialog>`;
}
