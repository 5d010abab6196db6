import type { PrivacyRequest, RequestEvent, RequestStatus } from '../../core/requests/privacy-request.ts';
import type { Page } from '../consent-ports.ts';
import type { EvidenceEvent } from '../evidence-log.ts';

export interface RequestFilter {
  readonly operators?: readonly string[];
  readonly status?: readonly RequestStatus[];
  readonly type?: string;
  /** Only requests due before this instant (the overdue view passes now with the open statuses). */
  readonly dueBefore?: Date;
}

/** A stored upload (identity document) or response file; `content` is ciphertext when `encrypted`. */
export interface RequestDocument {
  readonly id: string;
  readonly requestId: string;
  readonly kind: 'identity' | 'agent-authority' | 'response';
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Uint8Array;
  readonly encrypted: boolean;
  readonly uploadedAt: Date;
}

/** An electronic delivery: a download link (only its hash is stored) for one person, or a paper dispatch. */
export interface Delivery {
  readonly id: string;
  readonly requestId: string;
  readonly kind: 'download' | 'paper';
  readonly tokenHash?: string;
  /** Hash of the secret only the requester holds (their tracking code); a download must present it. */
  readonly allowedPersonHash?: string;
  readonly expiresAt?: Date;
  readonly maxDownloads: number;
  readonly downloads: number;
  readonly revokedAt?: Date;
  readonly createdAt: Date;
  readonly createdBy: string;
  /** Paper: how and when it was posted, and the postal reference. */
  readonly dispatch?: { readonly method: string; readonly reference?: string; readonly at: Date };
}

export interface DownloadEvent {
  readonly deliveryId: string;
  readonly at: Date;
  readonly outcome: 'downloaded' | 'expired' | 'revoked' | 'exhausted' | 'wrong-person';
  readonly address?: string;
}

/**
 * What commits together with a request change, in the same transaction: its evidence entries (appended to the
 * chain), and the documents or the delivery the step produced. Either all of it lands or none of it does.
 */
export interface RequestWrites {
  readonly evidence?: readonly EvidenceEvent[];
  readonly documents?: readonly RequestDocument[];
  readonly delivery?: Delivery;
}

/** Requests from individuals, their audit trail, documents and deliveries. */
export interface RequestRepository {
  /** Stores a new request with its first event (and its uploads and evidence, atomically). */
  create(request: PrivacyRequest, event: RequestEvent, writes?: RequestWrites): Promise<void>;
  get(id: string): Promise<PrivacyRequest | undefined>;
  byTrackingCode(code: string): Promise<PrivacyRequest | undefined>;
  /** Newest first among requests with this duplicate key received since `since`. */
  findByDuplicateKey(key: string, since: Date): Promise<readonly PrivacyRequest[]>;
  /**
   * Writes the changed request, its event and `writes` in one transaction, only if the stored version is still
   * `expectedVersion`; false (and nothing written) when someone else changed it first.
   */
  update(
    request: PrivacyRequest,
    expectedVersion: number,
    event: RequestEvent,
    writes?: RequestWrites,
  ): Promise<boolean>;
  /** Oldest due first, then id: a stable order for lists and the overdue view. */
  list(filter: RequestFilter, page: Page): Promise<{ items: readonly PrivacyRequest[]; total: number }>;
  events(requestId: string): Promise<readonly RequestEvent[]>;
  addDocument(document: RequestDocument): Promise<void>;
  documents(requestId: string): Promise<readonly RequestDocument[]>;
  /** Deletes every document of the request (retention over); returns how many went. */
  purgeDocuments(requestId: string): Promise<number>;
  addDelivery(delivery: Delivery): Promise<void>;
  deliveryByTokenHash(tokenHash: string): Promise<Delivery | undefined>;
  deliveries(requestId: string): Promise<readonly Delivery[]>;
  /** Counts a download only while under the limit (one statement, so two clicks cannot both pass). */
  countDownload(deliveryId: string): Promise<boolean>;
  revokeDelivery(deliveryId: string, at: Date): Promise<boolean>;
  addDownloadEvent(event: DownloadEvent): Promise<void>;
  downloadEvents(requestId: string): Promise<readonly DownloadEvent[]>;
}
