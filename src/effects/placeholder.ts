import { html } from 'lit/html.js';
import { CookieConsentAcceptCategoryEvent } from '../events.js';
import { format } from '../i18n/messages.js';
import { loadedLanguages } from '../i18n/languages.js';
import { placeholderMessages } from '../i18n/placeholder.js';
import { BaseElement } from '../internal/element.js';
import { css } from '../internal/styles.js';


/**
 * Stands in place of an `<iframe data-cookie-category data-src>` while its category is
 * refused: it names the provider and offers to accept that category right there
 * (contextual consent). Created and kept up to date by `ScriptGate`, which sets every
 * property and the native `lang`; registered as `cookie-consent-placeholder` by the entry.
 *
 * @summary Placeholder for an embed blocked until its cookie category is accepted.
 *
 * @fires cookie-consent-accept-category - When the button is clicked; `detail.category` is the category id.
 *
 * @csspart placeholder - The box that takes the iframe's place (and size).
 * @csspart placeholder-text - The text naming the provider and the category.
 * @csspart placeholder-button - The button that accepts the category.
 *
 * @cssprop --cookie-consent-font-family - Font of the text.
 * @cssprop --cookie-consent-color - Text colour.
 * @cssprop --cookie-consent-background - Background of the box.
 * @cssprop --cookie-consent-accent - Background of the button and focus ring.
 * @cssprop --cookie-consent-accent-contrast - Text of the button.
 * @cssprop --cookie-consent-border-color - Border of the box.
 * @cssprop --cookie-consent-border-radius - Corner radius of the box and the button.
 * @cssprop --cookie-consent-spacing - Padding of the box.
 * @cssprop --cookie-consent-focus-ring - Colour of the focus outline (defaults to the accent).
 */
export class CookieConsentPlaceholder extends BaseElement {
  // Custom properties are read with a fallback, never set here, so a page themes from :root.
  static override styles = [
    css`
    :host {
      display: block;
      max-width: 100%;
    }
    :host([hidden]) {
      display: none;
    }
    div {
      box-sizing: border-box;
      height: 100%;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 1em;
      padding: var(--cookie-consent-spacing, 1em);
      text-align: center;
      font: 1em / 1.5 var(--cookie-consent-font-family, system-ui, sans-serif);
      color: var(--cookie-consent-color, #1f2328);
      background: var(--cookie-consent-background, #fff);
      border: 1px solid var(--cookie-consent-border-color, #6e7781);
      border-radius: var(--cookie-consent-border-radius, 0.5em);
    }
    p {
      margin: 0;
    }
    button {
      font: inherit;
      padding: 0.5em 1em;
      border: 1px solid #0000;
      border-radius: var(--cookie-consent-border-radius, 0.5em);
      color: var(--cookie-consent-accent-contrast, #fff);
      background: var(--cookie-consent-accent, #0b57d0);
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid var(--cookie-consent-focus-ring, var(--cookie-consent-accent, #0b57d0));
      outline-offset: 2px;
    }
  `,
  ];

  static override properties = {
    // Set by the gate only, so no attribute is observed for them.
    provider: { attribute: false },
    category: { attribute: false },
    categoryTitle: { attribute: false },
    text: { attribute: false },
    buttonText: { attribute: false },
    // The native `lang`, reactive too: the gate sets it when the page's language changes.
    lang: { reflect: true },
  };

  /** Who serves the embed: `data-cookie-provider`, else the host name of `data-src`. */
  provider = '';

  /** Id of the refused category the button accepts. */
  category = '';

  /** Title of that category in the page's language. */
  categoryTitle = '';

  /** The integrator's explanation (`texts`), with `{provider}` and `{category}` placeholders; default: the built-in one in the page's language. */
  text = '';

  /** The integrator's button label, with the same placeholders; default: the built-in one. */
  buttonText = '';

  protected override render() {
    const values = { provider: this.provider, category: this.categoryTitle || this.category };
    // The integrator's texts when given, else the built-in ones in the page's language.
    const own =
      (Object.hasOwn(placeholderMessages, this.lang) && placeholderMessages[this.lang]) ||
      (Object.hasOwn(loadedLanguages, this.lang) && loadedLanguages[this.lang]!.placeholder) ||
      placeholderMessages.en!;
    return html`<div part="placeholder">
      <p part="placeholder-text">${format(this.text || own.placeholderText, values)}</p>
      <button
        part="placeholder-button"
        @click=${() => this.dispatchEvent(new CookieConsentAcceptCategoryEvent({ category: this.category }))}
      >
        ${format(this.buttonText || own.placeholderButton, values)}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent-placeholder': CookieConsentPlaceholder;
  }
}
