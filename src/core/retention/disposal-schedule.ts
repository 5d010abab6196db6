import type { CellValue } from '../dataset/dataset-rows.ts';
import type { Period, RetentionTrigger } from '../ledger/retention-rule.ts';
import type { DueCondition } from './due-condition.ts';

/** What disposal means for a target: rows deleted, personal columns overwritten, only My Number erased (MN-3), or a contractor's job. */
export type DisposalAction = 'delete' | 'anonymise' | 'erase-my-number' | 'contractor';

/** How one retention rule bears on one table: its trigger column and the first trigger date not yet due. */
export interface RuleTerm {
  readonly rule: string;
  readonly statutory?: string;
  readonly legal: boolean;
  readonly trigger: RetentionTrigger;
  readonly disposal: DisposalAction;
  /** The items of this table the rule covers. */
  readonly items: readonly string[];
  readonly period?: Period;
  readonly raisedToStatutory: boolean;
  /** The column holding the trigger date; absent when the annotations map none (a legal rule then keeps the rows). */
  readonly column?: string;
  readonly ongoingIfNull: boolean;
  /** Rows whose trigger date is earlier are past this rule (absent: no fixed period, never past). */
  readonly dueBefore?: string;
}

/** The statement that disposes a batch: delete rows, or overwrite columns (constants, and keyed hashes computed per row). */
export type DisposalChange =
  | { readonly kind: 'delete' }
  | {
      readonly kind: 'update';
      readonly set: Readonly<Record<string, CellValue>>;
      readonly hashed: readonly { readonly column: string; readonly length?: number }[];
    }
  | { readonly kind: 'none' };

/** One kind of disposal in one table: which rows are due, what is done to them, and which rules decided it. */
export interface DisposalTarget {
  /** `system/table/action`, stable across runs. */
  readonly id: string;
  readonly system: string;
  readonly table: string;
  readonly keyColumn: string;
  readonly action: DisposalAction;
  /** The rule that prescribes this disposal (the longest of them when several do). */
  readonly rule: string;
  /** Every rule the rows must be past first: the longest applicable rule wins. */
  readonly rules: readonly string[];
  readonly items: readonly string[];
  readonly change: DisposalChange;
  /** Due rows as planned, with `not-held` placeholders for people under a legal hold. */
  readonly due: DueCondition;
  /**
   * Due rows as a run disposes and then verifies them: targets run children first, so a parent is kept while any
   * row still references it (the plan counts one whose referencing rows are all due themselves).
   */
  readonly dueNow: DueCondition;
  /** Of the rows a batch chose, those not yet disposed (delete: any row still there; update: not yet overwritten). */
  readonly pending: DueCondition;
}

export type ScheduleNoteCode =
  | 'rule-unmapped'
  | 'legal-rule-unmapped'
  | 'no-fixed-period'
  | 'raised-to-statutory'
  | 'nothing-to-erase'
  | 'my-number-not-irreversible'
  | 'cannot-tell-anonymised'
  | 'delete-becomes-anonymise'
  | 'action-conflict';

/** Something the plan reports about the schedule: a rule that cannot be applied, a rule that keeps rows forever. */
export interface ScheduleNote {
  readonly code: ScheduleNoteCode;
  readonly system: string;
  readonly table?: string;
  readonly rule?: string;
  readonly message: string;
}

/** One company database's schedule as of a Japanese calendar day; targets in the order a run executes them. */
export interface SystemSchedule {
  readonly system: string;
  readonly asOf: string;
  readonly terms: Readonly<Record<string, readonly RuleTerm[]>>;
  readonly targets: readonly DisposalTarget[];
  readonly notes: readonly ScheduleNote[];
}
