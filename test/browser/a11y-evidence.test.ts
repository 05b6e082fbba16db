/**
 * Evidence for the WCAG 2.2 AA success criteria that axe cannot check (test/browser/a11y.test.ts
 * runs axe), measured in Chromium on the four things a visitor meets: the banner, the preferences
 * dialog, the blocked-embed placeholder (<cookie-consent-placeholder>) and <cookie-policy>. Every
 * test runs in English and in French; its name starts with the WCAG number, which a conformance
 * statement may cite as it is.
 *
 * | describe              | WCAG 2.2                                                  | RGAA 4.1                    |
 * |-----------------------|-----------------------------------------------------------|-----------------------------|
 * | forced colours        | 1.4.11 Non-text Contrast, 2.4.7 Focus Visible             | 3.3, 10.7                   |
 * | text spacing          | 1.4.12 Text Spacing                                       | 10.12                       |
 * | reflow                | 1.4.10 Reflow                                             | 10.11                       |
 * | target size           | 2.5.8 Target Size (Minimum)                               | none (WCAG 2.2 only)        |
 * | names, roles, states  | 4.1.2 Name, Role, Value; 1.3.1 Info and Relationships     | 7.1, 11.1, 11.2 (labels),   |
 * |                       | (headings); 3.1.1 / 3.1.2 Language of Page / of Parts     | 9.1 (headings), 8.3, 8.7    |
 * | keyboard              | 2.1.1 Keyboard, 2.1.2 No Keyboard Trap, 2.4.3 Focus Order | 7.3, 12.8, 12.9             |
 * |                       | 2.4.11 Focus Not Obscured (Minimum)                       | none (WCAG 2.2 only)        |
 * | motion                | 2.2.2 Pause, Stop, Hide (nothing moves by itself);        | 13.8                        |
 * |                       | 2.3.3 Animation from Interactions (AAA, met as well)      |                             |
 *
 * The last describe ("the checks can fail") runs each measure on a deliberately broken element
 * (among them the pre-fix styles: a `border: 0` button and a switch whose state is a background
 * gradient only), so that a green run means the measures were met, not that they were blind.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { fixture } from '@open-wc/testing-helpers';
import type { CookieConsent, CookieConsentPlaceholder } from '../../src/index.js';
import { CookiePolicy } from '../../src/policy/index.js';
import { effectsRun, focused, freshVisitor, html, mount, shadow } from './helpers.js';

if (!customElements.get('cookie-policy')) customElements.define('cookie-policy', CookiePolicy);

// ---------------------------------------------------------------------------------------
// The page under test, in each language.

const languages = ['en', 'fr'] as const;
type Lang = (typeof languages)[number];

/** What each element must say, per language (the built-in texts, and this file's configuration). */
const words = {
  en: {
    accept: 'Accept all',
    reject: 'Reject all',
    customize: 'Customize',
    save: 'Save my choices',
    close: 'Close without saving',
    manage: 'Manage my preferences',
    dialogTitle: /^Cookies used on the .+ platform$/,
    dialogIntro: /^Choose which cookies you allow/,
    placeholderButton: 'Accept YouTube cookies',
    statistics: 'Audience measurement',
    videos: 'Videos',
  },
  fr: {
    accept: 'Tout accepter',
    reject: 'Tout refuser',
    customize: 'Personnaliser',
    save: 'Enregistrer mes choix',
    close: 'Fermer sans enregistrer',
    manage: 'Gérer mes préférences',
    dialogTitle: /^Cookies utilisés sur la plateforme .+$/,
    dialogIntro: /^Choisissez, finalité par finalité/,
    placeholderButton: 'Accepter les cookies «\u00a0YouTube\u00a0»',
    statistics: 'Mesure d’audience',
    videos: 'Vidéos',
  },
} satisfies Record<Lang, unknown>;

const row = (names: string[]) => ({
  provider: 'Them',
  function: { en: 'Player', fr: 'Lecteur' },
  names,
  purpose: { en: 'To play videos', fr: 'Lire les vidéos' },
  duration: 180,
});

/**
 * A category with cookies (one switch), and one with two services (a category checkbox, which
 * can be "mixed", and a switch per service): every kind of control and every heading level the
 * dialog has.
 */
const config = {
  categories: [
    {
      id: 'statistics',
      title: { en: 'Audience measurement', fr: 'Mesure d’audience' },
      description: { en: 'Matomo, hosted by the portal.', fr: 'Matomo, hébergé par le portail.' },
      cookies: [
        {
          provider: 'Matomo',
          function: { en: 'Audience measurement', fr: 'Mesure d’audience' },
          names: ['_pk_id.*', '_pk_ses.*'],
          purpose: { en: 'To count visits', fr: 'Compter les visites' },
          duration: 395,
        },
      ],
    },
    {
      id: 'videos',
      title: { en: 'Videos', fr: 'Vidéos' },
      description: { en: 'Embedded video players.', fr: 'Lecteurs vidéo intégrés.' },
      services: [
        { id: 'youtube', title: 'YouTube', description: { en: 'Videos from YouTube.', fr: 'Vidéos de YouTube.' }, cookies: [row(['YSC'])] },
        { id: 'vimeo', title: 'Vimeo', cookies: [row(['vuid'])] },
      ],
    },
  ],
};

/** The page's language: `<html lang>`, and the element's own `lang` (both, as a portal sets them). */
function pageIn(lang: Lang): void {
  document.documentElement.lang = lang;
}

/**
 * A new page: what an earlier helper put on it removed (only the first `<cookie-consent>` of a
 * page shows a banner), no cookie (a new visitor), no scroll.
 */
async function freshPage(): Promise<void> {
  document.querySelectorAll('[data-test], cookie-consent, cookie-policy').forEach((e) => e.remove());
  // A pass still pending applies to the page even once its element is gone: let it run first.
  await effectsRun();
  freshVisitor();
  window.scrollTo(0, 0);
}

/** The banner in `lang`, with a policy link (the only inline link: see 2.5.8), on a fresh page. */
async function banner(lang: Lang): Promise<CookieConsent> {
  await freshPage();
  pageIn(lang);
  const el = await mount(html`<cookie-consent lang=${lang} policy-url="/cookie-policy" .config=${config}></cookie-consent>`);
  expect(bannerButtons(el).map((b) => b.textContent!.trim())).toEqual([words[lang].accept, words[lang].reject, words[lang].customize]);
  return el;
}

const bannerBox = (el: CookieConsent) => shadow(el).querySelector<HTMLElement>('[part=banner]')!;
const bannerButtons = (el: CookieConsent) => [...shadow(el).querySelectorAll<HTMLElement>('[part=banner] button')];

/** The dialog in `lang`, open. */
async function dialog(lang: Lang): Promise<{ el: CookieConsent; dialog: HTMLDialogElement }> {
  const el = await banner(lang);
  el.showPreferences();
  await el.updateComplete;
  await expect.element(page.getByRole('dialog')).toBeVisible();
  const box = shadow(el).querySelector('dialog')!;
  expect(box.querySelector('[part~=save]')!.textContent!.trim()).toBe(words[lang].save);
  return { el, dialog: box };
}

/** Everything a pointer or the keyboard can operate in the dialog (the disabled `necessary` switch is not a target). */
const dialogControls = (box: HTMLDialogElement) => [...box.querySelectorAll<HTMLElement>('button, input:enabled, a[href]')];

