// Stands for 'lit/html.js' (and internal/element.ts, internal/styles.ts, events.ts) in the CDN files that come after the
// drop-in file: its on-demand chunks (cookie-consent.lazy.js, cookie-consent.embeds.js) and the
// policy page's shared chunk (cookie-policy.shared.js). They use the lit-html and the element
// base already on the page, which the drop-in file puts under a registry symbol as it runs,
// instead of second copies: a second lit-html would also ask Trusted Types for a second
// `lit-html` policy, which a strict CSP refuses. Only what those chunks use is here: the
// template tag, its "nothing" marker, render(), the element base class and the style sheet
// helpers, the placeholder's event class; nothing that
// reaches the page's DOM by itself.
import type * as LitHtml from 'lit/html.js';
import type { BaseElement as Base } from './element.js';
import type * as StyleSheets from './styles.js';
import type { CookieConsentAcceptCategoryEvent as AcceptEvent } from '../events.js';

export type SharedLit = Pick<typeof LitHtml, 'html' | 'nothing' | 'render'> &
  Pick<typeof StyleSheets, 'css' | 'adopt'> & {
    readonly BaseElement: typeof Base;
    readonly CookieConsentAcceptCategoryEvent: typeof AcceptEvent;
  };

const lit = (globalThis as unknown as Record<symbol, SharedLit>)[Symbol.for('portal-cookie-consent:lit')]!;

// One export each, so that a chunk keeps only what it uses.
export const html = /* @__PURE__ */ (() => lit.html)();
export const nothing = /* @__PURE__ */ (() => lit.nothing)();
export const render = /* @__PURE__ */ (() => lit.render)();
export const BaseElement = /* @__PURE__ */ (() => lit.BaseElement)();
export const css = /* @__PURE__ */ (() => lit.css)();
export const adopt = /* @__PURE__ */ (() => lit.adopt)();
export const CookieConsentAcceptCategoryEvent = /* @__PURE__ */ (() => lit.CookieConsentAcceptCategoryEvent)();

export type { TemplateResult } from 'lit/html.js';
export type { PropertyDeclaration, PropertyValues } from './element.js';
export type { Styles } from './styles.js';
