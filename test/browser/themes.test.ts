import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { fixture } from '@open-wc/testing-helpers';
import type { CookieConsent, CookieConsentPlaceholder } from '../../src/index.js';
import { CookiePolicy } from '../../src/policy/index.js';
import { freshVisitor, html, mount, shadow } from './helpers.js';

if (!customElements.get('cookie-policy')) customElements.define('cookie-policy', CookiePolicy);

// ---------------------------------------------------------------------------------------
// WCAG 2.x contrast, from what the browser computed.

type Rgba = [r: number, g: number, b: number, a: number];

/** Parses a computed colour: Chromium serialises them as `rgb(r, g, b)` or `rgba(r, g, b, a)`. */
function parseColor(value: string): Rgba {
  const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
  if (!match) throw new Error(`not a computed rgb() colour: "${value}"`);
  const [r = 0, g = 0, b = 0, a = 1] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return [r, g, b, a];
}

/** `top` painted over the opaque `bottom` (source-over compositing). */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

/** Relative luminance (WCAG 2.2, "relative luminance"). */
function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function ratio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The parent in the flat tree as far as colours go: through shadow roots to their host. */
const parentOf = (el: Element): Element | null =>
  el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

/** The opaque colour behind `el`'s content: its own and its ancestors' backgrounds, composited over the white canvas. */
function backgroundBehind(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** Contrast of `el`'s text against what is behind it (a translucent text colour is composited first). */
function textContrast(el: Element): number {
  const background = backgroundBehind(el);
  return ratio(over(parseColor(getComputedStyle(el).color), background), background);
}

/**
 * Contrast of what draws a button's edge against what surrounds it: its fill, else its border,
 * else an inset ring drawn with `box-shadow` (a "ghost" button), whichever contrasts most.
 */
function edgeContrast(el: Element): number {
  const style = getComputedStyle(el);
  const around = backgroundBehind(parentOf(el)!);
  const against = (colour: string) => ratio(over(parseColor(colour), around), around);
  const edges = [against(style.backgroundColor)];
  if (parseFloat(style.borderTopWidth) >= 1) edges.push(against(style.borderTopColor));
  const ring = /^(rgba?\([^)]*\)) 0px 0px 0px ([\d.]+)px inset/.exec(style.boxShadow);
  if (ring && parseFloat(ring[2]!) >= 1) edges.push(against(ring[1]!));
  return Math.max(...edges);
}

/** Contrast of `el`'s outline (a focus ring drawn outside it) against what surrounds it. */
function outlineContrast(el: Element): number {
  const style = getComputedStyle(el);
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return 0;
  const around = backgroundBehind(parentOf(el)!);
  return ratio(over(parseColor(style.outlineColor), around), around);
}

/** Contrast of `el`'s border (WCAG 1.4.11, non-text) against what surrounds it. */
function borderContrast(el: Element): number {
  const around = backgroundBehind(parentOf(el)!);
  return ratio(over(parseColor(getComputedStyle(el).borderTopColor), around), around);
}

// ---------------------------------------------------------------------------------------
// The page conditions a theme is measured under, and their clean-up.

type Theme = 'dsfr' | 'compact-dark';

interface Scenario {
  name: string;
  /** A theme stylesheet from themes/, adopted by the document. */
  sheet?: Theme;
  /** The element's `theme` attribute. */
  theme?: 'light' | 'dark' | 'auto';
  /** Emulated `prefers-color-scheme`. */
  scheme?: 'light' | 'dark';
  /** Attributes on <html>, as the DSFR script sets them. */
  root?: Record<string, string>;
}

const sheetText = new Map<Theme, string>();
const added: CSSStyleSheet[] = [];
const rootAttributes = new Set<string>();

async function loadTheme(name: Theme): Promise<CSSStyleSheet> {
  if (!sheetText.has(name)) {
    // Accept: text/css, or Vite answers a CSS URL with the JS module that injects it.
    const response = await fetch(`/themes/${name}.css`, { headers: { Accept: 'text/css' } });
    expect(response.ok).toBe(true);
    sheetText.set(name, await response.text());
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(sheetText.get(name)!);
  return sheet;
}

async function useTheme(name: Theme): Promise<CSSStyleSheet> {
  const sheet = await loadTheme(name);
  added.push(sheet);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
}

async function emulate(features: { name: string; value: string }[]): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features });
}

function setRootAttribute(name: string, value: string): void {
  rootAttributes.add(name);
  document.documentElement.setAttribute(name, value);
}

