// Minifies the text of Lit's html`` and css`` tagged templates at build time: JavaScript
// minifiers leave template text untouched, and in this package the templates and styles
// are a good share of what a visitor downloads. Template literals are found with the
// TypeScript parser, so strings, comments and regular expressions elsewhere are never
// touched.
import ts from 'typescript';

/**
 * Collapses markup whitespace: a run with a line break between two tags disappears, any other
 * run becomes one space. A void element's closing slash goes too (`<wbr />` → `<wbr>`): the
 * HTML parser ignores it on any element.
 */
export function minifyHtml(text) {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    // A tag's `>` on a line of its own, after a binding (`@click=${f}\n>`), joins it.
    .replace(/^\s*\n\s*>/, '>')
    .replace(/>\s*\n\s*</g, '><')
    .replace(/\s+/g, ' ')
    .replace(/ ?\/>/g, '>');
}

/**
 * Drops comments and the whitespace that CSS does not need, outside quoted strings. When
 * the text is one part of a template, the space that separates it from a `${}` next to it
 * is kept: pass `trimStart`/`trimEnd` false on that side.
 */
export function minifyCss(text, trimStart = true, trimEnd = true) {
  let out = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    // An attribute selector's value that is an identifier needs no quotes: [theme='dark'] → [theme=dark].
    .replace(/=(['"])([A-Za-z_][\w-]*)\1\]/g, '=$2]')
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}')
            // No leading zero (0.5em → .5em), no space before !important or around a slash
            // (calc() and the font shorthand need none there; + and - keep theirs, and a
            // star keeps them unless it multiplies a var(): `.a * .b` is a selector).
            .replace(/(?<![\w.#]|[\w-]-)0\.(\d)/g, '.$1')
            .replace(/ !important/g, '!important')
            .replace(/ \/ /g, '/')
            // A product with var() is arithmetic, never a selector: 2 * var(--x) → 2*var(--x).
            .replace(/ \* var\(/g, '*var('),
    )
    .join('');
  if (trimStart) out = out.trimStart();
  if (trimEnd) out = out.trimEnd();
  return out;
}

/** Returns the source with every html`` and css`` literal minified, or null when there is none. */
export function minifyLiterals(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'css')) {
      const minify = node.tag.text === 'html' ? minifyHtml : minifyCss;
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      parts.forEach((part, i) => {
        const start = part.getStart(source);
        const end = part.getEnd();
        // The raw text sits between "`" or "}" and "${" or "`".
        const from = start + 1;
        const to = end - (code.slice(end - 2, end) === '${' ? 2 : 1);
        edits.push({ from, to, text: minify(code.slice(from, to), i === 0, i === parts.length - 1) });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return null;
  let out = code;
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    out = out.slice(0, edit.from) + edit.text + out.slice(edit.to);
  }
  return out;
}

/** Vite plugin: applies minifyLiterals() to the package's own TypeScript sources. */
export function minifyLiteralsPlugin() {
  return {
    name: 'minify-lit-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyLiterals(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
