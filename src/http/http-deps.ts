import type { EvidenceLog } from '../app/evidence-log.ts';
import type { Logger } from '../app/logger.ts';
import type { PolicyHolder } from '../app/policy-holder.ts';
import type { Clock, Store } from '../app/ports.ts';

/** What the HTTP layer needs, built by main.ts (the composition root). */
export interface HttpDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly evidence: EvidenceLog;
  readonly policies: PolicyHolder;
  /** SHA-256 (hex) of the bootstrap administrator token that may change the ledger over HTTP. */
  readonly adminTokenHash: string;
}
