import type { DatasetAnnotations } from '../dataset/dataset-annotations.ts';
import type { CellValue, FoundRows } from '../dataset/dataset-rows.ts';
import type { NoticeRecipient } from './breach-notice.ts';

/** An affected person as found in one company database: a reference (no personal data) and how to reach them. */
export interface PersonContact extends NoticeRecipient {
  /** `system:table:key` of the person's own row: what dispatch records and evidence name. */
  readonly subjectRef: string;
  readonly email?: string;
}

const text = (value: CellValue | undefined) => (value === null || value === undefined ? '' : String(value).trim());

/**
 * The person's contact details from the rows a walk found: only registers of people (tables identifying a person by
 * name or e-mail) that are the person's own records (no reference to another person's row, so a family member's row
 * is never taken for the employee's). The reference names the latest of them (a staff row that refers to the candidate row of the same
 * person wins over it), so every identity of one person leads to one reference. Each field comes from the first row
 * that has it, the latest table first. Postal address: the columns holding the `address` item, in annotation order.
 * Undefined when none of the person's own tables has a row.
 */
export function personContact(annotations: DatasetAnnotations, found: FoundRows): PersonContact | undefined {
  const own = Object.entries(annotations.tables).filter(
    ([table, spec]) =>
      (spec.identity?.name !== undefined || spec.identity?.email !== undefined) &&
      !spec.references.some((r) => !r.samePerson) &&
      (found.get(table)?.size ?? 0) > 0,
  );
  const referenced = new Set(
    own.flatMap(([, spec]) => spec.references.filter((r) => r.samePerson).map((r) => r.table)),
  );
  const ordered = [...own.filter(([t]) => !referenced.has(t)), ...own.filter(([t]) => referenced.has(t))];
  let subjectRef: string | undefined;
  const fields: { name?: string; postalCode?: string; address?: string; email?: string } = {};
  for (const [table, spec] of ordered) {
    const rows = found.get(table) as NonNullable<ReturnType<FoundRows['get']>>;
    const [key, row] = [...rows.entries()].sort(([a], [b]) => a.localeCompare(b))[0] as [
      string,
      Record<string, CellValue>,
    ];
    subjectRef ??= `${annotations.system}:${table}:${key}`;
    const id = spec.identity as NonNullable<typeof spec.identity>;
    const name = id.name ? [text(row[id.name.family]), text(row[id.name.given])].filter((s) => s !== '').join(' ') : '';
    const addressColumns = Object.entries(spec.columns)
      .filter(([, c]) => c.item === 'address')
      .map(([column]) => column);
    const postalColumn = addressColumns.find((c) => /postal|zip/i.test(c));
    const address = addressColumns
      .filter((c) => c !== postalColumn)
      .map((c) => text(row[c]))
      .filter((s) => s !== '')
      .join(' ');
    if (fields.name === undefined && name !== '') fields.name = name;
    if (fields.email === undefined && id.email && text(row[id.email]) !== '') fields.email = text(row[id.email]);
    if (fields.address === undefined && address !== '') {
      fields.address = address;
      if (postalColumn && text(row[postalColumn]) !== '') fields.postalCode = text(row[postalColumn]);
    }
  }
  return subjectRef === undefined ? undefined : { subjectRef, ...fields };
}