/** Content of the page itself, removed after each test. */
function pageContent(markup: string): HTMLElement {
  const box = document.createElement('div');
  box.dataset.test = '';
  box.innerHTML = markup;
  document.body.append(box);
  return box;
}

/**
 * A YouTube iframe blocked by the real gate of a `<cookie-consent lang>`: the placeholder as a
 * page shows it, in the iframe's size. The visitor has refused everything, so that no banner
 * covers it (the placeholder is what remains of the consent UI on the page).
 */
async function placeholder(lang: Lang): Promise<CookieConsentPlaceholder> {
  await freshPage();
  const box = pageContent(
    `<iframe title="Video" width="560" height="315" data-cookie-service="youtube" data-src="/test/browser/fixtures/embed.html"></iframe>`,
  );
  pageIn(lang);
  const el = await mount(html`<cookie-consent lang=${lang} .config=${config}></cookie-consent>`);
  await effectsRun();
  el.rejectAll();
  await el.updateComplete;
  const found = box.querySelector<CookieConsentPlaceholder>('cookie-consent-placeholder')!;
  expect(found).not.toBeNull();
  await found.updateComplete;
  expect(found.shadowRoot!.querySelector('button')!.textContent!.trim()).toBe(words[lang].placeholderButton);
  return found;
}

/**
 * `<cookie-policy>` beside the page's `<cookie-consent>` (which gives it its inventory and its
 * "Manage my preferences" button), after a choice, with a page button before it (to Tab from).
 */
async function policy(lang: Lang): Promise<CookiePolicy> {
  await freshPage();
  pageIn(lang);
  const root = await fixture<HTMLElement>(html`<div>
    <cookie-consent lang=${lang} .config=${config}></cookie-consent>
    <button id="before-policy">Before</button>
    <cookie-policy lang=${lang}></cookie-policy>
  </div>`);
  const consentEl = root.querySelector('cookie-consent') as CookieConsent;
  await consentEl.updateComplete;
  consentEl.rejectAll();
  await consentEl.updateComplete;
  const el = root.querySelector('cookie-policy') as CookiePolicy;
  await el.updateComplete;
  expect(policyButton(el).textContent!.trim()).toBe(words[lang].manage);
  return el;
}

const policyButton = (el: CookiePolicy) => el.querySelector<HTMLElement>('button[data-cookie-consent-open]')!;

// ---------------------------------------------------------------------------------------
// Page conditions, and their clean-up after each test.

async function emulate(features: { name: string; value: string }[]): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features });
}

const documentSheets: CSSStyleSheet[] = [];

/** Two animation frames: media-query and style changes are laid out. */
const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

beforeEach(() => {
  freshVisitor();
});

afterEach(async () => {
  // A pass still pending applies to the page even once its element is gone: let it run first.
  await effectsRun();
  await emulate([]);
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !documentSheets.includes(s));
  documentSheets.length = 0;
  document.querySelectorAll('[data-test], cookie-consent, cookie-policy').forEach((e) => e.remove());
  window.scrollTo(0, 0);
  document.documentElement.lang = 'en';
  await page.viewport(414, 896);
});

// ---------------------------------------------------------------------------------------
// Measures.

type Rgba = [r: number, g: number, b: number, a: number];

// Colours and WCAG contrast: the approach of themes.test.ts (computed colours, composited over
// what is behind), reduced to what a boundary needs.
function parseColor(value: string): Rgba {
  const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
  if (!match) throw new Error(`not a computed rgb() colour: "${value}"`);
  const [r = 0, g = 0, b = 0, a = 1] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return [r, g, b, a];
}
const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])).concat(1) as Rgba;
function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
function ratio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
function backgroundBehind(el: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = el; node; node = parentOf(node)) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** A short name for an element in a failure message. */
function label(el: Element | null): string {
  if (!el) return 'nothing';
  const name = el.getAttribute('aria-label') ?? el.textContent!.replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}> "${name}"`;
}

const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;

/**
 * Why `el` has no visible boundary, or `null` when it has one: a border of at least 1px on all
 * four sides (or an outline of at least 1px), not transparent, at 3:1 or more against what is
 * around it. Measured as computed, so in forced colours the system colours are what is measured.
 */
function missingBoundary(el: Element): string | null {
  const s = getComputedStyle(el);
  const around = backgroundBehind(parentOf(el));
  const seen = (width: string, style: string, colour: string) =>
    parseFloat(width) >= 1 && style !== 'none' && style !== 'hidden' && parseColor(colour)[3] > 0 && ratio(over(parseColor(colour), around), around) >= 3;
  const border = sides.every((side) => seen(s[`border${side}Width`], s[`border${side}Style`], s[`border${side}Color`]));
  const outline = seen(s.outlineWidth, s.outlineStyle, s.outlineColor);
  if (border || outline) return null;
  const borders = sides.map((side) => `${s[`border${side}Width`]} ${s[`border${side}Style`]} ${s[`border${side}Color`]}`);
  return `${label(el)}: border ${[...new Set(borders)].join(' / ')}, outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`;
}

/** Whether a pseudo-element is rendered at all. */
const renders = (pseudo: CSSStyleDeclaration) => pseudo.content !== 'none' && pseudo.content !== 'normal';

/** A colour as painted over `under`: forced colours keep a colour's alpha, so a transparent background stays transparent. */
const painted = (colour: string, under: Rgba) => `rgb(${over(parseColor(colour), under).slice(0, 3).map(Math.round).join(', ')})`;

/**
 * What of a switch's look can show its state, as painted: its background and border colours
 * composited over what is behind it, its background image, and the same for its ::before and
 * ::after when rendered. Under forced colours, `forced-color-adjust: auto` means the browser
 * replaces colours with system colours and does not paint a background image other than url()
 * (CSS Color Adjustment 1, §3.1): such an image is left out, as it does not show.
 */
function stateLook(sw: Element): string[] {
  const forced = matchMedia('(forced-colors: active)').matches;
  const behind = backgroundBehind(parentOf(sw));
  const own = over(parseColor(getComputedStyle(sw).backgroundColor), behind);
  return ['', '::before', '::after'].flatMap((pseudo) => {
    const s = getComputedStyle(sw, pseudo || null);
    if (pseudo && !renders(s)) return [];
    const under = pseudo ? own : behind;
    const adjusted = forced && s.forcedColorAdjust === 'auto';
    const image = adjusted && !/^url\(/.test(s.backgroundImage) ? 'none' : s.backgroundImage;
    const border = (side: (typeof sides)[number]) =>
      parseFloat(s[`border${side}Width`]) > 0 && !['none', 'hidden'].includes(s[`border${side}Style`])
        ? `${s[`border${side}Width`]} ${s[`border${side}Style`]} ${painted(s[`border${side}Color`], under)}`
        : 'none';
    return [
      `${pseudo} background ${painted(s.backgroundColor, under)} ${image}`,
      ...sides.map((side) => `${pseudo} border-${side} ${border(side)}`),
      `${pseudo} content ${s.content}`,
      `${pseudo} transform ${s.transform} ${s.translate}`,
      `${pseudo} inset ${s.top} ${s.right} ${s.bottom} ${s.left}`,
    ];
  });
}

/** A rendered element: it has a box, and is not a visually hidden one (clipped to nothing for screen readers). */
function rendered(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const s = getComputedStyle(node);
    if (s.clipPath !== 'none' && /inset\(50%\)/.test(s.clipPath)) return false;
  }
  return el.getClientRects().length > 0;
}

const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';

/**
 * What of `root`'s content is cut off or spills out of its box: content past the edge of a box
 * that hides its overflow, a scroller that scrolls sideways, and a button whose text leaves it.
 */
function cutContent(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const node of root.querySelectorAll<HTMLElement>('*')) {
    if (!rendered(node)) continue;
    const s = getComputedStyle(node);
    if (hides(s.overflowX) && node.scrollWidth > node.clientWidth + 1) {
      problems.push(`${label(node)}: ${node.scrollWidth}px of content in ${node.clientWidth}px, overflow-x ${s.overflowX}`);
    }
    if (hides(s.overflowY) && node.scrollHeight > node.clientHeight + 1) {
      problems.push(`${label(node)}: ${node.scrollHeight}px of content in ${node.clientHeight}px, overflow-y ${s.overflowY}`);
    }
    if (!hides(s.overflowX) && s.overflowX !== 'visible' && node.scrollWidth > node.clientWidth + 1) {
      problems.push(`${label(node)}: scrolls sideways (${node.scrollWidth}px in ${node.clientWidth}px)`);
    }
  }
  for (const button of root.querySelectorAll<HTMLElement>('button')) {
    if (!rendered(button)) continue;
    const box = button.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(button);
    const text = range.getBoundingClientRect();
    if (text.left < box.left - 1 || text.right > box.right + 1 || text.top < box.top - 1 || text.bottom > box.bottom + 1) {
      problems.push(`${label(button)}: its text (${fmt(text)}) leaves the button (${fmt(box)})`);
    }
    if (button.scrollWidth > button.clientWidth + 1 || button.scrollHeight > button.clientHeight + 1) {
      problems.push(`${label(button)}: ${button.scrollWidth}×${button.scrollHeight}px of content in ${button.clientWidth}×${button.clientHeight}px`);
    }
  }
  return problems;
}

const fmt = (r: DOMRect) => `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;

