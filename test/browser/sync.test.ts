import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCookie } from '../../src/consent/cookie-store.js';
import { ConsentSync } from '../../src/effects/sync.js';

const COOKIE = 'sync_test_choice';
const CHANNEL = `cookie-consent:${COOKIE}`;

const write = (value: string) => (document.cookie = `${COOKIE}=${encodeURIComponent(value)}; Path=/`);
const remove = () => (document.cookie = `${COOKIE}=; Path=/; Max-Age=0`);
const read = () => readCookie(COOKIE);
// Long enough for any stray message between two channels of one browser (they take a few
// milliseconds), to prove that something did *not* happen.
const quiet = () => new Promise((resolve) => setTimeout(resolve, 150));
const becameVisible = () => document.dispatchEvent(new Event('visibilitychange'));

/** A ConsentSync on the test cookie, with its reports collected; stopped after each test. */
const running: ConsentSync[] = [];
function startSync(readValue: () => string | undefined = read) {
  const changes: (string | undefined)[] = [];
  const sync = new ConsentSync(CHANNEL, readValue, (raw) => changes.push(raw));
  sync.start();
  running.push(sync);
  return { sync, changes };
}

describe('ConsentSync', () => {
  let otherTab: BroadcastChannel;
  beforeEach(() => {
    remove();
    otherTab = new BroadcastChannel(CHANNEL);
  });
  afterEach(() => {
    running.splice(0).forEach((sync) => sync.stop());
    otherTab.close();
    remove();
  });

  it('reports a choice saved by another tab once, though the channel and visibilitychange both see it', async () => {
    write('A');
    const { changes } = startSync();
    write('B');
    otherTab.postMessage('B');
    otherTab.postMessage('B');
    await vi.waitFor(() => expect(changes).toEqual(['B']));
    becameVisible();
    await quiet();
    expect(changes).toEqual(['B']);
  });

  it('reports what the cookie says, not what the message says', async () => {
    const { changes } = startSync();
    // The other tab could not store its choice (cookies blocked): nothing changed here.
    otherTab.postMessage('C');
    await quiet();
    expect(changes).toEqual([]);
    write('D');
    otherTab.postMessage('C');
    await vi.waitFor(() => expect(changes).toEqual(['D']));
  });

  it('reports a choice forgotten by another tab as undefined', async () => {
    write('A');
    const { changes } = startSync();
    remove();
    otherTab.postMessage(null);
    await vi.waitFor(() => expect(changes).toEqual([undefined]));
  });

  it('between two instances, an announced choice reaches the other one once and is not reported to its sender', async () => {
    const tabA = startSync();
    const tabB = startSync();
    const received: unknown[] = [];
    otherTab.onmessage = (event) => received.push(event.data);

    write('A1');
    tabA.sync.announce(read());
    await vi.waitFor(() => expect(tabB.changes).toEqual(['A1']));
    expect(received).toEqual(['A1']);

    write('B1');
    tabB.sync.announce(read());
    await vi.waitFor(() => expect(tabA.changes).toEqual(['B1']));

    becameVisible();
    await quiet();
    expect(tabA.changes).toEqual(['B1']);
    expect(tabB.changes).toEqual(['A1']);
  });

  it('re-reads the cookie when the page becomes visible, reporting each change once', async () => {
    write('A');
    const { changes } = startSync();
    becameVisible();
    expect(changes).toEqual([]);
    // A sub-domain sharing the choice through `cookie-domain` has no channel to us.
    write('B');
    becameVisible();
    becameVisible();
    expect(changes).toEqual(['B']);
  });

  it('stops listening on stop(), which can be called twice, and listens again after start()', async () => {
    const { sync, changes } = startSync();
    sync.stop();
    sync.stop();
    write('A');
    otherTab.postMessage('A');
    becameVisible();
    await quiet();
    expect(changes).toEqual([]);

    // Restarting takes the value stored now as known.
    sync.start();
    becameVisible();
    expect(changes).toEqual([]);
    write('B');
    otherTab.postMessage('B');
    await vi.waitFor(() => expect(changes).toEqual(['B']));
  });

  it('restarting does not leave a second channel behind', async () => {
    const { sync, changes } = startSync();
    sync.start();
    write('A');
    otherTab.postMessage('A');
    await vi.waitFor(() => expect(changes).toEqual(['A']));
    sync.stop();
    write('B');
    otherTab.postMessage('B');
    await quiet();
    expect(changes).toEqual(['A']);
  });

  describe('without a usable BroadcastChannel', () => {
    const original = window.BroadcastChannel;
    afterEach(() => {
      window.BroadcastChannel = original;
    });

    const stubs: Record<string, unknown> = {
      missing: undefined,
      // What sandboxed and opaque-origin frames do.
      throwing: class {
        constructor() {
          throw new DOMException('Access is denied', 'SecurityError');
        }
      },
    };
    for (const [name, stub] of Object.entries(stubs)) {
      it(`(${name}) still follows changes through visibilitychange, and never throws`, () => {
        (window as any).BroadcastChannel = stub;
        const { sync, changes } = startSync();
        write('A');
        sync.announce(read());
        becameVisible();
        expect(changes).toEqual([]);
        write('B');
        becameVisible();
        expect(changes).toEqual(['B']);
        sync.stop();
        write('C');
        becameVisible();
        expect(changes).toEqual(['B']);
      });
    }
  });

  it('treats a read that throws (document.cookie in a sandboxed frame) as no change', async () => {
    let fail = false;
    write('A');
    const { sync, changes } = startSync(() => {
      if (fail) throw new DOMException('The document is sandboxed', 'SecurityError');
      return read();
    });
    fail = true;
    expect(() => becameVisible()).not.toThrow();
    write('B');
    otherTab.postMessage('B');
    await quiet();
    expect(changes).toEqual([]);
    fail = false;
    becameVisible();
    expect(changes).toEqual(['B']);
    expect(() => sync.announce('C')).not.toThrow();
  });

  describe('in two same-origin documents', () => {
    const frames: HTMLIFrameElement[] = [];
    afterEach(() => {
      frames.splice(0).forEach((frame) => {
        (frame.contentWindow as any)?.sync?.stop();
        frame.remove();
      });
    });

    /** A srcdoc iframe (it shares this page's origin and cookies) running its own ConsentSync. */
    async function openTab(): Promise<any> {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<script type="module">
        import { ConsentSync } from ${JSON.stringify(new URL('../../src/effects/sync.ts', import.meta.url).href)};
        const read = () => document.cookie.split('; ').find((p) => p.startsWith('${COOKIE}='))?.slice(${COOKIE.length + 1});
        window.changes = [];
        window.sync = new ConsentSync('${CHANNEL}', read, (raw) => changes.push(raw));
        sync.start();
        window.choose = (value) => { document.cookie = '${COOKIE}=' + value + '; Path=/'; sync.announce(read()); };
      </script>`;
      document.body.append(frame);
      frames.push(frame);
      await vi.waitFor(() => expect((frame.contentWindow as any).sync).toBeDefined(), { timeout: 5000 });
      return frame.contentWindow;
    }

    it('a choice made in one reaches the other, and this page, exactly once', async () => {
      const [tabA, tabB] = [await openTab(), await openTab()];
      const here = startSync();

      tabA.choose('accepted');
      await vi.waitFor(() => expect(tabB.changes).toEqual(['accepted']));
      await vi.waitFor(() => expect(here.changes).toEqual(['accepted']));

      tabB.choose('rejected');
      await vi.waitFor(() => expect(tabA.changes).toEqual(['rejected']));

      tabA.document.dispatchEvent(new Event('visibilitychange'));
      tabB.document.dispatchEvent(new Event('visibilitychange'));
      becameVisible();
      await quiet();
      expect(tabA.changes).toEqual(['rejected']);
      expect(tabB.changes).toEqual(['accepted']);
      expect(here.changes).toEqual(['accepted', 'rejected']);
    });
  });
});
