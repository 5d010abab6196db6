import type { ProvisionException } from '../ledger/recipient.ts';
import type { ReasonCode } from './reason-codes.ts';

/** `re-identify`: linking de-identified data back to the person; always refused (PS-1, AN-1). */
export const ACTIONS = ['use', 'acquire', 'provide', 'transfer', 'joint-use', 'entrust', 're-identify'] as const;
export type Action = (typeof ACTIONS)[number];

/** "May this actor do this with these items of this person for this purpose (to this recipient)?" */
export interface DecisionRequest {
  readonly action: Action;
  readonly actor: { readonly kind: 'user' | 'application'; readonly id: string; readonly roles: readonly string[] };
  readonly operator: string;
  readonly subject: { readonly id: string; readonly category: string };
  readonly items: readonly string[];
  readonly purpose: string;
  /** Recipient id (provide, transfer), contractor id (entrust) or joint-use id (joint-use). */
  readonly recipient?: string;
  /** Country of the recipient for a transfer; defaults to the recipient's declared country. */
  readonly country?: string;
  /** Invoking an Art. 27(1) exception explicitly, with its justification. */
  readonly exception?: { readonly ground: ProvisionException; readonly justification: string };
  /** For acquire: the data comes from a third party (RC-4 receipt check), or links referable information. */
  readonly source?: { readonly kind: 'person' | 'third-party'; readonly provider?: string };
  readonly linksReferableInformation?: boolean;
  /** The request concerns this de-identified dataset of the ledger (PS-1/AN-1 rules apply to it). */
  readonly deidentifiedData?: string;
}

/** The ledger element a reason is about. */
export interface ElementRef {
  readonly kind:
    | 'purpose'
    | 'category'
    | 'item'
    | 'role'
    | 'operator'
    | 'recipient'
    | 'contractor'
    | 'joint-use'
    | 'consent'
    | 'suspension'
    | 'country'
    | 'deidentified';
  readonly id: string;
}

export interface Reason {
  readonly code: ReasonCode;
  readonly effect: 'deny' | 'allow';
  readonly message: string;
  readonly element?: ElementRef;
}

export type Obligation =
  | {
      readonly kind: 'record-provision';
      readonly recipient: string;
      readonly items: readonly string[];
      readonly bulk: boolean;
      readonly basis: string;
    }
  | { readonly kind: 'record-exception'; readonly ground: ProvisionException; readonly justification: string }
  | { readonly kind: 'record-receipt-check'; readonly provider: string; readonly items: readonly string[] }
  | { readonly kind: 'mask-items'; readonly items: readonly string[] }
  | {
      readonly kind: 'show-information';
      readonly scope: { readonly purpose?: string; readonly recipient?: string; readonly country?: string };
      readonly informationVersion?: string;
    };

export interface Decision {
  readonly allowed: boolean;
  readonly reasons: readonly Reason[];
  readonly obligations: readonly Obligation[];
  readonly ledgerVersion: number;
}
