import type { LocalizedText } from '../ledger/localized-text.ts';
import { change, fieldChanges, type Head, matchBy } from './diff-tools.ts';
import type { FieldChange, LedgerChange, LedgerChangeKind, LedgerSection, Severity } from './ledger-change.ts';

type Prefix<K> = K extends `${infer P}-added` ? P : never;
type Complete<P> = P extends string
  ? `${P}-removed` extends LedgerChangeKind
    ? `${P}-changed` extends LedgerChangeKind
      ? P
      : never
    : never
  : never;
/** Element kinds that have `-added`, `-removed` and `-changed` changes. */
export type ElementPrefix = Complete<Prefix<LedgerChangeKind>>;

/** `generic(field)` gives the catch-all change(s) for a top-level field, for handlers that fall back to it. */
export type FieldHandler<T> = (
  before: T,
  after: T,
  head: Head,
  generic: (field: string, severity?: Severity) => LedgerChange[],
) => LedgerChange[];

/** How to diff one list of elements: keys, labels, and the fields that have domain change kinds of their own. */
export interface ElementSpec<T> {
  readonly section: LedgerSection;
  readonly prefix: ElementPrefix;
  readonly key: (element: T) => string;
  readonly label: (element: T) => LocalizedText;
  readonly addedSeverity?: (element: T) => Severity;
  readonly removedSeverity?: (element: T) => Severity;
  /** Replaces the plain `<prefix>-added` change (to carry a payload). */
  readonly added?: (element: T, head: Head) => LedgerChange[];
  readonly removed?: (element: T, head: Head) => LedgerChange[];
  /** Field paths with a handler; every other differing field becomes a `<prefix>-changed` change. */
  readonly fields?: Readonly<Record<string, FieldHandler<T>>>;
  readonly fieldSeverity?: (change: FieldChange, before: T, after: T) => Severity;
}

export function diffElements<T>(spec: ElementSpec<T>, before: readonly T[], after: readonly T[]): LedgerChange[] {
  const head = (element: T): Head => ({ section: spec.section, id: spec.key(element), label: spec.label(element) });
  const matched = matchBy(before, after, spec.key);
  const changes: LedgerChange[] = [];
  for (const element of matched.added) {
    changes.push(
      ...(spec.added?.(element, head(element)) ?? [
        change(
          `${spec.prefix}-added` as LedgerChangeKind,
          { ...head(element), severity: spec.addedSeverity?.(element) ?? 'expands-use' },
          {} as never,
        ),
      ]),
    );
  }
  for (const [old, now] of matched.both) changes.push(...diffElement(spec, old, now, head(now)));
  for (const element of matched.removed) {
    changes.push(
      ...(spec.removed?.(element, head(element)) ?? [
        change(
          `${spec.prefix}-removed` as LedgerChangeKind,
          { ...head(element), severity: spec.removedSeverity?.(element) ?? 'restricts-use' },
          {} as never,
        ),
      ]),
    );
  }
  return changes;
}

/** Changes between two versions of one element. */
export function diffElement<T>(spec: ElementSpec<T>, before: T, after: T, head: Head): LedgerChange[] {
  const handlers = spec.fields ?? {};
  const generic = (field: string, severity: Severity = 'neutral') =>
    fieldChanges(
      (before as Record<string, unknown>)[field],
      (after as Record<string, unknown>)[field],
      new Set(),
      field,
    ).map((fc) => genericChange(spec, head, fc, severity));
  const own = Object.values(handlers).flatMap((handler) => handler(before, after, head, generic));
  const rest = fieldChanges(before, after, new Set(Object.keys(handlers))).map((fc) =>
    genericChange(spec, head, fc, spec.fieldSeverity?.(fc, before, after) ?? 'neutral'),
  );
  return [...own, ...rest];
}

/** The catch-all change of an element kind, naming the field. */
export function genericChange<T>(spec: ElementSpec<T>, head: Head, fc: FieldChange, severity: Severity): LedgerChange {
  return change(`${spec.prefix}-changed` as LedgerChangeKind, { ...head, severity }, fc as never);
}
