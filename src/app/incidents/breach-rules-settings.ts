import { AppError } from '../../core/app-error.ts';
import { type BreachRules, BreachRulesSchema, DEFAULT_BREACH_RULES } from '../../core/incidents/breach-rules.ts';
import type { IncidentDeps } from './incident-deps.ts';
import { classify, incidentEvent } from './record-incident.ts';

/** An operator's breach rules and where they come from (its own setting, or the group default). */
export interface OperatorBreachRules {
  readonly operator: string;
  readonly rules: BreachRules;
  readonly source: 'operator' | 'default';
  readonly updatedBy?: string;
  readonly updatedAt?: string;
}

const KIND = 'breach-rules' as const;

/** The rules an operator's incidents are classified under. */
export async function breachRulesFor(
  deps: Pick<IncidentDeps, 'store' | 'rules'>,
  operator: string,
): Promise<OperatorBreachRules> {
  const record = await deps.store.management.get(KIND, operator);
  if (record === undefined) return { operator, rules: deps.rules ?? DEFAULT_BREACH_RULES, source: 'default' };
  const { rules, updatedBy, updatedAt } = record.body as { rules?: unknown; updatedBy?: string; updatedAt?: string };
  const parsed = BreachRulesSchema.safeParse(rules);
  if (!parsed.success) throw new AppError('INTERNAL', `stored breach rules of ${operator} are damaged`);
  return {
    operator,
    rules: parsed.data,
    source: 'operator',
    ...(updatedBy ? { updatedBy } : {}),
    ...(updatedAt ? { updatedAt } : {}),
  };
}

/**
 * Sets an operator's thresholds and periods (fields not given keep their current value) and classifies its open
 * incidents again, so their clocks follow the new rules. The setting and each re-classification are evidence.
 */
export async function setBreachRules(
  deps: IncidentDeps,
  operator: string,
  changes: Partial<BreachRules>,
  by: string,
): Promise<OperatorBreachRules & { readonly reclassified: number }> {
  const ledger = (await deps.store.ledgerVersions.latest())?.ledger;
  if (!ledger?.operators.some((o) => o.id === operator)) {
    throw new AppError('NOT_FOUND', `operator "${operator}" not found`);
  }
  const current = await deps.store.management.get(KIND, operator);
  const base = (await breachRulesFor(deps, operator)).rules;
  const parsed = BreachRulesSchema.safeParse({ ...base, ...changes });
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'invalid breach rules', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const now = deps.clock.now();
  const body = { operator, rules: parsed.data, updatedBy: by, updatedAt: now.toISOString() };
  const event = {
    type: 'management' as const,
    actor: by,
    at: now,
    payload: { action: 'breach-rules-set', kind: KIND, operator, rules: parsed.data },
  };
  if (current === undefined) {
    await deps.store.management.insert([{ id: operator, kind: KIND, operator, recordedAt: now, body }], [event]);
  } else if (!(await deps.store.management.update(KIND, operator, current.body, body, [event]))) {
    throw new AppError('CONFLICT', `the breach rules of ${operator} changed concurrently; try again`);
  }
  let reclassified = 0;
  for (const incident of await deps.store.incidents.list({ operators: [operator], status: 'open' })) {
    const classification = await classify(deps, operator, incident.facts);
    const updated = { ...incident, classification, updatedAt: deps.clock.now() };
    await deps.store.incidents.update(updated, [incidentEvent(deps, updated, by, 'reclassified')]);
    reclassified++;
  }
  return { operator, rules: parsed.data, source: 'operator', updatedBy: by, updatedAt: body.updatedAt, reclassified };
}
