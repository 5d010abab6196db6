import { AppError } from '../core/app-error.ts';
import { type ChainAnchor, type ChainProblem, ChainVerifier } from '../core/evidence/chain-verifier.ts';
import { verifyCheckpoint } from '../core/evidence/checkpoint.ts';
import { GENESIS_HASH } from '../core/evidence/evidence-entry.ts';
import type { EvidenceKeys } from './evidence-store.ts';
import type { Store } from './ports.ts';

/** What went wrong, at which entry; also archive and file problems beyond the chain itself. */
export interface EvidenceProblem {
  readonly seq?: number;
  readonly kind: ChainProblem['kind'] | 'archive-mismatch' | 'unsealed' | 'bad-file' | 'untrusted-key';
  readonly message: string;
}

export interface EvidenceVerification {
  readonly ok: boolean;
  readonly from: number;
  readonly to: number;
  /** Entries whose hash and link were checked before the first problem (all of them when ok). */
  readonly entries: number;
  /** What the first entry was checked against. */
  readonly anchor: 'genesis' | 'archive-checkpoint' | 'previous-entry';
  readonly checkpoints: number;
  /** The newest valid checkpoint covering the range; entries after it are chained but not yet signed. */
  readonly sealedThrough: number;
  readonly unsealed: number;
  readonly problem?: EvidenceProblem;
}

export interface VerifyEvidenceDeps {
  readonly store: Pick<Store, 'evidence'>;
  readonly keys: EvidenceKeys;
  /** Called after each chunk of rows (the verification job records progress; throwing stops the run). */
  readonly onProgress?: (progress: { readonly checked: number; readonly seq: number }) => void | Promise<void>;
}

/**
 * Checks the chain and its checkpoints over [from, to] (default: everything still stored) and names the first bad
 * entry. After an archival, verification starts from the signed checkpoint that seals the archived range.
 */
export async function verifyEvidence(
  deps: VerifyEvidenceDeps,
  range: { readonly from?: number | undefined; readonly to?: number | undefined } = {},
): Promise<EvidenceVerification> {
  const evidence = deps.store.evidence;
  checkSeqs(range);
  const archive = await evidence.latestArchive();
  const first = archive === undefined ? 1 : archive.throughSeq + 1;
  const from = range.from ?? first;
  // Checkpoints before the head: a checkpoint only ever seals an existing entry, so none read here lies beyond
  // the head read next unless entries were deleted. With no explicit end, those beyond the last row reveal a
  // deleted tail.
  const checkpoints = await evidence.checkpoints({ from, to: range.to ?? Number.MAX_SAFE_INTEGER });
  const head = await evidence.head();
  const to = range.to ?? head.seq;
  checkRange(from, to, first, head.seq, range.from !== undefined);
  const problems: EvidenceProblem[] = [];

  let anchor: ChainAnchor;
  let anchorKind: EvidenceVerification['anchor'];
  if (from > first) {
    const [previous] = await evidence.list({ afterSeq: from - 2, limit: 1 });
    if (previous?.seq !== from - 1) throw new AppError('NOT_FOUND', `evidence entry ${from - 1} is missing`);
    anchor = { seq: from - 1, hash: previous.hash };
    anchorKind = 'previous-entry';
  } else if (archive === undefined) {
    anchor = { seq: 0, hash: GENESIS_HASH };
    anchorKind = 'genesis';
  } else {
    anchor = { seq: archive.throughSeq, hash: archive.checkpointHash };
    anchorKind = 'archive-checkpoint';
    problems.push(...(await checkArchive(deps, archive)));
  }

  const sealed = new Map<number, string>();
  for (const checkpoint of checkpoints) {
    const check = verifyCheckpoint(checkpoint, deps.keys.trusted);
    if (check.ok) sealed.set(checkpoint.seq, checkpoint.hash);
    else
      problems.push({
        seq: checkpoint.seq,
        kind: 'forged-checkpoint',
        message: `checkpoint at ${checkpoint.seq}: ${check.reason}`,
      });
  }

  const verifier = new ChainVerifier(anchor, sealed);
  if (to >= from) {
    chunks: for await (const rows of evidence.rows({ from, to })) {
      for (const row of rows) if (!verifier.push(row)) break chunks;
      await deps.onProgress?.({ checked: verifier.checked, seq: verifier.lastSeq });
    }
  }
  const chainProblem = verifier.finish();
  if (chainProblem !== undefined) problems.push(chainProblem);

  const problem = problems.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))[0];
  const sealedThrough = Math.max(
    anchorKind === 'archive-checkpoint' ? anchor.seq : 0,
    ...[...sealed.keys()].filter((seq) => seq <= verifier.lastSeq),
  );
  return {
    ok: problem === undefined,
    from,
    to,
    entries: verifier.checked,
    anchor: anchorKind,
    checkpoints: sealed.size,
    sealedThrough,
    unsealed: Math.max(0, verifier.lastSeq - Math.max(sealedThrough, anchor.seq)),
    ...(problem === undefined ? {} : { problem }),
  };
}

/** Range bounds are seqs: non-negative integers (zod checks them at the HTTP and CLI edges as well). */
export function checkSeqs(range: { readonly from?: number | undefined; readonly to?: number | undefined }): void {
  for (const [name, value] of Object.entries(range)) {
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
      throw new AppError('VALIDATION', `${name} must be a non-negative integer`, {
        issues: [{ path: name, message: 'must be a non-negative integer' }],
      });
    }
  }
}

function checkRange(from: number, to: number, first: number, head: number, explicitFrom: boolean): void {
  if (explicitFrom && from < first) {
    throw new AppError('VALIDATION', `entries before ${first} are archived: verify their export file instead`, {
      issues: [{ path: 'from', message: `must be at least ${first}` }],
    });
  }
  if (to > head) {
    throw new AppError('VALIDATION', `the log ends at entry ${head}`, {
      issues: [{ path: 'to', message: `must be at most ${head}` }],
    });
  }
}

/** The sealing checkpoint must be genuine, and the archival must itself be logged in the chain. */
async function checkArchive(
  deps: VerifyEvidenceDeps,
  archive: { readonly throughSeq: number; readonly checkpointHash: string; readonly archivalSeq: number },
): Promise<EvidenceProblem[]> {
  const problems: EvidenceProblem[] = [];
  const [checkpoint] = await deps.store.evidence.checkpoints({ from: archive.throughSeq, to: archive.throughSeq });
  const check = checkpoint === undefined ? undefined : verifyCheckpoint(checkpoint, deps.keys.trusted);
  if (checkpoint === undefined || !check?.ok || checkpoint.hash !== archive.checkpointHash) {
    problems.push({
      seq: archive.throughSeq,
      kind: 'archive-mismatch',
      message: `the checkpoint sealing the archive through ${archive.throughSeq} is missing, forged or different`,
    });
  }
  const [entry] = await deps.store.evidence.list({ afterSeq: archive.archivalSeq - 1, limit: 1 });
  const payload = entry?.payload;
  if (
    entry?.seq !== archive.archivalSeq ||
    entry.type !== 'archival' ||
    payload?.throughSeq !== archive.throughSeq ||
    payload.checkpointHash !== archive.checkpointHash
  ) {
    problems.push({
      seq: archive.archivalSeq,
      kind: 'archive-mismatch',
      message: `no archival entry at ${archive.archivalSeq} records the archive through ${archive.throughSeq}`,
    });
  }
  return problems;
}
