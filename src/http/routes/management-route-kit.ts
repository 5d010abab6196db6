import { z } from '@hono/zod-openapi';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';

/** Shared pieces of the management-system routes (complaints, contractor reviews, audits, training). */
export const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
export const body = <T>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
/** Records are described by their input schemas; the answer is the stored record. */
export const RecordSchema = z.any().openapi({ type: 'object' });
export const IdParam = z.object({ id: z.string().min(1).max(200) });
export const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const writeResponses = (description: string) => ({
  200: json(RecordSchema, description),
  400: errorResponses[400],
  404: errorResponses[404],
  409: json(ErrorBodySchema, 'Conflicts with the record as it stands (closed, incomplete, changed concurrently)'),
});
export const readResponses = (description: string) => ({
  200: json(RecordSchema, description),
  400: errorResponses[400],
  404: errorResponses[404],
});
