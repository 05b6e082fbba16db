#!/usr/bin/env node
// Checks the package as npm would publish it (run `npm run build` first):
//  1. publint, strict (warnings count as errors): package.json fields, exports, files;
//  2. @arethetypeswrong/cli, profile "esm-only" (the package is ESM only, so the node10 and
//     node16-from-CommonJS resolutions are not checked): every export resolves, with types;
//  3. a fresh strict TypeScript app (skipLibCheck: false) that installs the tarball and
//     compiles the README's npm snippet as pasted.
// Prints both reports; exits 1 on any problem.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let failed = false;

for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/cookie-consent.min.js', 'custom-elements.json']) {
  if (!existsSync(join(root, file))) {
    console.error(`check-package: ${file} is missing: run npm run build first`);
    process.exit(1);
  }
}

// One tarball for both tools, packed as `npm publish` would.
const dir = mkdtempSync(join(tmpdir(), 'check-package-'));
try {
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
  const tarball = join(dir, packed[0].filename);
  console.log(`${packed[0].name}@${packed[0].version}: ${packed[0].entryCount} files, ${packed[0].size} bytes packed\n`);

  // 1. publint
  const { messages, pkg } = await publint({
    pkgDir: root,
    strict: true,
    pack: 'npm',
  });
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules/publint/package.json'), 'utf8'));
  console.log(`publint ${version} (strict):`);
  if (messages.length === 0) console.log('  All good!');
  for (const message of messages) {
    console.log(`  ${message.type.toUpperCase()} ${message.code}: ${formatMessage(message, pkg, { color: false })}`);
    if (message.type !== 'suggestion') failed = true;
  }

  // 2. are the types wrong?
  const attw = require.resolve('@arethetypeswrong/cli/package.json').replace(/package\.json$/, 'dist/index.js');
  console.log('\n@arethetypeswrong/cli (profile esm-only):');
  const result = spawnSync(process.execPath, [attw, tarball, '--profile', 'esm-only', '--no-color', '--format', 'ascii'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;

  // 3. A fresh, strict TypeScript app (skipLibCheck off) that installs the tarball and compiles
  //    the README's npm snippet as it is pasted: the published types must stand alone.
  console.log('\nA fresh strict app (skipLibCheck: false) with the README\'s npm snippet:');
  const app = join(dir, 'app');
  mkdirSync(app);
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const snippet = /### From npm[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!snippet) {
    console.log('  the README has no ```ts block under "From npm"');
    failed = true;
  } else {
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'strict-app', private: true, type: 'module' }));
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          noUnusedLocals: true,
          noEmit: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: [],
        },
        include: ['main.ts'],
      }),
    );
    writeFileSync(join(app, 'main.ts'), `${snippet}\nimport 'portal-cookie-consent/policy';\n`);
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: app, stdio: 'ignore' });
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(app, 'tsconfig.json')], {
      cwd: app,
      encoding: 'utf8',
    });
    console.log(tsc.status === 0 ? '  compiles' : `  does not compile:\n${tsc.stdout}${tsc.stderr}`);
    if (tsc.status !== 0) failed = true;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(failed ? '\ncheck-package: FAILED' : '\ncheck-package: publint, attw and the strict app clean');
process.exit(failed ? 1 : 0);
