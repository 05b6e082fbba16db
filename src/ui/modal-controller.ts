import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The preferences dialog's behaviour: `showModal()` (A11Y-1), focus on its title so that a
 * screen reader starts there (A11Y-2), Tab and Shift+Tab wrapping inside it (A11Y-3: a
 * modal alone lets Tab leave for the browser's own toolbar), and, however it closes
 * (Escape, the close button, a choice), focus back to what opened it (A11Y-4).
 */
export class ModalController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #dialog: () => HTMLDialogElement | null | undefined;
  readonly #fallbackFocus: () => HTMLElement | null | undefined;
  /** What had focus when the dialog opened. */
  #opener: HTMLElement | null = null;
  /** Whether the host should render the dialog. */
  open = false;

  constructor(host: ReactiveControllerHost, dialog: () => HTMLDialogElement | null | undefined, fallbackFocus: () => HTMLElement | null | undefined) {
    this.#host = host;
    this.#dialog = dialog;
    this.#fallbackFocus = fallbackFocus;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Asks the host to render the dialog; it is shown as a modal in the same update. Focus will
   * return to `opener`, or, when it is a shadow host, to the element that has focus inside it
   * (looking through open shadow roots).
   */
  show(opener: Element | null): void {
    while (opener?.shadowRoot?.activeElement) opener = opener.shadowRoot.activeElement;
    this.#opener = opener as HTMLElement | null;
    this.open = true;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const dialog = this.#dialog();
    if (!this.open || !dialog || dialog.open) return;
    try {
      dialog.showModal();
    } catch {
      // Another modal or a detached document: shown in place is better than not at all.
      dialog.show();
    }
    dialog.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Closes it, as a choice or the close button does. */
  close(): void {
    const dialog = this.#dialog();
    if (dialog?.open) dialog.close();
    this.closed();
  }

  /** After the dialog's own `close` event (Escape) or close(): gives focus back. */
  readonly closed = async (): Promise<void> => {
    if (!this.open) return;
    this.open = false;
    const opener = this.#opener;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    // Where a choice took the banner (and its Customize) away: the page's "Cookie settings"
    // link, from which the choice can be changed again, rather than nowhere (WCAG 2.4.3).
    (opener?.isConnected ? opener : (this.#fallbackFocus() ?? document.querySelector<HTMLElement>('[data-cookie-consent-open]')))?.focus();
  };

  readonly keydown = (event: KeyboardEvent): void => {
    const dialog = this.#dialog();
    if (event.key !== 'Tab' || !dialog) return;
    const all = [...dialog.querySelectorAll<HTMLElement>('button,input:enabled,a[href]')];
    const at = all.indexOf((dialog.getRootNode() as ShadowRoot | Document).activeElement as HTMLElement);
    // at === -1: focus is on the title, which comes before every control.
    const next = event.shiftKey ? (at < 1 ? all.at(-1) : null) : at === all.length - 1 ? all[0] : null;
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };
}
