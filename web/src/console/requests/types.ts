// The request API's shapes as the console reads them (src/http/routes/request-schemas.ts).

export const STATUSES = [
  'received',
  'identity-check',
  'fee',
  'search',
  'review',
  'approval',
  'approved',
  'executing',
  'executed',
  'response-sent',
  'closed',
  'refused',
  'closed-not-made',
] as const;
export type Status = (typeof STATUSES)[number];

export const TYPES = [
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
export type RequestType = (typeof TYPES)[number];

/** Types carried out in the company's databases or the decision engine before they are answered. */
export const EXECUTED_TYPES: readonly RequestType[] = [
  'correction',
  'addition',
  'deletion',
  'erasure',
  'suspension-of-use',
  'suspension-of-provision',
];
export const FINAL: readonly Status[] = ['closed', 'refused', 'closed-not-made'];

export interface Fee {
  readonly amount: number;
  readonly deadline?: string;
  readonly paid: boolean;
}

export interface StaffRequest {
  readonly id: string;
  readonly trackingCode: string;
  readonly operator: string;
  readonly type: RequestType;
  readonly channel: string;
  readonly status: Status;
  readonly deadline: 'overdue' | 'due-soon' | 'on-track';
  readonly requester: {
    readonly kind?: 'self' | 'agent';
    readonly agentKind?: string;
    readonly identity?: Record<string, string>;
    readonly contact?: { readonly email?: string; readonly postalAddress?: string };
    readonly subjectId?: string;
  };
  readonly replyMethod: 'electronic' | 'paper';
  readonly details: { readonly note?: string; readonly ground?: string; readonly items?: readonly string[] };
  readonly receivedAt: string;
  readonly dueAt: string;
  readonly fee: Fee;
  readonly duplicateOf?: string;
  readonly identityVerifiedBy?: string;
  readonly reviewedBy?: string;
  readonly approvedBy?: string;
  readonly refusal?: { readonly ground: string; readonly reason: string };
  readonly execution?: {
    readonly startedBy: string;
    readonly startedAt: string;
    readonly finishedAt?: string;
    readonly summary?: Record<string, unknown>;
  };
  readonly routedToCustomer?: readonly string[];
  readonly closedAt?: string;
  readonly version: number;
}

export interface TimelineEvent {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly from?: Status;
  readonly to: Status;
  readonly note?: Record<string, unknown>;
}

export interface DocumentInfo {
  readonly id: string;
  readonly kind: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly uploadedAt: string;
}

export interface Delivery {
  readonly id: string;
  readonly kind: 'download' | 'paper';
  readonly maxDownloads: number;
  readonly downloads: number;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly expiresAt?: string;
  readonly revokedAt?: string;
  readonly dispatch?: { readonly method: string; readonly reference?: string; readonly at?: string };
}

export interface RequestDetail {
  readonly request: StaffRequest;
  readonly timeline: readonly TimelineEvent[];
  readonly documents: readonly DocumentInfo[];
  readonly deliveries: readonly Delivery[];
}

export interface RequestPage {
  readonly items: readonly StaffRequest[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface SearchJob {
  readonly requestId: string;
  readonly state: 'running' | 'done' | 'failed';
  readonly startedAt: string;
  readonly startedBy: string;
  readonly finishedAt?: string;
  readonly systems: readonly {
    readonly system: string;
    readonly state: 'waiting' | 'searching' | 'done';
    readonly rows?: number;
  }[];
  readonly result?: { readonly tables: number; readonly rows: number; readonly routedToCustomer: number };
  readonly error?: { readonly code: string; readonly message: string };
}

export interface Text {
  readonly ja: string;
  readonly en: string;
}

export type Cell = string | number | boolean | null;

/** What the search found (package.json) or the reply as prepared (reply.json). */
export interface ResponsePackage {
  readonly generatedAt: string;
  readonly systems: readonly {
    readonly system: string;
    readonly name: Text;
    readonly tables: readonly {
      readonly table: string;
      readonly rowCount: number;
      readonly items: readonly {
        readonly item: string;
        readonly name: Text;
        readonly columns: readonly string[];
        readonly rows: readonly { readonly key: string; readonly values: Readonly<Record<string, Cell>> }[];
      }[];
    }[];
  }[];
  readonly subjectCategories?: readonly { readonly id: string; readonly name: Text }[];
  readonly routedToCustomer: readonly { readonly category: string; readonly name: Text }[];
  readonly provisionRecords: readonly {
    readonly recipient: string;
    readonly items: readonly string[];
    readonly firstProvidedAt: string;
    readonly lastProvidedAt: string;
  }[];
  readonly purposes?: readonly { readonly id: string; readonly text: Text }[];
  readonly execution?: Execution;
}

/** What carrying a request out did (ids, item names, counts and rule names; never the person's values). */
export interface Execution {
  readonly kind: 'erasure' | 'correction' | 'suspension';
  readonly systems?: number;
  readonly rowsDeleted?: number;
  readonly rowsUpdated?: number;
  readonly items?: readonly string[];
  readonly kept?: readonly {
    readonly table: string;
    readonly items: readonly string[];
    readonly rule: string;
    readonly until: string | null;
  }[];
  readonly suspension?: { readonly kind: string; readonly purpose?: string; readonly recipient?: string };
  readonly finishedAt?: string;
}

/** The operators' procedures (public), for names, payment methods and refusal grounds. */
export interface OperatorProcedure {
  readonly id: string;
  readonly name: Text;
  readonly procedure: {
    readonly payment: { readonly methods: readonly string[] };
    readonly refusalGrounds: readonly string[];
    readonly identity: { readonly self: readonly Text[]; readonly agents: Partial<Record<string, readonly Text[]>> };
  };
}
