import type { BreachRules } from '../../core/incidents/breach-rules.ts';
import type { EvidenceLog } from '../evidence-log.ts';
import type { Clock, Store } from '../ports.ts';

/** What the incident use cases need; `rules` defaults to DEFAULT_BREACH_RULES (BR-6/BR-7 periods, thresholds). */
export interface IncidentDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly evidence: EvidenceLog;
  readonly rules?: BreachRules;
}
