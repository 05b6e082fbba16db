import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendProof } from '../../src/effects/proof-log.js';
import { resetReports } from '../../src/internal/report.js';
import { effectsRun, freshVisitor, html, mount, storedChoice } from './helpers.js';

const RECORD = {
  schema: 1,
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  revision: 2,
  given: '2025-06-01T10:00:00.000Z',
  updated: '2025-06-10T10:00:00.000Z',
  categories: { necessary: true, statistics: false },
};
const PAGE = location.origin + location.pathname;

describe('sendProof', () => {
  let errors: ReturnType<typeof vi.spyOn>;
  let fetchSpy: ReturnType<typeof vi.fn>;
  const address = location.search + location.hash;
  beforeEach(() => {
    resetReports();
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    fetchSpy = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchSpy);
    // Personal data in the address, as on a portal's search or password-reset page; Vitest's
    // own query string (its session id) stays.
    history.replaceState(history.state, '', `${location.search}&q=jane.doe%40example.org#reset-token`);
  });
  afterEach(() => {
    // The own property shadows Navigator.prototype.sendBeacon; deleting it restores the real one.
    delete (navigator as any).sendBeacon;
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    history.replaceState(history.state, '', address);
  });

  it('posts the record and the page, without query string or fragment, as JSON, with no credentials and no referrer', async () => {
    expect(location.href).toContain('jane.doe');
    sendProof('https://logs.example.org/consent?portal=inai', RECORD);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0]!;
    expect(url).toBe('https://logs.example.org/consent?portal=inai');
    // No session cookie, no Referer (the full address), and it outlives the page as a beacon would.
    expect(init).toMatchObject({
      method: 'POST',
      keepalive: true,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { 'content-type': 'application/json' },
    });
    const body = JSON.parse(init.body);
    expect(body).toEqual({ record: RECORD, page: PAGE });
    expect(body.page).not.toMatch(/[?#]|jane|token/);
    await new Promise((resolve) => setTimeout(resolve));
    expect(errors).not.toHaveBeenCalled();
  });

  it('accepts a relative URL, resolved against the page', () => {
    sendProof('/api/consent-log', RECORD);
    expect(fetchSpy.mock.calls.map(([url]) => url)).toEqual([`${location.origin}/api/consent-log`]);
  });

  const failures: Record<string, () => Promise<Response>> = {
    'rejects (network error, no CORS)': async () => {
      throw new TypeError('Failed to fetch');
    },
    'answers with an HTTP error': async () => new Response('oops', { status: 500 }),
  };
  for (const [name, answer] of Object.entries(failures)) {
    it(`reports once, and throws nothing, when the request ${name}`, async () => {
      fetchSpy.mockImplementation(answer);
      expect(() => sendProof('https://logs.example.org/consent', RECORD)).not.toThrow();
      await vi.waitFor(() => expect(errors).toHaveBeenCalledTimes(1));
      expect(errors.mock.calls[0]![0]).toBe(
        'cookie-consent: could not send the proof of consent to "https://logs.example.org/consent"',
      );
      sendProof('https://logs.example.org/consent', RECORD);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(fetchSpy).toHaveBeenCalledTimes(2);
      expect(errors).toHaveBeenCalledTimes(1);
    });
  }

  it('reports a record that cannot be serialised instead of throwing', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => sendProof('/log', circular)).not.toThrow();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(errors).toHaveBeenCalledTimes(1);
  });

  for (const url of ['javascript:alert(document.cookie)', 'data:application/json,{}', 'ftp://logs.example.org/', 'http://[']) {
    it(`refuses ${url} and sends nothing`, async () => {
      expect(() => sendProof(url, RECORD)).not.toThrow();
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(errors).toHaveBeenCalledTimes(1);
      expect(errors.mock.calls[0]![0]).toContain(`must be an http(s) or relative URL (got "${url}")`);
    });
  }

  it('a real request reaches the server with the JSON body, and without the page\'s cookies or address', async () => {
    vi.unstubAllGlobals(); // the browser's own fetch
    document.cookie = 'sessionid=secret-session; Path=/';
    try {
      const marker = { ...RECORD, id: crypto.randomUUID() };
      sendProof('/__consent-log', marker);
      const received = await vi.waitFor(async () => {
        const requests = (await (await fetch('/__consent-log/requests')).json()) as any[];
        const found = requests.find((r) => r.body?.record?.id === marker.id);
        expect(found).toBeDefined();
        return found;
      });
      expect(received.body).toEqual({ record: marker, page: PAGE });
      expect(received.contentType).toBe('application/json');
      expect(received.cookie).toBeNull();
      expect(received.referer).toBeNull();
      expect(errors).not.toHaveBeenCalled();
    } finally {
      document.cookie = 'sessionid=; Path=/; Max-Age=0';
    }
  });
});

describe('proofs from the element (issue 9)', () => {
  let fetchSpy: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    freshVisitor();
    fetchSpy = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchSpy);
  });
  afterEach(() => vi.unstubAllGlobals());

  const proofs = () => fetchSpy.mock.calls.filter(([url]) => String(url).endsWith('/__consent-log')).map(([, init]) => JSON.parse(init.body).record);

  it('1 000 saves in one task send one proof, of the last choice; saves in separate tasks send one each', async () => {
    const el = await mount(html`<cookie-consent log-url="/__consent-log"></cookie-consent>`);
    // Once the dialog is open its Save button is there to click, as a script (or a stuck key) would.
    el.showPreferences();
    await el.updateComplete;
    const save = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=save]')!;
    for (let i = 0; i < 1000; i++) {
      if (i % 2) el.acceptAll();
      else save.click();
    }
    await vi.waitFor(() => expect(proofs()).toHaveLength(1));
    await effectsRun();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(proofs()).toHaveLength(1);
    expect(proofs()[0]).toEqual(storedChoice());
    expect(proofs()[0].categories.statistics).toBe(true);
    // A choice in a later task is a new choice: it is proven too.
    el.rejectAll();
    await vi.waitFor(() => expect(proofs()).toHaveLength(2));
    expect(proofs()[1].categories.statistics).toBe(false);
  });
});
