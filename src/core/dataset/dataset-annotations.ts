import { z } from 'zod';
import { IdListSchema, IdSchema } from '../ledger/localized-text.ts';

// Annotations say what a company database holds, in the ledger's terms: which columns hold which data items,
// which columns identify a person, how tables reference each other, how each item is erased. YAML beside the ledger.

const ColumnNameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a plain SQL identifier');

/** How a column's value is erased: set to NULL, replaced by a fixed mask, or a keyed hash (HMAC-SHA-256, hex). */
export const EraseStrategySchema = z.enum(['null', 'mask', 'hash', 'keep']);
export type EraseStrategy = z.infer<typeof EraseStrategySchema>;

export const ColumnAnnotationSchema = z
  .object({
    /** The ledger's data item held here; omitted for columns that hold no personal data. */
    item: IdSchema.optional(),
    erase: EraseStrategySchema.default('null'),
    /** The value `mask` writes (default ＊＊＊＊); give a date for date columns. */
    mask: z.string().optional(),
    /** `hash`: keep this many hex digits (for short columns); default all 64. */
    length: z.number().int().min(8).max(64).optional(),
  })
  .strict();
export type ColumnAnnotation = z.infer<typeof ColumnAnnotationSchema>;

/** A column holding the key of a row of another table (a foreign key, declared or not). */
export const ReferenceSchema = z
  .object({
    column: ColumnNameSchema,
    table: ColumnNameSchema,
    /** Default: the referenced table's key. */
    key: ColumnNameSchema.optional(),
    /** The row is about the same person as the referenced row (an assignment of a staff member); false for a family member of an employee. */
    samePerson: z.boolean().default(true),
  })
  .strict();
export type Reference = z.infer<typeof ReferenceSchema>;

export const NameColumnsSchema = z
  .object({
    family: ColumnNameSchema,
    given: ColumnNameSchema,
    familyKana: ColumnNameSchema.optional(),
    givenKana: ColumnNameSchema.optional(),
    /** Names are matched together with the date of birth, which narrows the search by index. */
    birthDate: ColumnNameSchema,
  })
  .strict();
export type NameColumns = z.infer<typeof NameColumnsSchema>;

/** Columns that identify a person in this table; a request can match on any of them. */
export const IdentityColumnsSchema = z
  .object({
    email: ColumnNameSchema.optional(),
    staffNumber: ColumnNameSchema.optional(),
    /** HMAC-SHA-256 (hex) of the 12-digit My Number, keyed with the dataset's hash key. */
    myNumberHash: ColumnNameSchema.optional(),
    name: NameColumnsSchema.optional(),
  })
  .strict();
export type IdentityColumns = z.infer<typeof IdentityColumnsSchema>;

/** Which column holds the date a retention rule's trigger happened for a row. */
export const RetentionMappingSchema = z
  .object({
    rule: IdSchema,
    from: ColumnNameSchema,
    /** A NULL date means the trigger has not happened yet (still employed), so the rule holds; false: the rule does not apply to that row. */
    ongoingIfNull: z.boolean().default(true),
  })
  .strict();
export type RetentionMapping = z.infer<typeof RetentionMappingSchema>;

export const TableAnnotationSchema = z
  .object({
    key: ColumnNameSchema,
    /** Subject categories whose rows live here; retention rules limited to other categories do not apply. */
    categories: IdListSchema.optional(),
    /** Full erasure deletes the row, or overwrites its personal columns (for rows other data depends on). */
    onErase: z.enum(['delete-row', 'update-columns']).default('update-columns'),
    identity: IdentityColumnsSchema.optional(),
    references: z.array(ReferenceSchema).default([]),
    columns: z.record(ColumnNameSchema, ColumnAnnotationSchema).default({}),
    retention: z.array(RetentionMappingSchema).default([]),
  })
  .strict();
export type TableAnnotation = z.infer<typeof TableAnnotationSchema>;

export const DatasetAnnotationsSchema = z
  .object({
    /** The ledger system this database belongs to. */
    system: IdSchema,
    /** Environment variable with the key for My Number hashes and keyed-hash erasure (never stored in the database). */
    hashKeyRef: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/)
      .optional(),
    /**
     * Environment variable with the key of pseudonymised extracts (PS-1). A key of its own, so whoever holds the
     * matching key cannot recompute pseudonyms from identifiers, and it can be destroyed or rotated alone.
     */
    pseudonymKeyRef: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/)
      .optional(),
    tables: z.record(ColumnNameSchema, TableAnnotationSchema),
    /** Tables known to hold no personal data (lookups), so drift checks do not report them. */
    ignoredTables: z.array(ColumnNameSchema).default([]),
  })
  .strict();
export type DatasetAnnotations = z.infer<typeof DatasetAnnotationsSchema>;
export type DatasetAnnotationsInput = z.input<typeof DatasetAnnotationsSchema>;

/** Every column a table's rows are read with: key, references and annotated columns, in that order. */
export function annotatedColumns(table: TableAnnotation): string[] {
  const id = table.identity;
  const identity = [id?.email, id?.staffNumber, id?.myNumberHash, id?.name?.family, id?.name?.given]
    .concat([id?.name?.familyKana, id?.name?.givenKana, id?.name?.birthDate])
    .filter((c): c is string => c !== undefined);
  const names = [table.key, ...table.references.map((r) => r.column), ...Object.keys(table.columns), ...identity];
  return [...new Set(names)];
}
