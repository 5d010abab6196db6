import type { ConsentRecord, ConsentStatus, SubjectState, Suspension } from '../../src/core/consent/consent-record.ts';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import type { Prng } from './prng.ts';

export interface BenchSubject {
  readonly id: string;
  readonly category: string;
}

const DAY = 86_400_000;

/**
 * Synthetic people with what they said: consents to opt-in purposes and recipients (some informed for transfers,
 * some limited to items), withdrawals after a consent, objections to opt-out uses, use and provision suspensions
 * (some lifted), and a few records dated after `now` that must not count yet.
 */
export function generateSubjects(
  ledger: Ledger,
  count: number,
  rng: Prng,
  now: Date,
): { subjects: BenchSubject[]; states: Map<string, SubjectState> } {
  const subjects: BenchSubject[] = [];
  const states = new Map<string, SubjectState>();
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  for (let n = 0; n < count; n++) {
    const id = `p-${n}`;
    const category = rng.pick(ledger.subjectCategories).id;
    subjects.push({ id, category });
    const consents: ConsentRecord[] = [];
    const suspensions: Suspension[] = [];
    const record = (status: ConsentStatus, scope: ConsentRecord['scope'], daysAgo: number, info?: string) => {
      const base = { id: `c-${n}-${consents.length}`, subjectId: id, status, scope, method: 'web' as const };
      const when = { recordedBy: 'privacy-center', at: at(daysAgo) };
      consents.push(info === undefined ? { ...base, ...when } : { ...base, informationVersion: info, ...when });
    };
    const purposes = ledger.purposes.filter((p) => p.categories.includes(category));
    const askFor = purposes.filter((p) => p.consent !== 'not-required' || p.addedAfterCollection || rng.chance(0.2));
    for (const p of askFor) {
      if (!rng.chance(p.consent === 'opt-out' ? 0.25 : 0.55)) continue;
      const status: ConsentStatus = p.consent === 'opt-out' ? 'refused' : 'given';
      const items = rng.chance(0.08) ? { items: rng.subset(p.items, 2) } : {};
      record(status, { purpose: p.id, ...items }, 30 + rng.int(300));
      if (status === 'given' && rng.chance(0.15)) record('withdrawn', { purpose: p.id }, rng.int(29));
    }
    for (const r of ledger.recipients.filter((x) => x.categories.includes(category))) {
      if (!rng.chance(0.5)) continue;
      const status: ConsentStatus = r.basis === 'opt-out' ? 'refused' : 'given';
      const info = r.overseas?.route === 'consent' && rng.chance(0.7) ? (r.overseas.version ?? 'v1') : undefined;
      const scope =
        r.country !== 'JP' && rng.chance(0.6) ? { recipient: r.id, country: r.country } : { recipient: r.id };
      record(status, scope, 30 + rng.int(300), info);
      if (status === 'given' && rng.chance(0.12)) record('withdrawn', { recipient: r.id }, rng.int(29));
    }
    for (const c of ledger.contractors.filter((x) => x.country !== 'JP' && x.overseas?.route === 'consent')) {
      if (rng.chance(0.5)) record('given', { recipient: c.id, country: c.country }, 40, 'v1');
    }
    if (purposes.length > 0 && rng.chance(0.03)) record('given', { purpose: rng.pick(purposes).id }, -5);
    if (rng.chance(0.08)) {
      const lifted = rng.chance(0.25) ? { liftedAt: at(3) } : {};
      const target = purposes.length > 0 && rng.chance(0.7) ? { purpose: rng.pick(purposes).id } : {};
      suspensions.push({ id: `s-${n}-u`, subjectId: id, kind: 'use', since: at(60), ...target, ...lifted });
    }
    if (rng.chance(0.06)) {
      const target =
        ledger.recipients.length > 0 && rng.chance(0.5) ? { recipient: rng.pick(ledger.recipients).id } : {};
      suspensions.push({ id: `s-${n}-p`, subjectId: id, kind: 'provision', since: at(20), ...target });
    }
    states.set(id, { consents, suspensions });
  }
  return { subjects, states };
}
