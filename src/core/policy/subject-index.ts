import type { ConsentStatus, SubjectState } from '../consent/consent-record.ts';
import type { CompiledPolicy } from './compiled-policy.ts';
import type { Reason } from './decision.ts';
import { reason } from './reason-builder.ts';

/** A consent record as the engine reads it: one object shape, the time as a number. */
export interface IndexedConsent {
  readonly id: string;
  readonly status: ConsentStatus;
  readonly informed: boolean;
  readonly atMs: number;
  /** The purpose's interned index for a record about a purpose alone, else -1. */
  readonly purpose: number;
  /** The party's interned index for a record about a recipient, -2 for one naming only a country, else -1. */
  readonly party: number;
  readonly country: string | undefined;
  readonly items: readonly string[] | undefined;
  /** CONSENT_ON_RECORD for this record, made on first use and shared by the person's decisions. */
  onRecord: Reason | undefined;
}

export interface IndexedSuspension {
  readonly id: string;
  readonly use: boolean;
  readonly purpose: string | undefined;
  readonly recipient: string | undefined;
  readonly sinceMs: number;
  readonly liftedMs: number;
}

/**
 * A person's consents and suspensions indexed for the engine, with the same answers as `effectiveConsent` and
 * `activeSuspension`: consent records in one list, latest first (of two made at the same time the later in the
 * person's list first), each naming the purpose or party it answers for by its interned number, so the first
 * record that matches an ask decides. Records that answer no ask the engine makes (naming a purpose and a
 * recipient, nothing, or ids the ledger does not have) are left out. One flat list rather than maps: a person has
 * a handful of records, and each object touched is a likely cache miss; for the same reason an ask first scans
 * `scan`, the records' numbers side by side, and reads a record object only when its numbers match.
 */
export interface SubjectIndex {
  readonly policy: CompiledPolicy;
  readonly consentsRef: SubjectState['consents'];
  readonly consentCount: number;
  readonly suspensionsRef: SubjectState['suspensions'];
  readonly suspensionCount: number;
  readonly consents: readonly IndexedConsent[];
  /**
   * SCAN_WIDTH numbers per record of `consents`, in its order: purpose, party, time (ms) and limits (1: the record
   * names items, 2: a country). One array of doubles, unboxed by V8, where an object's number field is a pointer
   * to a boxed number: a person's records then sit in a few consecutive cache lines.
   */
  readonly scan: readonly number[];
  readonly suspensions: readonly IndexedSuspension[];
}

/** Numbers per record in `SubjectIndex.scan`. */
const SCAN_WIDTH = 4;

const NONE: readonly never[] = Object.freeze([]);

// Keyed on the state object: an application loads a person's state and decides with it, maybe many times; a new
// state object (a new consent recorded) is indexed anew. A state is a value (its lists are readonly); the lists'
// identity and length are checked too, so a list replaced or appended to in place is never answered from an old
// index.
const CACHE = new WeakMap<SubjectState, SubjectIndex>();
// ...and, where the state object can take it, on the object itself under a private symbol: a property of an
// object just read is found in the same cache lines, where a WeakMap lookup is a hash probe into a table of
// every person (a cache miss per decision on a large set). Frozen states use the WeakMap only.
const INDEX: unique symbol = Symbol('mamori.subjectIndex');
type Carrier = SubjectState & { [INDEX]?: SubjectIndex };

/** The index of `state` for `policy`, built on first use and kept while the state object lives. */
export function subjectIndex(policy: CompiledPolicy, state: SubjectState): SubjectIndex {
  // The lists' lengths read before the cache: their memory is fetched while the cache is searched, not after.
  const { consents, suspensions } = state;
  const consentCount = consents.length;
  const suspensionCount = suspensions.length;
  const cached = (state as Carrier)[INDEX] ?? CACHE.get(state);
  if (
    cached !== undefined &&
    cached.policy === policy &&
    cached.consentsRef === consents &&
    cached.consentCount === consentCount &&
    cached.suspensionsRef === suspensions &&
    cached.suspensionCount === suspensionCount
  ) {
    return cached;
  }
  const built = buildSubjectIndex(policy, state);
  if (Object.isExtensible(state)) {
    // Not enumerable: invisible to JSON, Object.keys and deep equality of states; rewritten when reindexed.
    Object.defineProperty(state, INDEX, { value: built, writable: true, configurable: true, enumerable: false });
  } else CACHE.set(state, built);
  return built;
}

