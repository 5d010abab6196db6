import type { DatasetAnnotations, TableAnnotation } from '../dataset/dataset-annotations.ts';
import { isLegalRetention } from '../dataset/legal-retention.ts';
import { referenceGraph } from '../dataset/reference-graph.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { periodDays } from '../ledger/retention-rule.ts';
import { columnOverwrite } from './disposal-change.ts';
import type { DisposalAction, DisposalTarget, RuleTerm, ScheduleNote, SystemSchedule } from './disposal-schedule.ts';
import { and, type DueCondition, FALSE, not, or, TRUE } from './due-condition.ts';
import { dueBefore, rulePeriod } from './retention-period.ts';

export interface BuildScheduleInput {
  readonly ledger: Ledger;
  readonly annotations: DatasetAnnotations;
  /** The Japanese calendar day the schedule is for (`YYYY-MM-DD`). */
  readonly asOf: string;
}

/**
 * The retention schedule of one company database: per table, the rules that apply (items, system and categories),
 * with the column giving each rule's trigger date, and the disposals due. A row is disposed only once it is past
 * every rule that applies to what the disposal removes, so the longest applicable rule wins; a statutory minimum
 * raises a shorter period; a legal rule whose trigger date the annotations do not map keeps the rows.
 */
export function buildSchedule(input: BuildScheduleInput): SystemSchedule {
  const { ledger, annotations, asOf } = input;
  const system = annotations.system;
  const graph = referenceGraph(annotations);
  const myNumberItems = new Set(ledger.dataItems.filter((i) => i.flags.myNumber).map((i) => i.id));
  const notes: ScheduleNote[] = [];
  const note = (n: Omit<ScheduleNote, 'system'>) => notes.push({ system, ...n });
  const terms: Record<string, RuleTerm[]> = {};
  for (const [table, spec] of Object.entries(annotations.tables)) terms[table] = tableTerms(table, spec);

  const wholeRow = new Map<string, { action: DisposalAction; due: DueCondition; dueNow: DueCondition }>();
  const deleteDue = (table: string): DueCondition => {
    const found = wholeRow.get(table);
    return found?.action === 'delete' ? found.due : FALSE;
  };
  const targets: DisposalTarget[] = [];
  // Children before parents: a parent row may go only when no row still kept refers to it.
  for (const table of [...graph.order].reverse()) {
    const spec = annotations.tables[table]!;
    const all = terms[table] ?? [];
    const base = { system, table, keyColumn: spec.key };
    const notHeld: DueCondition = { kind: 'not-held', table, column: spec.key };
    const whole = wholeRowTarget(table, spec, all, notHeld);
    if (whole) {
      wholeRow.set(table, { action: whole.action, due: whole.due, dueNow: whole.dueNow });
      targets.push(whole);
    }
    const myNumber = myNumberTarget(table, spec, all, notHeld, whole);
    if (myNumber) targets.push(myNumber);
    const contractor = all.filter((t) => t.disposal === 'contractor' && fixed(t));
    if (contractor.length > 0) {
      const rule = longest(contractor);
      const due = and(or(...contractor.map(triggered)), ...contractor.map(passed), notHeld);
      targets.push({
        ...base,
        id: `${system}/${table}/contractor`,
        action: 'contractor',
        rule: rule.rule,
        rules: contractor.map((t) => t.rule),
        items: [...new Set(contractor.flatMap((t) => t.items))],
        change: { kind: 'none' },
        due,
        dueNow: due,
        pending: FALSE,
      });
    }
  }
  return { system, asOf, terms, targets, notes };

  function tableTerms(table: string, spec: TableAnnotation): RuleTerm[] {
    const tableItems = new Set(Object.values(spec.columns).flatMap((c) => (c.item ? [c.item] : [])));
    const out: RuleTerm[] = [];
    for (const rule of ledger.retentionRules) {
      const items = rule.items.filter((i) => tableItems.has(i));
      if (items.length === 0) continue;
      if (rule.systems !== undefined && !rule.systems.includes(system)) continue;
      const categories = spec.categories;
      if (
        rule.categories !== undefined &&
        categories !== undefined &&
        !rule.categories.some((c) => categories.includes(c))
      )
        continue;
      const mapping = spec.retention.find((m) => m.rule === rule.id);
      const legal = isLegalRetention(rule);
      if (mapping === undefined && !legal) {
        note({
          code: 'rule-unmapped',
          table,
          rule: rule.id,
          message: `no column gives the trigger date of ${rule.id}: it is not applied to ${table}`,
        });
        continue;
      }
      const { period, raisedToStatutory } = rulePeriod(rule);
      if (raisedToStatutory)
        note({
          code: 'raised-to-statutory',
          table,
          rule: rule.id,
          message: `${rule.id} is shorter than its statutory minimum, which applies`,
        });
      if (mapping === undefined)
        note({
          code: 'legal-rule-unmapped',
          table,
          rule: rule.id,
          message: `legal rule ${rule.id} has no trigger column in ${table}: its rows are kept`,
        });
      else if (period === undefined)
        note({
          code: 'no-fixed-period',
          table,
          rule: rule.id,
          message: `${rule.id} has no fixed period: rows it applies to are kept`,
        });
      out.push({
        rule: rule.id,
        ...(rule.statutory ? { statutory: rule.statutory } : {}),
        legal,
        trigger: rule.trigger,
        disposal: rule.disposal,
        items,
        ...(period ? { period, dueBefore: dueBefore(asOf, period) } : {}),
        raisedToStatutory,
        ...(mapping ? { column: mapping.from } : {}),
        ongoingIfNull: mapping?.ongoingIfNull ?? true,
      });
    }
    return out;
  }

  function wholeRowTarget(
    table: string,
    spec: TableAnnotation,
    all: readonly RuleTerm[],
    notHeld: DueCondition,
  ): DisposalTarget | undefined {
    const drivers = all.filter((t) => (t.disposal === 'delete' || t.disposal === 'anonymise') && fixed(t));
    if (drivers.length === 0) return undefined;
    const driver = longest(drivers);
    if (new Set(drivers.map((t) => t.disposal)).size > 1)
      note({
        code: 'action-conflict',
        table,
        rule: driver.rule,
        message: `rules disagree on ${table}; the longest, ${driver.rule}, decides: ${driver.disposal}`,
      });
    let action: DisposalAction = driver.disposal;
    if (action === 'delete' && spec.onErase === 'update-columns') {
      action = 'anonymise';
      note({
        code: 'delete-becomes-anonymise',
        table,
        rule: driver.rule,
        message: `${table} keeps its rows (onErase: update-columns): personal columns are overwritten`,
      });
    }
    const common = [or(...drivers.map(triggered)), ...all.map(passed), notHeld];
    const base = { id: `${system}/${table}/${action}`, system, table, keyColumn: spec.key, action, rule: driver.rule };
    const rules = [driver.rule, ...all.map((t) => t.rule).filter((r) => r !== driver.rule)];
    const items = [...new Set(Object.values(spec.columns).flatMap((c) => (c.item ? [c.item] : [])))];
    if (action === 'delete') {
      // Planning counts a parent whose referencing rows are all due too; a run has disposed of those by the time it
      // reaches the parent (children first), so it keeps a parent any remaining row still references.
      const children = graph.edges.filter((e) => e.parent === table && e.child !== table);
      const referenced = (where: (child: string) => DueCondition) =>
        children.map((e) =>
          not({ kind: 'referenced', table: e.child, column: e.column, parentKey: e.parentKey, where: where(e.child) }),
        );
      return {
        ...base,
        rules,
        items,
        change: { kind: 'delete' as const },
        due: and(...common, ...referenced((child) => not(deleteDue(child)))),
        dueNow: and(...common, ...referenced(() => TRUE)),
        pending: TRUE,
      };
    }
    const overwrite = columnOverwrite(spec);
    if (overwrite.pending.kind === 'false') {
      note({
        code: 'cannot-tell-anonymised',
        table,
        rule: driver.rule,
        message: `${table} has no column erased to NULL or a mask, so an anonymised row cannot be told apart`,
      });
      return undefined;
    }
    return {
      ...base,
      rules,
      items,
      change: overwrite.change,
      due: and(...common, overwrite.pending),
      dueNow: and(...common, overwrite.pending),
      pending: overwrite.pending,
    };
  }

  function myNumberTarget(
    table: string,
    spec: TableAnnotation,
    all: readonly RuleTerm[],
    notHeld: DueCondition,
    whole: { readonly due: DueCondition; readonly dueNow: DueCondition } | undefined,
  ): DisposalTarget | undefined {
    const erasers = all.filter((t) => t.disposal === 'erase-my-number' && fixed(t));
    if (erasers.length === 0) return undefined;
    const covered = new Set(erasers.flatMap((t) => t.items).filter((i) => myNumberItems.has(i)));
    if (covered.size === 0) {
      for (const t of erasers)
        note({
          code: 'nothing-to-erase',
          table,
          rule: t.rule,
          message: `${table} holds no My Number column for ${t.rule} to erase; its other items stay`,
        });
      return undefined;
    }
    const overwrite = columnOverwrite(spec, covered);
    if (overwrite.opaque.length > 0) {
      note({
        code: 'my-number-not-irreversible',
        table,
        rule: erasers[0]!.rule,
        message: `My Number columns of ${table} must be erased to NULL or a mask (MN-3): ${overwrite.opaque.join(', ')}`,
      });
      return undefined;
    }
    const drivers = erasers.filter((t) => t.items.some((i) => covered.has(i)));
    const driver = longest(drivers);
    const guarding = all.filter((t) => t.items.some((i) => covered.has(i)));
    const mine = [or(...drivers.map(triggered)), ...guarding.map(passed), notHeld, overwrite.pending];
    return {
      id: `${system}/${table}/erase-my-number`,
      system,
      table,
      keyColumn: spec.key,
      action: 'erase-my-number',
      rule: driver.rule,
      rules: [driver.rule, ...guarding.map((t) => t.rule).filter((r) => r !== driver.rule)],
      items: [...covered],
      change: overwrite.change,
      // Rows the whole-row disposal takes anyway are counted there, never twice.
      due: and(...mine, not(whole?.due ?? FALSE)),
      dueNow: and(...mine, not(whole?.dueNow ?? FALSE)),
      pending: overwrite.pending,
    };
  }
}

function fixed(term: RuleTerm): boolean {
  return term.column !== undefined && term.dueBefore !== undefined;
}

/** The rule with the longest period (the first of equals). */
function longest(terms: readonly RuleTerm[]): RuleTerm {
  const days = (t: RuleTerm) => (t.period ? periodDays(t.period) : Number.POSITIVE_INFINITY);
  return terms.reduce((best, t) => (days(t) > days(best) ? t : best));
}

function triggered(term: RuleTerm): DueCondition {
  return term.column === undefined ? FALSE : not({ kind: 'is-null', column: term.column });
}

/** The row is past the rule, or the rule does not apply to it (no trigger date and not ongoing). */
function passed(term: RuleTerm): DueCondition {
  if (term.column === undefined) return FALSE;
  const notApplicable: DueCondition = term.ongoingIfNull ? FALSE : { kind: 'is-null', column: term.column };
  if (term.dueBefore === undefined) return notApplicable;
  return or({ kind: 'before', column: term.column, before: term.dueBefore }, notApplicable);
}
