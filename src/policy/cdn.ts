// dist/cookie-policy.min.js: a small classic script that loads <cookie-policy> from beside
// itself once the page's scripts have run (DOMContentLoaded), in whichever order the page
// lists the two files. Where the banner's drop-in file is on the page, the policy uses its
// lit-html (cookie-policy.shared.js): one copy, one `lit-html` Trusted Types policy, and 9 kB gzip
// instead of 12.8. Without it, cookie-policy.standalone.js brings its own.
import { scriptBase } from '../internal/script-base.js';

const base = scriptBase(/\/cookie-policy(\.min)?\.js([?#]|$)/);

function load(): void {
  const shared = Symbol.for('portal-cookie-consent:lit') in globalThis;
  import(/* @vite-ignore */ new URL(shared ? 'cookie-policy.shared.js' : 'cookie-policy.standalone.js', base).href).catch((error) => {
    try {
      console.error(`cookie-consent: <cookie-policy> could not be loaded (${error})`);
    } catch {
      // A hostile console: nothing more to do.
    }
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', load, { once: true });
else load();

export {};
