// Stands for 'lit/html.js' in the CDN files that come after the drop-in file: its dialog chunk
// (cookie-consent.lazy.js) and the policy page's shared chunk (cookie-policy.shared.js).
// They use the lit-html already on the page, which the drop-in file puts under a registry
// symbol as it runs, instead of a second copy: a second copy would also ask Trusted Types
// for a second `lit-html` policy, which a strict CSP refuses. Only what those chunks use is
// here: the template tag, its "nothing" marker and render(); nothing that reaches the page's
// DOM by itself.
import type * as LitHtml from 'lit/html.js';

export type SharedLit = Pick<typeof LitHtml, 'html' | 'nothing' | 'render'>;

const lit = (globalThis as unknown as Record<symbol, SharedLit>)[Symbol.for('portal-cookie-consent:lit')]!;

export const { html, nothing, render } = lit;

export type { TemplateResult } from 'lit/html.js';
