import { AppError } from '../core/app-error.ts';
import type { Checkpoint } from '../core/evidence/checkpoint.ts';
import type { EvidenceKeys } from './evidence-store.ts';
import { type ExportSink, exportEvidence } from './export-evidence.ts';
import type { Clock, Store } from './ports.ts';
import { verifyEvidence } from './verify-evidence.ts';

export interface EvidenceArchiveSummary {
  readonly fromSeq: number;
  readonly throughSeq: number;
  readonly removed: number;
  readonly sealedBy: Checkpoint;
  readonly archivalSeq: number;
  readonly exportSha256: string;
}

/**
 * Retires entries [first stored, through]: verifies them, seals `through` with a checkpoint, exports the range
 * (durably) to `sink`, logs an `archival` entry naming range, checkpoint and file hash, and only then removes the
 * range. Verification afterwards starts from the sealing checkpoint. Needs the operator role on PostgreSQL.
 */
export async function archiveEvidence(
  deps: { readonly store: Pick<Store, 'evidence'>; readonly keys: EvidenceKeys; readonly clock: Clock },
  options: { readonly through: number; readonly actor: string; readonly sink: ExportSink },
): Promise<EvidenceArchiveSummary> {
  const evidence = deps.store.evidence;
  const head = await evidence.head();
  if (!Number.isSafeInteger(options.through) || options.through < 1 || options.through > head.seq) {
    throw new AppError('VALIDATION', `through must be an entry between 1 and ${head.seq}`, {
      issues: [{ path: 'through', message: `must be between 1 and ${head.seq}` }],
    });
  }
  const verification = await verifyEvidence(deps, { to: options.through });
  if (verification.problem !== undefined) {
    throw new AppError('UNPROCESSABLE', `not archived: ${verification.problem.message}`, {
      details: { seq: verification.problem.seq ?? 0, kind: verification.problem.kind },
    });
  }
  if (verification.from > options.through) {
    throw new AppError('CONFLICT', `entries up to ${verification.from - 1} are already archived`);
  }
  const sealedBy = await evidence.seal(options.through);
  const exported = await exportEvidence(deps, { from: verification.from, to: options.through, sink: options.sink });
  if (exported.to !== options.through) throw new AppError('INTERNAL', 'the export did not end at the sealed entry');
  const receipt = await evidence.append({
    type: 'archival',
    actor: options.actor,
    at: deps.clock.now(),
    payload: {
      fromSeq: exported.from,
      throughSeq: exported.to,
      checkpointSeq: sealedBy.seq,
      checkpointHash: sealedBy.hash,
      exportSha256: exported.sha256,
      entries: exported.entries,
    },
  });
  const removed = await evidence.removeArchived({
    fromSeq: exported.from,
    throughSeq: exported.to,
    checkpointHash: sealedBy.hash,
    archivalSeq: receipt.seq,
    exportSha256: exported.sha256,
    archivedAt: deps.clock.now().toISOString(),
  });
  return {
    fromSeq: exported.from,
    throughSeq: exported.to,
    removed,
    sealedBy,
    archivalSeq: receipt.seq,
    exportSha256: exported.sha256,
  };
}
