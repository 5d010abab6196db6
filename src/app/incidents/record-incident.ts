import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import { classifyIncident, type ItemFlags } from '../../core/incidents/classify-incident.ts';
import type { IncidentFacts } from '../../core/incidents/incident.ts';
import type { EvidenceEvent } from '../evidence-log.ts';
import { breachRulesFor } from './breach-rules-settings.ts';
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

/**
 * Records an incident and classifies it against BR-1..BR-5 and MN-5 under its operator's breach rules; the clocks
 * start at discovery (BR-8) and count Japanese calendar days.
 */
export async function recordIncident(deps: IncidentDeps, input: IncidentInput, by: string): Promise<Incident> {
  const now = deps.clock.now();
  const incident: Incident = {
    id: randomUUID(),
    ...input,
    classification: await classify(deps, input.operator, input.facts),
    status: 'open',
    submitted: {},
    createdBy: by,
    createdAt: now,
    updatedAt: now,
  };
  await deps.store.incidents.create(incident, [incidentEvent(deps, incident, by, 'recorded')]);
  return incident;
}

/** Changes what is known (facts, texts, status) and classifies again: the clocks follow the facts. */
export async function updateIncident(
  deps: IncidentDeps,
  id: string,
  changes: Partial<Omit<IncidentInput, 'operator'>> & { readonly status?: 'open' | 'closed' },
  by: string,
  action = 'updated',
): Promise<Incident> {
  const current = await getIncident(deps, id);
  const facts = changes.facts ?? current.facts;
  const incident: Incident = {
    ...current,
    ...changes,
    facts,
    classification: await classify(deps, current.operator, facts),
    updatedAt: deps.clock.now(),
  };
  await deps.store.incidents.update(incident, [incidentEvent(deps, incident, by, action)]);
  return incident;
}

export async function getIncident(deps: Pick<IncidentDeps, 'store'>, id: string): Promise<Incident> {
  const incident = await deps.store.incidents.get(id);
  if (!incident) throw new AppError('NOT_FOUND', `incident ${id} does not exist`);
  return incident;
}

/** Item flags come from the ledger's data items (current version); unknown items count as unflagged. */
export async function classify(deps: IncidentDeps, operator: string, facts: IncidentFacts) {
  const [latest, rules] = await Promise.all([deps.store.ledgerVersions.latest(), breachRulesFor(deps, operator)]);
  const flags = new Map<string, ItemFlags>(
    (latest?.ledger.dataItems ?? []).map((item) => [
      item.id,
      { specialCare: item.flags.specialCare, financial: item.flags.financial, myNumber: item.flags.myNumber },
    ]),
  );
  return classifyIncident(facts, (item) => flags.get(item), rules.rules);
}

/** The evidence entry of a change to an incident: ids, classification and the change's own fields, no values. */
export function incidentEvent(
  deps: Pick<IncidentDeps, 'clock'>,
  incident: Incident,
  by: string,
  action: string,
  extra: Readonly<Record<string, unknown>> = {},
): EvidenceEvent {
  return {
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
  };
}
