import { createHash } from 'node:crypto';
import { AppError } from '../core/app-error.ts';
import { ChainVerifier } from '../core/evidence/chain-verifier.ts';
import { type Checkpoint, verifyCheckpoint } from '../core/evidence/checkpoint.ts';
import { GENESIS_HASH } from '../core/evidence/evidence-entry.ts';
import { checkpointLine, EXPORT_FORMAT, entryLine, headerLine } from '../core/evidence/export-format.ts';
import type { EvidenceKeys } from './evidence-store.ts';
import type { Clock, Store } from './ports.ts';
import { checkSeqs } from './verify-evidence.ts';

/** Where export lines go; `close` returns once they are durable (the file is fsynced). */
export interface ExportSink {
  write(line: string): void | Promise<void>;
  close(): Promise<void>;
}

export interface EvidenceExportSummary {
  readonly from: number;
  /** The last exported entry: the requested end, or later, up to the checkpoint that seals it. */
  readonly to: number;
  readonly entries: number;
  readonly checkpoints: number;
  readonly keyId: string;
  readonly sealedBy: Checkpoint;
  /** SHA-256 (hex) of the file as written. */
  readonly sha256: string;
}

/**
 * Writes entries [from, to] as JSON lines with the checkpoints that seal them and the public key, so anyone can
 * verify the file offline (`mamori evidence verify-export`). The range is extended to its sealing checkpoint;
 * the head is sealed first when nothing seals it yet. A broken chain is refused, not exported.
 */
export async function exportEvidence(
  deps: { readonly store: Pick<Store, 'evidence'>; readonly keys: EvidenceKeys; readonly clock: Clock },
  options: { readonly from?: number | undefined; readonly to?: number | undefined; readonly sink: ExportSink },
): Promise<EvidenceExportSummary> {
  checkSeqs({ from: options.from, to: options.to });
  const evidence = deps.store.evidence;
  const [head, archive] = await Promise.all([evidence.head(), evidence.latestArchive()]);
  const first = archive === undefined ? 1 : archive.throughSeq + 1;
  const from = options.from ?? first;
  const to = options.to ?? head.seq;
  if (head.seq < first) throw new AppError('NOT_FOUND', 'there are no evidence entries to export');
  if (from < first) throw new AppError('VALIDATION', `entries before ${first} are archived and not in the database`);
  if (to < from || to > head.seq) throw new AppError('VALIDATION', `to must be between ${from} and ${head.seq}`);

  const sealedBy =
    (await evidence.checkpoints({ from: to, to: Number.MAX_SAFE_INTEGER, limit: 1 }))[0] ?? (await evidence.seal());
  const key = deps.keys.trusted.find((candidate) => candidate.keyId === sealedBy.keyId);
  if (key === undefined) throw new AppError('UNPROCESSABLE', `checkpoint ${sealedBy.seq} is signed by an unknown key`);
  const end = sealedBy.seq;
  // Checkpoints by other (retired) keys stay out: the file names one key.
  const checkpoints = (await evidence.checkpoints({ from, to: end })).filter((c) => c.keyId === key.keyId);
  for (const checkpoint of checkpoints) {
    const check = verifyCheckpoint(checkpoint, [key]);
    if (!check.ok) throw new AppError('UNPROCESSABLE', `checkpoint at ${checkpoint.seq}: ${check.reason}`);
  }

  const digest = createHash('sha256');
  const write = async (line: string) => {
    digest.update(`${line}\n`);
    await options.sink.write(line);
  };
  const exportedAt = deps.clock.now().toISOString();
  await write(
    headerLine({ kind: EXPORT_FORMAT, version: 1, from, to: end, exportedAt, keyId: key.keyId, publicKey: key.pem }),
  );
  for (const checkpoint of checkpoints) await write(checkpointLine(checkpoint));
  const sealed = new Map(checkpoints.map((c) => [c.seq, c.hash]));
  let verifier: ChainVerifier | undefined;
  const rows = async function* () {
    for await (const chunk of evidence.rows({ from, to: end })) yield* chunk;
  };
  for await (const row of rows()) {
    // From the start of what is stored, the anchor is known; from further on, the previous entry's hash.
    const anchorHash = from !== first ? row.prevHash : (archive?.checkpointHash ?? GENESIS_HASH);
    verifier ??= new ChainVerifier({ seq: from - 1, hash: anchorHash }, sealed);
    if (!verifier.push(row)) break;
    await write(entryLine(row));
  }
  const problem = verifier === undefined ? { seq: from, message: `entry ${from} is missing` } : verifier.finish();
  if (problem !== undefined || verifier?.lastSeq !== end) {
    throw new AppError('UNPROCESSABLE', `not exported: ${problem?.message ?? 'the range is incomplete'}`, {
      details: { seq: problem?.seq ?? end },
    });
  }
  await options.sink.close();
  return {
    from,
    to: end,
    entries: verifier.checked,
    checkpoints: checkpoints.length,
    keyId: key.keyId,
    sealedBy,
    sha256: digest.digest('hex'),
  };
}
