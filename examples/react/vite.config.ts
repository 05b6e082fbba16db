// `npx vite build -c examples/react/vite.config.ts`: a standalone build of this example, in
// examples/react/dist/ (git-ignored). The tests serve it from the repository's dev server instead.
// Vite 8 compiles JSX with Oxc (automatic runtime, `react/jsx-runtime`) without any
// plugin; add @vitejs/plugin-react only for Fast Refresh.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
});
