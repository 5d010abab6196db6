// The ledger as the API returns it (GET /api/v1/ledger): the parts the console shows and edits. The server's
// schema (src/core/ledger) is the authority; fields the console does not know are kept as they are on save.

import type { Contractor as CoreContractor } from '../../../../src/core/ledger/contractor.ts';
import type { DataItem as CoreDataItem, SensitiveKind } from '../../../../src/core/ledger/data-item.ts';
import type { Ledger as CoreLedger } from '../../../../src/core/ledger/ledger.ts';
import type { LocalizedText } from '../../../../src/core/ledger/localized-text.ts';
import type { Operator as CoreOperator } from '../../../../src/core/ledger/operator.ts';
import type { Purpose as CorePurpose, PurposeTag } from '../../../../src/core/ledger/purpose.ts';
import type { Recipient as CoreRecipient } from '../../../../src/core/ledger/recipient.ts';
import type { RetentionRule as CoreRetentionRule } from '../../../../src/core/ledger/retention-rule.ts';
import type { SubjectCategory as CoreSubjectCategory } from '../../../../src/core/ledger/subject-category.ts';
import type { Store, System } from '../../../../src/core/ledger/system.ts';

// The ledger's shapes are the core's own (type-only imports: nothing of the server is bundled), so the console
// cannot drift from the schema that validates what it saves.
export type Text = LocalizedText;
export type Operator = CoreOperator;
export type SubjectCategory = CoreSubjectCategory;
export type ItemFlags = CoreDataItem['flags'];
export type DataItem = CoreDataItem;
export type Purpose = CorePurpose;
export type LedgerStore = Store;
export type LedgerSystem = System;
export type RetentionRule = CoreRetentionRule;
export type Recipient = CoreRecipient;
export type Contractor = CoreContractor;
export type Ledger = CoreLedger;

export interface VersionSummary {
  readonly number: number;
  readonly ledgerId: string;
  readonly contentHash: string;
  readonly author: string;
  readonly comment: string;
  readonly createdAt: string;
}

export interface LedgerVersion extends VersionSummary {
  readonly ledger: Ledger;
}

export interface ProposalSummary {
  readonly id: string;
  readonly status: 'pending' | 'approved' | 'rejected';
  readonly comment: string;
  readonly proposedBy: string;
  readonly proposedAt: string;
  readonly baseVersion?: number;
  readonly decidedBy?: string;
  readonly decidedAt?: string;
  readonly decisionComment?: string;
  readonly version?: number;
}

export interface Change {
  readonly kind: string;
  readonly section: string;
  readonly id: string;
  readonly severity: 'expands-use' | 'restricts-use' | 'neutral';
  readonly sentence: string;
}

export interface Proposal extends ProposalSummary {
  readonly changes: readonly Change[];
}

/** One problem the validator found: `path` like `purposes[3].items[2]`, a stable code. */
export interface LedgerIssue {
  readonly path: string;
  readonly message: string;
  readonly code?: string;
}

/** Values the schema allows (src/core/ledger); the console offers them as choices. */
export const PURPOSE_TAGS = [
  'contract',
  'service',
  'support',
  'communication',
  'marketing',
  'advertising',
  'analytics',
  'statistics',
  'product-development',
  'recruitment',
  'employment',
  'payroll',
  'social-security',
  'tax',
  'disaster',
  'health',
  'security',
  'legal-obligation',
  'shareholders',
  'event',
  'survey',
  'research',
  'entrusted-processing',
  'anonymisation',
  'requests',
] as const satisfies readonly PurposeTag[];

export const CONSENT_MODES = ['not-required', 'opt-in', 'opt-out'] as const satisfies readonly Purpose['consent'][];

export const SPECIAL_CARE_BASES = [
  'consent',
  'law',
  'life-body-property',
  'public-health',
  'government-cooperation',
  'self-published',
  'academic-research',
  'visible-facts',
] as const satisfies readonly NonNullable<Purpose['specialCareBasis']>['kind'][];

export const ITEM_FLAGS = [
  'specialCare',
  'myNumber',
  'financial',
  'identifying',
  'personallyReferable',
] as const satisfies readonly (keyof ItemFlags)[];

export const SENSITIVE_KINDS = [
  'race',
  'ethnicity',
  'creed',
  'social-status',
  'family-lineage',
  'registered-domicile',
  'birthplace',
  'medical-history',
  'criminal-record',
  'crime-victim',
  'disability',
  'health-check',
  'health-guidance',
  'criminal-procedure',
  'juvenile-procedure',
  'sex-life',
  'sexual-orientation',
  'union-membership',
] as const satisfies readonly SensitiveKind[];

// Every value the schema allows is offered: a value added to the core's enum and missing here fails to compile.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const complete = <T extends true>(_: T) => undefined;
complete<Missing<PurposeTag, (typeof PURPOSE_TAGS)[number]>>(true);
complete<Missing<Purpose['consent'], (typeof CONSENT_MODES)[number]>>(true);
complete<Missing<NonNullable<Purpose['specialCareBasis']>['kind'], (typeof SPECIAL_CARE_BASES)[number]>>(true);
complete<Missing<keyof ItemFlags, (typeof ITEM_FLAGS)[number]>>(true);
complete<Missing<SensitiveKind, (typeof SENSITIVE_KINDS)[number]>>(true);
