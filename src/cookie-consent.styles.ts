import { css } from './internal/styles.js';

// Public custom properties (--cookie-consent-*) are read with a fallback and never set on
// :host, so that a portal can theme the element from :root; they are prefixed because
// custom properties inherit into shadow DOM, where a page's generic --accent would leak in.
// Inside, each is read once into a private --_ variable, whose fallback is the theme's.
// These are the first view's styles (banner, and what the dialog shares with it); the
// dialog's own come with it (ui/preferences.styles.ts).
export const styles = css`
  :host {
    display: block;
  }
  .banner,
  dialog {
    --_fg: var(--cookie-consent-color, #1f2328);
    --_bg: var(--cookie-consent-background, #fff);
    --_accent: var(--cookie-consent-accent, #0b57d0);
    --_on-accent: var(--cookie-consent-accent-contrast, #fff);
    --_border: var(--cookie-consent-border-color, #6e7781);
    --_gap: var(--cookie-consent-spacing, 1em);
    --_radius: var(--cookie-consent-border-radius, 0.5em);
  }
  /* Dark: other fallbacks; a portal's own custom properties still win. */
  :host([theme='dark']) :is(.banner, dialog) {
    --_fg: var(--cookie-consent-color, #e6edf3);
    --_bg: var(--cookie-consent-background, #161b22);
    --_accent: var(--cookie-consent-accent, #8ab4f8);
    --_on-accent: var(--cookie-consent-accent-contrast, #0d1117);
    --_border: var(--cookie-consent-border-color, #8b949e);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) :is(.banner, dialog) {
      --_fg: var(--cookie-consent-color, #e6edf3);
      --_bg: var(--cookie-consent-background, #161b22);
      --_accent: var(--cookie-consent-accent, #8ab4f8);
      --_on-accent: var(--cookie-consent-accent-contrast, #0d1117);
      --_border: var(--cookie-consent-border-color, #8b949e);
    }
  }
  /* Font and colour are set here, not on :host, where any page rule (* { … }) would win.
     clamp(): a portal whose root is 10px (Bootstrap 3) still gets readable text, a
     visitor's larger default size is followed up to 20px. Sizes below are in em. */
  .banner,
  dialog {
    box-sizing: border-box;
    max-width: var(--cookie-consent-max-width, 60em);
    font: clamp(16px, 1rem, 20px) / 1.5 var(--cookie-consent-font-family, system-ui, sans-serif);
    /* A word wider than its box (a long host in a title, a label under a visitor's wider
       letter and word spacing, WCAG 1.4.12) breaks rather than spill. A host breaks first
       after its dots (<wbr>). */
    overflow-wrap: anywhere;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Fixed, so that its appearance moves nothing on the page (no layout shift).
     layout="box" (default): a card, centred or in a corner; layout="bar": edge to edge. */
  .banner {
    position: fixed;
    z-index: var(--cookie-consent-z-index, 2147483000);
    inset: auto var(--_gap) var(--_gap);
    margin: auto;
    max-height: calc(100vh - 2 * var(--_gap));
    overflow: auto;
    padding: var(--_gap);
    box-shadow: 0 0.25em 1.5em #0005;
  }
  :host([position^='top']) .banner {
    inset: var(--_gap) var(--_gap) auto;
  }
  /* bottom-left and bottom-right (ending in t): a card in a corner. */
  :host([position$='t']) .banner {
    max-width: min(26em, 100% - 2 * var(--_gap));
  }
  :host([position$='left']) .banner {
    right: auto;
  }
  :host([position$='right']) .banner {
    left: auto;
  }
  :host([layout='bar']) .banner {
    inset: auto 0 0;
    max-width: none;
    max-height: 100vh;
    border-width: 1px 0 0;
    border-radius: 0;
    box-shadow: 0 -0.25em 1em #0003;
  }
  :host([layout='bar'][position^='top']) .banner {
    inset: 0 0 auto;
    border-width: 0 0 1px;
  }
  /* Moved to the other edge while it would hide the focused element (ui/focus-not-obscured.ts);
     !important: it must beat every layout and position rule above. */
  .to-top {
    inset-block: 0 auto !important;
  }
  .to-bottom {
    inset-block: auto 0 !important;
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--_accent);
  }
  /* Every action looks the same and, in a grid of equal columns, has the same size:
     refusing is as easy and as visible as accepting (CNIL-3). */
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(8em, 100%), 1fr));
    gap: 0.75em;
  }
  [part~='button'] {
    min-height: 2.75em;
    padding: 0.5em;
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    color: var(--_on-accent);
    background: var(--_accent);
    /* Transparent, not none: forced colours (Windows High Contrast) draw it, so the button keeps its edge. */
    border: 1px solid #0000;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--cookie-consent-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  /* Phones (most visitors): the banner leaves the page readable, under 30 % of a 360×640
     screen in English and French: tighter spacing, 14px text, the three actions in one row
     of equal columns, each at least 40px high. */
  @media (max-width: 40em) {
    .banner {
      --_gap: var(--cookie-consent-spacing, 0.5rem);
      padding: 0.5rem 0.625rem 0.625rem;
      font-size: clamp(14px, 0.875rem, 18px);
      line-height: 1.4;
    }
    .banner h2 {
      margin: 0 0 0.125em;
      font-size: 1.0625em;
    }
    .banner p {
      margin: 0 0 0.5em;
    }
    .banner .actions {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 0.375rem;
    }
    .banner [part~='button'] {
      min-height: max(2.75em, 40px);
      padding: 0.25em 0;
      font-size: 0.9375em;
    }
  }
  /* 320px: "Personnaliser" must still fit its third of the row. */
  @media (max-width: 22em) {
    .banner [part~='button'] {
      font-size: 0.8125em;
    }
  }
  @media (max-width: 17em) {
    .banner .actions {
      grid-template-columns: 1fr;
    }
  }
`;
