// Types of dist/cookie-policy.min.js: loading it defines <cookie-policy>; it exports nothing
// a page can import.
import './index.js';

export {};
