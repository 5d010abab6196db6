import type { Context } from 'hono';
import type { DatasetBinding } from '../../app/dataset-binding.ts';
import { FieldCipher } from '../../app/field-cipher.ts';
import { processKeyring } from '../../app/master-keyring.ts';
import type { RetentionDeps } from '../../app/retention/retention-deps.ts';
import type { DisposalJob } from '../../app/retention/retention-ports.ts';
import { cipherRetentionSealer } from '../../app/retention/retention-sealer.ts';
import type { RunJobOptions } from '../../app/retention/run-disposal-job.ts';
import { AppError } from '../../core/app-error.ts';
import type { Ledger } from '../../core/ledger/ledger.ts';
import type { LegalHold } from '../../core/retention/legal-hold.ts';
import { renderDisposalCertificatePdf } from '../../notice/render-disposal-certificate.ts';
import type { HttpDeps } from '../http-deps.ts';
import { principalOf } from '../request-context.ts';

/** Retention's adapters for the HTTP layer (main.ts passes the company databases). */
export interface RetentionHttpOptions {
  /** Default: the request workflow's datasets. */
  readonly datasets?: readonly DatasetBinding[];
  /** Batch size and lease of runs started over HTTP. */
  readonly run?: RunJobOptions;
}

/** The retention use cases' dependencies from the HTTP layer's. */
export function retentionDepsFor(deps: HttpDeps, options: RetentionHttpOptions = {}): RetentionDeps {
  const cipher =
    deps.cipher ?? new FieldCipher({ dataKeys: deps.store.dataKeys, masters: processKeyring(), clock: deps.clock });
  return {
    store: deps.store,
    clock: deps.clock,
    datasets: options.datasets ?? deps.requests?.datasets ?? [],
    renderCertificate: renderDisposalCertificatePdf,
    sealer: cipherRetentionSealer(cipher),
    logger: deps.logger,
  };
}

/**
 * The ledger systems the caller may plan, run and read disposals for: every system for a group-wide caller; for a
 * caller scoped to operators, the systems whose operators are all theirs (a group-wide system may hold anyone's).
 */
export async function visibleSystems(
  c: Context,
  deps: RetentionDeps,
): Promise<{ ledger: Ledger; ids: string[]; all: boolean }> {
  const version = await deps.store.ledgerVersions.latest();
  if (version === undefined) throw new AppError('NOT_FOUND', 'no ledger imported yet');
  const principal = principalOf(c);
  const mine = principal.kind === 'anonymous' ? [] : principal.operators;
  const ids = version.ledger.systems
    .filter((s) => mine === 'all' || s.operators?.every((o) => mine.includes(o)) === true)
    .map((s) => s.id);
  return { ledger: version.ledger, ids, all: mine === 'all' };
}

/** Every system of the job is visible to the caller (else the job does not exist for it: 404). */
export async function assertJobVisible(c: Context, deps: RetentionDeps, job: DisposalJob | undefined, id: string) {
  const { ids } = await visibleSystems(c, deps);
  if (job === undefined || !job.systems.every((s) => ids.includes(s))) {
    throw new AppError('NOT_FOUND', `disposal job ${id} not found`);
  }
  return job;
}

/** Whether a hold concerns only what the caller may see. */
export function holdVisible(c: Context, hold: LegalHold, systems: readonly string[]): boolean {
  const principal = principalOf(c);
  if (principal.kind === 'anonymous') return false;
  if (principal.operators === 'all') return true;
  const mine = principal.operators;
  switch (hold.scope.kind) {
    case 'system':
      return systems.includes(hold.scope.system);
    case 'operator':
      return mine.includes(hold.scope.operator);
    case 'person':
      return hold.scope.operator !== undefined && mine.includes(hold.scope.operator);
  }
}
