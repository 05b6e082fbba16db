import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { clearCookies } from './cookies.js';

// The server-rendered banner (portal-cookie-consent/server), on the dev server's /demo/ssr/
// page, rendered per request from dist/server.js: painted from the HTML before any script,
// working without JavaScript, adopted by the element without a second banner or a move.

type PageWindow = Window & typeof globalThis;

async function open(path: string, width = 1024): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.dataset.ssr = '';
  frame.style.width = `${width}px`;
  frame.style.height = '700px';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

const bannerOf = (doc: Document) => doc.querySelector('cookie-consent')?.shadowRoot?.querySelectorAll('[part=banner]') ?? [];

beforeEach(clearCookies);
afterEach(() => {
  document.querySelectorAll('iframe[data-ssr]').forEach((f) => f.remove());
  clearCookies();
});

describe('the server-rendered banner (/demo/ssr/)', () => {
  it("under a strict CSP (no inline style or script): styled, through its <style>'s hash, with no violation", async () => {
    const { win, doc } = await open('/demo/ssr/?nojs&csp');
    const banner = bannerOf(doc)[0] as HTMLElement;
    expect(win.getComputedStyle(banner).position).toBe('fixed');
    // A violation would have been reported while the page loaded: none is, and the banner file upgrades it too.
    const violations: string[] = [];
    const { win: withJs, doc: jsDoc } = await open('/demo/ssr/?csp');
    withJs.document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    await withJs.customElements.whenDefined('cookie-consent');
    await (jsDoc.querySelector('cookie-consent') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(bannerOf(jsDoc)).toHaveLength(1);
    expect(withJs.getComputedStyle(bannerOf(jsDoc)[0] as HTMLElement).position).toBe('fixed');
    expect(violations).toEqual([]);
  });

  for (const width of [1024, 360]) it(`the upgrade changes no pixel at ${width} px: the page with the script looks as the page without it`, async () => {
    const shot = async (frame: HTMLIFrameElement) => (await page.screenshot({ element: frame, base64: true, save: false })) as unknown as string;
    const plain = await open('/demo/ssr/?nojs', width);
    const before = await shot(plain.frame);
    plain.frame.remove();
    const upgraded = await open('/demo/ssr/', width);
    await upgraded.win.customElements.whenDefined('cookie-consent');
    await (upgraded.doc.querySelector('cookie-consent') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((r) => upgraded.win.requestAnimationFrame(() => upgraded.win.requestAnimationFrame(r)));
    const after = await shot(upgraded.frame);
    expect(after.length).toBeGreaterThan(1000);
    expect(after === before, 'the screenshots differ').toBe(true);
  });

  it('after the upgrade, the keyboard reaches the buttons in order, and Enter on "Tout refuser" stores the refusal', async () => {
    const { win, doc } = await open('/demo/ssr/');
    await win.customElements.whenDefined('cookie-consent');
    const el = doc.querySelector('cookie-consent') as HTMLElement & { updateComplete: Promise<unknown>; consent: { categories: Record<string, boolean> } | null };
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=banner] button')];
    expect(buttons.map((b) => b.textContent!.trim())).toEqual(['Tout accepter', 'Tout refuser', 'Personnaliser']);
    buttons[0]!.focus();
    expect(el.shadowRoot!.activeElement).toBe(buttons[0]);
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe(buttons[1]);
    await userEvent.keyboard('{Enter}');
    expect(el.consent?.categories).toEqual({ necessary: true, statistics: false });
  });

  it('without JavaScript: the banner is in the HTML, painted from a declarative shadow root, in the page language', async () => {
    const { win, doc } = await open('/demo/ssr/?nojs');
    expect(win.customElements.get('cookie-consent')).toBeUndefined();
    const banners = bannerOf(doc);
    expect(banners).toHaveLength(1);
    const banner = banners[0] as HTMLElement;
    expect(banner.getBoundingClientRect().height).toBeGreaterThan(50);
    expect(banner.querySelector('h2')!.textContent).toBe('Cookies sur inai.opendatasoft.com');
    // Styled as the client styles it: fixed, the accent colour on its buttons.
    expect(win.getComputedStyle(banner).position).toBe('fixed');
    const buttons = [...banner.querySelectorAll('button')];
    expect(buttons.map((b) => [b.textContent!.trim(), b.name, b.value])).toEqual([
      ['Tout accepter', 'choice', 'accept'],
      ['Tout refuser', 'choice', 'reject'],
      ['Personnaliser', 'choice', 'customize'],
    ]);
  });

  it('without JavaScript, "Tout refuser" stores the refusal through the form and comes back without a banner', async () => {
    const { frame, doc } = await open('/demo/ssr/?nojs');
    const back = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    (bannerOf(doc)[0]!.querySelector('[value=reject]') as HTMLButtonElement).click();
    await back;
    const after = frame.contentDocument!;
    expect(after.cookie).toContain('cookies_preferences=');
    const stored = JSON.parse(decodeURIComponent(after.cookie.split('cookies_preferences=')[1]!.split(';')[0]!));
    expect(stored).toMatchObject({ schema: 1, categories: { necessary: true, statistics: false } });
    // The server saw the choice: no banner in the HTML, the element still there.
    expect(after.querySelector('cookie-consent')).not.toBeNull();
    expect(bannerOf(after)).toHaveLength(0);
    expect(after.querySelector('template')).toBeNull();
  });

  it('with JavaScript: the element adopts the banner: one banner, at the same place and size, and its buttons work', async () => {
    const plain = await open('/demo/ssr/?nojs');
    const before = (bannerOf(plain.doc)[0] as HTMLElement).getBoundingClientRect().toJSON();
    plain.frame.remove();
    const { win, doc } = await open('/demo/ssr/');
    await win.customElements.whenDefined('cookie-consent');
    const el = doc.querySelector('cookie-consent') as HTMLElement & { updateComplete: Promise<unknown>; consent: unknown };
    await el.updateComplete;
    const banners = bannerOf(doc);
    expect(banners).toHaveLength(1);
    expect((banners[0] as HTMLElement).getBoundingClientRect().toJSON()).toEqual(before);
    // The client's own banner now: its buttons are handled by the element, not the form.
    expect(el.shadowRoot!.querySelector('form')).toBeNull();
    (el.shadowRoot!.querySelector('[part~=accept-all]') as HTMLButtonElement).click();
    expect((el.consent as { categories: Record<string, boolean> }).categories.statistics).toBe(true);
    await el.updateComplete;
    expect(bannerOf(doc)).toHaveLength(0);
  });
});
