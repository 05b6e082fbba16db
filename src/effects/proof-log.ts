import { httpUrl } from '../internal/http-url.js';
import { reportOnce } from '../internal/report.js';

/**
 * Sends the proof of consent (CNIL-10) to the integrator's `log-url`: a JSON body
 * `{ record, page }`, and nothing else. `page` is the origin and path only: a query string or
 * fragment can carry personal data (search terms, e-mail addresses, reset tokens). The
 * request carries no cookie (not the session's), no `Referer` (the full address) and no
 * other credential: a `fetch` with `credentials: 'omit'` and `referrerPolicy: 'no-referrer'`,
 * with `keepalive` so that it outlives the page when the choice navigates away (what
 * `sendBeacon` did, which sends cookies and the referrer). Any failure is reported once and
 * never reaches the visitor.
 */
export function sendProof(url: string, record: unknown): void {
  const failed = () => reportOnce('log-url', `could not send the proof of consent to "${url}"`);
  const href = httpUrl(url, location.href)?.href;
  if (!href) return reportOnce(`log-url=${url}`, `"log-url" must be an http(s) or relative URL (got "${url}"); no proof of consent is sent`);
  try {
    fetch(href, {
      method: 'POST',
      body: JSON.stringify({ record, page: location.origin + location.pathname }),
      headers: { 'content-type': 'application/json' },
      keepalive: true,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    }).then((response) => response.ok || failed(), failed);
  } catch {
    failed();
  }
}
