/**
 * A style sheet written as css`…` (the build minifies the text, as Lit's own `css` tag's).
 * The `CSSStyleSheet` is built once, the first time an element adopts it: constructable
 * sheets, unlike `<style>` and `style=""`, pass a strict `style-src 'self'`.
 */
export class Styles {
  readonly text: string;
  #sheet?: CSSStyleSheet;

  constructor(text: string) {
    this.text = text;
  }

  /** The sheet, or `undefined` in an engine without constructable style sheets (Safari < 16.4). */
  get sheet(): CSSStyleSheet | undefined {
    try {
      if (!this.#sheet) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(this.text);
        this.#sheet = sheet;
      }
    } catch {
      // Old engine: adopt() falls back to <style> elements.
    }
    return this.#sheet;
  }
}

/** A style sheet from a template; values, if any, are written in as they are. */
export const css = (strings: TemplateStringsArray, ...values: unknown[]): Styles =>
  new Styles(String.raw({ raw: strings }, ...values));

/**
 * Gives a shadow root (or the document) these sheets, after those it has. An engine without
 * constructable sheets gets `<style>` elements in the shadow root instead (a strict CSP there
 * would need `style-src` to allow them; such engines are a few percent of visitors).
 */
export function adopt(root: ShadowRoot | Document, styles: readonly Styles[]): void {
  try {
    const sheets = styles.map((s) => s.sheet);
    if (sheets.every((s): s is CSSStyleSheet => !!s)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets.filter((s) => !root.adoptedStyleSheets.includes(s))];
    } else if (root instanceof ShadowRoot) {
      for (const { text } of styles) root.appendChild(document.createElement('style')).textContent = text;
    }
  } catch {
    // A frozen or foreign adoptedStyleSheets: unstyled is better than broken.
  }
}
