// Stands for 'lit' in the CDN files that come after the drop-in file: its dialog chunk
// (cookie-consent.lazy.js) and the policy page's shared chunk (cookie-policy.shared.js).
// They use the Lit already on the page, which the drop-in file puts under a registry symbol
// as it runs, instead of a second copy: a second copy would also ask Trusted Types for a
// second `lit-html` policy, which a strict CSP refuses. Only what those chunks use is here:
// tagged template functions, a marker and the element base class, nothing that reaches the
// page's DOM by itself.
import type * as Lit from 'lit';

export type SharedLit = Pick<typeof Lit, 'LitElement' | 'css' | 'html' | 'nothing'>;

const lit = (globalThis as unknown as Record<symbol, SharedLit>)[Symbol.for('portal-cookie-consent:lit')]!;

export const { LitElement, css, html, nothing } = lit;

export type { PropertyValues, TemplateResult } from 'lit';
