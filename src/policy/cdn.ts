// dist/cookie-policy.min.js: a small classic script that loads <cookie-policy> from beside
// itself once the page's scripts have run (DOMContentLoaded), in whichever order the page
// lists the two files. Where the banner's drop-in file is on the page, the policy uses its
// Lit (cookie-policy.shared.js): one Lit, one `lit-html` Trusted Types policy, and 9 kB gzip
// instead of 14.5. Without it, cookie-policy.standalone.js brings its own Lit.
const FILE = /\/cookie-policy(\.min)?\.js([?#]|$)/;
let base = location.href;
try {
  base =
    (document.currentScript as HTMLScriptElement | null)?.src ||
    [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src).find((src) => FILE.test(src)) ||
    base;
} catch {
  // No document: nothing to show.
}

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
