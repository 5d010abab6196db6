// The ledger as the API returns it (GET /api/v1/ledger): the parts the console shows and edits. The server's
// schema (src/core/ledger) is the authority; fields the console does not know are kept as they are on save.

export interface Text {
  readonly ja: string;
  readonly en: string;
}

interface Element {
  readonly id: string;
  readonly [field: string]: unknown;
}

export interface Operator extends Element {
  readonly name: Text;
  readonly groupRole?: string;
  readonly businessLines?: readonly string[];
  readonly parent?: string;
}

export interface SubjectCategory extends Element {
  readonly name: Text;
  readonly description?: Text;
  readonly operators?: readonly string[];
  readonly role?: 'controller' | 'processor';
  readonly includesMinors?: boolean;
}

export interface ItemFlags {
  readonly specialCare: boolean;
  readonly myNumber: boolean;
  readonly financial: boolean;
  readonly identifying: boolean;
  readonly personallyReferable: boolean;
}

export interface DataItem extends Element {
  readonly name: Text;
  readonly description?: Text;
  readonly categories: readonly string[];
  readonly flags: ItemFlags;
  readonly sensitiveKinds: readonly string[];
  readonly acquisition: readonly {
    readonly method: string;
    readonly source?: Text;
    readonly categories?: readonly string[];
  }[];
}

export interface Purpose extends Element {
  readonly text: Text;
  readonly categories: readonly string[];
  readonly items: readonly string[];
  readonly operators?: readonly string[];
  readonly tags: readonly string[];
  readonly consent: 'not-required' | 'opt-in' | 'opt-out';
  readonly specialCareBasis?: { readonly kind: string; readonly law?: Text };
  readonly addedAfterCollection: boolean;
  readonly publishedNote?: Text;
  readonly note?: Text;
}

export interface LedgerStore {
  readonly id: string;
  readonly name?: Text;
  readonly countries?: readonly string[];
  readonly region?: string;
  readonly encryptionAtRest?: boolean;
  readonly items: readonly string[];
  readonly locationNotGuaranteed?: boolean;
}

export interface LedgerSystem extends Element {
  readonly name: Text;
  readonly provider?: Text;
  readonly operators?: readonly string[];
  readonly stores: readonly LedgerStore[];
  readonly contractor?: string;
}

export interface RetentionRule extends Element {
  readonly name?: Text;
  readonly items: readonly string[];
  readonly categories?: readonly string[];
  readonly systems?: readonly string[];
  readonly trigger: string;
  readonly period?: { readonly years?: number; readonly months?: number; readonly days?: number };
  readonly statutory?: string;
  readonly periodDescription?: Text;
  readonly disposal?: string;
}

export interface Recipient extends Element {
  readonly name: Text;
  readonly operators?: readonly string[];
  readonly country?: string;
  readonly categories: readonly string[];
  readonly items: readonly string[];
  readonly purposes?: readonly string[];
  readonly basis?: string;
  readonly status?: string;
}

export interface Contractor extends Element {
  readonly name: Text;
  readonly operators?: readonly string[];
  readonly country?: string;
  readonly scope: Text;
  readonly categories?: readonly string[];
  readonly items: readonly string[];
  readonly purposes?: readonly string[];
  readonly systems?: readonly string[];
  readonly supervision?: { readonly nextReviewBy?: string; readonly lastReviewOn?: string };
}

export interface Ledger {
  readonly ledger: { readonly id: string; readonly name: Text };
  readonly operators: readonly Operator[];
  readonly subjectCategories: readonly SubjectCategory[];
  readonly dataItems: readonly DataItem[];
  readonly purposes: readonly Purpose[];
  readonly systems: readonly LedgerSystem[];
  readonly retentionRules: readonly RetentionRule[];
  readonly recipients: readonly Recipient[];
  readonly contractors: readonly Contractor[];
  readonly [section: string]: unknown;
}

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
] as const;

export const CONSENT_MODES = ['not-required', 'opt-in', 'opt-out'] as const;

export const SPECIAL_CARE_BASES = [
  'consent',
  'law',
  'life-body-property',
  'public-health',
  'government-cooperation',
  'self-published',
  'academic-research',
  'visible-facts',
] as const;

export const ITEM_FLAGS = ['specialCare', 'myNumber', 'financial', 'identifying', 'personallyReferable'] as const;

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
] as const;
