import { css } from '../internal/styles.js';

// The dialog's own styles, adopted by the element's shadow root when the dialog is first
// loaded. Colours, font, buttons and focus ring come from the first view's styles.
export const preferencesStyles = css`
  dialog {
    width: calc(100% - 2em);
    max-height: calc(100% - 2em);
    padding: 0;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: #0009;
  }
  .header,
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
  }
  .header,
  .body,
  dialog .actions {
    padding: var(--_gap);
  }
  .body {
    overflow: auto;
    padding-block: 0;
  }
  .close {
    width: 2.75em;
    height: 2.75em;
    font-size: 1.75em;
    color: inherit;
    background: none;
    /* Transparent: forced colours draw it, and the close button keeps its edge there. */
    border: 1px solid #0000;
    cursor: pointer;
  }
  [part=category],
  dialog .actions {
    border-top: 1px solid var(--_border);
  }
  [part=category] {
    padding: 0.75em 0;
  }
  /* The knob is a gradient whose position, not only its colour, tells the state (WCAG 1.4.1). */
  [role=switch] {
    flex: none;
    appearance: none;
    width: 3em;
    height: 1.75em;
    /* At least 24 × 24 CSS px wherever the text is small (WCAG 2.5.8). */
    min-width: 44px;
    min-height: 24px;
    margin: 0;
    border: 2px solid var(--_border);
    border-radius: 1em;
    background: radial-gradient(circle at 0.75em, var(--_border) 0.5em, #0000 0.55em);
    cursor: pointer;
  }
  [role=switch]:checked {
    border-color: var(--_accent);
    background: radial-gradient(circle at calc(100% - 0.75em), var(--_on-accent) 0.5em, #0000 0.55em) var(--_accent);
  }
  /* Right to left: the knob starts on the right. */
  [role=switch]:dir(rtl) {
    transform: scaleX(-1);
  }
  [role=switch]:disabled {
    opacity: 0.6;
    cursor: default;
  }
  /* Forced colours drop background images, and with them the knob: draw it in system colours. */
  @media (forced-colors: active) {
    [role=switch] {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: radial-gradient(circle at 0.75em, CanvasText 0.5em, #0000 0.55em) Canvas;
    }
    [role=switch]:checked {
      border-color: Highlight;
      background: radial-gradient(circle at calc(100% - 0.75em), HighlightText 0.5em, #0000 0.55em) Highlight;
    }
    [role=switch]:focus-visible {
      outline-color: CanvasText;
    }
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  /* A long cookie name may break anywhere rather than push the dialog sideways; words may not. */
  code {
    overflow-wrap: anywhere;
  }
  h3,
  h4 {
    margin: 0;
    font-size: 1.05em;
  }
  h4 {
    font-size: 1em;
  }
  /* A category's services, each with its own switch, under the category's checkbox. */
  .services {
    margin: 0;
    padding: 0 0 0 1em;
    list-style: none;
  }
  [part=service] {
    padding: 0.5em 0;
    border-top: 1px solid var(--_border);
  }
  .all {
    flex: none;
    width: 1.75em;
    height: 1.75em;
    /* An input's em is the browser's small control font: at least 24 × 24 CSS px (WCAG 2.5.8). */
    min-width: 24px;
    min-height: 24px;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
    border: 1px solid var(--_border);
  }
  /* On a phone five columns do not fit: each row becomes a block of labelled lines. The
     header row stays for screen readers, and the visual labels are silent ("/ ''"). */
  @media (max-width: 36rem) {
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    /* Hidden from sight only, and with no width of its own: a clipped header row that kept
       its width made the dialog scroll sideways on a phone. */
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tr {
      margin-bottom: 0.5em;
      border: 1px solid var(--_border);
    }
    td {
      border: 0;
    }
    td::before {
      content: attr(data-label) ': ' / '';
      font-weight: 600;
    }
  }
  /* Short screens (a phone held sideways, 400 % zoom: WCAG 1.4.10): the whole dialog scrolls,
     so that its title and actions leave the list room to read, and the close button shrinks. */
  @media (max-height: 25em) {
    dialog[open] {
      display: block;
      overflow: auto;
    }
    .body {
      overflow: visible;
    }
    .close {
      font-size: 1.25em;
    }
  }
  /* Phones: the three actions on one row, as in the banner, so that the list keeps the room. */
  @media (max-width: 40em) {
    dialog .actions {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 0.375rem;
      padding: 0.625rem;
    }
    dialog [part~=button] {
      min-height: max(2.75em, 40px);
      padding: 0.25em 0.125em;
      font-size: 0.875em;
    }
  }
`;
