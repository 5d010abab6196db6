import type { EntityJson } from '@cedar-policy/cedar-wasm/nodejs';
import type { SubjectState } from '../../src/core/consent/consent-record.ts';
import type { LedgerFacts } from './ledger-facts.ts';
import { effectiveRecord, recordsAsOf, suspensionsAsOf } from './resolved-state.ts';

const entity = (type: string, id: string, attrs: EntityJson['attrs']): EntityJson => ({
  uid: { type, id },
  attrs,
  parents: [],
});
// Cedar's Long is 64-bit; "no review due" becomes a date far away.
const FAR = 253402300799000;
const ms = (value: number) => (Number.isFinite(value) ? value : FAR);

/** The ledger as Cedar entities: one Ledger entity with the global sets, one entity per purpose, category, party. */
export function ledgerEntities(f: LedgerFacts): Map<string, EntityJson> {
  const out = new Map<string, EntityJson>();
  const put = (e: EntityJson) => {
    const uid = e.uid as { type: string; id: string };
    out.set(`${uid.type}::${uid.id}`, e);
  };
  const itemsWhere = (test: (i: LedgerFacts['items'][number]) => boolean) => f.items.filter(test).map((i) => i.id);
  put(
    entity('Ledger', 'ledger', {
      operators: [...f.operators],
      staffingOperators: [...f.staffingOperators],
      categories: [...f.categories],
      items: f.items.map((i) => i.id),
      myNumberItems: itemsWhere((i) => i.myNumber),
      specialCareItems: itemsWhere((i) => i.specialCare),
      forbiddenForStaffing: itemsWhere((i) => i.forbiddenForStaffing),
      exceptions: [...f.exceptions],
    }),
  );
  for (const c of f.categories) put(entity('Category', c, { held: itemsWhere((i) => i.categories.includes(c)) }));
  for (const p of f.purposes) {
    put(
      entity('Purpose', p.id, {
        categories: [...p.categories],
        items: [...p.items],
        ...(p.operators ? { operators: [...p.operators] } : {}),
        roles: [...p.roles],
        consent: p.consent,
        addedAfterCollection: p.addedAfterCollection,
        myNumberWork: p.myNumberWork,
        specialCareByConsent: p.specialCareByConsent,
      }),
    );
  }
  for (const r of f.recipients) {
    put(
      entity('Recipient', r.id, {
        items: [...r.items],
        categories: [...r.categories],
        active: r.active,
        ...(Number.isFinite(r.reviewDueMs) ? { reviewDueMs: r.reviewDueMs } : {}),
        country: r.country,
        route: r.route ?? '',
        basis: r.basis ?? '',
        links: r.linksReferableInformation,
      }),
    );
  }
  for (const c of f.contractors) {
    put(
      entity('Contractor', c.id, {
        items: [...c.items],
        active: c.active,
        reviewDueMs: ms(c.reviewDueMs),
        country: c.country,
        consentAbroad: c.country !== 'JP' && c.route === 'consent',
      }),
    );
  }
  for (const j of f.jointUses) {
    put(entity('JointUse', j.id, { items: [...j.items], categories: [...j.categories], purposes: [...j.purposes] }));
  }
  return out;
}

/**
 * A person as a Cedar entity. Cedar cannot order records in time nor pick "the latest that covers", so the
 * translator resolves, as of `now`, the deciding record for every ask the ledger can make (each purpose; each
 * party in its own country and in every country asked for) into sets of keys: `said` (a record decides),
 * `given` (it is a consent), `informed` (a consent given after the information was shown).
 */
export function subjectEntity(
  id: string,
  state: SubjectState,
  f: LedgerFacts,
  countries: readonly string[],
  now: Date,
): EntityJson {
  const records = recordsAsOf(state, now);
  const suspended = suspensionsAsOf(state, now);
  const said: object[] = [];
  const given: object[] = [];
  const informed: object[] = [];
  const resolve = (key: object, ask: { purpose?: string; recipient?: string; country?: string }) => {
    const r = effectiveRecord(records, ask, []);
    if (!r) return;
    said.push(key);
    if (r.status === 'given') given.push(key);
    if (r.status === 'given' && r.informationVersion !== undefined) informed.push(key);
  };
  for (const p of f.purposes) resolve({ p: p.id }, { purpose: p.id });
  for (const party of [...f.recipients, ...f.contractors]) {
    for (const c of new Set([party.country, ...countries]))
      resolve({ r: party.id, c }, { recipient: party.id, country: c });
  }
  return entity('Subject', id, {
    useAll: suspended.useAll,
    usePurposes: [...suspended.usePurposes],
    provisionAll: suspended.provisionAll,
    provisionParties: [...suspended.provisionRecipients],
    said: said as EntityJson['attrs'][string],
    given: given as EntityJson['attrs'][string],
    informed: informed as EntityJson['attrs'][string],
  });
}

/** Records limited to some items make the deciding record depend on the items asked: Cedar cannot pick it. */
export function hasItemScopedRecord(state: SubjectState | undefined, now: Date): boolean {
  return state !== undefined && recordsAsOf(state, now).some((r) => r.scope.items !== undefined);
}
