import type { SubjectState } from '../../src/core/consent/consent-record.ts';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import type { Purpose } from '../../src/core/ledger/purpose.ts';
import { ProvisionExceptionSchema } from '../../src/core/ledger/recipient.ts';
import type { Action, DecisionRequest } from '../../src/core/policy/decision.ts';
import { loadBenchLedger } from './bench-ledger.ts';
import { Prng } from './prng.ts';
import { type BenchSubject, generateSubjects } from './subject-states.ts';

export interface GenerateOptions {
  readonly ledger: Ledger;
  readonly count?: number;
  readonly seed?: number;
  readonly subjects?: number;
  readonly now?: Date;
}

export interface RequestSet {
  readonly now: Date;
  readonly requests: readonly DecisionRequest[];
  readonly states: ReadonlyMap<string, SubjectState>;
}

export const DEFAULT_NOW = new Date('2026-07-15T03:00:00Z');
const ACTIONS: readonly [Action, number][] = [
  ['use', 0.4],
  ['acquire', 0.15],
  ['provide', 0.15],
  ['transfer', 0.1],
  ['joint-use', 0.1],
  ['entrust', 0.1],
];
const GROUNDS = ProvisionExceptionSchema.options;

/** Deterministic requests over a ledger: mostly plausible ones (so about half are allowed) plus every kind of slip. */
export function generateRequests(options: GenerateOptions): RequestSet {
  const { ledger } = options;
  const now = options.now ?? DEFAULT_NOW;
  const rng = new Prng(options.seed ?? 20260715);
  const { subjects, states } = generateSubjects(ledger, options.subjects ?? 5000, rng, now);
  const byCategory = new Map<string, BenchSubject[]>();
  for (const s of subjects) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s]);
  const held = (category: string) =>
    new Set(ledger.dataItems.filter((i) => i.categories.includes(category)).map((i) => i.id));
  const subjectOf = (category: string): { id: string; category: string } => {
    const pool = byCategory.get(category);
    return pool ? rng.pick(pool) : { id: `p-none-${rng.int(10)}`, category };
  };
  const rolesFor = (purpose: string) => ledger.roles.filter((r) => r.purposes.includes(purpose));
  const purposesFor = (category: string, items?: readonly string[]) =>
    ledger.purposes.filter(
      (p) => p.categories.includes(category) && (!items || items.some((i) => p.items.includes(i))),
    );

  const one = (action: Action, n: number): DecisionRequest => {
    let purpose: Purpose = rng.pick(ledger.purposes);
    let category = rng.pick(purpose.categories);
    let itemPool: readonly string[] = purpose.items;
    const extra: Record<string, unknown> = {};
    if (action === 'provide' || action === 'transfer') {
      const abroad = ledger.recipients.filter((x) => x.country !== 'JP');
      const r =
        action === 'transfer' && abroad.length > 0 && rng.chance(0.8) ? rng.pick(abroad) : rng.pick(ledger.recipients);
      category = rng.chance(0.9) ? rng.pick(r.categories) : rng.pick(ledger.subjectCategories).id;
      purpose = pickPurpose(purposesFor(category, r.items), purpose);
      itemPool = r.items.filter((i) => purpose.items.includes(i));
      extra.recipient = r.id;
      if (action === 'transfer' && rng.chance(0.2)) extra.country = rng.pick(['US', 'CN', 'SG', 'JP', r.country]);
      if (rng.chance(0.05)) {
        const justification = rng.chance(0.8) ? 'requested in writing by the authority, case 2026-17' : ' short ';
        extra.exception = {
          ground: rng.chance(0.7) ? rng.pick(ledger.thirdPartyProvision.exceptions) : rng.pick(GROUNDS),
          justification,
        };
      }
    } else if (action === 'joint-use' && ledger.jointUses.length > 0) {
      const j = rng.pick(ledger.jointUses);
      category = rng.chance(0.9) ? rng.pick(j.categories) : rng.pick(ledger.subjectCategories).id;
      const declared = ledger.purposes.filter((p) => j.purposes.includes(p.id));
      purpose = rng.chance(0.9) ? pickPurpose(declared, purpose) : purpose;
      itemPool = j.items.filter((i) => purpose.items.includes(i));
      extra.recipient = j.id;
    } else if (action === 'entrust' && ledger.contractors.length > 0) {
      const c = rng.pick(ledger.contractors);
      category = rng.chance(0.9) && c.categories.length > 0 ? rng.pick(c.categories) : rng.pick(purpose.categories);
      purpose = pickPurpose(purposesFor(category, c.items), purpose);
      itemPool = c.items.filter((i) => purpose.items.includes(i));
      extra.recipient = c.id;
    } else if (action === 'acquire') {
      if (rng.chance(0.2)) extra.source = { kind: 'third-party', provider: 'job-board' };
      if (rng.chance(0.08)) extra.linksReferableInformation = true;
    }
    if (rng.chance(0.05)) category = rng.pick(ledger.subjectCategories).id;
    const heldHere = held(category);
    const usable = itemPool.filter((i) => heldHere.has(i));
    const items = rng.subset(usable.length > 0 ? usable : purpose.items, 3);
    if (rng.chance(0.06)) items.push(rng.pick(ledger.dataItems).id);
    const roles = rolesFor(purpose.id);
    const role = roles.length > 0 && rng.chance(0.92) ? rng.pick(roles) : rng.pick(ledger.roles);
    const operator =
      purpose.operators && rng.chance(0.95) ? rng.pick(purpose.operators) : rng.pick(ledger.operators).id;
    const request: Record<string, unknown> = {
      action,
      actor: { kind: role.kind === 'application' ? 'application' : 'user', id: `u-${n % 300}`, roles: [role.id] },
      operator,
      subject: subjectOf(category),
      items,
      purpose: purpose.id,
      ...extra,
    };
    slip(request, rng);
    return shaped(request);
  };

  const count = options.count ?? 100_000;
  const requests: DecisionRequest[] = [];
  for (let n = 0; n < count; n++) requests.push(one(pickAction(rng), n));
  return { now, requests, states };

  function pickPurpose(candidates: readonly Purpose[], fallback: Purpose): Purpose {
    const staffed = candidates.filter((p) => rolesFor(p.id).length > 0);
    if (staffed.length > 0 && rng.chance(0.9)) return rng.pick(staffed);
    return candidates.length > 0 ? rng.pick(candidates) : fallback;
  }
}

