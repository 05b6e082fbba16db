import { httpUrl } from '../internal/http-url.js';
import { reportOnce } from '../internal/report.js';

/**
 * Sends the proof of consent (CNIL-10) to the integrator's `log-url`: a JSON body
 * `{ record, page }`. `page` is the origin and path only: a query string or fragment can
 * carry personal data (search terms, e-mail addresses, reset tokens), and the proof needs
 * only where the choice was made. Any failure is reported once and never reaches the visitor.
 */
export function sendProof(url: string, record: unknown): void {
  const failed = () => reportOnce('log-url', `could not send the proof of consent to "${url}"`);
  const href = httpUrl(url, location.href)?.href;
  if (!href) return reportOnce(`log-url=${url}`, `"log-url" must be an http(s) or relative URL (got "${url}"); no proof of consent is sent`);
  try {
    const body = JSON.stringify({ record, page: location.origin + location.pathname });
    let queued = false;
    try {
      // The Blob's type is what makes the server see `Content-Type: application/json`.
      queued = navigator.sendBeacon(href, new Blob([body], { type: 'application/json' }));
    } catch {
      // Missing, or refused: Chrome has thrown on non-CORS-safelisted Blob types (crbug.com/490015).
    }
    // `keepalive` lets the request outlive the page, as a beacon does, when the choice navigates away.
    if (!queued)
      fetch(href, { method: 'POST', keepalive: true, body, headers: { 'content-type': 'application/json' } }).then(
        (response) => response.ok || failed(),
        failed,
      );
  } catch {
    failed();
  }
}
