import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.ts';
import type { DisposalCertificate } from './disposal-certificate-body.ts';

export type { CertifiedTarget, ContractorDisposal, DisposalCertificate } from './disposal-certificate-body.ts';

/** SHA-256 (hex) of the certificate's canonical JSON: the evidence entry carries it, the PDF prints it. */
export function certificateSha256(certificate: DisposalCertificate): string {
  return createHash('sha256').update(canonicalJson(certificate)).digest('hex');
}

/** Extends a key digest with one batch's keys (the chain starts from 64 zeros). */
export function chainKeys(previous: string, batchSha256: string): string {
  return createHash('sha256').update(`${previous}${batchSha256}`).digest('hex');
}

export function keysSha256(keys: readonly unknown[]): string {
  return createHash('sha256').update(canonicalJson(keys)).digest('hex');
}

export const EMPTY_DIGEST = '0'.repeat(64);

/** The evidence entry's payload: ids, counts and digests, never personal data. */
export function certificateEvidence(certificate: DisposalCertificate, pdfSha256: string): Record<string, unknown> {
  return {
    event: 'disposal-certificate',
    certificate: certificate.id,
    kind: certificate.kind,
    ...(certificate.jobId ? { job: certificate.jobId } : {}),
    status: certificate.status,
    asOf: certificate.asOf,
    totals: certificate.totals,
    verified: certificate.verification.ok,
    targets: certificate.targets.map((t) => ({
      target: t.target,
      rule: t.rule,
      action: t.action,
      disposed: t.disposed,
      remaining: t.remaining,
    })),
    ...(certificate.contractor
      ? {
          contractor: certificate.contractor.contractor,
          rule: certificate.contractor.rule,
          rows: certificate.contractor.rows,
          documentSha256: certificate.contractor.document.sha256,
        }
      : {}),
    certificateSha256: certificateSha256(certificate),
    pdfSha256,
  };
}
