// The dev server's own routes (demo and tests), never part of the package; used by
// vite.config.ts.
import { existsSync, readFileSync } from 'node:fs';

// Routes of the dev server (demo and tests), never of the package:
// - /dist/cookie-*.js, the CDN files, are served as they are;
// - the demo lives in demo/ but is served from the repository root (so that /src and /dist
//   resolve): a bare http://127.0.0.1:5173/ goes to it;
// - POST /__consent-log records a proof of consent (`log-url`), GET returns those recorded,
//   as a portal's server would store them; GET /__consent-log/requests, with their headers.
// - GET /__hostile/<name>[?csp=<other>] serves test/browser/fixtures/hostile/<name>.html as it
//   is (no Vite HTML transform, so no injected script), with the Content-Security-Policy header
//   written in <other>.csp, else <name>.csp, when that file exists (test/browser/hostile.test.ts).
/**
 * The server-rendered demo page (/demo/ssr/): the portal's look, the element as the server
 * wrote it, and the banner file unless `?nojs` (what a visitor without JavaScript gets).
 * @param {'en' | 'fr'} lang @param {string} element @param {boolean} script
 */
const ssrPage = (lang, element, script) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${lang === 'fr' ? 'Bandeau rendu par le serveur' : 'Server-rendered banner'} – INAI Open Data</title>
    <link rel="icon" href="/demo/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/demo/demo.css" />
  </head>
  <body>
    <header class="site-header"><div class="wrap"><a class="brand" href="/demo/"><span class="brand-mark" aria-hidden="true">INAI</span><span><span>INAI Open Data</span> <span class="brand-host">inai.opendatasoft.com</span></span></a></div></header>
    ${element}
    <div class="page"><div class="wrap"><main id="main">
      <h1>${lang === 'fr' ? 'Le bandeau est dans le HTML' : 'The banner is in the HTML'}</h1>
      <p>${lang === 'fr'
        ? 'Cette page est rendue par le serveur (portal-cookie-consent/server) : le bandeau s’affiche avec la page, avant tout script, et ses boutons marchent sans JavaScript. Un visiteur qui a déjà choisi ne le reçoit pas.'
        : 'This page is rendered by the server (portal-cookie-consent/server): the banner shows with the page, before any script, and its buttons work without JavaScript. A visitor who has chosen does not get it.'}</p>
      <p><a href="?lang=${lang === 'fr' ? 'en' : 'fr'}">${lang === 'fr' ? 'English' : 'Français'}</a> · <a href="?lang=${lang}&amp;nojs">${lang === 'fr' ? 'Sans JavaScript' : 'Without JavaScript'}</a></p>
    </main></div></div>
    <footer class="site-footer"><div class="wrap"><a href="#" data-cookie-consent-open>${lang === 'fr' ? 'Gestion des cookies' : 'Cookie settings'}</a></div></footer>
    ${script ? '<script src="/dist/cookie-consent.min.js" defer></script>' : ''}
  </body>
</html>
`;

/** @returns {import('vite').Plugin} */
export const devRoutes = () => ({
  name: 'dev-routes',
  configureServer(server) {
    /** @type {unknown[]} */
    const proofs = [];
    /** What came with each proof: the headers a privacy review looks at. @type {unknown[]} */
    const requests = [];
    server.middlewares.use((req, res, next) => {
      const path = (req.url ?? '').split(/[?#]/)[0];
      if (/^\/dist\/(cookie-(consent|policy)\.[\w.]+|lang\/[a-z]+)\.js$/.test(path) && existsSync(`${server.config.root}${path}`)) {
        // The CDN files as a CDN would serve them: never transformed (Vite would add an
        // import to the drop-in file's dynamic import(), which a classic script cannot run).
        // The npm build (dist/index.js and its chunks) still goes through Vite, which resolves
        // its bare `lit` imports as an app's bundler would.
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(readFileSync(`${server.config.root}${path}`));
      } else if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      } else if (req.url === '/__consent-log' && req.method === 'POST') {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          let parsed;
          try {
            parsed = JSON.parse(body);
          } catch {
            parsed = { unparsable: body.slice(0, 200) };
          }
          proofs.push(parsed);
          requests.push({
            body: parsed,
            contentType: req.headers['content-type'] ?? null,
            cookie: req.headers.cookie ?? null,
            referer: req.headers.referer ?? null,
          });
          res.statusCode = 204;
          res.end();
        });
      } else if (path === '/demo/ssr/consent') {
        // The no-JavaScript path of the server-rendered banner (dist/server.js, built).
        import(`${server.config.root}/dist/server.js`).then(
          ({ handleConsentForm }) => handleConsentForm(req, res, { policyUrl: '/demo/policy.html' }),
          next,
        );
      } else if (path === '/demo/ssr/' || path === '/demo/ssr') {
        // A page rendered per request by portal-cookie-consent/server: the banner is in the HTML
        // (a declarative shadow root) unless the request's cookie holds a valid choice.
        const url = new URL(req.url ?? '/', 'http://localhost');
        import(`${server.config.root}/dist/server.js`).then(({ renderCookieConsent, bannerStyleHash }) => {
          const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'fr';
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          // ?csp: a strict policy, the banner's <style> allowed by its hash, no inline script.
          if (url.searchParams.has('csp')) res.setHeader('Content-Security-Policy', `default-src 'self'; style-src 'self' ${bannerStyleHash()}; script-src 'self'; object-src 'none'; base-uri 'none'`);
          // The page differs with the visitor's cookie: no shared cache may keep one for all.
          res.setHeader('Vary', 'Cookie');
          res.setHeader('Cache-Control', 'no-store');
          res.end(ssrPage(lang, renderCookieConsent({
            platform: 'https://inai.opendatasoft.com',
            lang,
            policyUrl: '/demo/policy.html',
            cookieHeader: req.headers.cookie,
            formAction: '/demo/ssr/consent',
          }), !url.searchParams.has('nojs')));
        }, next);
      } else if (/^\/__hostile\/[\w-]+(\?|$)/.test(req.url ?? '')) {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const dir = `${server.config.root}/test/browser/fixtures/hostile/`;
        const page = `${dir}${url.pathname.slice('/__hostile/'.length)}.html`;
        const csp = `${dir}${/^[\w-]+$/.exec(url.searchParams.get('csp') ?? '')?.[0] ?? url.pathname.slice('/__hostile/'.length)}.csp`;
        if (!existsSync(page)) return next();
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        if (existsSync(csp)) res.setHeader('Content-Security-Policy', readFileSync(csp, 'utf8').trim().replace(/\s*\n\s*/g, ' '));
        res.end(readFileSync(page));
      } else if (req.url === '/__consent-log/requests') {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(requests));
      } else if (req.url === '/__consent-log') {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(proofs));
      } else {
        next();
      }
    });
  },
});

