import type { DisposalCertificate } from '../../core/retention/disposal-certificate.ts';
import type { DatasetBinding } from '../dataset-binding.ts';
import type { Logger } from '../logger.ts';
import type { Clock, Store } from '../ports.ts';

/** Where a sealed value lives; sealing binds it there, so it does not open anywhere else. */
export interface SealedPlace {
  readonly table: 'retention_holds' | 'retention_documents';
  readonly column: string;
  readonly row: string;
}

/** Seals a person hold's identity and contractors' documents at rest (field encryption). */
export interface RetentionSealer {
  seal(plain: Uint8Array, place: SealedPlace): Promise<Uint8Array>;
  open(sealed: Uint8Array, place: SealedPlace): Promise<Uint8Array>;
}

/** Names the certificate prints next to ids, from the ledger version the run used. */
export interface CertificateLabels {
  readonly systems: Readonly<Record<string, string>>;
  readonly rules: Readonly<Record<string, string>>;
  readonly contractors: Readonly<Record<string, string>>;
}

/** Renders a disposal certificate as PDF (src/notice/render-disposal-certificate.ts). */
export type CertificateRenderer = (input: {
  readonly certificate: DisposalCertificate;
  readonly certificateSha256: string;
  readonly labels: CertificateLabels;
}) => Promise<Uint8Array>;

/** What the retention use cases need. */
export interface RetentionDeps {
  readonly store: Store;
  readonly clock: Clock;
  /** The company databases with a connection and annotations (none: nothing to dispose but contractors' records). */
  readonly datasets: readonly DatasetBinding[];
  readonly renderCertificate: CertificateRenderer;
  /** Required for person holds (their identity is personal data) and stores contractors' documents sealed. */
  readonly sealer?: RetentionSealer;
  readonly logger?: Logger;
}
