import { parseConfig, parseConfigJson, type ParseResult } from './parse.js';
import type { ConsentConfig } from './types.js';

/**
 * An element's configuration, as `<cookie-consent>` and `<cookie-policy>` both take it: the
 * `config` property, else a `<script type="application/json">` child (unless `withChild` is
 * false: a child the parser has not finished), else none. Validated and merged with the
 * default inventory; never throws.
 */
export function configOf(el: Element & { readonly config?: ConsentConfig }, withChild = true): ParseResult {
  const child = withChild ? el.querySelector(':scope>script[type="application/json"]') : null;
  return el.config !== undefined || !child ? parseConfig(el.config) : parseConfigJson(child.textContent ?? '');
}
