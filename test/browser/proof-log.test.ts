import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendProof } from '../../src/effects/proof-log.js';
import { resetReports } from '../../src/internal/report.js';

const RECORD = {
  schema: 1,
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  revision: 2,
  given: '2025-06-01T10:00:00.000Z',
  updated: '2025-06-10T10:00:00.000Z',
  categories: { necessary: true, statistics: false },
};
const PAGE = location.origin + location.pathname;

/** Replaces navigator.sendBeacon for one test; `result` is what it returns, or a function run instead. */
function stubBeacon(result: boolean | (() => never) | undefined) {
  const calls: { url: string; data: Blob }[] = [];
  const beacon =
    result === undefined
      ? undefined
      : (url: string, data: Blob) => {
          calls.push({ url, data });
          return typeof result === 'function' ? result() : result;
        };
  Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true, writable: true });
  return calls;
}

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

  it('beacons the record and the page, without query string or fragment, as JSON', async () => {
    const beacons = stubBeacon(true);
    expect(location.href).toContain('jane.doe');
    sendProof('https://logs.example.org/consent?portal=inai', RECORD);
    expect(beacons).toHaveLength(1);
    expect(beacons[0]!.url).toBe('https://logs.example.org/consent?portal=inai');
    expect(beacons[0]!.data.type).toBe('application/json');
    const body = JSON.parse(await beacons[0]!.data.text());
    expect(body).toEqual({ record: RECORD, page: PAGE });
    expect(body.page).not.toMatch(/[?#]|jane|token/);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });

  it('accepts a relative URL, resolved against the page', () => {
    const beacons = stubBeacon(true);
    sendProof('/api/consent-log', RECORD);
    expect(beacons.map((b) => b.url)).toEqual([`${location.origin}/api/consent-log`]);
  });

  const refusals: Record<string, boolean | (() => never) | undefined> = {
    'returns false (queue full)': false,
    throws: () => {
      throw new TypeError('sendBeacon() with a Blob whose type is not CORS-safelisted is disabled');
    },
    'is missing': undefined,
  };
  for (const [name, result] of Object.entries(refusals)) {
    it(`falls back to a keepalive fetch when sendBeacon ${name}`, async () => {
      stubBeacon(result);
      sendProof('https://logs.example.org/consent', RECORD);
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      const [url, init] = fetchSpy.mock.calls[0]!;
      expect(url).toBe('https://logs.example.org/consent');
      expect(init).toMatchObject({ method: 'POST', keepalive: true, headers: { 'content-type': 'application/json' } });
      expect(JSON.parse(init.body)).toEqual({ record: RECORD, page: PAGE });
      await new Promise((resolve) => setTimeout(resolve));
      expect(errors).not.toHaveBeenCalled();
    });
  }

  const failures: Record<string, () => Promise<Response>> = {
    'rejects (network error, no CORS)': async () => {
      throw new TypeError('Failed to fetch');
    },
    'answers with an HTTP error': async () => new Response('oops', { status: 500 }),
  };
  for (const [name, answer] of Object.entries(failures)) {
    it(`reports once, and throws nothing, when the beacon is refused and the fetch ${name}`, async () => {
      stubBeacon(false);
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
    const beacons = stubBeacon(true);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => sendProof('/log', circular)).not.toThrow();
    expect(beacons).toHaveLength(0);
    expect(errors).toHaveBeenCalledTimes(1);
  });

  for (const url of ['javascript:alert(document.cookie)', 'data:application/json,{}', 'ftp://logs.example.org/', 'http://[']) {
    it(`refuses ${url} and sends nothing`, async () => {
      const beacons = stubBeacon(true);
      expect(() => sendProof(url, RECORD)).not.toThrow();
      expect(beacons).toHaveLength(0);
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(errors).toHaveBeenCalledTimes(1);
      expect(errors.mock.calls[0]![0]).toContain(`must be an http(s) or relative URL (got "${url}")`);
    });
  }

  it('sends a real beacon, which the browser accepts with its JSON Blob', async () => {
    // The real navigator.sendBeacon: Chromium refuses some Blob types (then the stubbed fetch
    // would be called), and records the request it sends as a "beacon" resource. (Listening
    // to the request through vitest's cdp() proved unreliable while other files run.)
    const url = `/__proof-of-consent?test=${Math.random()}`;
    sendProof(url, RECORD);
    expect(fetchSpy).not.toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(
        performance
          .getEntriesByName(location.origin + url)
          .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
      ).toEqual(['beacon']),
    );
    expect(errors).not.toHaveBeenCalled();
  });
});