const inViewport = (r: DOMRect) => r.top >= -0.5 && r.left >= -0.5 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;

/**
 * Why `control` cannot be reached, or `null`: scrolled into view (its scrollers, then the page,
 * as the browser does when Tab reaches it), it must lie inside the viewport with nothing over
 * its centre (the centre of one of its line boxes, for a link that wraps).
 */
async function unreachable(control: HTMLElement): Promise<string | null> {
  control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  await settle();
  const r = control.getBoundingClientRect();
  if (!(r.width > 0 && r.height > 0)) return `${label(control)}: no box`;
  if (!inViewport(r)) return `${label(control)}: at ${fmt(r)}, outside the ${innerWidth}×${innerHeight} viewport`;
  // Hit at the centre of one of its boxes (a link that wraps has one per line).
  const root = control.getRootNode() as ShadowRoot | Document;
  const hits = [...control.getClientRects()].map((box) => root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
  if (!hits.some((hit) => hit === control || control.contains(hit))) return `${label(control)}: covered by ${label(hits[0] ?? null)}`;
  return null;
}

/** Whether the page scrolls sideways. */
const pageScrollsSideways = () => document.documentElement.scrollWidth > innerWidth;

/** Targets under 24 × 24 CSS px (their own box: the spacing exception is not relied on). */
const tooSmall = (controls: Element[]) =>
  controls
    .map((c) => [c, c.getBoundingClientRect()] as const)
    .filter(([, r]) => r.width < 24 || r.height < 24)
    .map(([c, r]) => `${label(c)}: ${r.width.toFixed(2)}×${r.height.toFixed(2)}px`);

/** WCAG 1.4.12's spacing, as a bookmarklet or a user style sheet imposes it. */
const spacingRules = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

function withTextSpacing(root: ShadowRoot | Document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(spacingRules);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  if (root === document) documentSheets.push(sheet);
}

/** The spacing did apply to `el` (a check that the style sheet reached it). */
function expectSpaced(el: Element): void {
  const s = getComputedStyle(el);
  expect(parseFloat(s.letterSpacing)).toBeCloseTo(0.12 * parseFloat(s.fontSize), 1);
  expect(parseFloat(s.lineHeight)).toBeCloseTo(1.5 * parseFloat(s.fontSize), 1);
}

/**
 * Animations and transitions that last: for every element of `root` (and its ::before, ::after
 * and, for a dialog, ::backdrop), an animation whose name is not `none` with a duration over 0 s,
 * or a transition over 0 s on anything but the focus outline.
 */
function motion(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  const seconds = (list: string) => list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1));
  const nodes = [...(root instanceof Element ? [root] : []), ...root.querySelectorAll('*')];
  for (const node of nodes) {
    for (const pseudo of [null, '::before', '::after', ...(node.localName === 'dialog' ? ['::backdrop'] : [])]) {
      const s = getComputedStyle(node, pseudo);
      if (s.animationName !== 'none' && seconds(s.animationDuration).some((d) => d > 0)) {
        found.push(`${label(node)}${pseudo ?? ''}: animation ${s.animationName} ${s.animationDuration}`);
      }
      const properties = s.transitionProperty.split(',').map((p) => p.trim());
      const durations = seconds(s.transitionDuration);
      properties.forEach((property, i) => {
        const duration = durations[i % durations.length]!;
        if (duration > 0 && !property.startsWith('outline')) found.push(`${label(node)}${pseudo ?? ''}: transition ${property} ${duration}s`);
      });
    }
  }
  return found;
}

// The browser's accessibility tree (Chrome DevTools Protocol), of this test's frame: the tests
// run in an iframe of the runner's page.
interface AXValue {
  value?: unknown;
}
interface AXNode {
  ignored?: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  properties?: { name: string; value: AXValue }[];
}

async function accessibilityTree(): Promise<AXNode[]> {
  type Frame = { frame: { id: string; url: string }; childFrames?: Frame[] };
  const { frameTree } = (await cdp().send('Page.getFrameTree', {})) as { frameTree: Frame };
  const all = (f: Frame): Frame[] => [f, ...(f.childFrames ?? []).flatMap(all)];
  const frameId = all(frameTree).find((f) => f.frame.url === location.href)?.frame.id;
  expect(frameId).toBeDefined();
  const { nodes } = (await cdp().send('Accessibility.getFullAXTree', { frameId })) as { nodes: AXNode[] };
  return nodes.filter((n) => !n.ignored);
}

const property = (node: AXNode | undefined, name: string) => node?.properties?.find((p) => p.name === name)?.value.value;
const axName = (node: AXNode | undefined) => String(node?.name?.value ?? '');
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The nearest `lang` up the flat tree (through shadow roots to their host), and where it is. */
function langOf(node: Node): { lang: string | null; on: Element | null } {
  for (let el: Element | null = node instanceof Element ? node : node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element); el; el = parentOf(el)) {
    if (el.hasAttribute('lang')) return { lang: el.getAttribute('lang'), on: el };
  }
  return { lang: null, on: null };
}

