import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import { DEFAULT_BREACH_RULES } from '../../core/incidents/breach-rules.ts';
import { classifyIncident, type ItemFlags } from '../../core/incidents/classify-incident.ts';
import type { IncidentFacts } from '../../core/incidents/incident.ts';
import type { IncidentDeps } from './incident-deps.ts';
import type { Incident } from './incident-ports.ts';

export interface IncidentInput {
  readonly operator: string;
  readonly title: string;
  readonly description: string;
  readonly discoveredBy: string;
  readonly systems: readonly string[];
  readonly facts: IncidentFacts;
}

/** Records an incident and classifies it against BR-1..BR-5 and MN-5; the clocks start at discovery (BR-8). */
export async function recordIncident(deps: IncidentDeps, input: IncidentInput, by: string): Promise<Incident> {
  const now = deps.clock.now();
  const incident: Incident = {
    id: randomUUID(),
    ...input,
    classification: await classify(deps, input.facts),
    status: 'open',
    submitted: {},
    createdBy: by,
    createdAt: now,
    updatedAt: now,
  };
  await deps.store.incidents.create(incident);
  await record(deps, incident, by, 'recorded');
  return incident;
}

/** Changes what is known (facts, texts, status) and classifies again: the clocks follow the facts. */
export async function updateIncident(
  deps: IncidentDeps,
  id: string,
  changes: Partial<Omit<IncidentInput, 'operator'>> & { readonly status?: 'open' | 'closed' },
  by: string,
): Promise<Incident> {
  const current = await getIncident(deps, id);
  const facts = changes.facts ?? current.facts;
  const incident: Incident = {
    ...current,
    ...changes,
    facts,
    classification: await classify(deps, facts),
    updatedAt: deps.clock.now(),
  };
  await deps.store.incidents.update(incident);
  await record(deps, incident, by, 'updated');
  return incident;
}

export async function getIncident(deps: Pick<IncidentDeps, 'store'>, id: string): Promise<Incident> {
  const incident = await deps.store.incidents.get(id);
  if (!incident) throw new AppError('NOT_FOUND', `incident ${id} does not exist`);
  return incident;
}

/** Item flags come from the ledger's data items (current version); unknown items count as unflagged. */
async function classify(deps: IncidentDeps, facts: IncidentFacts) {
  const latest = await deps.store.ledgerVersions.latest();
  const flags = new Map<string, ItemFlags>(
    (latest?.ledger.dataItems ?? []).map((item) => [
      item.id,
      { specialCare: item.flags.specialCare, financial: item.flags.financial, myNumber: item.flags.myNumber },
    ]),
  );
  return classifyIncident(facts, (item) => flags.get(item), deps.rules ?? DEFAULT_BREACH_RULES);
}

export async function record(deps: IncidentDeps, incident: Incident, by: string, action: string, extra = {}) {
  await deps.evidence.append({
    type: 'incident',
    actor: by,
    at: deps.clock.now(),
    payload: {
      action,
      incident: incident.id,
      operator: incident.operator,
      reportable: incident.classification.reportable,
      grounds: [...incident.classification.grounds],
      ...extra,
    },
  });
}