async function restorePage(): Promise<void> {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !added.includes(s));
  added.length = 0;
  for (const name of rootAttributes) document.documentElement.removeAttribute(name);
  rootAttributes.clear();
  await emulate([]);
}

async function enter(scenario: Scenario): Promise<void> {
  if (scenario.sheet) await useTheme(scenario.sheet);
  for (const [name, value] of Object.entries(scenario.root ?? {})) setRootAttribute(name, value);
  if (scenario.scheme) await emulate([{ name: 'prefers-color-scheme', value: scenario.scheme }]);
}

// Statistics with a cookie of its own, so that the dialog offers its switch: an optional
// category that declares nothing and gates nothing is not offered.
const matomo = {
  categories: [
    {
      id: 'statistics',
      title: 'Statistics',
      description: 'Audience measurement.',
      cookies: [{ provider: 'Matomo', function: 'Audience', names: ['_pk_id.*'], purpose: 'To count visits', duration: 395 }],
    },
  ],
};

/** A banner with a policy link, in the scenario's `theme`. */
async function mountBanner(theme?: Scenario['theme']): Promise<CookieConsent> {
  const el = await mount(html`<cookie-consent policy-url="/cookie-policy" .config=${matomo}></cookie-consent>`);
  if (theme) {
    el.theme = theme;
    await el.updateComplete;
  }
  return el;
}

async function openDialog(el: CookieConsent): Promise<HTMLDialogElement> {
  el.showPreferences();
  await expect.element(page.getByRole('dialog')).toBeVisible();
  return shadow(el).querySelector('dialog')!;
}

const banner = (el: CookieConsent) => shadow(el).querySelector<HTMLElement>('[part=banner]')!;
const accept = (el: CookieConsent) => shadow(el).querySelector<HTMLElement>('[part~=accept-all]')!;

// ---------------------------------------------------------------------------------------

const scenarios: Scenario[] = [
  { name: 'default, light' },
  { name: 'default, theme="dark"', theme: 'dark' },
  { name: 'default, theme="auto" + dark scheme', theme: 'auto', scheme: 'dark' },
  { name: 'DSFR, light', sheet: 'dsfr' },
  { name: 'DSFR, data-fr-theme="dark"', sheet: 'dsfr', root: { 'data-fr-theme': 'dark' } },
  { name: 'DSFR, data-fr-scheme="system" + dark scheme', sheet: 'dsfr', root: { 'data-fr-scheme': 'system' }, scheme: 'dark' },
  { name: 'DSFR, theme="dark"', sheet: 'dsfr', theme: 'dark' },
  { name: 'compact-dark', sheet: 'compact-dark' },
];

/** Ratios measured per scenario, printed as a table at the end (for the README and reviews). */
const measured = new Map<string, Map<string, number>>();

