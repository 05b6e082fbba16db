#!/usr/bin/env node
// npx portal-cookie-consent render --lang fr --platform https://… [--policy-url …] [--config file.json]
//   [--form-action /consent] [--nonce …] [--theme …] [--layout …] [--position …]
// Writes to stdout the HTML of <cookie-consent> with its server-rendered banner, for servers
// that are not Node (a Django template includes it when the server finds no valid choice).
// `npx portal-cookie-consent style-hash` writes the CSP source of its <style> ('sha256-…').
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const usage = `usage: portal-cookie-consent style-hash
       portal-cookie-consent render --platform <url> [--lang <code>] [--policy-url <url>]
       [--config <file.json>] [--form-action <url>] [--nonce <nonce>]
       [--revision <n>] [--expires-days <n>] [--cookie-name <name>] [--cookie-domain <domain>]
       [--theme light|dark|auto] [--layout box|bar] [--position bottom|top|bottom-left|bottom-right]`;

function fail(message) {
  process.stderr.write(`portal-cookie-consent: ${message}\n${usage}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: Object.fromEntries(
      ['platform', 'lang', 'policy-url', 'config', 'form-action', 'nonce', 'revision', 'expires-days', 'cookie-name', 'cookie-domain', 'theme', 'layout', 'position'].map(
        (name) => [name, { type: 'string' }],
      ),
    ),
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (positionals[0] === 'style-hash' && positionals.length === 1) {
  const { bannerStyleHash } = await import(new URL('../dist/server.js', import.meta.url).href);
  process.stdout.write(bannerStyleHash() + '\n');
  process.exit(0);
}
if (positionals[0] !== 'render' || positionals.length > 1) fail(positionals.length ? `unknown command "${positionals.join(' ')}"` : 'which command? (render, style-hash)');
if (!values.platform) fail('--platform is required (the platform URL, as the element\'s platform attribute)');

let config;
if (values.config) {
  try {
    config = JSON.parse(readFileSync(values.config, 'utf8'));
  } catch (error) {
    fail(`--config ${values.config}: ${error.message}`);
  }
}
const number = (name) => {
  if (values[name] === undefined) return undefined;
  const n = Number(values[name]);
  if (!Number.isSafeInteger(n) || n < 0) fail(`--${name} must be a whole number`);
  return n;
};

const { renderCookieConsent } = await import(new URL('../dist/server.js', import.meta.url).href);
// The element reports a configuration it refuses (console.error) and falls back to the default, as in a browser.
process.stdout.write(
  renderCookieConsent({
    platform: values.platform,
    lang: values.lang,
    policyUrl: values['policy-url'],
    config,
    formAction: values['form-action'],
    nonce: values.nonce,
    revision: number('revision'),
    expiresDays: number('expires-days'),
    cookieName: values['cookie-name'],
    cookieDomain: values['cookie-domain'],
    theme: values.theme,
    layout: values.layout,
    position: values.position,
  }) + '\n',
);
