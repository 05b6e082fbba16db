/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConsentConfig } from '../config/types.js';
import { encode } from '../consent/cookie-store.js';
import { createRecord } from '../consent/record.js';
import { inventoryOf } from './inventory.js';
import { readConsentFromCookieHeader } from './read-consent.js';

/** What the handler needs to store a choice as the element would: the same attributes and configuration. */
export interface ConsentFormOptions {
  readonly config?: ConsentConfig;
  readonly revision?: number;
  readonly expiresDays?: number;
  readonly cookieName?: string;
  readonly cookieDomain?: string;
  /** Where "Customize" leads without JavaScript (the element's `policy-url`). Default: back. */
  readonly policyUrl?: string;
  /** `Secure` on the cookie. Default: when the request came over https (`X-Forwarded-Proto` included). */
  readonly secure?: boolean;
  readonly now?: Date;
}

/** A request, reduced to what the handler reads. */
interface FormRequest {
  readonly method: string;
  readonly url: string;
  header(name: string): string | null;
  readonly body: string;
}

/** What the handler answers: 303 with the cookie, or a refusal. */
interface FormAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
}

const CHOICES = ['accept', 'reject', 'customize'];

/**
 * The choice a visitor made in the server-rendered banner before the page's JavaScript ran
 * (renderCookieConsent()'s `<form method="post">`): stores it in the same cookie, with the same
 * attributes and record, as the element would, and redirects back (303). "Customize" leads to
 * `policyUrl`. A cross-site POST (`Sec-Fetch-Site`, else `Origin`, naming another site) is
 * refused with 403: another site cannot choose for a visitor.
 */
function answer(request: FormRequest, options: ConsentFormOptions): FormAnswer {
  if (request.method !== 'POST') return { status: 405, headers: { Allow: 'POST' } };
  const self = new URL(request.url);
  const site = request.header('sec-fetch-site');
  const origin = request.header('origin');
  if ((site && site !== 'same-origin') || (!site && origin && origin !== self.origin)) return { status: 403, headers: {} };
  const choice = new URLSearchParams(request.body).get('choice') ?? '';
  if (!CHOICES.includes(choice)) return { status: 400, headers: {} };
  // Back where the visitor was, on this site only.
  const referer = request.header('referer');
  const back = referer && new URL(referer, self).origin === self.origin ? referer : '/';
  if (choice === 'customize') return { status: 303, headers: { Location: options.policyUrl ?? back } };

  const name = options.cookieName ?? 'cookies_preferences';
  const days = options.expiresDays ?? 180;
  const revision = options.revision ?? 0;
  const { categories, serviceIds } = inventoryOf(options.config, name, days);
  const now = options.now ?? new Date();
  const previous = readConsentFromCookieHeader(request.header('cookie'), {
    cookieName: name,
    revision,
    expiresDays: days,
    categoryIds: categories.map((c) => c.id),
    serviceIds,
    now,
  });
  // As the element's acceptAll() and rejectAll(): refusing leaves exempt measurement as it was
  // (on, unless an earlier choice objected to it).
  const stood = (id: string, exempt?: boolean) =>
    !!exempt && (previous ? (previous.categories[id] ?? previous.services?.[id]) === true : true);
  const choices: Record<string, boolean> = {};
  for (const c of categories) {
    choices[c.id] = choice === 'accept' || stood(c.id, c.exempt);
    for (const s of c.services ?? []) choices[s.id] = choice === 'accept' || stood(s.id, s.exempt);
  }
  for (const c of categories) if (c.services?.length) choices[c.id] = c.services.every((s) => choices[s.id]);
  const record = createRecord(choices, categories.map((c) => c.id), revision, now, previous, serviceIds);
  const secure = options.secure ?? (self.protocol === 'https:' || request.header('x-forwarded-proto') === 'https');
  const cookie =
    `${name}=${encode(JSON.stringify(record))}; Path=/; Expires=${new Date(now.getTime() + days * 864e5).toUTCString()}; SameSite=Lax` +
    (options.cookieDomain ? `; Domain=${options.cookieDomain}` : '') +
    (secure ? '; Secure' : '');
  return { status: 303, headers: { Location: back, 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } };
}

/** Reads a Node request's body, at most 4 kB (a choice is a few bytes). */
const nodeBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 4096) req.destroy();
    });
    req.on('end', () => resolve(body));
    req.on('error', () => resolve(''));
    req.on('close', () => resolve(body));
  });

/**
 * The no-JavaScript path of the server-rendered banner: stores the choice posted by its form,
 * then redirects back. From a Fetch-style handler, `handleConsentForm(request, options)` gives
 * a `Response`; from Node's `http`, `handleConsentForm(req, res, options)` answers through `res`.
 */
export function handleConsentForm(request: Request, options?: ConsentFormOptions): Promise<Response>;
export function handleConsentForm(req: IncomingMessage, res: ServerResponse, options?: ConsentFormOptions): Promise<void>;
export async function handleConsentForm(
  request: Request | IncomingMessage,
  second?: ServerResponse | ConsentFormOptions,
  third?: ConsentFormOptions,
): Promise<Response | void> {
  if (typeof Request !== 'undefined' && request instanceof Request) {
    const body = (await request.text().catch(() => '')).slice(0, 4096);
    const { status, headers } = answer(
      { method: request.method, url: request.url, header: (name) => request.headers.get(name), body },
      (second as ConsentFormOptions | undefined) ?? {},
    );
    return new Response(null, { status, headers });
  }
  const req = request as IncomingMessage;
  const res = second as ServerResponse;
  const body = await nodeBody(req);
  const host = req.headers.host ?? 'localhost';
  const proto = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const { status, headers } = answer(
    {
      method: req.method ?? 'GET',
      url: new URL(req.url ?? '/', `${proto}://${host}`).href,
      header: (name) => {
        const value = req.headers[name];
        return Array.isArray(value) ? value.join(', ') : (value ?? null);
      },
      body,
    },
    third ?? {},
  );
  res.writeHead(status, headers);
  res.end();
}
