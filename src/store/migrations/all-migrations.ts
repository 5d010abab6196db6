import type { Migration } from 'kysely';
import type { StoreKind } from '../database.ts';
import { ledgerVersionsMigration } from './001-ledger-versions.ts';
import { evidenceMigration } from './002-evidence.ts';
import { consentsAndProvisionsMigration } from './003-consents-and-provisions.ts';
import { ledgerProposalsMigration } from './004-ledger-proposals.ts';
import { authMigration } from './005-auth.ts';
import { dataKeysMigration } from './006-data-keys.ts';
import { requestsMigration } from './007-requests.ts';
import { incidentsMigration } from './008-incidents.ts';
import { managementRecordsMigration } from './010-management-records.ts';
import { retentionMigration } from './012-retention.ts';
import { managementSystemMigration } from './013-management-system.ts';
import { verificationJobsMigration } from './014-verification-jobs.ts';
import { privacyCenterMigration } from './015-privacy-center.ts';
import { searchJobsMigration } from './016-search-jobs.ts';
import { suspensionPerRequestMigration } from './017-suspension-per-request.ts';

/** Every migration, in order, listed in code so bundles and tests need no migrations folder on disk. */
export function allMigrations(kind: StoreKind): Record<string, Migration> {
  return {
    '001-ledger-versions': ledgerVersionsMigration(kind),
    '002-evidence': evidenceMigration(kind),
    '003-consents-and-provisions': consentsAndProvisionsMigration(kind),
    '004-ledger-proposals': ledgerProposalsMigration(kind),
    '005-auth': authMigration(kind),
    '006-data-keys': dataKeysMigration(kind),
    '007-requests': requestsMigration(kind),
    '008-incidents': incidentsMigration(kind),
    '010-management-records': managementRecordsMigration(kind),
    '012-retention': retentionMigration(kind),
    '013-management-system': managementSystemMigration(kind),
    '014-verification-jobs': verificationJobsMigration(kind),
    '015-privacy-center': privacyCenterMigration(kind),
    '016-search-jobs': searchJobsMigration(kind),
    '017-suspension-per-request': suspensionPerRequestMigration(kind),
  };
}
