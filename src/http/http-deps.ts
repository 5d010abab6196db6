import type { MiddlewareHandler } from 'hono';
import type { EvidenceLog } from '../app/evidence-log.ts';
import type { EvidenceKeys } from '../app/evidence-store.ts';
import type { FieldCipher } from '../app/field-cipher.ts';
import type { Logger } from '../app/logger.ts';
import type { PolicyHolder } from '../app/policy-holder.ts';
import type { Clock, Store } from '../app/ports.ts';
import type { IpAllowList } from '../core/auth/ip-allow-list.ts';
import type { HttpAuthOptions } from './auth/http-auth.ts';
import type { RequestHttpOptions } from './request-deps-for.ts';
import type { RetentionHttpOptions } from './routes/retention-route-deps.ts';

/** What the HTTP layer needs, built by main.ts (the composition root). */
export interface HttpDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly evidence: EvidenceLog;
  /** Public keys that verify the evidence log's checkpoints (the current one is published). */
  readonly evidenceKeys: EvidenceKeys;
  readonly policies: PolicyHolder;
  /** Password hashing and session, throttling and token settings (defaults: http-auth.ts). */
  readonly auth?: HttpAuthOptions;
  /** Second person required for ledger changes over HTTP: 1 (default) makes uploads proposals, 0 stores directly. */
  readonly ledgerApprovals?: 0 | 1;
  /** IP allow-lists per operator, role and group, and the trusted proxies (none: unrestricted). */
  readonly ipAllow?: IpAllowList;
  /** Sets `c.var.principal`; replaces the built-in authentication (tests use a fixed principal). */
  readonly authenticate?: MiddlewareHandler;
  /** Field encryption over the master keys (main.ts); default: a key of this process only (tests). */
  readonly cipher?: FieldCipher;
  /** Requests from individuals: mailer, document sealer, datasets, public URL (request-deps-for.ts). */
  readonly requests?: RequestHttpOptions;
  /** Statistics from the company databases: the smallest cell ever published (default 10). */
  readonly statistics?: { readonly minimumCount?: number };
  /** Retention and disposal: the company databases (default: the requests'), batch size and lease of runs. */
  readonly retention?: RetentionHttpOptions;
}
