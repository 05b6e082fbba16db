#!/usr/bin/env node
// What an app's bundler ships from the npm entry: a one-line app (`import 'portal-cookie-consent'`)
// built by Vite for production, as a front-end team's build would, into dist/app/. Its entry
// chunk is what every page of that app downloads; the dialog's chunk comes on first open.
// size-limit measures both (package.json "size-limit"). Run after `vite build` (npm run build).
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const app = join(root, '.tmp', 'app');
rmSync(app, { recursive: true, force: true });
mkdirSync(app, { recursive: true });
writeFileSync(join(app, 'main.js'), "import 'portal-cookie-consent';\n");

await build({
  root: app,
  configFile: false,
  logLevel: 'warn',
  // The package as an app would resolve it: through package.json "exports" to dist/.
  resolve: { alias: { 'portal-cookie-consent': root } },
  build: {
    outDir: join(root, 'dist', 'app'),
    emptyOutDir: true,
    rolldownOptions: {
      input: join(app, 'main.js'),
      output: { entryFileNames: 'app.js', chunkFileNames: 'app-[name].js' },
    },
  },
});
console.log('dist/app/: a Vite app importing portal-cookie-consent');
