// What <cookie-consent> loads as it starts where its configuration has services, presets,
// exempt measurement or a Consent Mode map (dist/cookie-consent.services.js for the drop-in
// file; a chunk of its own in an app): their check, the exempt notice's texts, the presets and
// their trackers' APIs.
export { extend, extendConfig } from './config/services.js';
