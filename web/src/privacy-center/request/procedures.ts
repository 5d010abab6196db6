// What GET /privacy/request-procedures answers: each operator's published request procedure.

export interface Text {
  readonly ja: string;
  readonly en: string;
}

export const REQUEST_TYPES = [
  'disclosure',
  'purpose-notification',
  'provision-records',
  'correction',
  'addition',
  'deletion',
  'suspension-of-use',
  'erasure',
  'suspension-of-provision',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const AGENT_KINDS = ['parental-authority', 'adult-guardian', 'attorney'] as const;
export type AgentKind = (typeof AGENT_KINDS)[number];

export type ReplyMethod = 'electronic' | 'paper';

export interface Procedure {
  readonly types: readonly RequestType[];
  readonly fees: Partial<Record<RequestType, number>>;
  readonly feeIncludesTax: boolean;
  readonly payment: {
    readonly methods: readonly string[];
    readonly deadlineDays: number;
    readonly enclosedWithRequest: boolean;
    readonly unpaid: 'deemed-not-made' | 'refused';
    readonly chargedOnRefusal: boolean;
    readonly requesterBearsCosts: readonly Text[];
  };
  readonly identity: {
    readonly self: readonly Text[];
    readonly agents: Partial<Record<AgentKind, readonly Text[]>>;
    readonly notes: readonly Text[];
  };
  readonly replyMethods: readonly ReplyMethod[];
  readonly replyInstructions: readonly Text[];
  readonly intake: { readonly methods: readonly string[]; readonly instructions: readonly Text[] };
  readonly targetDays: number;
  readonly documentsReturned: boolean;
  readonly refusalGrounds: readonly string[];
  readonly useOfRequestData: readonly Text[];
}

export interface OperatorProcedure {
  readonly id: string;
  readonly name: Text;
  readonly procedure: Procedure;
}

export interface Procedures {
  readonly ledgerVersion: number;
  readonly operators: readonly OperatorProcedure[];
}

/** What the status route answers (nothing personal). */
export interface PublicStatus {
  readonly trackingCode: string;
  readonly type: RequestType;
  readonly status: string;
  readonly receivedAt: string;
  readonly dueAt: string;
  readonly closedAt?: string;
  readonly fee: { readonly amount: number; readonly deadline?: string; readonly paid: boolean };
  readonly next: { readonly code: string; readonly message: string };
}

/** Types where the person chooses how the data is disclosed (RQ-3): an electronic file or paper. */
export const DISCLOSURE_TYPES: readonly RequestType[] = ['disclosure', 'provision-records'];