describe('<cookie-consent>', () => {
  describe('themes', () => {
    beforeEach(() => {
      freshVisitor();
    });
    afterEach(async () => {
      await restorePage();
    });
    afterAll(() => {
      const columns = [...new Set([...measured.values()].flatMap((m) => [...m.keys()]))];
      const rows = [...measured].map(
        ([name, m]) => `| ${name} | ${columns.map((c) => (m.has(c) ? m.get(c)!.toFixed(2) : '')).join(' | ')} |`,
      );
      console.log(['| scenario | ' + columns.join(' | ') + ' |', `|---|${columns.map(() => '---:').join('|')}|`, ...rows].join('\n'));
    });

    describe('contrast (WCAG 1.4.3 text ≥ 4.5:1, 1.4.11 switch border ≥ 3:1)', () => {
      it('the measure agrees with WCAG and can fail', async () => {
        expect(ratio([0, 0, 0, 1], [255, 255, 255, 1])).toBe(21);
        expect(ratio([118, 118, 118, 1], [255, 255, 255, 1])).toBeCloseTo(4.54, 2); // #767676, the lightest grey passing on white
        const el = await mountBanner();
        // A page's grey accent under the white button text.
        el.style.setProperty('--cookie-consent-accent', '#8c8c8c');
        expect(textContrast(accept(el))).toBeLessThan(4.5);
        // Dark text made translucent: composited over white it is pale.
        el.style.setProperty('--cookie-consent-color', 'rgb(31 35 40 / 0.4)');
        expect(getComputedStyle(shadow(el).querySelector('[part=banner-text]')!).color).toMatch(/^rgba\(/);
        expect(textContrast(shadow(el).querySelector('[part=banner-text]')!)).toBeLessThan(4.5);
        // A button whose fill is nearly the banner's, and a focus ring of the banner's colour.
        el.style.setProperty('--cookie-consent-accent', '#f4f4f4');
        expect(edgeContrast(accept(el))).toBeLessThan(3);
        el.style.setProperty('--cookie-consent-focus-ring', '#fff');
        accept(el).focus();
        await userEvent.keyboard('{Tab}{Shift>}{Tab}{/Shift}');
        expect(outlineContrast(shadow(el).activeElement!)).toBeLessThan(3);
      });

      for (const scenario of scenarios) {
        it(scenario.name, async () => {
          await enter(scenario);
          const found = new Map<string, number>();
          measured.set(scenario.name, found);
          // Keeps the lowest ratio of each kind; reports every failing element by name.
          const failures: string[] = [];
          const check = (kind: string, label: string, value: number, minimum: number) => {
            found.set(kind, Math.min(found.get(kind) ?? Infinity, value));
            if (!(value >= minimum)) failures.push(`${label}: ${value.toFixed(2)} < ${minimum}`);
          };

          const el = await mountBanner(scenario.theme);
          const root = shadow(el);
          check('banner title', 'banner title', textContrast(root.querySelector('[part=banner-title]')!), 4.5);
          check('banner text', 'banner text', textContrast(root.querySelector('[part=banner-text]')!), 4.5);
          check('policy link', 'policy link', textContrast(root.querySelector('[part=policy-link]')!), 4.5);
          const bannerButtons = [...root.querySelectorAll('[part=banner] [part~=button]')];
          expect(bannerButtons).toHaveLength(3);
          for (const b of bannerButtons) check('buttons', `banner button "${b.textContent!.trim()}"`, textContrast(b), 4.5);
          // WCAG 1.4.11: a button's fill, its only edge, against the banner around it; the
          // keyboard focus ring (2.4.7, 2.4.13's 3:1) against the same surroundings.
          for (const b of bannerButtons) check('button edge', `banner button "${b.textContent!.trim()}" edge`, edgeContrast(b), 3);
          (bannerButtons[1] as HTMLElement).focus();
          await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Tab}'); // focus from the keyboard: :focus-visible
          check('focus ring', 'banner button focus ring', outlineContrast(root.activeElement!), 3);

          const dialog = await openDialog(el);
          check('dialog title', 'dialog title', textContrast(dialog.querySelector('#dialog-title')!), 4.5);
          check('dialog text', 'dialog intro', textContrast(dialog.querySelector('#dialog-intro')!), 4.5);
          for (const p of dialog.querySelectorAll('[part=category] p')) check('dialog text', 'category description', textContrast(p), 4.5);
          for (const label of dialog.querySelectorAll('[part=category] label')) {
            check('dialog text', `category title "${label.textContent}"`, textContrast(label), 4.5);
          }
          const cells = [...dialog.querySelectorAll('[part=cookie-table] :is(th, td, code)')];
          expect(cells.length).toBeGreaterThan(4);
          for (const cell of cells) check('table', `table ${cell.localName} "${cell.textContent}"`, textContrast(cell), 4.5);
          const dialogButtons = [...dialog.querySelectorAll('[part~=button], [part=close-button]')];
          expect(dialogButtons).toHaveLength(4);
          for (const b of dialogButtons) {
            check('buttons', `dialog button "${b.getAttribute('aria-label') ?? b.textContent!.trim()}"`, textContrast(b), 4.5);
          }
          // The necessary switch is disabled (exempt from 1.4.11); the other one, off then on.
          const statistics = dialog.querySelector<HTMLInputElement>('#switch-statistics')!;
          check('switch border', 'switch off', borderContrast(statistics), 3);
          await userEvent.click(page.getByRole('switch', { name: 'Statistics' }));
          expect(statistics.checked).toBe(true);
          check('switch border', 'switch on', borderContrast(statistics), 3);

          // The embed placeholder takes the same custom properties (it has no theme attribute).
          const placeholder = await fixture<CookieConsentPlaceholder>(html`<cookie-consent-placeholder
            category="videos"
            .provider=${'YouTube'}
            .categoryTitle=${'Videos'}
            .text=${'{provider} sets cookies of the category {category}.'}
            .buttonText=${'Accept {category}'}
          ></cookie-consent-placeholder>`);
          const box = placeholder.shadowRoot!;
          check('placeholder', 'placeholder text', textContrast(box.querySelector('[part=placeholder-text]')!), 4.5);
          check('placeholder', 'placeholder button', textContrast(box.querySelector('[part=placeholder-button]')!), 4.5);

          // The policy page (light DOM): its table and its "Manage my preferences" button.
          const policy = await fixture<CookiePolicy>(html`<cookie-policy></cookie-policy>`);
          await policy.updateComplete;
          const policyText = [...policy.querySelectorAll('caption, th, td, button')];
          expect(policyText.filter((n) => n.localName === 'button')).toHaveLength(1);
          for (const node of policyText) check('policy', `policy ${node.localName} "${node.textContent!.trim()}"`, textContrast(node), 4.5);

          expect(failures).toEqual([]);
        });
      }
    });

    describe('theme attribute', () => {
      const colours = (el: CookieConsent) => {
        const style = getComputedStyle(banner(el));
        return { background: style.backgroundColor, color: style.color, button: getComputedStyle(accept(el)).backgroundColor };
      };

      it('theme="dark" changes the background, the text and the buttons, and is darker', async () => {
        const el = await mountBanner();
        const light = colours(el);
        el.theme = 'dark';
        await el.updateComplete;
        const dark = colours(el);
        expect(dark.background).not.toBe(light.background);
        expect(dark.color).not.toBe(light.color);
        expect(dark.button).not.toBe(light.button);
        expect(luminance(parseColor(dark.background))).toBeLessThan(luminance(parseColor(light.background)));
        expect(luminance(parseColor(dark.color))).toBeGreaterThan(luminance(parseColor(light.color)));
      });

      it('theme="auto" is light under a light scheme and dark under a dark one, following live changes', async () => {
        const reference = await mountBanner();
        const light = colours(reference);
        reference.theme = 'dark';
        await reference.updateComplete;
        const dark = colours(reference);
        reference.remove(); // only the first element on a page shows a banner

        await emulate([{ name: 'prefers-color-scheme', value: 'light' }]);
        const el = await mountBanner('auto');
        expect(colours(el)).toEqual(light);
        await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
        expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
        expect(colours(el)).toEqual(dark);
        // A page's own custom property still wins over the dark fallback.
        el.style.setProperty('--cookie-consent-background', 'rgb(1, 2, 3)');
        expect(colours(el).background).toBe('rgb(1, 2, 3)');
      });

      it('the dialog follows the theme too', async () => {
        const el = await mountBanner('dark');
        const bannerBackground = getComputedStyle(banner(el)).backgroundColor;
        const dialog = await openDialog(el);
        expect(getComputedStyle(dialog).backgroundColor).toBe(bannerBackground);
        expect(luminance(parseColor(bannerBackground))).toBeLessThan(0.1);
      });
    });

    describe('reduced motion', () => {
      // The entrance animation went (issue 9: its bytes paid for the security fixes): the
      // banner is simply there, whatever the visitor's motion setting.
      it('the banner does not move, whatever the motion setting', async () => {
        await emulate([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
        const moving = await mountBanner();
        expect(getComputedStyle(banner(moving)).animationName).toBe('none');
        moving.remove();

        await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
        const still = await mountBanner();
        expect(getComputedStyle(banner(still)).animationName).toBe('none');
      });

      it('neither theme adds an animation or a transition', async () => {
        await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        for (const theme of ['dsfr', 'compact-dark'] as const) {
          const sheet = await useTheme(theme);
          const el = await mountBanner();
          const parts = [banner(el), ...shadow(el).querySelectorAll<HTMLElement>('[part]')];
          for (const part of parts) {
            const style = getComputedStyle(part);
            expect(style.animationName, `${theme} ${part.getAttribute('part')}`).toBe('none');
            expect(style.transitionDuration.split(', ').every((d) => d === '0s'), `${theme} ${part.getAttribute('part')}`).toBe(true);
          }
          el.remove();
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        }
      });
    });

    describe('the theme files', () => {
      /** Every style rule, also inside @media. */
      const styleRules = (rules: CSSRuleList): CSSStyleRule[] =>
        [...rules].flatMap((r) =>
          r instanceof CSSStyleRule ? [r] : r instanceof CSSGroupingRule ? styleRules(r.cssRules) : [],
        );

      for (const theme of ['dsfr', 'compact-dark'] as const) {
        it(`${theme}.css parses whole and uses only the public hooks`, async () => {
          const sheet = await loadTheme(theme);
          const source = sheetText.get(theme)!.replace(/\/\*[\s\S]*?\*\//g, '');
          // replaceSync drops what it cannot parse without a word: count the blocks back.
          const blocks = (source.match(/\{/g) ?? []).length;
          const count = (rules: CSSRuleList): number =>
            [...rules].reduce((n, r) => n + 1 + (r instanceof CSSGroupingRule ? count(r.cssRules) : 0), 0);
          expect(count(sheet.cssRules)).toBe(blocks);

          for (const rule of styleRules(sheet.cssRules)) {
            const properties = [...rule.style];
            const onlyCustomProperties = properties.every((p) => p.startsWith('--'));
            const selectors = rule.selectorText.split(/,(?![^(]*\))/).map((s) => s.trim());
            for (const selector of selectors) {
              // A part, a custom property set on one of our elements, or the light-DOM policy.
              const ok =
                /::part\([\w-]+\)(:[\w-]+)?$/.test(selector) ||
                (onlyCustomProperties && /(cookie-consent|cookie-consent-placeholder|cookie-policy)/.test(selector)) ||
                /^(:where\()?cookie-policy\)? /.test(selector);
              expect(ok, `${theme}: "${selector}" { ${properties.join('; ')} }`).toBe(true);
              expect(selector, 'no class or id reaches into the shadow root').not.toMatch(/[.#][a-z]/i);
            }
            // Never set on :host, always read with a prefix (STYLE: CSS parts and custom properties).
            for (const p of properties.filter((p) => p.startsWith('--'))) expect(p).toMatch(/^--cookie-consent-/);
          }
        });
      }
    });

    describe('DSFR theme', () => {
      it('applies Marianne, blue France, square buttons, weight 500 and a blue top edge', async () => {
        await useTheme('dsfr');
        const el = await mountBanner();
        const b = getComputedStyle(banner(el));
        expect(b.fontFamily).toMatch(/^"?Marianne"?, arial, sans-serif$/);
        expect(b.backgroundColor).toBe('rgb(255, 255, 255)');
        expect(b.borderTopColor).toBe('rgb(0, 0, 145)');
        expect(parseFloat(b.borderTopWidth)).toBeGreaterThanOrEqual(3);
        const button = getComputedStyle(accept(el));
        expect(button.backgroundColor).toBe('rgb(0, 0, 145)');
        expect(button.color).toBe('rgb(255, 255, 255)');
        expect(button.borderRadius).toBe('0px');
        expect(button.fontWeight).toBe('500');
        expect(getComputedStyle(shadow(el).querySelector('[part=banner-title]')!).color).toBe('rgb(22, 22, 22)');
        // "Customize" keeps the same weight as the other two (SPEC: three actions of equal weight).
        const customize = getComputedStyle(shadow(el).querySelector('[part~=customize]')!);
        expect(customize.color).toBe(button.color);
        expect(customize.backgroundColor).toBe(button.backgroundColor);
      });

      it('keeps Accept all and Reject all identical (CNIL-3), in each theme', async () => {
        for (const theme of ['dsfr', 'compact-dark'] as const) {
          const sheet = await useTheme(theme);
          const el = await mountBanner();
          const look = (part: string) => {
            const node = shadow(el).querySelector<HTMLElement>(`[part~=${part}]`)!;
            const s = getComputedStyle(node);
            return [s.fontSize, s.fontWeight, s.color, s.backgroundColor, s.padding, s.borderRadius, s.boxShadow, node.offsetWidth, node.offsetHeight];
          };
          expect(look('reject-all'), theme).toEqual(look('accept-all'));
          el.remove();
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        }
      });

      it('draws DSFR\'s focus ring: 2px solid #0a76f6, 2px away', async () => {
        await useTheme('dsfr');
        const el = await mountBanner();
        accept(el).focus();
        await userEvent.tab();
        const reject = shadow(el).querySelector<HTMLElement>('[part~=reject-all]')!;
        expect(reject.matches(':focus-visible')).toBe(true);
        const style = getComputedStyle(reject);
        expect([style.outlineStyle, style.outlineWidth, style.outlineColor, style.outlineOffset]).toEqual([
          'solid',
          '2px',
          'rgb(10, 118, 246)',
          '2px',
        ]);
      });

      it('turns dark with data-fr-theme="dark", and theme="light" on the element opts out', async () => {
        await useTheme('dsfr');
        setRootAttribute('data-fr-theme', 'dark');
        const el = await mountBanner();
        expect(getComputedStyle(banner(el)).backgroundColor).toBe('rgb(30, 30, 30)');
        expect(getComputedStyle(accept(el)).backgroundColor).toBe('rgb(133, 133, 246)');
        expect(getComputedStyle(accept(el)).color).toBe('rgb(0, 0, 145)');
        el.theme = 'light';
        await el.updateComplete;
        expect(getComputedStyle(banner(el)).backgroundColor).toBe('rgb(255, 255, 255)');
        expect(getComputedStyle(accept(el)).backgroundColor).toBe('rgb(0, 0, 145)');
      });

      it('data-fr-scheme="system" follows the system scheme; without it, a dark system leaves DSFR light', async () => {
        await useTheme('dsfr');
        await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
        const el = await mountBanner();
        expect(getComputedStyle(banner(el)).backgroundColor).toBe('rgb(255, 255, 255)');
        setRootAttribute('data-fr-scheme', 'system');
        expect(getComputedStyle(banner(el)).backgroundColor).toBe('rgb(30, 30, 30)');
        await emulate([{ name: 'prefers-color-scheme', value: 'light' }]);
        expect(getComputedStyle(banner(el)).backgroundColor).toBe('rgb(255, 255, 255)');
      });

      it('themes the embed placeholder', async () => {
        await useTheme('dsfr');
        const placeholder = await fixture<CookieConsentPlaceholder>(html`<cookie-consent-placeholder
          category="videos"
          .text=${'Blocked'}
          .buttonText=${'Accept'}
        ></cookie-consent-placeholder>`);
        const button = getComputedStyle(placeholder.shadowRoot!.querySelector('[part=placeholder-button]')!);
        expect(button.backgroundColor).toBe('rgb(0, 0, 145)');
        expect(button.borderRadius).toBe('0px');
        expect(button.fontFamily).toMatch(/Marianne/);
      });

      it('styles <cookie-policy> like fr-table and fr-btn, over the element\'s own rules, light and dark', async () => {
        await useTheme('dsfr');
        await mount(html`<cookie-consent></cookie-consent>`);
        const policy = await fixture<CookiePolicy>(html`<cookie-policy></cookie-policy>`);
        await policy.updateComplete;
        const button = policy.querySelector('button')!;
        const th = policy.querySelector('th')!;
        expect(getComputedStyle(button)).toMatchObject({
          backgroundColor: 'rgb(0, 0, 145)',
          color: 'rgb(255, 255, 255)',
          borderRadius: '0px',
          fontWeight: '500',
        });
        expect(getComputedStyle(th).backgroundColor).toBe('rgb(238, 238, 238)');
        expect(getComputedStyle(th).borderTopColor).toBe('rgb(221, 221, 221)');
        setRootAttribute('data-fr-theme', 'dark');
        expect(getComputedStyle(button).backgroundColor).toBe('rgb(133, 133, 246)');
        expect(getComputedStyle(th).backgroundColor).toBe('rgb(36, 36, 36)');
        expect(textContrast(th)).toBeGreaterThanOrEqual(4.5);
        expect(textContrast(button)).toBeGreaterThanOrEqual(4.5);
      });

      it('axe finds nothing on the banner and the open dialog, light and dark', async () => {
        await useTheme('dsfr');
        for (const dark of [false, true]) {
          if (dark) setRootAttribute('data-fr-theme', 'dark');
          const el = await mountBanner();
          await expect(el).to.be.accessible();
          await openDialog(el);
          await expect(el).to.be.accessible();
          el.remove();
        }
      });
    });

    describe('compact-dark theme', () => {
      it('is dark and rounded whatever the theme attribute, with pill buttons', async () => {
        await useTheme('compact-dark');
        for (const theme of ['light', 'dark', 'auto'] as const) {
          const el = await mountBanner(theme);
          const b = getComputedStyle(banner(el));
          expect(b.backgroundColor, theme).toBe('rgb(15, 23, 42)');
          expect(b.borderTopLeftRadius, theme).toBe('16px');
          expect(parseFloat(getComputedStyle(accept(el)).borderTopLeftRadius), theme).toBeGreaterThan(100);
          el.remove();
        }
      });

      it('axe finds nothing on the banner and the open dialog', async () => {
        await useTheme('compact-dark');
        const el = await mountBanner();
        await expect(el).to.be.accessible();
        await openDialog(el);
        await expect(el).to.be.accessible();
      });
    });
  });
});
