import { AppError } from '../../core/app-error.ts';
import { japanDate } from '../../core/japan-time.ts';
import type { Ledger } from '../../core/ledger/ledger.ts';
import { buildSchedule } from '../../core/retention/build-schedule.ts';
import type { DisposalPlan, PlannedSystem, PlannedTarget } from '../../core/retention/disposal-plan.ts';
import type { SystemSchedule } from '../../core/retention/disposal-schedule.ts';
import { and, type HeldKeys, withHeldKeys } from '../../core/retention/due-condition.ts';
import { holdCoversSystem, type LegalHold } from '../../core/retention/legal-hold.ts';
import type { DatasetBinding } from '../dataset-binding.ts';
import { heldRows, mergeHeldKeys } from './legal-holds.ts';
import type { RetentionDeps } from './retention-deps.ts';

export type { DisposalPlan, PlannedSystem, PlannedTarget } from '../../core/retention/disposal-plan.ts';

/** What a run needs beyond the plan: each system's schedule and the keys its person holds keep. */
export interface PlannedSchedules {
  readonly plan: DisposalPlan;
  readonly ledger: Ledger;
  readonly schedules: ReadonlyMap<
    string,
    { readonly schedule: SystemSchedule; readonly heldKeys: HeldKeys; readonly heldBy: readonly string[] }
  >;
}

/** Counts what the retention schedule makes due today (or `asOf`), with every active legal hold applied. */
export async function planDisposal(
  deps: RetentionDeps,
  options: { readonly systems?: readonly string[]; readonly asOf?: string } = {},
): Promise<PlannedSchedules> {
  const version = await deps.store.ledgerVersions.latest();
  if (version === undefined) throw new AppError('NOT_FOUND', 'no ledger imported yet: nothing to schedule');
  const { ledger } = version;
  const asOf = options.asOf ?? japanDate(deps.clock.now());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new AppError('VALIDATION', 'asOf must be a date YYYY-MM-DD', {
      issues: [{ path: 'asOf', message: 'not a date' }],
    });
  }
  const wanted = (system: string) => options.systems === undefined || options.systems.includes(system);
  const holds = await deps.store.retention.holds({ active: true });
  const holdRows = new Map<string, number>(holds.map((h) => [h.id, 0]));
  const systems: PlannedSystem[] = [];
  const schedules = new Map<string, { schedule: SystemSchedule; heldKeys: HeldKeys; heldBy: readonly string[] }>();
  const connected = new Set<string>();
  for (const binding of deps.datasets) {
    const system = ledger.systems.find((s) => s.id === binding.annotations.system);
    if (system === undefined || !wanted(system.id)) continue;
    connected.add(system.id);
    const disposal = binding.connector.disposal;
    if (disposal === undefined)
      throw new AppError('UNPROCESSABLE', `the connector of ${system.id} cannot dispose in batches`);
    const schedule = buildSchedule({ ledger, annotations: binding.annotations, asOf });
    const heldBy = holds.filter((h) => holdCoversSystem(h, system)).map((h) => h.id);
    const persons = personHolds(holds, system.operators);
    const found = await heldRows(deps, persons, binding);
    const heldKeys = mergeHeldKeys(found, keyColumns(binding));
    const targets: PlannedTarget[] = [];
    for (const target of schedule.targets) {
      const unheld = withHeldKeys(target.due, new Map());
      const all = await disposal.count(target.table, unheld);
      let due = all;
      if (heldBy.length > 0) due = 0;
      else if (heldKeys.size > 0 && all > 0)
        due = await disposal.count(target.table, withHeldKeys(target.due, heldKeys));
      for (const id of heldBy) holdRows.set(id, (holdRows.get(id) ?? 0) + all);
      if (heldBy.length === 0 && all > due) {
        for (const [id, rows] of found) {
          const keys = [...(rows.get(target.table)?.values() ?? [])].map((r) => r[target.keyColumn] ?? null);
          if (keys.length === 0) continue;
          const mine = and(unheld, { kind: 'key-in', column: target.keyColumn, keys });
          holdRows.set(id, (holdRows.get(id) ?? 0) + (await disposal.count(target.table, mine)));
        }
      }
      const { id, table, action, rule, rules, items } = target;
      targets.push({ target: id, table, action, rule, rules, items, due, held: all - due });
    }
    systems.push({ system: system.id, heldBy, targets, notes: schedule.notes });
    schedules.set(system.id, { schedule, heldKeys, heldBy });
  }
  const unconnected = ledger.systems.map((s) => s.id).filter((id) => wanted(id) && !connected.has(id));
  const sum = (pick: (t: PlannedTarget) => number) =>
    systems.reduce(
      (n, s) => n + s.targets.filter((t) => t.action !== 'contractor').reduce((m, t) => m + pick(t), 0),
      0,
    );
  const plan: DisposalPlan = {
    asOf,
    ledgerVersion: version.number,
    systems,
    unconnected,
    holds: holds.map((h) => ({ id: h.id, scope: h.scope, rows: holdRows.get(h.id) ?? 0 })),
    totals: { due: sum((t) => t.due), held: sum((t) => t.held) },
  };
  return { plan, ledger, schedules };
}

/** Person holds that apply in a system: those naming no operator, or one the system serves. */
export function personHolds(holds: readonly LegalHold[], operators: readonly string[] | undefined): LegalHold[] {
  return holds.filter((h) => {
    if (h.scope.kind !== 'person' || h.released !== undefined) return false;
    const operator = h.scope.operator;
    return operator === undefined || operators === undefined || operators.includes(operator);
  });
}

export function keyColumns(binding: DatasetBinding): Record<string, string> {
  return Object.fromEntries(Object.entries(binding.annotations.tables).map(([t, spec]) => [t, spec.key]));
}
