import { randomUUID } from 'node:crypto';
import type { EvidenceKeys } from './evidence-store.ts';
import type { Clock, Store } from './ports.ts';
import { type EvidenceVerification, type VerifyEvidenceDeps, verifyEvidence } from './verify-evidence.ts';

/** One run of the evidence verification, as the dashboard shows the last one. */
export interface VerificationRun {
  readonly id: string;
  readonly at: Date;
  /** Who ran it: a user id, `cli`, or `scheduler`. */
  readonly actor: string;
  readonly ok: boolean;
  readonly from: number;
  readonly to: number;
  readonly entries: number;
  readonly checkpoints: number;
  readonly problem?: { readonly seq?: number; readonly kind: string; readonly message: string };
}

/** Results of evidence verification runs, newest last. */
export interface VerificationRunRepository {
  record(run: VerificationRun): Promise<void>;
  latest(): Promise<VerificationRun | undefined>;
}

/** Verifies the evidence log (verifyEvidence) and records the outcome, whatever it is. */
export async function verifyAndRecordEvidence(
  deps: {
    readonly store: Store;
    readonly keys: EvidenceKeys;
    readonly clock: Clock;
    readonly onProgress?: VerifyEvidenceDeps['onProgress'];
  },
  range: { readonly from?: number | undefined; readonly to?: number | undefined },
  actor: string,
): Promise<EvidenceVerification> {
  const { onProgress } = deps;
  const result = await verifyEvidence(
    { store: deps.store, keys: deps.keys, ...(onProgress ? { onProgress } : {}) },
    range,
  );
  await deps.store.verifications.record({
    id: randomUUID(),
    at: deps.clock.now(),
    actor,
    ok: result.ok,
    from: result.from,
    to: result.to,
    entries: result.entries,
    checkpoints: result.checkpoints,
    ...(result.problem === undefined ? {} : { problem: result.problem }),
  });
  return result;
}
