// The floor of the benchmark: the least a banner built on our stack (Lit + js-cookie) can
// cost. One custom element with a shadow root and static styles; it reads one cookie and,
// when there is no choice yet, shows a title, a sentence and three buttons. "Accept all"
// and "Reject all" write the cookie and hide the banner; "Customize" does nothing. No
// categories, texts, dialog, gating or events: whatever <cookie-consent> costs above this
// page is the price of its features, not of Lit or js-cookie.
//
// Built by scripts/bench.mjs (Vite, library mode, IIFE, minified) into bench/.build/.

import { LitElement, html, css } from 'lit';
import Cookies from 'js-cookie';

const COOKIE = 'floor_consent';

class FloorConsent extends LitElement {
  static properties = { open: { state: true } };

  static styles = css`
    :host { font: 15px/1.4 system-ui, sans-serif; }
    .banner {
      position: fixed; z-index: 1000; inset: auto 1rem 1rem auto; max-width: 26rem;
      padding: 1rem 1.25rem; border-radius: 8px; background: #fff; color: #1d1d1f;
      box-shadow: 0 4px 24px rgb(0 0 0 / 20%);
    }
    h2 { margin: 0 0 .5rem; font-size: 1.05rem; }
    p { margin: 0 0 1rem; }
    .actions { display: flex; gap: .5rem; flex-wrap: wrap; }
    button {
      flex: 1; padding: .5rem .75rem; border: 1px solid #14365d; border-radius: 4px;
      background: #14365d; color: #fff; font: inherit; cursor: pointer;
    }
  `;

  constructor() {
    super();
    this.open = !Cookies.get(COOKIE);
  }

  #choose(value) {
    Cookies.set(COOKIE, value, { expires: 180, sameSite: 'Lax', path: '/' });
    this.open = false;
  }

  render() {
    if (!this.open) return html``;
    return html`<section part="banner" class="banner" aria-labelledby="title">
      <h2 id="title">Cookies on this portal</h2>
      <p>We use cookies to measure the audience and for marketing. You can change your mind at any time.</p>
      <div class="actions">
        <button part="button accept-all" @click=${() => this.#choose('all')}>Accept all</button>
        <button part="button reject-all" @click=${() => this.#choose('necessary')}>Reject all</button>
        <button part="button customize">Customize</button>
      </div>
    </section>`;
  }
}

customElements.define('floor-consent', FloorConsent);
