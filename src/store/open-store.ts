import { sql } from 'kysely';
import type { Store } from '../app/ports.ts';
import { KyselyApiTokenRepository } from './api-token-repository.ts';
import { KyselyConsentRepository } from './consent-repository.ts';
import { createKysely } from './create-kysely.ts';
import { KyselyDataKeyRepository } from './data-key-repository.ts';
import { KyselyEvidenceStore } from './evidence-repository.ts';
import { EvidenceWriter, type EvidenceWriterOptions } from './evidence-writer.ts';
import { KyselyIncidentRepository } from './incident-repository.ts';
import { KyselyLedgerProposalRepository } from './ledger-proposal-repository.ts';
import { KyselyLedgerVersionRepository } from './ledger-version-repository.ts';
import { KyselyLoginAttemptRepository } from './login-attempt-repository.ts';
import { KyselyManagementRecordRepository } from './management-repository.ts';
import { migrateToLatest } from './migrations/migrate-to-latest.ts';
import { KyselyNoticePublicationRepository } from './notice-publication-repository.ts';
import { openEvidenceChain } from './open-evidence-chain.ts';
import { KyselyPreferenceRepository } from './preference-repository.ts';
import { KyselyProvisionRepository } from './provision-repository.ts';
import { KyselyRequestRepository } from './request-repository.ts';
import { KyselyRetentionRepository } from './retention-repository.ts';
import { KyselySearchJobRepository } from './search-job-repository.ts';
import { KyselySessionRepository } from './session-repository.ts';
import { parseStoreConfig, type StoreConfig } from './store-config.ts';
import { KyselySuspensionRepository } from './suspension-repository.ts';
import { KyselyUserRepository } from './user-repository.ts';
import { KyselyVerificationJobRepository } from './verification-job-repository.ts';
import { KyselyVerificationRunRepository } from './verification-run-repository.ts';

export interface OpenStoreOptions {
  /** The evidence log's checkpoint signing key and policy; without a key, entries chain but nothing is signed. */
  readonly evidence?: Omit<EvidenceWriterOptions, 'kind'>;
}

/** Opens the configured database, brings its schema up to date and returns the Store adapters over it. */
export async function openStore(config: StoreConfig, options: OpenStoreOptions = {}): Promise<Store> {
  const checked = parseStoreConfig(config);
  const db = createKysely(checked);
  try {
    await migrateToLatest(db, checked.kind);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  let closing: Promise<void> | undefined;
  const evidenceWriter = new EvidenceWriter(db, {
    chain: openEvidenceChain(checked),
    ...options.evidence,
    kind: checked.kind,
  });
  return {
    kind: checked.kind,
    ledgerVersions: new KyselyLedgerVersionRepository(db),
    consents: new KyselyConsentRepository(db, checked.kind),
    suspensions: new KyselySuspensionRepository(db, checked.kind),
    provisions: new KyselyProvisionRepository(db),
    ledgerProposals: new KyselyLedgerProposalRepository(db),
    evidence: new KyselyEvidenceStore(db, checked.kind, evidenceWriter),
    users: new KyselyUserRepository(db),
    sessions: new KyselySessionRepository(db),
    apiTokens: new KyselyApiTokenRepository(db),
    loginAttempts: new KyselyLoginAttemptRepository(db),
    dataKeys: new KyselyDataKeyRepository(db),
    requests: new KyselyRequestRepository(db, evidenceWriter),
    incidents: new KyselyIncidentRepository(db, evidenceWriter),
    management: new KyselyManagementRecordRepository(db, evidenceWriter),
    verifications: new KyselyVerificationRunRepository(db),
    verificationJobs: new KyselyVerificationJobRepository(db),
    searchJobs: new KyselySearchJobRepository(db),
    retention: new KyselyRetentionRepository(db, evidenceWriter),
    noticePublications: new KyselyNoticePublicationRepository(db),
    preferences: new KyselyPreferenceRepository(db),
    async ping() {
      await sql`select 1`.execute(db);
    },
    close() {
      // Idempotent: the composition root and tests may both close on shutdown.
      // Queued evidence appends commit first: callers waiting on them are told the truth.
      closing ??= evidenceWriter.close().then(
        () => db.destroy(),
        () => db.destroy(),
      );
      return closing;
    },
  };
}
