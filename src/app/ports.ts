import type { Ledger } from '../core/ledger/ledger.ts';
import type {
  ApiTokenRepository,
  LoginAttemptRepository,
  SessionRepository,
  UserRepository,
} from './auth/auth-ports.ts';
import type { ConsentRepository, ProvisionRepository, SuspensionRepository } from './consent-ports.ts';
import type { DataKeyRepository } from './data-key-ports.ts';
import type { EvidenceStore } from './evidence-store.ts';
import type { IncidentRepository } from './incidents/incident-ports.ts';
import type { LedgerProposalRepository } from './ledger-proposal-ports.ts';
import type { ManagementRecordRepository } from './management-ports.ts';
import type { NoticePublicationRepository, PreferenceRepository } from './privacy-center-ports.ts';
import type { RequestRepository } from './requests/request-ports.ts';
import type { RetentionRepository } from './retention/retention-ports.ts';
import type { SearchJobRepository } from './search-job-ports.ts';
import type { VerificationJobRepository } from './verification-job-ports.ts';
import type { VerificationRunRepository } from './verification-runs.ts';

/** A stored version of the ledger: who imported it, when, why, and exactly what. */
export interface LedgerVersion {
  readonly number: number;
  readonly ledgerId: string;
  readonly contentHash: string;
  readonly author: string;
  readonly comment: string;
  readonly createdAt: Date;
  /** The YAML as imported (one document, folder files joined), kept so exports round-trip. */
  readonly source: string;
  readonly ledger: Ledger;
}

export type LedgerVersionSummary = Omit<LedgerVersion, 'source' | 'ledger'>;

export interface NewLedgerVersion {
  readonly ledgerId: string;
  readonly contentHash: string;
  readonly author: string;
  readonly comment: string;
  readonly source: string;
  readonly ledger: Ledger;
  readonly createdAt: Date;
}

/** Append-only history of ledger versions; numbers start at 1 and never repeat, even with several API nodes. */
export interface LedgerVersionRepository {
  append(version: NewLedgerVersion): Promise<LedgerVersion>;
  latest(): Promise<LedgerVersion | undefined>;
  /** The newest version's number, cheap enough to ask on every decision batch. */
  latestNumber(): Promise<number | undefined>;
  get(number: number): Promise<LedgerVersion | undefined>;
  /** Newest first. */
  list(page: { readonly limit: number; readonly offset: number }): Promise<readonly LedgerVersionSummary[]>;
  count(): Promise<number>;
}

/** The database behind Mamori: embedded SQLite or a shared PostgreSQL server. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly ledgerVersions: LedgerVersionRepository;
  readonly consents: ConsentRepository;
  readonly suspensions: SuspensionRepository;
  readonly provisions: ProvisionRepository;
  /** Ledger changes waiting for a second person's approval. */
  readonly ledgerProposals: LedgerProposalRepository;
  /** The tamper-evident evidence log (hash chain, signed checkpoints, archival). */
  readonly evidence: EvidenceStore;
  /** Accounts, console sessions, API tokens and the login attempts behind throttling (issue 4). */
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly apiTokens: ApiTokenRepository;
  readonly loginAttempts: LoginAttemptRepository;
  /** Wrapped data-encryption keys for field encryption (the master keys live outside the database). */
  readonly dataKeys: DataKeyRepository;
  /** Requests from individuals (issue 5): the requests, their audit trail, documents and deliveries. */
  readonly requests: RequestRepository;
  /** Incidents and breach reports (issue 7): incidents, report versions, corrective actions, notices. */
  readonly incidents: IncidentRepository;
  /** Complaints desk, contractor reviews, internal audits and training (issue 7, management system). */
  readonly management: ManagementRecordRepository;
  /** Results of evidence verification runs (the dashboard shows the last one). */
  readonly verifications: VerificationRunRepository;
  /** Evidence verifications running in the background (the console's verify button; issue 6). */
  readonly verificationJobs: VerificationJobRepository;
  /** Background searches of the company's databases for requests, with progress and a lease (any node). */
  readonly searchJobs: SearchJobRepository;
  /** Legal holds, disposal jobs and disposal certificates (issue 7, retention and disposal). */
  readonly retention: RetentionRepository;
  /** Publications of the privacy notice and the privacy center's preference links (issue 6). */
  readonly noticePublications: NoticePublicationRepository;
  readonly preferences: PreferenceRepository;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Time, injected so deadlines and records are testable. */
export interface Clock {
  now(): Date;
}
