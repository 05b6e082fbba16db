// Entry of dist/cookie-consent.lazy.js: the on-demand part for the drop-in file, built with
// 'lit' standing for internal/lit-shim.ts.
export * from './lazy.js';
