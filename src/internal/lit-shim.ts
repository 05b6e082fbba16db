// Stands for 'lit' in dist/cookie-consent.lazy.js (the drop-in file's on-demand chunk): the
// chunk uses the Lit already on the page, which the drop-in file puts under a registry
// symbol just before it imports the chunk, instead of a second copy (a second copy would
// also ask Trusted Types for a second `lit-html` policy, which a strict CSP refuses). Only
// what the chunk uses is here; they are tagged template functions and a marker, nothing
// that reaches the page's DOM by itself.
import type * as Lit from 'lit';

export const LIT = Symbol.for('portal-cookie-consent:lit');

const lit = (globalThis as unknown as Record<symbol, Pick<typeof Lit, 'html' | 'css' | 'nothing'>>)[LIT]!;

export const { html, css, nothing } = lit;

export type { TemplateResult } from 'lit';
