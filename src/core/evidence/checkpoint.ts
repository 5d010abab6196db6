import { createHash, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from '../canonical-json.ts';

/**
 * A signed statement "the log's entry `seq` has hash `hash`", made at `at` with the key `keyId`. Since every
 * entry's hash covers its predecessor's, it seals every entry up to `seq`.
 */
export interface Checkpoint {
  readonly seq: number;
  readonly hash: string;
  readonly at: string;
  /** SHA-256 (hex) of the signing public key in DER (SPKI) form. */
  readonly keyId: string;
  /** Ed25519 signature (base64) over checkpointMessage(...). */
  readonly signature: string;
}

/** The private half signs checkpoints; only the public half is ever published or stored. */
export interface EvidenceSigningKey {
  readonly privateKey: KeyObject;
  readonly publicKey: EvidencePublicKey;
}

export interface EvidencePublicKey {
  readonly keyId: string;
  /** SPKI PEM, as published at GET /api/v1/evidence/public-key. */
  readonly pem: string;
}

const CHECKPOINT_KIND = 'mamori-evidence-checkpoint';

/** The exact bytes signed: canonical JSON with a kind field, so no other signed Mamori text can pass for one. */
export function checkpointMessage(checkpoint: Omit<Checkpoint, 'signature'>): Buffer {
  return Buffer.from(
    canonicalJson({
      at: checkpoint.at,
      hash: checkpoint.hash,
      keyId: checkpoint.keyId,
      kind: CHECKPOINT_KIND,
      seq: checkpoint.seq,
      v: 1,
    }),
  );
}

export function signCheckpoint(
  key: EvidenceSigningKey,
  content: { readonly seq: number; readonly hash: string; readonly at: string },
): Checkpoint {
  const unsigned = { seq: content.seq, hash: content.hash, at: content.at, keyId: key.publicKey.keyId };
  return { ...unsigned, signature: sign(null, checkpointMessage(unsigned), key.privateKey).toString('base64') };
}

export type CheckpointCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Verifies a checkpoint against trusted public keys, chosen by key id; an unknown key id fails. */
export function verifyCheckpoint(checkpoint: Checkpoint, trusted: readonly EvidencePublicKey[]): CheckpointCheck {
  const key = trusted.find((candidate) => candidate.keyId === checkpoint.keyId);
  if (key === undefined)
    return { ok: false, reason: `signed by key ${checkpoint.keyId.slice(0, 16)}…, not a trusted key` };
  const { signature, ...unsigned } = checkpoint;
  let valid = false;
  try {
    valid = verify(null, checkpointMessage(unsigned), createPublicKey(key.pem), Buffer.from(signature, 'base64'));
  } catch {
    valid = false;
  }
  return valid ? { ok: true } : { ok: false, reason: 'the signature does not verify (forged or altered checkpoint)' };
}

/** The public half of a key, with its id (sha256 of the DER public key). */
export function publicKeyOf(key: KeyObject): EvidencePublicKey {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    keyId: createHash('sha256').update(der).digest('hex'),
    pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Parses a published PEM and computes its id; the id is never taken on trust from a file. */
export function parsePublicKey(pem: string): EvidencePublicKey {
  return publicKeyOf(createPublicKey(pem));
}