const OPTIONAL = ['recipient', 'country', 'exception', 'source', 'linksReferableInformation'] as const;

/** Fields in one order, optional ones only when present: the shapes a parsed request body would have. */
function shaped(draft: Record<string, unknown>): DecisionRequest {
  const { action, actor, operator, subject, items, purpose } = draft;
  const out: Record<string, unknown> = { action, actor, operator, subject, items, purpose };
  for (const key of OPTIONAL) if (draft[key] !== undefined) out[key] = draft[key];
  return out as unknown as DecisionRequest;
}

function pickAction(rng: Prng): Action {
  let x = rng.next();
  for (const [action, weight] of ACTIONS) {
    x -= weight;
    if (x < 0) return action;
  }
  return 'use';
}

/** Rare mistakes a real caller makes: unknown ids, a missing recipient, several roles. */
function slip(request: Record<string, unknown>, rng: Prng): void {
  const x = rng.next();
  if (x < 0.005) request.operator = 'unknown-operator';
  else if (x < 0.01) request.purpose = 'unknown-purpose';
  else if (x < 0.015) request.items = [...(request.items as string[]), 'unknown-item'];
  else if (x < 0.02) request.subject = { id: 'p-x', category: 'unknown-category' };
  else if (x < 0.025 && request.recipient !== undefined) request.recipient = 'unknown-party';
  else if (x < 0.03 && request.action !== 'use' && request.action !== 'acquire') request.recipient = undefined;
  else if (x < 0.04) {
    const actor = request.actor as { roles: string[] };
    actor.roles = rng.chance(0.3) ? [] : [...actor.roles, 'auditor'];
  }
}

if (process.argv[1]?.endsWith('generate-requests.ts')) {
  const { parseArgs } = await import('node:util');
  const { decide } = await import('../../src/core/policy/decide.ts');
  const { compilePolicy } = await import('../../src/core/policy/compiled-policy.ts');
  const { EMPTY_SUBJECT_STATE } = await import('../../src/core/consent/consent-record.ts');
  const { values } = parseArgs({
    options: { ledger: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' } },
  });
  const loaded = loadBenchLedger(values.ledger);
  const set = generateRequests({
    ledger: loaded.ledger,
    count: Number(values.count ?? 100_000),
    seed: Number(values.seed ?? 20260715),
  });
  const policy = compilePolicy(loaded.ledger, 1);
  const tally = new Map<string, { allow: number; deny: number }>();
  const codes = new Map<string, number>();
  for (const request of set.requests) {
    const d = decide(policy, request, set.states.get(request.subject.id) ?? EMPTY_SUBJECT_STATE, set.now);
    const t = tally.get(request.action) ?? { allow: 0, deny: 0 };
    if (d.allowed) t.allow++;
    else t.deny++;
    tally.set(request.action, t);
    for (const r of d.reasons) codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
  }
  console.log(`${loaded.path}: ${loaded.note}; ${set.requests.length} requests, ${set.states.size} subjects`);
  let deny = 0;
  for (const [action, t] of tally) {
    deny += t.deny;
    console.log(
      `${action.padEnd(10)} ${String(t.allow + t.deny).padStart(7)}  denied ${((100 * t.deny) / (t.allow + t.deny)).toFixed(1)}%`,
    );
  }
  console.log(`denied overall ${((100 * deny) / set.requests.length).toFixed(1)}%`);
  console.log(
    [...codes]
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c}=${n}`)
      .join(' '),
  );
}
