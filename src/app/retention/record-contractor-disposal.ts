import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import { type CertificateMediaType, matchesMediaType } from '../../core/retention/contractor-document.ts';
import type { DisposalCertificate } from '../../core/retention/disposal-certificate.ts';
import { sealCertificate } from './certify-disposal.ts';
import type { RetentionDeps } from './retention-deps.ts';
import type { RetentionDocument, StoredCertificate } from './retention-ports.ts';

const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export interface ContractorDisposalInput {
  readonly contractor: string;
  readonly rule: string;
  readonly system?: string;
  readonly rows: number;
  /** YYYY-MM-DD as the contractor's certificate states. */
  readonly disposedOn: string;
  readonly method: string;
  /** The contractor's certificate (PDF or image) as uploaded. */
  readonly document: {
    readonly fileName: string;
    readonly mediaType: CertificateMediaType;
    readonly content: Uint8Array;
  };
}

/**
 * Records a disposal a contractor did (MN-3: get a certificate when a contractor deletes): the contractor's own
 * certificate is stored (sealed when field encryption is configured) and Mamori issues its certificate with the
 * document's SHA-256, recorded in the evidence log.
 */
export async function recordContractorDisposal(
  deps: RetentionDeps,
  input: ContractorDisposalInput,
  actor: string,
): Promise<StoredCertificate> {
  const version = await deps.store.ledgerVersions.latest();
  if (version === undefined) throw new AppError('NOT_FOUND', 'no ledger imported yet');
  const { ledger } = version;
  const issues: { path: string; message: string }[] = [];
  if (!ledger.contractors.some((c) => c.id === input.contractor))
    issues.push({ path: 'contractor', message: `the ledger has no contractor ${input.contractor}` });
  if (!ledger.retentionRules.some((r) => r.id === input.rule))
    issues.push({ path: 'rule', message: `the ledger has no retention rule ${input.rule}` });
  if (input.system !== undefined && !ledger.systems.some((s) => s.id === input.system))
    issues.push({ path: 'system', message: `the ledger has no system ${input.system}` });
  if (!Number.isInteger(input.rows) || input.rows < 0)
    issues.push({ path: 'rows', message: 'a count of rows (0 or more)' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.disposedOn) || Number.isNaN(Date.parse(input.disposedOn)))
    issues.push({ path: 'disposedOn', message: 'a date YYYY-MM-DD' });
  if (!matchesMediaType(input.document.mediaType, input.document.content))
    issues.push({ path: 'document.content', message: `not a ${input.document.mediaType} file` });
  if (input.document.content.byteLength > MAX_DOCUMENT_BYTES)
    issues.push({ path: 'document', message: `at most ${MAX_DOCUMENT_BYTES} bytes` });
  if (issues.length > 0) throw new AppError('VALIDATION', "the contractor's disposal record is not valid", { issues });

  const now = deps.clock.now();
  const id = `cert-contractor-${randomUUID()}`;
  const documentId = `doc-${randomUUID()}`;
  const sha256 = createHash('sha256').update(input.document.content).digest('hex');
  const content = deps.sealer
    ? await deps.sealer.seal(input.document.content, {
        table: 'retention_documents',
        column: 'content',
        row: documentId,
      })
    : input.document.content;
  const document: RetentionDocument = {
    id: documentId,
    certificateId: id,
    fileName: input.document.fileName,
    mediaType: input.document.mediaType,
    content,
    encrypted: deps.sealer !== undefined,
    sha256,
    uploadedAt: now,
  };
  const certificate: DisposalCertificate = {
    id,
    kind: 'contractor',
    status: 'recorded',
    asOf: input.disposedOn,
    ledgerVersion: version.number,
    requestedBy: actor,
    executedBy: input.contractor,
    startedAt: now.toISOString(),
    finishedAt: now.toISOString(),
    targets: [],
    holds: [],
    totals: { planned: input.rows, disposed: input.rows, held: 0, remaining: 0 },
    verification: { ok: true, method: 'contractor-certificate', checkedAt: now.toISOString() },
    contractor: {
      contractor: input.contractor,
      ...(input.system ? { system: input.system } : {}),
      rule: input.rule,
      rows: input.rows,
      disposedOn: input.disposedOn,
      method: input.method,
      document: { id: documentId, fileName: input.document.fileName, sha256 },
    },
  };
  const { stored, evidence } = await sealCertificate(deps, certificate, actor);
  await deps.store.retention.addCertificate(stored, document, [evidence]);
  return stored;
}

/** The contractor's certificate file in the clear. */
export async function openContractorDocument(deps: RetentionDeps, documentId: string): Promise<RetentionDocument> {
  const document = await deps.store.retention.document(documentId);
  if (document === undefined) throw new AppError('NOT_FOUND', `document ${documentId} not found`);
  if (!document.encrypted) return document;
  if (deps.sealer === undefined) throw new AppError('INTERNAL', 'a sealed document needs the sealer to open it');
  const content = await deps.sealer.open(document.content, {
    table: 'retention_documents',
    column: 'content',
    row: documentId,
  });
  return { ...document, content };
}
