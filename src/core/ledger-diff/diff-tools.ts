import { deepEqual } from '../deep-equal.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { LocalizedText } from '../ledger/localized-text.ts';
import type {
  ChangeOf,
  ChangePayloads,
  FieldChange,
  LedgerChangeKind,
  LedgerSection,
  Ref,
  Severity,
} from './ledger-change.ts';

/** The head every change of one element shares. */
export interface Head {
  readonly section: LedgerSection;
  readonly id: string;
  readonly label: LocalizedText;
}

export function change<K extends LedgerChangeKind>(
  kind: K,
  head: Head & { readonly severity: Severity },
  payload: ChangePayloads[K],
): ChangeOf<K> {
  // The mapped union cannot be checked generically; `kind` and `payload` are tied by the signature.
  return { kind, ...head, ...payload } as unknown as ChangeOf<K>;
}

/** Looks up labels for referenced ids in the newer ledger, then the older (for things removed). */
export type RefSection = 'operators' | 'subjectCategories' | 'dataItems' | 'purposes' | 'systems' | 'roles';

export class RefResolver {
  private readonly labels = new Map<string, LocalizedText>();

  constructor(before: Ledger, after: Ledger) {
    for (const ledger of [before, after]) {
      for (const e of ledger.operators) this.labels.set(`operators:${e.id}`, e.name);
      for (const e of ledger.subjectCategories) this.labels.set(`subjectCategories:${e.id}`, e.name);
      for (const e of ledger.dataItems) this.labels.set(`dataItems:${e.id}`, e.name);
      for (const e of ledger.purposes) this.labels.set(`purposes:${e.id}`, idLabel(e.id));
      for (const e of ledger.systems) this.labels.set(`systems:${e.id}`, e.name);
      for (const e of ledger.roles) this.labels.set(`roles:${e.id}`, e.name);
    }
  }

  ref(section: RefSection, id: string): Ref {
    return { id, label: this.labels.get(`${section}:${id}`) ?? idLabel(id) };
  }

  refs(section: RefSection, ids: readonly string[]): Ref[] {
    return ids.map((id) => this.ref(section, id));
  }
}

export function idLabel(id: string): LocalizedText {
  return { ja: id, en: id };
}

export interface Matched<T> {
  readonly added: readonly T[];
  readonly removed: readonly T[];
  readonly both: readonly (readonly [before: T, after: T])[];
}

/** Pairs elements of two lists by key; unmatched ones were added or removed. */
export function matchBy<T>(before: readonly T[], after: readonly T[], key: (element: T) => string): Matched<T> {
  const old = new Map(before.map((element) => [key(element), element]));
  const now = new Set(after.map(key));
  const added: T[] = [];
  const both: (readonly [T, T])[] = [];
  for (const element of after) {
    const previous = old.get(key(element));
    if (previous === undefined) added.push(element);
    else both.push([previous, element]);
  }
  return { added, removed: before.filter((element) => !now.has(key(element))), both };
}

/** Which ids a list gained and lost (an absent list counts as empty). */
export function listDelta(
  before: readonly string[] | undefined,
  after: readonly string[] | undefined,
): { added: string[]; removed: string[] } {
  const old = new Set(before ?? []);
  const now = new Set(after ?? []);
  return { added: [...now].filter((id) => !old.has(id)), removed: [...old].filter((id) => !now.has(id)) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every field that differs, as a dotted path: nested objects are compared field by field (so the change
 * names `supervision.nextReviewBy`, not `supervision`); lists, texts and scalars are compared whole.
 */
export function fieldChanges(before: unknown, after: unknown, skip: ReadonlySet<string>, prefix = ''): FieldChange[] {
  if (deepEqual(before, after)) return [];
  const isText = (v: unknown) => isPlainObject(v) && typeof v.ja === 'string' && typeof v.en === 'string';
  if (!isPlainObject(before) || !isPlainObject(after) || isText(before) || isText(after)) {
    return [{ field: prefix, from: before, to: after }];
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return skip.has(path) ? [] : fieldChanges(before[key], after[key], skip, path);
  });
}

/** Severity of a list change where more entries widen use (items, categories, purposes, operators). */
export function scopeSeverity(delta: { added: readonly unknown[]; removed: readonly unknown[] }): Severity {
  if (delta.added.length > 0) return 'expands-use';
  return delta.removed.length > 0 ? 'restricts-use' : 'neutral';
}

/** An absent `operators` list means every operator: dropping it widens, setting it narrows. */
export function operatorsSeverity(before: unknown, after: unknown): Severity {
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : undefined);
  const [old, now] = [list(before), list(after)];
  if (old === undefined) return now === undefined ? 'neutral' : 'restricts-use';
  if (now === undefined) return 'expands-use';
  return scopeSeverity(listDelta(old, now));
}

/**
 * Catch-all severity for fields that are scope lists (more ids widen use) or `operators`, by field path;
 * anything else is neutral.
 */
export function scopeFieldSeverity(scopeFields: readonly string[]): (fc: FieldChange) => Severity {
  return (fc) => {
    if (fc.field === 'operators' || fc.field.endsWith('.operators')) return operatorsSeverity(fc.from, fc.to);
    if (!scopeFields.includes(fc.field)) return 'neutral';
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
    return scopeSeverity(listDelta(list(fc.from), list(fc.to)));
  };
}

export const OVERSEAS = (country: string) => country !== 'JP';
