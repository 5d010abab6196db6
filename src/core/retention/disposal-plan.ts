import type { DisposalAction, ScheduleNote } from './disposal-schedule.ts';
import type { HoldScope } from './legal-hold.ts';

// The plan's shape (pure data: app/retention/plan-disposal.ts computes it), so the console can import it type-only.

export interface PlannedTarget {
  readonly target: string;
  readonly table: string;
  readonly action: DisposalAction;
  readonly rule: string;
  readonly rules: readonly string[];
  readonly items: readonly string[];
  /** Rows a run would dispose now (a contractor's: rows whose copies the contractor must dispose). */
  readonly due: number;
  /** Due rows a legal hold keeps. */
  readonly held: number;
}

export interface PlannedSystem {
  readonly system: string;
  /** Holds that stop every disposal in this system. */
  readonly heldBy: readonly string[];
  readonly targets: readonly PlannedTarget[];
  readonly notes: readonly ScheduleNote[];
}

/** `mamori retention plan`: what a run would dispose, per system, table and rule, and what holds keep. */
export interface DisposalPlan {
  readonly asOf: string;
  readonly ledgerVersion: number;
  readonly systems: readonly PlannedSystem[];
  /** Ledger systems without a connection: their disposal is manual (or a contractor's). */
  readonly unconnected: readonly string[];
  readonly holds: readonly { readonly id: string; readonly scope: HoldScope; readonly rows: number }[];
  readonly totals: { readonly due: number; readonly held: number };
}
