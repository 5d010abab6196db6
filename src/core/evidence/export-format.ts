import { z } from 'zod';
import type { Checkpoint } from './checkpoint.ts';
import type { ChainRow } from './evidence-entry.ts';

/**
 * An evidence export is JSON lines: one header (range, public key), the signed checkpoints in the range, then
 * the entries in seq order. The last entry is always sealed by a checkpoint, so the file verifies on its own.
 */
export const EXPORT_FORMAT = 'mamori-evidence-export';

const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters');
const Seq = z.number().int().min(1);

export const ExportHeaderSchema = z.object({
  kind: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  from: Seq,
  to: Seq,
  exportedAt: z.string(),
  keyId: Hash,
  publicKey: z.string().min(1),
});
export type ExportHeader = z.infer<typeof ExportHeaderSchema>;

export const ExportCheckpointSchema = z.object({
  kind: z.literal('checkpoint'),
  seq: Seq,
  hash: Hash,
  at: z.string(),
  keyId: Hash,
  signature: z.string().min(1),
});

export const ExportEntrySchema = z.object({
  kind: z.literal('entry'),
  seq: Seq,
  type: z.string(),
  actor: z.string(),
  subject: z.string().optional(),
  at: z.string(),
  payload: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

export function headerLine(header: ExportHeader): string {
  return JSON.stringify(header);
}

export function checkpointLine(checkpoint: Checkpoint): string {
  return JSON.stringify({ kind: 'checkpoint', ...checkpoint });
}

/** The payload is written as the exact text that was hashed. */
export function entryLine(row: ChainRow): string {
  const subject = row.subject === null ? '' : `,"subject":${JSON.stringify(row.subject)}`;
  return (
    `{"kind":"entry","seq":${row.seq},"type":${JSON.stringify(row.type)},"actor":${JSON.stringify(row.actor)}${subject},` +
    `"at":${JSON.stringify(row.at)},"payload":${row.payloadJson},"prevHash":${JSON.stringify(row.prevHash)},` +
    `"hash":${JSON.stringify(row.hash)}}`
  );
}
