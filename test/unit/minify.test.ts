import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { minifyCss, minifyHtml, minifyLiterals, minifyLiteralsPlugin } from '../../scripts/minify-literals.mjs';

// Pieces of source that lie outside html`` / css`` templates and must come out byte for byte.
const REGEX = 'const re = /a  b\\s+`c`  \\/\\*  x  \\*\\//g;';
const STRING = "const plain = 'keep   these    spaces  /* not a comment */  html`<p>  </p>`';";
const PLAIN_TEMPLATE = 'const other = `plain   template   ${re}   <b>  x  </b>`;';
const LINE_COMMENT = '// a comment   with   html`  <p>  </p>  `   inside';
const UNTAGGED_CALL = 'const notTag = html(`  <p>  </p>  `);';

const SOURCE = `import { css, html } from 'lit';
${REGEX}
${STRING}
${PLAIN_TEMPLATE}
${LINE_COMMENT}
${UNTAGGED_CALL}
export const styles = css\`
  /* the host */
  :host {
    display: block;
    padding: calc(100% - 1rem);   /* spacing
       over two lines */
  }

  .a > .b ,  .c {
    color: red ;
    margin: 0  auto;
  }
\`;
export const view = (items: string[]) => html\`
  <ul class="list">
    \${items.map((i) => html\`
      <li   data-x="1">  \${i}  </li>
    \`)}
  </ul>
  <!-- a comment
       on two lines -->
  <p>Hello
     world</p>
\`;
`;

