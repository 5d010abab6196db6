/** `GET /api/v1/subjects/{id}/consent-state` and `/provisions`, `GET /api/v1/evidence` (decisions). */
export interface Consent {
  readonly id: string;
  readonly subjectId: string;
  readonly status: 'given' | 'withdrawn' | 'refused';
  readonly scope: {
    readonly purpose?: string;
    readonly recipient?: string;
    readonly country?: string;
    readonly items?: readonly string[];
  };
  readonly method: 'web' | 'paper' | 'email' | 'verbal' | 'api' | 'privacy-center';
  readonly informationVersion?: string;
  readonly recordedBy: string;
  readonly at: string;
}

export interface Suspension {
  readonly id: string;
  readonly kind: 'use' | 'provision';
  readonly purpose?: string;
  readonly recipient?: string;
  readonly requestId?: string;
  readonly since: string;
  readonly liftedAt?: string;
}

export interface ConsentState {
  readonly consents: readonly Consent[];
  readonly suspensions: readonly Suspension[];
}

export interface ProvisionRecord {
  readonly id: string;
  readonly operator: string;
  readonly recipient: string;
  readonly items: readonly string[];
  readonly basis: 'consent' | 'opt-out';
  readonly bulk: boolean;
  readonly firstProvidedAt: string;
  readonly lastProvidedAt: string;
  readonly count: number;
  readonly retainUntil: string;
}

export interface ReceiptRecord {
  readonly id: string;
  readonly operator: string;
  readonly provider: { readonly name: string };
  readonly items: readonly string[];
  readonly receivedAt: string;
  readonly retainUntil: string;
}

export interface Records {
  readonly provisions: readonly ProvisionRecord[];
  readonly receipts: readonly ReceiptRecord[];
}

export interface EvidencePage {
  readonly items: readonly {
    readonly seq: number;
    readonly at: string;
    readonly payload: {
      readonly action?: string;
      readonly purpose?: string;
      readonly recipient?: string;
      readonly allowed?: boolean;
      readonly reasons?: readonly string[];
    };
  }[];
}

/** Names of ledger elements by id, in both languages (from `GET /api/v1/ledger`). */
export interface LedgerNames {
  readonly ledger: {
    readonly purposes: readonly { readonly id: string; readonly text: { readonly ja: string; readonly en: string } }[];
    readonly recipients: readonly {
      readonly id: string;
      readonly name: { readonly ja: string; readonly en: string };
    }[];
    readonly contractors: readonly {
      readonly id: string;
      readonly name: { readonly ja: string; readonly en: string };
    }[];
    readonly dataItems: readonly { readonly id: string; readonly name: { readonly ja: string; readonly en: string } }[];
  };
}
