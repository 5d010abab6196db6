import { z } from '@hono/zod-openapi';

export const VersionSummarySchema = z
  .object({
    number: z.number().int(),
    ledgerId: z.string(),
    contentHash: z.string(),
    author: z.string(),
    comment: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('LedgerVersionSummary');

export const LedgerDocumentSchema = z
  .record(z.string(), z.unknown())
  .openapi('Ledger', { description: 'The ledger; its JSON Schema is served at /api/v1/ledger/schema' });

export const VersionSchema = VersionSummarySchema.extend({ ledger: LedgerDocumentSchema }).openapi('LedgerVersion');

export const VersionNumberParam = z.object({
  number: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'number', in: 'path' }, example: 1 }),
});

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ example: 50 }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ example: 0 }),
});

const FileSchema = z.object({
  // Names only label messages, but a name that climbs out of a folder is refused all the same.
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\w./-]+$/, 'letters, digits, dot, dash, underscore and slash only')
    .refine(
      (name) => !name.startsWith('/') && !name.split('/').includes('..'),
      'must be a relative path inside the ledger folder',
    ),
  text: z.string().max(2_000_000),
});

const LedgerFilesShape = {
  yaml: z.string().min(1).max(2_000_000).optional(),
  files: z.array(FileSchema).min(1).max(200).optional(),
};
const oneForm = (body: { yaml?: string | undefined; files?: unknown }) =>
  (body.yaml === undefined) !== (body.files === undefined);
const oneFormIssue = { message: 'give either yaml (one document) or files (a folder), not both', path: ['yaml'] };

export const LedgerUploadSchema = z
  .object({ comment: z.string().trim().min(1, 'say why the ledger changes').max(2000), ...LedgerFilesShape })
  .refine(oneForm, oneFormIssue)
  .openapi('LedgerUpload');

export const LedgerCheckSchema = z.object(LedgerFilesShape).refine(oneForm, oneFormIssue).openapi('LedgerCheck');

export const ValidationResultSchema = z
  .object({
    ok: z.boolean(),
    issues: z.array(
      z.object({
        path: z.string(),
        message: z.string(),
        code: z.string().optional(),
        file: z.string().optional(),
        line: z.number().optional(),
        column: z.number().optional(),
      }),
    ),
  })
  .openapi('LedgerValidation');
