#!/usr/bin/env node
// Checks the package as npm would publish it (run `npm run build` first):
//  1. publint, strict (warnings count as errors): package.json fields, exports, files;
//  2. @arethetypeswrong/cli, profile "esm-only" (the package is ESM only, so the node10 and
//     node16-from-CommonJS resolutions are not checked): every export resolves, with types.
// Prints both reports; exits 1 on any problem.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(failed ? '\ncheck-package: FAILED' : '\ncheck-package: publint and attw clean');
process.exit(failed ? 1 : 0);