/** Every text of `root` (non-blank text nodes, and aria-label/title attributes) whose language is not `lang`, set inside `within`. */
function textsOutOfLanguage(root: ParentNode & Node, lang: Lang, within: Element): string[] {
  const wrong: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!text.textContent!.trim() || text.parentElement?.closest('style, script')) continue;
    const { lang: found, on } = langOf(text);
    if (found !== lang || !on || !(within === on || within.contains(on) || (on.getRootNode() as ShadowRoot).host === within)) {
      wrong.push(`"${squash(text.textContent).slice(0, 40)}": lang ${found} on ${on?.localName ?? 'nothing'}`);
    }
  }
  for (const el of root.querySelectorAll('[aria-label], [title]')) {
    const { lang: found } = langOf(el);
    if (found !== lang) wrong.push(`${label(el)}: lang ${found}`);
  }
  return wrong;
}

/** Tabs from `from` (focused without scrolling) to the next focusable element. */
async function tabFrom(from: HTMLElement, shift = false): Promise<Element | null> {
  from.focus({ preventScroll: true });
  await userEvent.tab({ shift });
  return focused();
}

// ---------------------------------------------------------------------------------------

describe('WCAG 1.4.11 / 2.4.7 in forced colours (Windows High Contrast) — RGAA 3.3, 10.7', () => {
  beforeEach(async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  });

  for (const lang of languages) {
    it(`1.4.11 forced colours: every button keeps a visible boundary (${lang})`, async () => {
      const failures: string[] = [];
      const check = (buttons: Element[]) => {
        for (const b of buttons) {
          const missing = missingBoundary(b);
          if (missing) failures.push(missing);
        }
      };

      const el = await banner(lang);
      const buttons = bannerButtons(el);
      expect(buttons).toHaveLength(3);
      check(buttons);

      const { dialog: box } = await dialog(lang);
      const dialogButtons = [box.querySelector('[part=close-button]')!, ...box.querySelectorAll('[part~=dialog-footer] button')];
      expect(dialogButtons).toHaveLength(4);
      (focused() as HTMLElement | null)?.blur(); // the title has focus, but no boundary may come from a focus ring
      check(dialogButtons);

      const ph = await placeholder(lang);
      check([ph.shadowRoot!.querySelector('button')!]);

      const pol = await policy(lang);
      check([policyButton(pol)]);

      expect(failures).toEqual([]);
    });

    it(`1.4.11 forced colours: each switch shows its state, checked unlike unchecked (${lang})`, async () => {
      const { el, dialog: box } = await dialog(lang);
      const switches = [...box.querySelectorAll<HTMLInputElement>('[role=switch]:enabled')];
      expect(switches.map((s) => s.id)).toEqual(['switch-statistics', 'switch-youtube', 'switch-vimeo']);
      const same: string[] = [];
      for (const sw of switches) {
        expect(sw.checked).toBe(false);
        const off = stateLook(sw);
        await userEvent.click(sw);
        expect(sw.checked).toBe(true);
        (focused() as HTMLElement | null)?.blur(); // compare states, not a focus ring
        const on = stateLook(sw);
        // A switch drawn by the browser itself (appearance other than none) shows its state natively.
        const native = getComputedStyle(sw).appearance !== 'none';
        if (!native && on.join() === off.join()) same.push(`${label(sw)} looks the same on and off: ${off.join('; ')}`);
      }
      // The category checkbox of a category with services: native, or styled with a visible state too.
      const all = shadow(el).querySelector<HTMLInputElement>('#switch-videos')!;
      expect(all.checked).toBe(true); // both services on
      if (getComputedStyle(all).appearance === 'none') {
        const on = stateLook(all);
        await userEvent.click(all);
        if (stateLook(all).join() === on.join()) same.push(`${label(all)} looks the same checked and unchecked`);
      }
      expect(same).toEqual([]);
    });

    it(`2.4.7 forced colours: the keyboard focus ring stays visible on every kind of control (${lang})`, async () => {
      const rings: string[] = [];
      const check = (control: Element | null, expected: Element) => {
        expect(control).toBe(expected);
        expect(expected.matches(':focus-visible')).toBe(true);
        const s = getComputedStyle(expected);
        if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2 || parseColor(s.outlineColor)[3] === 0) {
          rings.push(`${label(expected)}: outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`);
        }
      };
      const el = await banner(lang);
      const [accept, reject] = bannerButtons(el);
      check(await tabFrom(accept!), reject!);

      const { dialog: box } = await dialog(lang);
      // Focus is on the title as the dialog opens: Tab goes to the close button, Shift+Tab to the last footer button.
      await expect.poll(() => focused()?.id).toBe('dialog-title');
      await userEvent.tab();
      check(focused(), box.querySelector('[part=close-button]')!);
      await userEvent.tab();
      check(focused(), box.querySelector('#switch-statistics')!);
      await userEvent.tab({ shift: true });
      await userEvent.tab({ shift: true });
      check(focused(), box.querySelector('[part~=save]')!);

      const ph = await placeholder(lang);
      const before = pageContent('<button>Before the embed</button>').querySelector('button')!;
      ph.before(before);
      check(await tabFrom(before), ph.shadowRoot!.querySelector('button')!);

      const pol = await policy(lang);
      check(await tabFrom(document.querySelector<HTMLElement>('#before-policy')!), policyButton(pol));

      expect(rings).toEqual([]);
    });
  }
});

