import type { EvidenceArchive, EvidenceEntry } from '../app/evidence-store.ts';
import { AppError } from '../core/app-error.ts';
import type { Checkpoint } from '../core/evidence/checkpoint.ts';
import type { ChainRow } from '../core/evidence/evidence-entry.ts';

// Rows are checked by hand rather than with zod: verification reads a million of them and every microsecond shows.
// Column types already guarantee text; what is checked is what a driver or a damaged database could change.

export interface RawEntry {
  seq: number | string;
  type: string;
  actor: string;
  subject: string | null;
  at: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

export function toChainRow(raw: RawEntry): ChainRow {
  return {
    seq: toSeq(raw.seq, 'evidence entry'),
    type: raw.type,
    actor: raw.actor,
    subject: raw.subject,
    at: raw.at,
    payloadJson: raw.payload,
    prevHash: raw.prev_hash,
    hash: raw.hash,
  };
}

/** For readers: the payload parsed, which must be a JSON object. */
export function toEvidenceEntry(raw: RawEntry): EvidenceEntry {
  const row = toChainRow(raw);
  let payload: unknown;
  try {
    payload = JSON.parse(row.payloadJson);
  } catch (error) {
    throw new AppError('INTERNAL', `stored evidence entry ${row.seq} has a payload that is not JSON`, { cause: error });
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new AppError('INTERNAL', `stored evidence entry ${row.seq} has a payload that is not a JSON object`);
  }
  return {
    seq: row.seq,
    type: row.type,
    actor: row.actor,
    ...(row.subject === null ? {} : { subject: row.subject }),
    at: row.at,
    payload: payload as Record<string, unknown>,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

export function toCheckpoint(raw: {
  seq: number | string;
  hash: string;
  at: string;
  key_id: string;
  signature: string;
}): Checkpoint {
  return {
    seq: toSeq(raw.seq, 'evidence checkpoint'),
    hash: raw.hash,
    at: raw.at,
    keyId: raw.key_id,
    signature: raw.signature,
  };
}

export function toArchive(raw: {
  through_seq: number | string;
  from_seq: number | string;
  checkpoint_hash: string;
  archival_seq: number | string;
  export_sha256: string;
  archived_at: string;
}): EvidenceArchive {
  return {
    fromSeq: toSeq(raw.from_seq, 'evidence archive'),
    throughSeq: toSeq(raw.through_seq, 'evidence archive'),
    checkpointHash: raw.checkpoint_hash,
    archivalSeq: toSeq(raw.archival_seq, 'evidence archive'),
    exportSha256: raw.export_sha256,
    archivedAt: raw.archived_at,
  };
}

function toSeq(value: number | string, what: string): number {
  const seq = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new AppError('INTERNAL', `stored ${what} has an invalid seq`);
  return seq;
}
