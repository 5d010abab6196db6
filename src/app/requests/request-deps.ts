import type { DatasetBinding } from '../dataset-binding.ts';
import type { DecisionDeps } from '../decision-deps.ts';

/** Seals documents at rest (field encryption), bound to the document's id; without one, stored as uploaded. */
export interface DocumentSealer {
  seal(plain: Uint8Array, documentId: string): Promise<Uint8Array>;
  open(sealed: Uint8Array, documentId: string): Promise<Uint8Array>;
}

/** Sends mail (SMTP in production); only what the person needs: never their data, only the link. */
export interface Mailer {
  send(message: { readonly to: string; readonly subject: string; readonly text: string }): Promise<void>;
}

/**
 * What the request use cases need besides the decision dependencies. A step's own `request` evidence entry goes
 * through the store (`store.requests.update`, same transaction as the step); `evidence` is for what is not a
 * step of the request (downloads, revocations, suspensions, disposals).
 */
export interface RequestDeps extends DecisionDeps {
  /** Cryptographically random bytes (tracking codes, download tokens). */
  readonly randomBytes: (size: number) => Uint8Array;
  /** Keyed or plain SHA-256 (hex) for duplicate keys and token hashes. */
  readonly hash: (text: string) => string;
  /** The company's databases with a configured connector (none: the search finds nothing there). */
  readonly datasets?: readonly DatasetBinding[];
  readonly sealer?: DocumentSealer;
  readonly mailer?: Mailer;
  /**
   * Processor categories whose customer authorised answers for every request (a standing clause of the contract);
   * per-request authorisations are recorded on the request (record-customer-authorisation.ts).
   */
  readonly authorisedCategories?: ReadonlySet<string>;
  /** Days within which the same request again is a duplicate (default 30). */
  readonly duplicateWindowDays?: number;
}
