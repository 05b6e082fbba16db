// Types of dist/cookie-consent.min.js: loading it defines the elements; it exports nothing
// a page can import (its globals live on window.PortalCookieConsent).
import './main.js';

export {};
