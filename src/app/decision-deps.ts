import type { EvidenceLog } from './evidence-log.ts';
import type { PolicyHolder } from './policy-holder.ts';
import type { Clock, Store } from './ports.ts';

/** What decision, consent and provision use cases need. */
export interface DecisionDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly evidence: EvidenceLog;
  readonly policies: PolicyHolder;
}
