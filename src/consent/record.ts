import { CATEGORY_ID, NECESSARY } from '../config/types.js';

/** The stored choice, exactly as SPEC.md "The stored choice" gives it. */
export interface ConsentRecord {
  readonly schema: 1;
  /** Random UUID v4 naming this consent, for proof of consent (CNIL-10). */
  readonly id: string;
  /** The cookie-policy revision the choice was made under. */
  readonly revision: number;
  /** When the visitor first made this choice (ISO 8601). */
  readonly given: string;
  /** When the visitor last changed it (ISO 8601). */
  readonly updated: string;
  /** Every configured category, `true` when accepted. */
  readonly categories: Readonly<Record<string, boolean>>;
  /** Where the configuration has services: every configured service, `true` when accepted. */
  readonly services?: Readonly<Record<string, boolean>>;
}

export interface Policy {
  /** The policy revision in force; a choice made under another one is no choice. */
  readonly revision: number;
  /** How long a choice is kept, in days. */
  readonly expiresDays: number;
  /** Categories the visitor must have decided on; a record that misses one is no choice. */
  readonly categoryIds?: readonly string[];
  /** Services the visitor must have decided on, likewise. */
  readonly serviceIds?: readonly string[];
  readonly now: Date;
}

/** Why there is no valid choice; `revision` means one exists under an older policy (CNIL-11). */
export type Verdict = { record: ConsentRecord; reason?: undefined } | { record: null; reason: 'invalid' | 'revision' };

const UUID_V4 = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;
// Dates as Date#toISOString writes them; anything looser is not ours.
const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;
const DAY = 864e5;
// 2020-01-01: no record of ours is older, so an earlier date was not written by us.
const EPOCH = 15778368e5;

/**
 * A random UUID v4 from `crypto.getRandomValues`, which, unlike `crypto.randomUUID`, also
 * exists outside secure contexts: intranet portals are still served over plain http. An old
 * engine without `crypto` gets Math.random bytes rather than an exception: the id names a
 * consent in the proof log, it guards nothing, so it needs to be unique, not unguessable.
 */
export function uuidV4(): string {
  const bytes = new Uint8Array(16).map(() => Math.random() * 256);
  // No `crypto`: the Math.random bytes stand.
  globalThis.crypto?.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 15) | 64;
  bytes[8] = (bytes[8]! & 63) | 128;
  const hex = Array.from(bytes, (b) => (b + 256).toString(16).slice(1)).join('');
  return hex.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

/**
 * The record of a new choice, naming every category (and every service, where there are any);
 * `necessary` is always `true`. A still-valid previous record keeps its `id` and `given` date:
 * it is the same consent, updated.
 */
export function createRecord(
  choices: Readonly<Record<string, boolean>>,
  categoryIds: readonly string[],
  revision: number,
  now: Date,
  previous: ConsentRecord | null,
  serviceIds: readonly string[] = [],
): ConsentRecord {
  const stamp = now.toISOString();
  // Own properties only: a `statistics` some other script put on Object.prototype accepts nothing.
  const chosen = (ids: readonly string[]) => Object.freeze(Object.fromEntries(ids.map((id) => [id, id === NECESSARY || (Object.hasOwn(choices, id) && choices[id] === true)])));
  return Object.freeze({
    schema: 1,
    id: previous?.id ?? uuidV4(),
    revision,
    // A `given` from a clock that was ahead (validateRecord tolerates a day) must not end up
    // after `updated`, or the next read would refuse the record and lose the choice.
    given: previous && Date.parse(previous.given) <= now.getTime() ? previous.given : stamp,
    updated: stamp,
    categories: chosen(categoryIds),
    ...(serviceIds.length && { services: chosen(serviceIds) }),
  });
}

/** Milliseconds of an ISO date as toISOString writes it; NaN for anything else, rolled-over dates (Feb 30) included. */
function date(value: unknown): number {
  const ms = typeof value === 'string' && ISO_DATE.test(value) ? Date.parse(value) : NaN;
  return ms === ms && new Date(ms).toISOString().slice(0, 19) === (value as string).slice(0, 19) ? ms : NaN;
}

/**
 * Checks an untrusted value (parsed from the cookie) against schema 1 and the policy in
 * force. A value that passes is rebuilt field by field, so nothing else of the input (a
 * `__proto__` key, an extra field) travels further.
 */
export function validateRecord(value: unknown, policy: Policy): Verdict {
  // Own fields only: a record some other script put on Object.prototype is no record.
  const v: Partial<Record<keyof ConsentRecord, unknown>> = Object.assign(Object.create(null), typeof value === 'object' && value);
  const { id, revision } = v;
  const given = date(v.given);
  const updated = date(v.updated);
  // `services` is optional: old records and configurations without services have none.
  const [entries, perService] = [v.categories, v.services].map((map) => Object.entries((typeof map === 'object' && map) || {}));
  const ok =
    v.schema === 1 &&
    typeof id === 'string' &&
    UUID_V4.test(id) &&
    Number.isSafeInteger(revision) &&
    (revision as number) >= 0 &&
    // A revision above the page's is not ours: a planted one would outlive every later revision.
    (revision as number) <= policy.revision &&
    EPOCH <= given &&
    given <= updated &&
    // A little clock difference between machines is fine; a choice from the future is not ours.
    updated <= policy.now.getTime() + DAY &&
    [...entries!, ...perService!].every(([key, accepted]) => CATEGORY_ID.test(key) && typeof accepted === 'boolean') &&
    entries!.some(([key, accepted]) => key === NECESSARY && accepted === true);
  if (!ok) return { record: null, reason: 'invalid' };
  if ((revision as number) < policy.revision) return { record: null, reason: 'revision' };
  const record: ConsentRecord = Object.freeze({
    schema: 1,
    id,
    revision: revision as number,
    given: v.given as string,
    updated: v.updated as string,
    categories: Object.freeze(Object.fromEntries(entries!) as Record<string, boolean>),
    ...(perService!.length && { services: Object.freeze(Object.fromEntries(perService!) as Record<string, boolean>) }),
  });
  const expired = policy.now.getTime() - updated > policy.expiresDays * DAY;
  const missing = (ids: readonly string[] = [], chosen = {}) => ids.some((key) => !Object.hasOwn(chosen, key));
  const undecided = missing(policy.categoryIds, record.categories) || missing(policy.serviceIds, record.services);
  return expired || undecided ? { record: null, reason: 'invalid' } : { record };
}
