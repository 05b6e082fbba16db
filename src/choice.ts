// What a saved choice may need, loaded with import() the first time it does, never in a first
// view: the proof of consent (`log-url`) and the clean-up after a withdrawal.
export { sendProof } from './effects/proof-log.js';
export { deleteCookies, withdraw } from './consent/cookie-cleanup.js';
