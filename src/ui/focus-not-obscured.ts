import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * WCAG 2.4.11 Focus Not Obscured: the fixed banner must never hide the element that gets
 * focus. When it would, the page scrolls just enough to bring that element clear of it;
 * where the page cannot scroll that far (its very top or end), the banner moves to the
 * other edge (class `to-top` / `to-bottom`) until focus comes back to it.
 */
export class FocusNotObscured implements ReactiveController {
  readonly #banner: () => Element | null | undefined;

  constructor(host: ReactiveControllerHost, banner: () => Element | null | undefined) {
    this.#banner = banner;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('focusin', this.#onFocusIn);
  }

  hostDisconnected(): void {
    document.removeEventListener('focusin', this.#onFocusIn);
  }

  readonly #onFocusIn = (event: FocusEvent): void => {
    const banner = this.#banner();
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
    // …and where the page cannot scroll that far, the banner moves to the other edge.
    if (covered()) banner.classList.add(atTop ? 'to-bottom' : 'to-top');
  };
}
