import type { BreachRules } from '../../core/incidents/breach-rules.ts';
import type { Clock, Store } from '../ports.ts';

/**
 * What the incident use cases need. Every change is recorded in the store's evidence log in the same transaction.
 * `rules` is the group default when an operator has configured none (default DEFAULT_BREACH_RULES).
 */
export interface IncidentDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly rules?: BreachRules;
}