export function buildSubjectIndex(policy: CompiledPolicy, state: SubjectState): SubjectIndex {
  const { purposes, parties } = policy.index;
  const consents: { record: IndexedConsent; seq: number }[] = [];
  const records = state.consents;
  for (let seq = 0; seq < records.length; seq++) {
    const record = records[seq] as SubjectState['consents'][number];
    const { purpose, recipient, country, items } = record.scope;
    let p = -1;
    let r = -1;
    if (purpose !== undefined) {
      if (recipient !== undefined || country !== undefined) continue;
      p = purposes.get(purpose)?.index ?? -1;
      if (p < 0) continue;
    } else if (recipient !== undefined) {
      r = parties.get(recipient) ?? -1;
      if (r < 0) continue;
    } else if (country !== undefined) r = -2;
    else continue;
    const indexed: IndexedConsent = {
      id: record.id,
      status: record.status,
      informed: record.status === 'given' && record.informationVersion !== undefined,
      atMs: record.at.getTime(),
      purpose: p,
      party: r,
      country,
      items,
      onRecord: undefined,
    };
    consents.push({ record: indexed, seq });
  }
  consents.sort((a, b) => b.record.atMs - a.record.atMs || b.seq - a.seq);
  const scan: number[] = [];
  for (const { record } of consents) {
    const limits = (record.items === undefined ? 0 : 1) | (record.country === undefined ? 0 : 2);
    scan.push(record.purpose, record.party, record.atMs, limits);
  }
  return {
    policy,
    consentsRef: records,
    consentCount: records.length,
    suspensionsRef: state.suspensions,
    suspensionCount: state.suspensions.length,
    consents: consents.length === 0 ? NONE : consents.map((c) => c.record),
    scan: consents.length === 0 ? NONE : scan,
    suspensions:
      state.suspensions.length === 0
        ? NONE
        : state.suspensions.map((s) => ({
            id: s.id,
            use: s.kind === 'use',
            purpose: s.purpose,
            recipient: s.recipient,
            sinceMs: s.since.getTime(),
            liftedMs: s.liftedAt === undefined ? Number.POSITIVE_INFINITY : s.liftedAt.getTime(),
          })),
  };
}

/** The CONSENT_ON_RECORD reason a given record yields. */
export function consentOnRecord(record: IndexedConsent): Reason {
  if (record.onRecord === undefined) {
    record.onRecord = reason('CONSENT_ON_RECORD', { id: record.id }, { kind: 'consent', id: record.id });
  }
  return record.onRecord;
}

/** Whether the record covers every asked item (a record without items covers them all). */
function coversItems(record: IndexedConsent, items: readonly string[]): boolean {
  const scope = record.items;
  if (scope === undefined) return true;
  for (let i = 0; i < items.length; i++) if (!scope.includes(items[i] as string)) return false;
  return true;
}

/** The deciding record about purpose `purpose` (its interned index): `effectiveConsent(state, { purpose })`. */
export function purposeConsent(
  index: SubjectIndex,
  purpose: number,
  items: readonly string[],
  nowMs: number,
): IndexedConsent | undefined {
  const scan = index.scan;
  for (let k = 0; k < scan.length; k += SCAN_WIDTH) {
    if (scan[k] !== purpose || (scan[k + 2] as number) > nowMs) continue;
    const record = index.consents[k / SCAN_WIDTH] as IndexedConsent;
    if (scan[k + 3] === 0 || coversItems(record, items)) return record;
  }
  return undefined;
}

/** The deciding record about party `party` in `country`: `effectiveConsent(state, { recipient, country })`. */
export function partyConsent(
  index: SubjectIndex,
  party: number,
  country: string,
  items: readonly string[],
  nowMs: number,
): IndexedConsent | undefined {
  const scan = index.scan;
  for (let k = 0; k < scan.length; k += SCAN_WIDTH) {
    const about = scan[k + 1];
    if ((about !== party && about !== -2) || (scan[k + 2] as number) > nowMs) continue;
    const record = index.consents[k / SCAN_WIDTH] as IndexedConsent;
    if (scan[k + 3] === 0) return record;
    if (record.country !== undefined && record.country !== country) continue;
    if (coversItems(record, items)) return record;
  }
  return undefined;
}

/** The first suspension in force for this use or provision: `activeSuspension`. */
export function suspensionOf(
  index: SubjectIndex,
  use: boolean,
  target: string,
  nowMs: number,
): IndexedSuspension | undefined {
  for (const s of index.suspensions) {
    if (s.use !== use) continue;
    const named = use ? s.purpose : s.recipient;
    if (named !== undefined && named !== target) continue;
    if (s.sinceMs > nowMs || s.liftedMs <= nowMs) continue;
    return s;
  }
  return undefined;
}
