import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npx portal-cookie-consent render …` (bin/portal-cookie-consent.mjs): the HTML snippet for
// servers that are not Node, as renderCookieConsent() writes it.

const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/portal-cookie-consent.mjs', ...args], { encoding: 'utf8' });

describe('npx portal-cookie-consent render', () => {
  it('writes the element with its server-rendered banner, in the language asked', () => {
    const run = cli('render', '--lang', 'fr', '--platform', 'https://inai.opendatasoft.com', '--policy-url', '/pages/cookies', '--form-action', '/consent');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<cookie-consent platform="https:\/\/inai\.opendatasoft\.com" lang="fr" policy-url="\/pages\/cookies"><template shadowrootmode="open">/);
    expect(run.stdout).toContain('<form method="post" action="/consent">');
    expect(run.stdout).toContain('Tout accepter');
  });

  it('style-hash: the CSP source of the snippet\'s one <style>, for a style-src without inline styles', async () => {
    const { createHash } = await import('node:crypto');
    const hash = cli('style-hash').stdout.trim();
    const html = cli('render', '--platform', 'https://x.example').stdout;
    const style = /<style>([^<]*)<\/style>/.exec(html)![1]!;
    expect(hash).toBe(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  });

  it('takes a configuration file, written as the JSON child', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pcc-')), 'cookies.json');
    writeFileSync(file, JSON.stringify({ categories: [{ id: 'marketing', title: { en: 'Marketing', fr: 'Marketing' } }] }));
    const run = cli('render', '--platform', 'https://x.example', '--config', file);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<script type="application/json">{"categories":[{"id":"marketing"');
  });

  it('says what is wrong, with the usage, and exits 2: no command, no platform, a bad number, an unreadable configuration', () => {
    for (const [args, message] of [
      [[], /which command\? \(render, style-hash\)/],
      [['render'], /--platform is required/],
      [['render', '--platform', 'https://x.example', '--revision', 'two'], /--revision must be a whole number/],
      [['render', '--platform', 'https://x.example', '--config', '/nonexistent.json'], /--config \/nonexistent\.json: /],
      [['render', '--platform', 'https://x.example', '--colour', 'red'], /Unknown option '--colour'/],
    ] as const) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain('portal-cookie-consent render --platform <url>');
      expect(run.stdout).toBe('');
    }
  });

  it('a configuration the element would refuse: an error naming the field, and the default inventory', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pcc-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ categories: [{ id: '1bad', title: 'X' }] }));
    const run = cli('render', '--platform', 'https://x.example', '--config', file);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/cookie-consent: invalid configuration, so the default inventory is used: "categories\[0\]\.id" must be letters/);
    expect(run.stdout).toContain('<template shadowrootmode="open">');
  });
});
