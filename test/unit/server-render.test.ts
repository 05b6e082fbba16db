import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { handleConsentForm, readConsentFromCookieHeader, renderCookieConsent } from '../../src/server/index.js';

// portal-cookie-consent/server in Node: the banner as HTML (declarative shadow DOM) and the
// form handler of the no-JavaScript path. The browser side (painting, adoption, the form
// posted by a real click) is test/browser/ssr.test.ts.

const platform = 'https://inai.opendatasoft.com';
const valid = () => {
  const now = new Date();
  const record = { schema: 1, id: '3b241101-e2bb-4255-8caf-4136c566a962', revision: 0, given: now.toISOString(), updated: now.toISOString(), categories: { necessary: true, statistics: false } };
  return `cookies_preferences=${encodeURIComponent(JSON.stringify(record))}`;
};

describe('renderCookieConsent', () => {
  it('without a choice: the element, a declarative shadow root with the styles and the banner in a form', () => {
    const out = renderCookieConsent({ platform, lang: 'fr', policyUrl: '/pages/cookies', formAction: '/consent' });
    expect(out).toMatch(/^<cookie-consent platform="https:\/\/inai\.opendatasoft\.com" lang="fr" policy-url="\/pages\/cookies"><template shadowrootmode="open"><style>/);
    expect(out).toContain('<form method="post" action="/consent">');
    expect(out).toContain('form{display:contents}');
    expect(out.match(/<button part="button [\w-]+" name="choice" value="(accept|reject|customize)"/g)).toHaveLength(3);
    expect(out).toContain('Tout refuser');
    expect(out).toContain('Cookies sur');
    // Nothing a strict CSP blocks: no inline handler, no style attribute, no script.
    expect(out).not.toMatch(/\son\w+=|\sstyle=|<script(?! type="application\/json")/);
    expect(out.endsWith('</template></cookie-consent>')).toBe(true);
  });

  it('with a valid choice in the request: the element alone, no banner', () => {
    expect(renderCookieConsent({ platform, cookieHeader: valid() })).toBe(`<cookie-consent platform="${platform}"></cookie-consent>`);
  });

  it('a nonce goes on the <style>; attributes and the JSON child are escaped', () => {
    const out = renderCookieConsent({ platform: 'a"b<c', nonce: 'r4nd"m', config: { texts: { en: { acceptAll: '</script><script>alert(1)</script>' } } } });
    expect(out).toContain('<style nonce="r4nd&quot;m">');
    expect(out).toContain('platform="a&quot;b&lt;c"');
    expect(out).toContain('<script type="application/json">{"texts":{"en":{"acceptAll":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}}}</script>');
    // The text itself is rendered as text, escaped.
    expect(out).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('a language file imported on the server renders that language (dist/lang/de.js, which needs no document)', async () => {
    await import(/* @vite-ignore */ new URL('../../dist/lang/de.js', import.meta.url).href);
    const out = renderCookieConsent({ platform, lang: 'de' });
    expect(out).toContain('Alle ablehnen');
    expect(out).toContain('lang="de"');
  });

  it('exempt measurement in the configuration: the banner says so', () => {
    const out = renderCookieConsent({ platform, config: { categories: [{ id: 'statistics', title: 'Audience', services: [{ preset: 'matomo', exempt: true }] }] } });
    expect(out).toContain('part="exempt-notice"');
    expect(out).toContain('Audience measurement that needs no consent is on');
  });
});

describe('handleConsentForm', () => {
  const post = (body: string, headers: Record<string, string> = {}, url = 'https://portal.example/consent') =>
    new Request(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', referer: 'https://portal.example/datasets?q=1', ...headers } });
  const cookieOf = (response: Response) => response.headers.get('set-cookie') ?? '';

  it('"accept": 303 back to the page, with the record the element would write and its attributes', async () => {
    const response = await handleConsentForm(post('choice=accept'));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://portal.example/datasets?q=1');
    const cookie = cookieOf(response);
    expect(cookie).toMatch(/^cookies_preferences=[^;]+; Path=\/; Expires=[^;]+; SameSite=Lax; Secure$/);
    const expires = Date.parse(cookie.split('Expires=')[1]!.split(';')[0]!);
    expect(Math.round((expires - Date.now()) / 864e5)).toBe(180);
    const record = readConsentFromCookieHeader(cookie.split(';')[0], { categoryIds: ['necessary', 'statistics'] });
    expect(record).toMatchObject({ schema: 1, revision: 0, categories: { necessary: true, statistics: true } });
  });

  it('"reject" refuses, keeps the id of the choice it replaces, and leaves exempt measurement as it was', async () => {
    const config = { categories: [{ id: 'audience', title: 'A', exempt: true, cookies: [{ provider: 'M', function: 'F', names: ['_pk_id.*'], purpose: 'P', duration: 395 }] }] };
    const first = await handleConsentForm(post('choice=accept'), { config });
    const previous = cookieOf(first).split(';')[0]!;
    const response = await handleConsentForm(post('choice=reject', { cookie: previous }), { config });
    const record = readConsentFromCookieHeader(cookieOf(response).split(';')[0]);
    expect(record!.categories).toEqual({ necessary: true, statistics: false, audience: true });
    expect(record!.id).toBe(readConsentFromCookieHeader(previous)!.id);
  });

  it('"customize" leads to the policy page, storing nothing', async () => {
    const response = await handleConsentForm(post('choice=customize'), { policyUrl: '/pages/cookies' });
    expect([response.status, response.headers.get('location'), response.headers.get('set-cookie')]).toEqual([303, '/pages/cookies', null]);
  });

  it('refuses a cross-site post (Sec-Fetch-Site, else Origin), another method and another choice', async () => {
    expect((await handleConsentForm(post('choice=accept', { 'sec-fetch-site': 'cross-site' }))).status).toBe(403);
    expect((await handleConsentForm(post('choice=accept', { 'sec-fetch-site': 'same-site' }))).status).toBe(403);
    const noFetchMetadata = new Request('https://portal.example/consent', { method: 'POST', body: 'choice=accept', headers: { origin: 'https://evil.example' } });
    expect((await handleConsentForm(noFetchMetadata)).status).toBe(403);
    expect((await handleConsentForm(new Request('https://portal.example/consent'))).status).toBe(405);
    expect((await handleConsentForm(post('choice=everything'))).status).toBe(400);
  });

  it('never redirects to another site: a foreign Referer goes back to /', async () => {
    const response = await handleConsentForm(post('choice=reject', { referer: 'https://evil.example/' }));
    expect(response.headers.get('location')).toBe('/');
  });

  it("from Node's http: the same answer through the response, on a server that stops by itself", async () => {
    const server = createServer((req, res) => void handleConsentForm(req, res, { cookieDomain: 'portal.example' }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/consent`, {
        method: 'POST',
        body: 'choice=reject',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `http://127.0.0.1:${port}` },
        redirect: 'manual',
      });
      expect(response.status).toBe(303);
      // Plain http: no Secure.
      expect(response.headers.get('set-cookie')).toMatch(/; SameSite=Lax; Domain=portal\.example$/);
    } finally {
      server.close();
    }
  });
});
