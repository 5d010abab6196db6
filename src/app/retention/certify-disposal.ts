import { createHash } from 'node:crypto';
import type { Ledger } from '../../core/ledger/ledger.ts';
import {
  type CertifiedTarget,
  certificateEvidence,
  certificateSha256,
  type DisposalCertificate,
} from '../../core/retention/disposal-certificate.ts';
import type { HoldScope } from '../../core/retention/legal-hold.ts';
import type { EvidenceEvent } from '../evidence-log.ts';
import type { CertificateLabels, RetentionDeps } from './retention-deps.ts';
import type { StoredCertificate } from './retention-ports.ts';

/** Largest evidence payload we build (the log refuses 16 KiB); beyond it the per-target list is left out. */
const MAX_PAYLOAD_CHARS = 12_000;

/** The names a certificate prints beside ids, in Japanese (the certificate's language). */
export function certificateLabels(ledger: Ledger | undefined): CertificateLabels {
  return {
    systems: Object.fromEntries((ledger?.systems ?? []).map((s) => [s.id, s.name.ja])),
    rules: Object.fromEntries((ledger?.retentionRules ?? []).map((r) => [r.id, r.name?.ja ?? r.id])),
    contractors: Object.fromEntries((ledger?.contractors ?? []).map((c) => [c.id, c.name.ja])),
  };
}

/** Renders the PDF and assembles what is stored and what the evidence log records, for one certificate. */
export async function sealCertificate(
  deps: RetentionDeps,
  certificate: DisposalCertificate,
  actor: string,
): Promise<{ stored: StoredCertificate; evidence: EvidenceEvent }> {
  const version = await deps.store.ledgerVersions.get(certificate.ledgerVersion);
  const bodySha256 = certificateSha256(certificate);
  const pdf = await deps.renderCertificate({
    certificate,
    certificateSha256: bodySha256,
    labels: certificateLabels(version?.ledger),
  });
  const pdfSha256 = createHash('sha256').update(pdf).digest('hex');
  let payload = certificateEvidence(certificate, pdfSha256);
  if (JSON.stringify(payload).length > MAX_PAYLOAD_CHARS) {
    const { targets: _omitted, ...rest } = payload;
    payload = { ...rest, targetsOmitted: certificate.targets.length };
  }
  const issuedAt = new Date(certificate.finishedAt);
  return {
    stored: {
      id: certificate.id,
      kind: certificate.kind,
      ...(certificate.jobId ? { jobId: certificate.jobId } : {}),
      issuedAt,
      body: certificate,
      bodySha256,
      pdf,
      pdfSha256,
    },
    evidence: { type: 'disposal', actor, subject: certificate.id, at: issuedAt, payload },
  };
}

/** Totals over the targets a run executes (a contractor's rows are certified by the contractor). */
export function certificateTotals(targets: readonly CertifiedTarget[]): DisposalCertificate['totals'] {
  const own = targets.filter((t) => t.action !== 'contractor');
  const sum = (pick: (t: CertifiedTarget) => number) => own.reduce((n, t) => n + pick(t), 0);
  return {
    planned: sum((t) => t.planned),
    disposed: sum((t) => t.disposed),
    held: sum((t) => t.held),
    remaining: sum((t) => (t.status === 'done' ? t.remaining : 0)),
  };
}

export type CertifiedHold = { readonly id: string; readonly scope: HoldScope; readonly rows: number };
