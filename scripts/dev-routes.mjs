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

