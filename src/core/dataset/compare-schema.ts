import { annotatedColumns, type ColumnAnnotation, type DatasetAnnotations } from './dataset-annotations.ts';
import type { LiveColumn, LiveSchema } from './live-schema.ts';
import { DEFAULT_MASK } from './plan-erasure.ts';

/** One difference between the annotations and the live database; errors break finding or erasing, warnings may hide data. */
export interface DriftIssue {
  readonly severity: 'error' | 'warning';
  readonly code:
    | 'missing-table'
    | 'missing-column'
    | 'unannotated-table'
    | 'unannotated-column'
    | 'erase-null-not-nullable'
    | 'erase-type-mismatch'
    | 'hash-too-long'
    | 'reference-without-foreign-key'
    | 'unannotated-foreign-key';
  readonly table: string;
  readonly column?: string;
  readonly message: string;
}

/** Compares annotations with the live schema: what is missing, new, or cannot be erased as annotated. */
export function compareSchema(annotations: DatasetAnnotations, live: LiveSchema): DriftIssue[] {
  const issues: DriftIssue[] = [];
  const ignored = new Set(annotations.ignoredTables);
  for (const [table, spec] of Object.entries(annotations.tables)) {
    const liveTable = live.tables[table];
    if (liveTable === undefined) {
      issues.push({
        severity: 'error',
        code: 'missing-table',
        table,
        message: `table ${table} is annotated but not in the database`,
      });
      continue;
    }
    const known = new Set(annotatedColumns(spec));
    for (const column of known) {
      if (liveTable.columns[column] === undefined) {
        issues.push({
          severity: 'error',
          code: 'missing-column',
          table,
          column,
          message: `column ${table}.${column} is annotated but not in the database`,
        });
      }
    }
    for (const column of Object.keys(liveTable.columns)) {
      if (!known.has(column)) {
        issues.push({
          severity: 'warning',
          code: 'unannotated-column',
          table,
          column,
          message: `column ${table}.${column} is new: say which item it holds, or none`,
        });
      }
    }
    for (const [column, annotation] of Object.entries(spec.columns)) {
      const liveColumn = liveTable.columns[column];
      if (liveColumn === undefined || annotation.item === undefined) continue;
      const at = { table, column };
      if (annotation.erase === 'null' && !liveColumn.nullable) {
        issues.push({
          severity: 'error',
          code: 'erase-null-not-nullable',
          ...at,
          message: `${table}.${column} is NOT NULL: erase it with mask or hash`,
        });
      }
      const problem = writeProblem(annotation, liveColumn);
      if (problem !== undefined) {
        issues.push({
          severity: 'error',
          code: 'erase-type-mismatch',
          ...at,
          message: `${table}.${column} is ${liveColumn.type}: ${problem}`,
        });
      }
      const written =
        annotation.erase === 'hash' ? (annotation.length ?? 64) : (annotation.mask ?? DEFAULT_MASK).length;
      const writes = annotation.erase === 'hash' || (annotation.erase === 'mask' && liveColumn.type === 'text');
      if (writes && liveColumn.maxLength !== undefined && written > liveColumn.maxLength) {
        issues.push({
          severity: 'error',
          code: 'hash-too-long',
          ...at,
          message: `${table}.${column} holds ${liveColumn.maxLength} characters; the ${annotation.erase} writes ${written}`,
        });
      }
    }
    for (const ref of spec.references) {
      const declared = liveTable.foreignKeys.some((fk) => fk.column === ref.column && fk.refTable === ref.table);
      if (!declared && liveTable.columns[ref.column] !== undefined) {
        issues.push({
          severity: 'warning',
          code: 'reference-without-foreign-key',
          table,
          column: ref.column,
          message: `${table}.${ref.column} -> ${ref.table} has no foreign key in the database`,
        });
      }
    }
  }
  for (const [table, liveTable] of Object.entries(live.tables)) {
    const annotated = annotations.tables[table];
    if (annotated === undefined && !ignored.has(table)) {
      issues.push({
        severity: 'warning',
        code: 'unannotated-table',
        table,
        message: `table ${table} is not annotated: it may hold personal data`,
      });
    }
    for (const fk of liveTable.foreignKeys) {
      const target = annotations.tables[fk.refTable];
      if (target === undefined) continue;
      const covered = annotated?.references.some((r) => r.column === fk.column && r.table === fk.refTable) ?? false;
      if (!covered) {
        issues.push({
          severity: 'warning',
          code: 'unannotated-foreign-key',
          table,
          column: fk.column,
          message: `${table}.${fk.column} references annotated table ${fk.refTable} but is not annotated: erasure may fail on it`,
        });
      }
    }
  }
  return issues;
}

/** Whether the value the strategy writes fits the column's type: hashes are text; a mask must suit its column. */
function writeProblem(annotation: ColumnAnnotation, column: LiveColumn): string | undefined {
  if (annotation.erase === 'hash' && column.type !== 'text') return 'a keyed hash is text';
  if (annotation.erase !== 'mask' || column.type === 'text') return undefined;
  const mask = annotation.mask ?? DEFAULT_MASK;
  if (column.type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(mask) ? undefined : 'give a date as its mask';
  if (column.type === 'integer' || column.type === 'numeric')
    return /^-?\d+$/.test(mask) ? undefined : 'give a number as its mask';
  return 'mask a text, date or number column';
}
