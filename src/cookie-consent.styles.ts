import { css } from 'lit';

// Custom properties are read with a fallback and never set on :host, so that a portal can
// theme the element from :root; they are prefixed because custom properties inherit into
// shadow DOM, where a page's generic --accent would otherwise leak in.
export const styles = css`
  :host {
    display: block;
    font: 1rem/1.5 var(--cookie-consent-font-family, system-ui, sans-serif);
    color: var(--cookie-consent-color, #1f2328);
  }
  .banner,
  dialog {
    box-sizing: border-box;
    max-width: var(--cookie-consent-max-width, 60rem);
    color: inherit;
    background: var(--cookie-consent-background, #fff);
    border: 1px solid var(--cookie-consent-border-color, #6e7781);
    border-radius: var(--cookie-consent-border-radius, 0.5rem);
  }
  /* Fixed, so that its appearance moves nothing on the page (no layout shift). */
  .banner {
    position: fixed;
    z-index: var(--cookie-consent-z-index, 2147483000);
    inset: auto var(--cookie-consent-spacing, 1rem) var(--cookie-consent-spacing, 1rem);
    margin: auto;
    max-height: calc(100vh - 2rem);
    overflow: auto;
    padding: var(--cookie-consent-spacing, 1rem);
    box-shadow: 0 0.25rem 1.5rem #0005;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }
  h3 {
    margin: 0;
    font-size: 1.05rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  a {
    color: var(--cookie-consent-accent, #0b57d0);
  }
  /* Every action looks the same and, in a grid of equal columns, has the same size:
     refusing is as easy and as visible as accepting (CNIL-3). */
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(8rem, 100%), 1fr));
    gap: 0.75rem;
  }
  [part~='button'] {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--cookie-consent-accent-contrast, #fff);
    background: var(--cookie-consent-accent, #0b57d0);
    border: 0;
    border-radius: var(--cookie-consent-border-radius, 0.5rem);
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--cookie-consent-focus-ring, var(--cookie-consent-accent, #0b57d0));
    outline-offset: 2px;
  }
  dialog {
    width: calc(100% - 2rem);
    max-height: calc(100% - 2rem);
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
    gap: 1rem;
  }
  .header,
  .body,
  dialog .actions {
    padding: var(--cookie-consent-spacing, 1rem);
  }
  .body {
    overflow: auto;
    padding-block: 0;
  }
  .close {
    width: 2.75rem;
    height: 2.75rem;
    font-size: 1.75rem;
    color: inherit;
    background: none;
    border: 0;
    cursor: pointer;
  }
  [part='category'],
  dialog .actions {
    border-top: 1px solid var(--cookie-consent-border-color, #6e7781);
  }
  [part='category'] {
    padding: 0.75rem 0;
  }
  /* The knob is a gradient whose position, not only its colour, tells the state (WCAG 1.4.1). */
  [role='switch'] {
    flex: none;
    appearance: none;
    width: 3rem;
    height: 1.75rem;
    margin: 0;
    border: 2px solid var(--cookie-consent-border-color, #6e7781);
    border-radius: 1rem;
    background: radial-gradient(circle at 0.75rem, var(--cookie-consent-border-color, #6e7781) 0.5rem, #0000 0.55rem);
    cursor: pointer;
  }
  [role='switch']:checked {
    border-color: var(--cookie-consent-accent, #0b57d0);
    background: radial-gradient(circle at calc(100% - 0.75rem), var(--cookie-consent-accent-contrast, #fff) 0.5rem, #0000 0.55rem)
      var(--cookie-consent-accent, #0b57d0);
  }
  [role='switch']:disabled {
    opacity: 0.6;
    cursor: default;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  /* A long cookie name may break anywhere rather than push the dialog sideways; words may not. */
  code {
    overflow-wrap: anywhere;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
    border: 1px solid var(--cookie-consent-border-color, #6e7781);
  }
  /* On a phone five columns do not fit: each row becomes a block of labelled lines. The
     header row stays for screen readers, and the visual labels are silent ("/ ''"). */
  @media (max-width: 36rem) {
    tr,
    td {
      display: block;
    }
    tr:first-child {
      position: absolute;
      clip-path: inset(50%);
    }
    tr {
      margin-bottom: 0.5rem;
      border: 1px solid var(--cookie-consent-border-color, #6e7781);
    }
    td {
      border: 0;
    }
    td::before {
      content: attr(data-label) ': ' / '';
      font-weight: 600;
    }
    .banner {
      font-size: 0.9375rem;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .banner {
      animation: enter 0.2s ease-out;
    }
  }
  @keyframes enter {
    from {
      opacity: 0;
      transform: translateY(1rem);
    }
  }
`;
