import type { Block, Field, ListItem, NoticeSection } from './notice-model.ts';

/** Small constructors so section builders read like the notice they produce. */
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const note = (text: string): Block => ({ kind: 'note', text });
export const signature = (lines: readonly string[]): Block => ({ kind: 'signature', lines });

export function list(items: readonly (string | ListItem)[], ordered = false): Block {
  return { kind: 'list', ordered, items: items.map((item) => (typeof item === 'string' ? { text: item } : item)) };
}

/** A label/value table; fields without a value are left out. */
export function fields(entries: readonly (Field | undefined)[], caption?: string): Block {
  const kept = entries.filter((entry): entry is Field => entry !== undefined && entry.value.length > 0);
  return caption === undefined ? { kind: 'fields', fields: kept } : { kind: 'fields', caption, fields: kept };
}

export function field(label: string, value: string | readonly string[] | undefined): Field | undefined {
  if (value === undefined) return undefined;
  return { label, value: typeof value === 'string' ? [value] : value };
}

export function table(
  headers: readonly string[],
  rows: readonly (readonly (readonly string[])[])[],
  caption?: string,
): Block {
  return caption === undefined ? { kind: 'table', headers, rows } : { kind: 'table', caption, headers, rows };
}

export function section(
  id: string,
  heading: string,
  blocks: readonly Block[],
  subsections: readonly NoticeSection[] = [],
): NoticeSection {
  return { id, heading, blocks, subsections };
}