describe('WCAG 1.4.12 text spacing — RGAA 10.12', () => {
  const sizes = [
    [360, 640],
    [1280, 800],
  ] as const;

  for (const lang of languages) {
    it(`1.4.12 text spacing: the banner loses no content, stays on screen or scrolls, and every action stays reachable, at 360×640 and 1280×800 (${lang})`, async () => {
      const problems: string[] = [];
      for (const [width, height] of sizes) {
        await page.viewport(width, height);
        const el = await banner(lang);
        withTextSpacing(shadow(el));
        await settle();
        expectSpaced(bannerButtons(el)[0]!);
        const at = `${width}×${height}`;
        const box = bannerBox(el);
        problems.push(...cutContent(shadow(el)).map((p) => `${at}: ${p}`));
        const r = box.getBoundingClientRect();
        if (!inViewport(r)) problems.push(`${at}: the banner at ${fmt(r)} leaves the viewport`);
        if (box.scrollHeight > box.clientHeight + 1 && !['auto', 'scroll'].includes(getComputedStyle(box).overflowY)) {
          problems.push(`${at}: the banner is cut (${box.scrollHeight}px in ${box.clientHeight}px) and does not scroll`);
        }
        for (const control of [shadow(el).querySelector<HTMLElement>('[part=policy-link]')!, ...bannerButtons(el)]) {
          const why = await unreachable(control);
          if (why) problems.push(`${at}: ${why}`);
        }
        if (pageScrollsSideways()) problems.push(`${at}: the page scrolls sideways`);
      }
      expect(problems).toEqual([]);
    });

    it(`1.4.12 text spacing: the dialog loses no content and every control stays reachable, at 360×640 and 1280×800 (${lang})`, async () => {
      const problems: string[] = [];
      for (const [width, height] of sizes) {
        await page.viewport(width, height);
        const { el, dialog: box } = await dialog(lang);
        withTextSpacing(shadow(el));
        await settle();
        expectSpaced(box.querySelector('#dialog-intro')!);
        const at = `${width}×${height}`;
        problems.push(...cutContent(box).map((p) => `${at}: ${p}`));
        const r = box.getBoundingClientRect();
        if (!inViewport(r)) problems.push(`${at}: the dialog at ${fmt(r)} leaves the viewport`);
        const body = box.querySelector<HTMLElement>('[part=dialog-body]')!;
        if (body.scrollHeight > body.clientHeight + 1 && !['auto', 'scroll'].includes(getComputedStyle(body).overflowY)) {
          problems.push(`${at}: the dialog body is cut and does not scroll`);
        }
        const controls = dialogControls(box);
        // Close, the statistics switch, the videos checkbox, the YouTube and Vimeo switches, and the three actions.
        expect(controls).toHaveLength(8);
        for (const control of controls) {
          const why = await unreachable(control);
          if (why) problems.push(`${at}: ${why}`);
        }
        if (pageScrollsSideways()) problems.push(`${at}: the page scrolls sideways`);
      }
      expect(problems).toEqual([]);
    });

    it(`1.4.12 text spacing: the embed placeholder keeps its text and button inside its box, at 360×640 and 1280×800 (${lang})`, async () => {
      const problems: string[] = [];
      for (const [width, height] of sizes) {
        await page.viewport(width, height);
        const ph = await placeholder(lang);
        withTextSpacing(ph.shadowRoot!);
        await settle();
        const button = ph.shadowRoot!.querySelector<HTMLElement>('button')!;
        expectSpaced(button);
        const at = `${width}×${height}`;
        problems.push(...cutContent(ph.shadowRoot!).map((p) => `${at}: ${p}`));
        // Its box has the iframe's fixed size: what does not fit would spill over the page.
        const frame = ph.shadowRoot!.querySelector('[part=placeholder]')!.getBoundingClientRect();
        for (const part of ph.shadowRoot!.querySelectorAll('[part=placeholder] > *')) {
          const r = part.getBoundingClientRect();
          if (!(r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1 && r.left >= frame.left - 1 && r.right <= frame.right + 1)) {
            problems.push(`${at}: ${label(part)} at ${fmt(r)} spills out of the placeholder at ${fmt(frame)}`);
          }
        }
        const why = await unreachable(button);
        if (why) problems.push(`${at}: ${why}`);
        if (pageScrollsSideways()) problems.push(`${at}: the page scrolls sideways`);
      }
      expect(problems).toEqual([]);
    });

    it(`1.4.12 text spacing: <cookie-policy> loses no content and the page does not scroll sideways, at 360×640 and 1280×800 (${lang})`, async () => {
      const problems: string[] = [];
      for (const [width, height] of sizes) {
        await page.viewport(width, height);
        const pol = await policy(lang);
        withTextSpacing(document);
        await settle();
        expectSpaced(pol.querySelector('p')!);
        const at = `${width}×${height}`;
        problems.push(...cutContent(pol).map((p) => `${at}: ${p}`));
        const why = await unreachable(policyButton(pol));
        if (why) problems.push(`${at}: ${why}`);
        if (pageScrollsSideways()) problems.push(`${at}: the page scrolls sideways`);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('WCAG 1.4.10 reflow at 320×256 (a 1280×1024 window at 400 %) — RGAA 10.11', () => {
  beforeEach(async () => {
    await page.viewport(320, 256);
  });

  for (const lang of languages) {
    it(`1.4.10 reflow: at 320×256 the banner scrolls in one direction only and each of its actions can be scrolled into view (${lang})`, async () => {
      const el = await banner(lang);
      await settle();
      const box = bannerBox(el);
      const problems: string[] = [];
      if (pageScrollsSideways()) problems.push('the page scrolls sideways');
      if (box.scrollWidth > box.clientWidth + 1) problems.push(`the banner scrolls sideways (${box.scrollWidth}px in ${box.clientWidth}px)`);
      if (!inViewport(box.getBoundingClientRect())) problems.push(`the banner at ${fmt(box.getBoundingClientRect())} leaves the viewport`);
      // Taller than the screen, it scrolls itself (its own overflow), not off screen.
      if (box.scrollHeight > box.clientHeight + 1 && !['auto', 'scroll'].includes(getComputedStyle(box).overflowY)) problems.push('the banner is cut and does not scroll');
      for (const control of [shadow(el).querySelector<HTMLElement>('[part=policy-link]')!, ...bannerButtons(el)]) {
        const why = await unreachable(control);
        if (why) problems.push(why);
      }
      problems.push(...cutContent(shadow(el)));
      expect(problems).toEqual([]);
    });

    it(`1.4.10 reflow: at 320×256 the dialog and its body scroll in one direction only, every control can be scrolled into view, and the body keeps room to read (${lang})`, async () => {
      const { dialog: box } = await dialog(lang);
      await settle();
      const body = box.querySelector<HTMLElement>('[part=dialog-body]')!;
      const problems: string[] = [];
      if (pageScrollsSideways()) problems.push('the page scrolls sideways');
      if (box.scrollWidth > box.clientWidth + 1) problems.push(`the dialog scrolls sideways (${box.scrollWidth}px in ${box.clientWidth}px)`);
      if (body.scrollWidth > body.clientWidth + 1) problems.push(`the dialog body scrolls sideways (${body.scrollWidth}px in ${body.clientWidth}px)`);
      if (!inViewport(box.getBoundingClientRect())) problems.push(`the dialog at ${fmt(box.getBoundingClientRect())} leaves the viewport`);
      for (const control of dialogControls(box)) {
        const why = await unreachable(control);
        if (why) problems.push(why);
      }
      // The last text of the body can be scrolled to.
      body.scrollTop = body.scrollHeight;
      if (body.scrollTop + body.clientHeight < body.scrollHeight - 1) problems.push('the end of the dialog body cannot be scrolled to');
      // Between its header and its footer the body shows at least two lines of its text: a
      // slit narrower than that shows no line whole, whatever the scrolling.
      const line = parseFloat(getComputedStyle(body.querySelector('#dialog-intro')!).lineHeight);
      if (body.clientHeight < 2 * line) {
        const height = (el: Element) => Math.round(el.getBoundingClientRect().height);
        const [header, footer] = [box.querySelector('[part=dialog-header]')!, box.querySelector('[part~=dialog-footer]')!];
        problems.push(
          `the dialog body is ${body.clientHeight}px high (a line is ${line}px), in a ${height(box)}px dialog whose header takes ${height(header)}px and footer ${height(footer)}px`,
        );
      }
      problems.push(...cutContent(box));
      expect(problems).toEqual([]);
    });

    it(`1.4.10 reflow: at 320 px wide <cookie-policy> and the embed placeholder do not make the page scroll sideways (${lang})`, async () => {
      const pol = await policy(lang);
      await settle();
      expect(pageScrollsSideways()).toBe(false);
      expect(cutContent(pol)).toEqual([]);
      expect(await unreachable(policyButton(pol))).toBeNull();
      const ph = await placeholder(lang);
      await settle();
      expect(pageScrollsSideways()).toBe(false);
      expect(ph.getBoundingClientRect().right).toBeLessThanOrEqual(innerWidth);
      expect(await unreachable(ph.shadowRoot!.querySelector('button')!)).toBeNull();
    });
  }
});

describe('WCAG 2.5.8 target size (minimum) — no RGAA 4.1 criterion', () => {
  // The banner's policy link is the one control not measured: it is a link inline in a sentence
  // of the banner text, which 2.5.8 exempts ("Inline: the target is in a sentence or its size is
  // otherwise constrained by the line-height of non-target text"). The test checks that it is
  // indeed such a link, so that the exception keeps applying.
  for (const lang of languages) {
    it(`2.5.8 target size: every control of the banner and of the dialog is at least 24×24 CSS px, at 360 and 1280 px wide (${lang})`, async () => {
      const small: string[] = [];
      for (const width of [360, 1280]) {
        await page.viewport(width, 800);
        const el = await banner(lang);
        small.push(...tooSmall(bannerButtons(el)).map((s) => `${width}px banner: ${s}`));
        const link = shadow(el).querySelector<HTMLElement>('[part=policy-link]')!;
        expect(getComputedStyle(link).display).toBe('inline');
        expect(link.parentElement!.localName).toBe('p');
        expect(squash(link.parentElement!.textContent).length).toBeGreaterThan(squash(link.textContent).length + 40);

        el.showPreferences();
        await el.updateComplete;
        const box = shadow(el).querySelector('dialog')!;
        const controls = dialogControls(box);
        // The close button, the category switch, the category checkbox (a category with services), the service switches, the actions.
        expect(controls.map((c) => c.getAttribute('part'))).toEqual([
          'close-button',
          'switch',
          'switch category-switch',
          'switch',
          'switch',
          'button accept-all',
          'button reject-all',
          'button save',
        ]);
        small.push(...tooSmall(controls).map((s) => `${width}px dialog: ${s}`));
      }
      expect(small).toEqual([]);
    });

    it(`2.5.8 target size: the embed placeholder's button and <cookie-policy>'s button are at least 24×24 CSS px, at 360 and 1280 px wide (${lang})`, async () => {
      const small: string[] = [];
      for (const width of [360, 1280]) {
        await page.viewport(width, 800);
        const ph = await placeholder(lang);
        small.push(...tooSmall([ph.shadowRoot!.querySelector('button')!]).map((s) => `${width}px placeholder: ${s}`));
        const pol = await policy(lang);
        small.push(...tooSmall([policyButton(pol)]).map((s) => `${width}px policy: ${s}`));
      }
      expect(small).toEqual([]);
    });
  }
});

describe('WCAG 4.1.2 name, role, value; 1.3.1 headings; 3.1.1/3.1.2 language — RGAA 7.1, 9.1, 11.1, 11.2, 8.3, 8.7', () => {
  for (const lang of languages) {
    it(`4.1.2 name, role, value: the dialog is a modal dialog named by its title and described by its intro, in its language (${lang})`, async () => {
      const { dialog: box } = await dialog(lang);
      const title = squash(box.querySelector(`#${box.getAttribute('aria-labelledby')}`)?.textContent);
      const intro = squash(box.querySelector(`#${box.getAttribute('aria-describedby')}`)?.textContent);
      expect(title).toMatch(words[lang].dialogTitle);
      expect(intro).toMatch(words[lang].dialogIntro);
      expect(box.getAttribute('lang')).toBe(lang);
      const dialogs = (await accessibilityTree()).filter((n) => n.role?.value === 'dialog');
      expect(dialogs).toHaveLength(1);
      expect(squash(axName(dialogs[0]))).toBe(title);
      expect(squash(String(dialogs[0]!.description?.value ?? ''))).toBe(intro);
      expect(property(dialogs[0], 'modal')).toBe(true);
    });

    it(`4.1.2 name, role, value: each switch is named by its category or service title and exposes its checked state (${lang})`, async () => {
      const { el, dialog: box } = await dialog(lang);
      const root = shadow(el);
      const switches = [...box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
      expect(switches.map((s) => s.id)).toEqual(['switch-necessary', 'switch-statistics', 'switch-videos', 'switch-youtube', 'switch-vimeo']);
      const titleOf = (input: HTMLInputElement) => squash(root.querySelector(`label[for=${input.id}]`)?.textContent);
      expect(titleOf(switches[1]!)).toBe(words[lang].statistics);
      expect(titleOf(switches[2]!)).toBe(words[lang].videos);

      const expectTree = async () => {
        const nodes = await accessibilityTree();
        for (const input of switches) {
          const role = input.getAttribute('role') ?? 'checkbox';
          const matches = nodes.filter((n) => n.role?.value === role && squash(axName(n)) === titleOf(input));
          expect(matches, `${role} "${titleOf(input)}"`).toHaveLength(1);
          const state = input.indeterminate ? 'mixed' : String(input.checked);
          expect(property(matches[0], 'checked'), `${role} "${titleOf(input)}"`).toBe(state);
          // Described by its description (word for word: see the next test); a service without one (Vimeo) has none.
          const description = squash(root.getElementById(input.getAttribute('aria-describedby')!)?.textContent);
          if (input.id !== 'switch-vimeo') expect(description.length, titleOf(input)).toBeGreaterThan(0);
          expect(String(matches[0]!.description?.value ?? '').replace(/\s/g, '')).toBe(description.replace(/\s/g, ''));
          if (input.disabled) expect(property(matches[0], 'disabled')).toBe(true);
        }
        // No other switch or checkbox than those, each with a name.
        expect(nodes.filter((n) => n.role?.value === 'switch' || n.role?.value === 'checkbox').map(axName).sort()).toEqual(switches.map(titleOf).sort());
      };
      expect(switches[0]!.disabled && switches[0]!.checked).toBe(true); // necessary: always on
      await expectTree();
      // States follow: one service on makes its category mixed; the category on turns both on.
      await userEvent.click(switches[3]!);
      expect(switches[2]!.indeterminate).toBe(true);
      await expectTree();
      await userEvent.click(switches[2]!);
      expect([switches[3]!.checked, switches[4]!.checked]).toEqual([true, true]);
      await userEvent.click(switches[1]!);
      await expectTree();
    });

    it(`4.1.2 name, role, value: each switch's accessible description reads as its visible description, word for word (${lang})`, async () => {
      const { el, dialog: box } = await dialog(lang);
      const nodes = await accessibilityTree();
      const merged: string[] = [];
      for (const input of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
        const visible = squash(shadow(el).getElementById(input.getAttribute('aria-describedby')!)!.innerText);
        const title = squash(shadow(el).querySelector(`label[for=${input.id}]`)!.textContent);
        const node = nodes.find((n) => (n.role?.value === 'switch' || n.role?.value === 'checkbox') && squash(axName(n)) === title);
        const announced = squash(String(node?.description?.value ?? ''));
        if (announced !== visible) merged.push(`"${title}": announced "${announced}", shown "${visible}"`);
      }
      expect(merged).toEqual([]);
    });

    it(`1.3.1 headings: the banner has an h2; the dialog an h2, then an h3 per category and an h4 per service, skipping no level (${lang})`, async () => {
      const levels = (root: ParentNode) => [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]));
      const skips = (list: number[]) => list.filter((level, i) => i > 0 && level > list[i - 1]! + 1);

      const el = await banner(lang);
      expect(levels(bannerBox(el))).toEqual([2]);
      el.showPreferences();
      await el.updateComplete;
      const box = shadow(el).querySelector('dialog')!;
      const dialogLevels = levels(box);
      expect(dialogLevels).toEqual([2, 3, 3, 3, 4, 4]); // title; necessary, statistics, videos; YouTube, Vimeo
      expect(skips(dialogLevels)).toEqual([]);
      // Each h4 sits in the section of its h3.
      for (const h4 of box.querySelectorAll('h4')) expect(h4.closest('[part=category]')!.querySelector('h3')).not.toBeNull();
      // As the browser exposes them.
      const headings = (await accessibilityTree()).filter((n) => n.role?.value === 'heading');
      const exposed = headings.map((n) => [property(n, 'level'), squash(axName(n))]);
      expect(exposed).toContainEqual([3, words[lang].statistics]);
      expect(exposed).toContainEqual([3, words[lang].videos]);
      expect(exposed).toContainEqual([4, 'YouTube']);
      expect(exposed.filter(([level]) => level === 2).map(([, name]) => name)).toContainEqual(expect.stringMatching(words[lang].dialogTitle));
    });

    it(`3.1.2 language of parts: every text of the banner, the dialog, the placeholder and the policy is inside an element whose lang is ${lang} (${lang})`, async () => {
      const el = await banner(lang);
      const section = bannerBox(el);
      expect(section.getAttribute('lang')).toBe(lang);
      expect(textsOutOfLanguage(section, lang, section)).toEqual([]);
      el.showPreferences();
      await el.updateComplete;
      const box = shadow(el).querySelector('dialog')!;
      expect(box.getAttribute('lang')).toBe(lang);
      expect(textsOutOfLanguage(box, lang, box)).toEqual([]);
      // The names the browser gives the buttons are the language's words.
      const names = (await accessibilityTree()).filter((n) => n.role?.value === 'button').map(axName);
      for (const word of [words[lang].accept, words[lang].reject, words[lang].save, words[lang].close]) expect(names).toContain(word);

      const ph = await placeholder(lang);
      expect(ph.getAttribute('lang')).toBe(lang);
      expect(textsOutOfLanguage(ph.shadowRoot!, lang, ph)).toEqual([]);

      const pol = await policy(lang);
      const content = pol.querySelector(':scope > [lang]')!;
      expect(content.getAttribute('lang')).toBe(lang);
      expect(textsOutOfLanguage(pol, lang, content)).toEqual([]);
    });
  }
});

describe('WCAG 2.1.1 keyboard, 2.1.2 no keyboard trap, 2.4.3 focus order, 2.4.11 focus not obscured — RGAA 7.3, 12.8, 12.9', () => {
  /** A page button before the banner, the banner, and a page button after it. */
  async function pageWithBanner(lang: Lang) {
    const el = await banner(lang);
    const before = pageContent('<button>Before the banner</button>').querySelector('button')!;
    const after = pageContent('<button>After the banner</button>').querySelector('button')!;
    el.before(before);
    el.after(after);
    return { el, before, after, link: shadow(el).querySelector<HTMLElement>('[part=policy-link]')! };
  }

  for (const lang of languages) {
    it(`2.1.1 / 2.4.3 keyboard: Tab from the page reaches the banner's actions in reading order (Accept, Reject, Customize), and Shift+Tab goes back (${lang})`, async () => {
      for (const width of [360, 1280]) {
        await page.viewport(width, 800);
        const { el, before, link } = await pageWithBanner(lang);
        const [accept, reject, customize] = bannerButtons(el);
        // Visual order = DOM order: each next action to the right on the same row, or on a row below.
        const rects = [accept!, reject!, customize!].map((b) => b.getBoundingClientRect());
        for (let i = 1; i < rects.length; i++) {
          const [a, b] = [rects[i - 1]!, rects[i]!];
          const sameRow = Math.abs(a.top - b.top) < 1;
          expect(sameRow ? b.left >= a.right - 1 : b.top >= a.bottom - 1, `${width}px: action ${i + 1} after action ${i}`).toBe(true);
        }
        const forwards: (Element | null)[] = [await tabFrom(before)];
        for (let i = 0; i < 3; i++) {
          await userEvent.tab();
          forwards.push(focused());
        }
        expect(forwards, `${width}px`).toEqual([link, accept, reject, customize]);
        const backwards: (Element | null)[] = [];
        for (let i = 0; i < 4; i++) {
          await userEvent.tab({ shift: true });
          backwards.push(focused());
        }
        expect(backwards, `${width}px`).toEqual([reject, accept, link, before]);
      }
    });

    it(`2.1.2 no keyboard trap: Tab from the banner's last action leaves the banner, which is not modal (${lang})`, async () => {
      const { el, after } = await pageWithBanner(lang);
      const customize = bannerButtons(el)[2]!;
      expect(await tabFrom(customize)).toBe(after);
      expect(await tabFrom(after, true)).toBe(customize);
      expect(bannerBox(el).getAttribute('aria-modal')).toBeNull();
      expect(shadow(el).querySelector('dialog')).toBeNull();
    });

    it(`2.1.1 / 2.4.3 keyboard: Enter on Customize opens the dialog with focus inside, Tab and Shift+Tab wrap inside it, Space toggles a switch, Escape closes it and focus returns to Customize (${lang})`, async () => {
      const { el } = await pageWithBanner(lang);
      const customize = bannerButtons(el)[2]!;
      customize.focus();
      await userEvent.keyboard('{Enter}');
      await expect.element(page.getByRole('dialog')).toBeVisible();
      const box = shadow(el).querySelector('dialog')!;
      await expect.poll(() => box.contains(focused())).toBe(true);
      const controls = dialogControls(box);
      expect(controls).toHaveLength(8);

      // Forwards twice round: every control once per round, in DOM order, and never outside.
      const forwards: (Element | null)[] = [];
      for (let i = 0; i < 2 * controls.length; i++) {
        await userEvent.tab();
        forwards.push(focused());
        expect(box.contains(focused()), `Tab ${i + 1}: ${label(focused())}`).toBe(true);
      }
      expect(forwards).toEqual([...controls, ...controls]);
      // Backwards from the last control, round past the first to the last again.
      expect(focused()).toBe(controls.at(-1));
      const backwards: (Element | null)[] = [];
      for (let i = 0; i < controls.length + 1; i++) {
        await userEvent.tab({ shift: true });
        backwards.push(focused());
        expect(box.contains(focused()), `Shift+Tab ${i + 1}: ${label(focused())}`).toBe(true);
      }
      const reversed = [...controls].reverse();
      expect(backwards).toEqual([...reversed.slice(1), reversed[0], reversed[1]]);

      // Space on the statistics switch.
      const statistics = box.querySelector<HTMLInputElement>('#switch-statistics')!;
      while (focused() !== statistics) await userEvent.tab();
      expect(statistics.checked).toBe(false);
      await userEvent.keyboard(' ');
      expect(statistics.checked).toBe(true);
      await userEvent.keyboard(' ');
      expect(statistics.checked).toBe(false);

      await userEvent.keyboard('{Escape}');
      await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
      // The banner is drawn anew as the dialog closes: its Customize button, not the one pressed.
      await expect.poll(() => focused()).toBe(bannerButtons(el)[2]);
      expect(focused()!.textContent!.trim()).toBe(words[lang].customize);
      expect(focused()!.matches(':focus-visible')).toBe(true);
    });

    it(`2.4.11 focus not obscured: a page control at the bottom edge of a tall page, reached with Tab while the banner shows, is not hidden by it (${lang})`, async () => {
      await page.viewport(800, 600);
      const el = await banner(lang);
      const content = pageContent('<div class="spacer" tabindex="-1" style="height: 2500px"></div><a href="#end" id="end">Last dataset</a>');
      const [spacer, target] = [content.querySelector<HTMLElement>('.spacer')!, content.querySelector<HTMLElement>('#end')!];
      // Scrolled to the very end of the page: the link sits at the bottom edge, under the banner.
      window.scrollTo(0, document.documentElement.scrollHeight);
      await settle();
      const box = bannerBox(el);
      const under = target.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      expect(under.top < b.bottom && under.bottom > b.top && under.left < b.right && under.right > b.left, 'covered before').toBe(true);

      expect(await tabFrom(spacer)).toBe(target);
      await settle();
      // Sampled over its box, some of the link shows: the page, not the banner, is hit there.
      const r = target.getBoundingClientRect();
      const points = [0.1, 0.5, 0.9].flatMap((x) => [0.1, 0.5, 0.9].map((y) => [r.left + x * r.width, r.top + y * r.height] as const));
      const shown = points.filter(([x, y]) => document.elementFromPoint(x, y) === target);
      expect(inViewport(r), `link at ${fmt(r)}`).toBe(true);
      expect(shown.length, `the link at ${fmt(r)}, the banner at ${fmt(box.getBoundingClientRect())}`).toBeGreaterThan(0);
      // The banner stays whole on screen, moved aside rather than shrunk.
      expect(inViewport(box.getBoundingClientRect())).toBe(true);
    });
  }
});

describe('WCAG 2.2.2 / 2.3.3 motion — RGAA 13.8', () => {
  for (const lang of languages) {
    for (const reduce of [true, false]) {
      const preference = reduce ? 'prefers-reduced-motion: reduce' : 'no motion preference';
      it(`2.2.2 motion: with ${preference}, no animation or transition on the banner, the dialog or the placeholder (${lang})`, async () => {
        await emulate([{ name: 'prefers-reduced-motion', value: reduce ? 'reduce' : 'no-preference' }]);
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(reduce);
        const el = await banner(lang);
        expect(motion(shadow(el))).toEqual([]);
        expect(motion(el)).toEqual([]);
        expect(shadow(el).getAnimations()).toEqual([]);
        el.showPreferences();
        await el.updateComplete;
        expect(motion(shadow(el))).toEqual([]);
        // Hover and focus start no transition either.
        await userEvent.hover(shadow(el).querySelector('[part~=save]')!);
        await userEvent.tab();
        expect(shadow(el).getAnimations()).toEqual([]);

        const ph = await placeholder(lang);
        expect(motion(ph.shadowRoot!)).toEqual([]);
        await userEvent.hover(ph.shadowRoot!.querySelector('button')!);
        expect(ph.shadowRoot!.getAnimations()).toEqual([]);
        expect(document.getAnimations()).toEqual([]);
      });
    }
  }
});

describe('the checks can fail: each measure flags a deliberately broken element', () => {
  /** A shadow root styled with `rules`, holding `markup`. */
  async function scratch(rules: string, markup: string): Promise<ShadowRoot> {
    const host = pageContent('<div></div>').firstElementChild!;
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules);
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = markup;
    await settle();
    return root;
  }

  it('1.4.11: in forced colours, a `border: 0` button has no boundary (the banner buttons before the fix); a transparent 1px border has one', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const root = await scratch(
      'button { background: #0b57d0; color: #fff; } .none { border: 0; } .clear { border: 1px solid #0000; }',
      '<button class="none">Accept all</button><button class="clear">Accept all</button>',
    );
    expect(missingBoundary(root.querySelector('.none')!)).toMatch(/border 0px/);
    expect(missingBoundary(root.querySelector('.clear')!)).toBeNull();
  });

  it('1.4.11: in forced colours, a switch whose state is only a background gradient (the switch before the fix) looks the same on and off', async () => {
    const rules = `
      input { appearance: none; width: 3em; height: 1.75em; border: 2px solid #6e7781; border-radius: 1em;
        background: radial-gradient(circle at 0.75em, #6e7781 0.5em, #0000 0.55em); }
      input:checked { border-color: #0b57d0; background: radial-gradient(circle at calc(100% - 0.75em), #fff 0.5em, #0000 0.55em) #0b57d0; }`;
    const root = await scratch(rules, '<input type="checkbox" role="switch">');
    const sw = root.querySelector('input')!;
    const off = stateLook(sw).join();
    sw.checked = true;
    expect(stateLook(sw).join()).not.toBe(off); // in normal colours, it does show
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(stateLook(sw).join()).toBe(stateLook(Object.assign(sw, { checked: false })).join());
  });

  it('1.4.12 / 1.4.10: text cut by a box that hides its overflow, a button too narrow for its text, and a sideways scroller are reported', async () => {
    const root = await scratch(
      '.box { height: 1em; overflow: hidden; } button { width: 3em; white-space: nowrap; } .wide { overflow: auto; width: 5em; white-space: nowrap; }',
      '<div class="box"><p>One</p><p>Two</p></div><button>Personnaliser</button><div class="wide">Cookies utilisés sur la plateforme</div>',
    );
    const problems = cutContent(root);
    expect(problems.some((p) => p.startsWith('<div>') && p.includes('overflow-y hidden'))).toBe(true);
    expect(problems.some((p) => p.startsWith('<button>') && p.includes('leaves the button'))).toBe(true);
    expect(problems.some((p) => p.includes('scrolls sideways'))).toBe(true);
  });

  it('1.4.10: a control outside the viewport, or under another element, is unreachable', async () => {
    const root = await scratch(
      '.out { position: fixed; left: 200vw; } .under { position: fixed; top: 0; left: 0; } .over { position: fixed; top: 0; left: 0; width: 10em; height: 5em; background: #fff; }',
      '<button class="out">Out</button><button class="under">Under</button><div class="over"></div>',
    );
    expect(await unreachable(root.querySelector('.out')!)).toMatch(/outside the/);
    expect(await unreachable(root.querySelector('.under')!)).toMatch(/covered by/);
  });

  it('2.5.8: a 20px button is too small; a 24px one is not', async () => {
    const root = await scratch('button { box-sizing: border-box; padding: 0; } .a { width: 20px; height: 44px; } .b { width: 24px; height: 24px; }', '<button class="a">a</button><button class="b">b</button>');
    expect(tooSmall([...root.querySelectorAll('button')])).toEqual([expect.stringMatching(/^<button part=|^<button> "a": 20\.00×44\.00px$/)]);
  });

  it('2.2.2: a transition or an animation is reported; one on the focus outline only is not', async () => {
    const root = await scratch(
      '@keyframes in { from { opacity: 0 } } .a { transition: transform 0.3s; } .b { animation: in 1s; } .c { transition: outline-offset 0.1s; }',
      '<p class="a">a</p><p class="b">b</p><p class="c">c</p>',
    );
    expect(motion(root)).toEqual([expect.stringMatching(/"a": transition transform 0\.3s/), expect.stringMatching(/"b": animation in 1s/)]);
  });

  it('3.1.2: a text in an element without lang, or with another language, is reported', async () => {
    const root = await scratch('', '<div lang="fr"><p>Bonjour</p></div><p>Hello</p><div lang="en"><p>Hello</p></div>');
    const box = root.host;
    expect(textsOutOfLanguage(root, 'fr', box)).toEqual([
      expect.stringMatching(/^"Hello": lang (en|null) on/),
      expect.stringMatching(/^"Hello": lang en on div/),
    ]);
  });
});