/** The text of every html`` / css`` template in `code`, in source order. */
function templates(code: string): { tag: string; text: string }[] {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { tag: string; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'css'].includes(node.tag.text)) {
      found.push({ tag: node.tag.text, text: node.template.getText(file) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** TypeScript syntax errors in `code` (none expected). */
function syntaxErrors(code: string): readonly ts.Diagnostic[] {
  const out = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  return out.diagnostics ?? [];
}

describe('minifyLiterals', () => {
  const out = minifyLiterals(SOURCE, 'src/example.ts')!;

  it('returns smaller, still valid source', () => {
    expect(out).toBeTypeOf('string');
    expect(out.length).toBeLessThan(SOURCE.length);
    expect(syntaxErrors(SOURCE)).toEqual([]);
    expect(syntaxErrors(out)).toEqual([]);
  });

  it('leaves strings, regular expressions, plain templates, comments and html() calls untouched', () => {
    for (const piece of [REGEX, STRING, PLAIN_TEMPLATE, LINE_COMMENT, UNTAGGED_CALL, "import { css, html } from 'lit';"]) {
      expect(out).toContain(`${piece}\n`);
    }
  });

  it('keeps the same templates and the same expressions, in the same order', () => {
    const before = templates(SOURCE);
    const after = templates(out);
    expect(after.map((t) => t.tag)).toEqual(['css', 'html', 'html']);
    expect(after.map((t) => t.tag)).toEqual(before.map((t) => t.tag));
    expect(out).toContain('${items.map((i) => html`');
    expect(out).toContain('${i}');
  });

  it('minifies the css template: comments, line breaks and needless spaces go', () => {
    const css = templates(out).find((t) => t.tag === 'css')!.text;
    expect(css).not.toMatch(/\/\*|\*\//);
    expect(css).not.toContain('\n');
    expect(css).not.toMatch(/\s{2,}/);
    expect(css).toContain(':host{display:block;');
    expect(css).toContain('.a>.b,.c{');
    expect(css).toContain('color:red;');
    // The last declaration of a block loses its ";".
    expect(css).toContain('margin:0 auto}');
    expect(css.startsWith('`:host')).toBe(true);
  });

  it('keeps the spaces calc() needs', () => {
    const css = templates(out).find((t) => t.tag === 'css')!.text;
    expect(css).toContain('padding:calc(100% - 1rem)');
  });

  it('minifies html templates, nested ones inside ${} included', () => {
    const [outer, inner] = templates(out).filter((t) => t.tag === 'html');
    for (const t of [outer!, inner!]) {
      expect(t.text).not.toContain('\n');
      expect(t.text).not.toMatch(/\s{2,}/);
    }
    expect(inner!.text).toBe('` <li data-x="1"> ${i} </li> `');
    expect(outer!.text).toContain('<ul class="list">');
    expect(outer!.text).toContain('</ul><p>');
    expect(outer!.text).toContain('<p>Hello world</p>');
  });

  it('drops html comments', () => {
    expect(out).not.toContain('<!--');
    expect(out).not.toContain('a comment\n');
  });

  it('is idempotent', () => {
    expect(minifyLiterals(out, 'src/example.ts')).toBe(out);
  });

  it('handles a template without substitutions and one with a substitution at each end', () => {
    expect(minifyLiterals('x = html`\n  <p>  a  </p>\n`;', 'a.ts')).toBe('x = html` <p> a </p> `;');
    expect(minifyLiterals('x = html`${a}\n\n${b}`;', 'a.ts')).toBe('x = html`${a} ${b}`;');
  });

  it('returns null when there is no html`` or css`` template', () => {
    expect(minifyLiterals('', 'a.ts')).toBeNull();
    expect(minifyLiterals(`${REGEX}\n${STRING}\n${PLAIN_TEMPLATE}\n${LINE_COMMENT}\n${UNTAGGED_CALL}\n`, 'a.ts')).toBeNull();
    expect(minifyLiterals('const t = svg`<g>  </g>`; const u = lit.html`<p>  </p>`;', 'a.ts')).toBeNull();
  });

  // Each static part of a css`` template is minified separately; the spaces that separate
  // a part from a `${}` substitution must survive (`padding: ${a} ${b}`).
  it('keeps the whitespace around ${} substitutions in css``', () => {
    const result = minifyLiterals('const s = css`:host { padding: ${a} ${b}; margin: 0 ${c}; }`;', 'a.ts')!;
    expect(result).toContain('${a} ${b}');
    expect(result).toContain('0 ${c}');
  });
});

describe('minifyCss', () => {
  it('keeps the spaces inside calc(), min(), max() and clamp()', () => {
    expect(minifyCss('a { width: calc(100% - 1rem); }')).toBe('a{width:calc(100% - 1rem)}');
    expect(minifyCss('a {\n  width : calc( 100%  +  2 * 1rem ) ;\n}')).toContain('calc( 100% + 2 * 1rem )');
    expect(minifyCss('a { margin: clamp(1rem, 2vw - 1px, 3rem); }')).toContain('2vw - 1px');
  });

  it('drops comments and collapses whitespace', () => {
    expect(minifyCss('/* x */\n a  b {\n  color:  red;  /* y */\n}\n')).toBe('a b{color:red}');
  });

  it('keeps the space of descendant selectors and of pseudo-classes after a space', () => {
    expect(minifyCss('.a .b :focus-visible { outline: 2px solid; }')).toBe('.a .b :focus-visible{outline:2px solid}');
  });

  it('unquotes attribute selector values that are identifiers, and keeps the quotes of the others', () => {
    expect(minifyCss("[role='switch']:checked {\n  color: red;\n}")).toBe('[role=switch]:checked{color:red}');
    expect(minifyCss(`:host([position^="top"]) [part~='button'] { color: red; }`)).toBe(':host([position^=top]) [part~=button]{color:red}');
    expect(minifyCss("[title='a b'], [data-x='1a'], [lang|='fr-'] { color: red; }")).toBe("[title='a b'],[data-x='1a'],[lang|=fr-]{color:red}");
    expect(minifyCss("a::before { content: '=x]'; }")).toBe("a::before{content:'=x]'}");
  });

  it('drops leading zeros, the space before !important and around a slash; keeps the rest of the numbers', () => {
    expect(minifyCss('a { margin: 0.5em -0.25em 10.5px 0; font: 1em / 1.5 x; top: 0 !important; }')).toBe('a{margin:.5em -.25em 10.5px 0;font:1em/1.5 x;top:0!important}');
    expect(minifyCss('a { width: calc(100vh - 2 * 0.5rem); color: #0a0; }')).toBe('a{width:calc(100vh - 2 * .5rem);color:#0a0}');
    expect(minifyCss('.a * .b { width: min(2em, 100% - 2 * var(--x)); }')).toBe('.a * .b{width:min(2em,100% - 2*var(--x))}');
    expect(minifyCss("a::before { content: '0.5 / 2'; }")).toBe("a::before{content:'0.5 / 2'}");
  });
});

describe('minifyHtml', () => {
  it('removes whitespace with a line break between two tags, collapses the rest', () => {
    expect(minifyHtml('<a>\n  <b>x  y</b>\n</a>')).toBe('<a><b>x y</b></a>');
    expect(minifyHtml('<a>  <b>')).toBe('<a> <b>');
  });

  it("joins a tag's `>` on a line of its own to the binding before it; a `>` in text keeps its space", () => {
    const result = minifyLiterals('x = html`<button\n  @click=${f}\n>\n  ${label}\n</button> ${a} > ${b}`;', 'a.ts')!;
    expect(result).toBe('x = html`<button @click=${f}> ${label} </button> ${a} > ${b}`;');
  });

  it('drops the closing slash of a self-closed tag, which HTML ignores', () => {
    expect(minifyHtml('.<wbr />x<input\n  type="checkbox"\n/>')).toBe('.<wbr>x<input type="checkbox">');
  });

  it('drops comments, including multi-line ones', () => {
    expect(minifyHtml('<a><!-- one\n two --></a>')).toBe('<a></a>');
  });
});

describe('minifyLiteralsPlugin', () => {
  const plugin = minifyLiteralsPlugin() as unknown as {
    name: string;
    apply: string;
    transform: (code: string, id: string) => { code: string; map: null } | null;
  };

  it('runs at build time only', () => {
    expect(plugin.apply).toBe('build');
  });

  it("transforms the package's own TypeScript sources", () => {
    const result = plugin.transform('x = html`\n  <p>  a  </p>\n`;', '/repo/src/cookie-consent.ts');
    expect(result).toEqual({ code: 'x = html` <p> a </p> `;', map: null });
  });

  it('leaves other files, and sources without templates, alone', () => {
    const code = 'x = html`\n  <p>  a  </p>\n`;';
    expect(plugin.transform(code, '/repo/node_modules/lit/index.js')).toBeNull();
    expect(plugin.transform(code, '/repo/node_modules/lit/src/x.js')).toBeNull();
    expect(plugin.transform(code, '/repo/demo/main.ts')).toBeNull();
    expect(plugin.transform('export const x = 1;', '/repo/src/index.ts')).toBeNull();
  });
});
