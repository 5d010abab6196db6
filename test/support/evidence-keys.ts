import { generateKeyPairSync } from 'node:crypto';
import type { EvidenceKeys } from '../../src/app/evidence-store.ts';
import { type EvidenceSigningKey, publicKeyOf } from '../../src/core/evidence/checkpoint.ts';

/** A throwaway checkpoint key per test process: signed like production, never written anywhere. */
const { privateKey } = generateKeyPairSync('ed25519');
export const TEST_SIGNING_KEY: EvidenceSigningKey = { privateKey, publicKey: publicKeyOf(privateKey) };
export const TEST_EVIDENCE_KEYS: EvidenceKeys = {
  current: TEST_SIGNING_KEY.publicKey,
  trusted: [TEST_SIGNING_KEY.publicKey],
};
