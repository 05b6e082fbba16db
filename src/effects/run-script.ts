// What turns an accepted `<script type="text/plain" data-cookie-category>` into a running
// script: on demand, with the first script a choice accepts (the gate, effects/script-gate.ts,
// stays in the first view; a first view runs no gated script). The drop-in file fetches it as
// cookie-consent.scripts.js.

const JS_TYPE = /^((text|application)\/(x-)?(java|ecma)script)?$/;

const dataType = (script: Element): string => (script.getAttribute('data-type') ?? '').trim().toLowerCase();

/**
 * What the gate needs of a Trusted Types policy (typed here: lib.dom has no Trusted Types yet).
 * Its results are TrustedScript / TrustedScriptURL objects, typed as the strings the DOM setters take.
 */
interface ScriptPolicy {
  createScript(text: string): string;
  createScriptURL(url: string): string;
}
type TrustedTypes = { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy };

/** The policy's name, to list in a CSP `trusted-types` directive (next to Lit's `lit-html`). */
const TRUSTED_TYPES_POLICY = 'portal-cookie-consent';

/**
 * The gate's Trusted Types policy, made on the first activation and kept in this module only:
 * nothing else on the page may reach it. Undefined until then; 0 where the browser has no
 * Trusted Types or the page's CSP refuses the name (not asked again: the browser has reported
 * it, and then blocks the scripts as the page asked). A second copy of the package makes its
 * own, which the page allows with 'allow-duplicates'.
 */
let policy: ScriptPolicy | 0 | undefined;
/** The one value the policy passes: the text or URL the gate is handing over at that moment. */
let passing: string | undefined;

/** The policy's rule: a leaked reference (a wrapped `createPolicy`) makes nothing trusted. */
const pass = (value: string): string => {
  if (value !== passing) throw TypeError(TRUSTED_TYPES_POLICY);
  passing = undefined;
  return value;
};

/**
 * `value` as Trusted Types want it for a script's text (or, with `url`, its `src`): under
 * `require-trusted-types-for 'script'` these sinks take only TrustedScript / TrustedScriptURL.
 */
function trusted(value: string, url?: boolean): string {
  try {
    policy ??= (window as unknown as { trustedTypes: TrustedTypes }).trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, {
      createScript: pass,
      createScriptURL: pass,
    });
  } catch {
    policy = 0;
  }
  passing = value;
  return policy ? policy[url ? 'createScriptURL' : 'createScript'](value) : value;
}

/**
 * Replaces the inert script with a live copy, which the browser runs once inserted; `refuse`
 * reports one it leaves alone (gated on `necessary`, or without the page's nonce). Returns
 * whether `settled` will be called, once, when the copy has loaded or failed: an external
 * classic script that the ones after it wait for.
 */
export function runScript(
  original: HTMLScriptElement,
  root: Document,
  pageNonce: string | undefined,
  refuse: (element: Element, fault: string) => void,
  settled: () => void,
): boolean {
    // `necessary` is always accepted: such a script would run at once, so a gate adds nothing
    // but a way for injected markup to run. And 'strict-dynamic' trusts a script created here
    // whatever its nonce: without the page's own, it is markup the page's policy would refuse.
    const fault = /(^|\s)necessary(\s|$)/.test(original.getAttribute('data-cookie-category')!)
      ? '§necessary'
      : pageNonce && original.nonce !== pageNonce && '§nonce';
    if (fault) return refuse(original, fault), false;
    const script = root.createElement('script');
    for (const { name, value } of original.attributes) {
      if (name === 'type' || name === 'data-type' || name === 'data-cookie-category') continue;
      // Trusted Types sinks on a script: `src` (a URL) and event handlers (script).
      script.setAttribute(name, name === 'src' ? trusted(value, true) : /^on/.test(name) ? trusted(value) : value);
    }
    // Browsers empty the nonce attribute once the element is in a page with a CSP header;
    // only the property keeps it (https://html.spec.whatwg.org/#nonce-attributes).
    script.nonce = original.nonce;
    const type = dataType(original);
    if (type) script.type = type;
    // A script inserted from JS is async unless told otherwise; `async = false` makes the
    // browser run external ones in insertion order, as they were written.
    if (!original.hasAttribute('async')) script.async = false;
    script.text = trusted(original.text);
    const waits = script.hasAttribute('src') && !script.async && JS_TYPE.test(type);
    if (waits) {
      script.addEventListener('load', settled);
      script.addEventListener('error', settled);
    }
    original.replaceWith(script);
    return waits;
  }
