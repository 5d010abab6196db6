import type { Ledger } from '../ledger/ledger.ts';
import type { LocalizedText } from '../ledger/localized-text.ts';
import type { Purpose } from '../ledger/purpose.ts';
import type { ProvisionBasis } from '../ledger/recipient.ts';
import type { RequestType } from '../ledger/request-procedure.ts';
import type { Period, RetentionTrigger } from '../ledger/retention-rule.ts';
import type { SubjectCategory } from '../ledger/subject-category.ts';
import type { ItemFlag } from '../ledger-export/labels.ts';

/**
 * What a change means for the people whose data it is: `expands-use` may need fresh consent or a new
 * notice (a purpose added, a country added); `restricts-use` narrows handling; `neutral` is housekeeping.
 */
export type Severity = 'expands-use' | 'restricts-use' | 'neutral';

/** An element named in a change: its id and the label a reader knows it by. */
export interface Ref {
  readonly id: string;
  readonly label: LocalizedText;
}

type None = Record<never, never>;
type Refs = { readonly refs: readonly Ref[] };
type FromTo<T> = { readonly from: T; readonly to: T };
/** The catch-all: a field (dotted path below the element) whose value changed. */
export type FieldChange = { readonly field: string; readonly from: unknown; readonly to: unknown };
type Countries = { readonly countries: readonly string[] };
type Strings = { readonly added: readonly string[]; readonly removed: readonly string[] };

/** Each kind of change and what it carries besides kind, section, id, label and severity. */
export interface ChangePayloads {
  'ledger-changed': FieldChange;
  'operator-added': None;
  'operator-removed': None;
  'operator-changed': FieldChange;
  'category-added': None;
  'category-removed': None;
  'category-role-changed': FromTo<SubjectCategory['role']>;
  'category-changed': FieldChange;
  'item-added': Refs;
  'item-removed': None;
  'item-flag-changed': { readonly flag: ItemFlag; readonly to: boolean };
  'item-categories-added': Refs;
  'item-categories-removed': Refs;
  'item-sensitive-kinds-changed': Strings;
  'item-changed': FieldChange;
  'purpose-added': Refs & { readonly text: LocalizedText };
  'purpose-removed': None;
  'purpose-text-changed': FromTo<LocalizedText>;
  'purpose-items-added': Refs;
  'purpose-items-removed': Refs;
  'purpose-categories-added': Refs;
  'purpose-categories-removed': Refs;
  'purpose-consent-changed': FromTo<Purpose['consent']>;
  'purpose-tags-changed': Strings;
  'purpose-changed': FieldChange;
  'system-added': None;
  'system-removed': None;
  'system-changed': FieldChange;
  'store-added': Countries & { readonly system: Ref };
  'store-removed': { readonly system: Ref };
  'store-country-added': Countries;
  'store-country-removed': Countries;
  'store-items-added': Refs;
  'store-items-removed': Refs;
  'store-encryption-changed': { readonly to: boolean };
  'store-changed': FieldChange;
  'retention-rule-added': None;
  'retention-rule-removed': None;
  'retention-shortened': FromTo<Period>;
  'retention-lengthened': FromTo<Period>;
  'retention-trigger-changed': FromTo<RetentionTrigger>;
  'retention-rule-changed': FieldChange;
  'recipient-added': { readonly country: string };
  'recipient-removed': None;
  'recipient-basis-changed': FromTo<ProvisionBasis | undefined>;
  'recipient-items-added': Refs;
  'recipient-items-removed': Refs;
  'recipient-categories-added': Refs;
  'recipient-categories-removed': Refs;
  'recipient-country-changed': FromTo<string>;
  'recipient-suspended': None;
  'recipient-reactivated': None;
  'recipient-changed': FieldChange;
  'joint-use-added': None;
  'joint-use-removed': None;
  'joint-use-changed': FieldChange;
  'contractor-added': { readonly country: string };
  'contractor-removed': None;
  'contractor-suspended': { readonly to: 'suspended' | 'terminated' };
  'contractor-reinstated': None;
  'contractor-items-added': Refs;
  'contractor-items-removed': Refs;
  'contractor-country-changed': FromTo<string>;
  'contractor-changed': FieldChange;
  'external-transmission-added': None;
  'external-transmission-removed': None;
  'external-transmission-changed': FieldChange;
  'role-added': None;
  'role-removed': None;
  'role-purposes-changed': { readonly added: readonly Ref[]; readonly removed: readonly Ref[] };
  'role-changed': FieldChange;
  'request-procedure-added': None;
  'request-procedure-removed': None;
  'fee-changed': {
    readonly requestType: RequestType;
    readonly from: number | undefined;
    readonly to: number | undefined;
  };
  'request-procedure-changed': FieldChange;
  'security-measures-added': None;
  'security-measures-removed': None;
  'security-measures-changed': FieldChange;
  'deidentified-data-added': None;
  'deidentified-data-removed': None;
  'deidentified-data-changed': FieldChange;
  'country-added': None;
  'country-removed': None;
  'country-changed': FieldChange;
  'third-party-provision-changed': FieldChange;
  'notice-changed': FieldChange;
}

export type LedgerChangeKind = keyof ChangePayloads;

/** The ledger section a change sits in (stores sit in `systems`). */
export type LedgerSection = keyof Ledger;

interface ChangeHead<K extends LedgerChangeKind> {
  readonly kind: K;
  readonly section: LedgerSection;
  /** The changed element's id (for sections without ids: a key built from the operators they cover). */
  readonly id: string;
  readonly label: LocalizedText;
  readonly severity: Severity;
}

/** One change between two ledger versions, tagged by `kind`. */
export type LedgerChange = { [K in LedgerChangeKind]: ChangeHead<K> & Readonly<ChangePayloads[K]> }[LedgerChangeKind];

export type ChangeOf<K extends LedgerChangeKind> = Extract<LedgerChange, { kind: K }>;
