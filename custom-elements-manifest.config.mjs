export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // package.json declares "customElements" itself; without this the analyzer rewrites it.
  packagejson: false,
};
