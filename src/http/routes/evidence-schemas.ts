import { z } from '@hono/zod-openapi';
import { EVIDENCE_TYPES } from '../../core/evidence/evidence-types.ts';

const Hash = z.string().openapi({ example: 'a3f1c9e2b7d04455aa77c2e9f0b1d3a5c7e9f1b3d5a7c9e1f3a5b7c9d1e3f5a7' });
const SeqParam = (name: string, description: string) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .openapi({ param: { name, in: 'query' }, description });

export const EvidenceEntrySchema = z
  .object({
    seq: z.number().int(),
    type: z.string().openapi({ example: 'consent' }),
    actor: z.string(),
    subject: z.string().optional(),
    at: z.string().openapi({ format: 'date-time' }),
    payload: z.record(z.string(), z.unknown()),
    prevHash: Hash,
    hash: Hash,
  })
  .openapi('EvidenceEntry');

export const EvidenceListQuery = z.object({
  type: z.enum(EVIDENCE_TYPES).optional(),
  subject: z.string().min(1).max(200).optional(),
  actor: z.string().min(1).max(200).optional().openapi({ description: 'who acted (user or application id)' }),
  from: z.iso.datetime({ offset: true }).optional().openapi({ description: 'event time, inclusive' }),
  to: z.iso.datetime({ offset: true }).optional().openapi({ description: 'event time, inclusive' }),
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().openapi({
    description: 'seq cursor: entries after this one (use `next` from the previous page)',
  }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const EvidencePageSchema = z
  .object({
    items: z.array(EvidenceEntrySchema),
    next: z.number().int().optional().openapi({ description: 'pass as `after` for the next page; absent on the last' }),
  })
  .openapi('EvidencePage');

export const VerifyQuery = z.object({
  from: SeqParam('from', 'first entry to check (default: the first stored)'),
  to: SeqParam('to', 'last entry to check (default: the newest)'),
});

export const VerificationSchema = z
  .object({
    ok: z.boolean(),
    from: z.number().int(),
    to: z.number().int(),
    entries: z.number().int(),
    anchor: z.enum(['genesis', 'archive-checkpoint', 'previous-entry']),
    checkpoints: z.number().int(),
    sealedThrough: z.number().int(),
    unsealed: z.number().int(),
    problem: z
      .object({
        seq: z.number().int().optional().openapi({ description: 'the first bad entry' }),
        kind: z.string().openapi({ example: 'edited' }),
        message: z.string(),
      })
      .optional(),
  })
  .openapi('EvidenceVerification');

const PublicKeySchema = z.object({ keyId: Hash, publicKey: z.string().openapi({ description: 'SPKI PEM' }) });

export const PublicKeyBodySchema = z
  .object({
    algorithm: z.literal('Ed25519'),
    keyId: Hash.openapi({ description: 'SHA-256 (hex) of the DER (SPKI) public key' }),
    publicKey: z.string().openapi({ description: 'SPKI PEM' }),
    trusted: z.array(PublicKeySchema).openapi({ description: 'every key whose checkpoints verify, current first' }),
  })
  .openapi('EvidencePublicKey');

export const CheckpointSchema = z
  .object({
    seq: z.number().int(),
    hash: Hash,
    at: z.string().openapi({ format: 'date-time' }),
    keyId: Hash,
    signature: z.string().openapi({ description: 'Ed25519, base64' }),
  })
  .openapi('EvidenceCheckpoint');

export const CheckpointQuery = z.object({
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
