import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { RequestDeps } from '../../app/requests/request-deps.ts';
import { openDocument } from '../../app/requests/request-documents.ts';
import { AppError } from '../../core/app-error.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import { IdParam } from './request-schemas.ts';
import { recordRequestAccess, visibleRequest } from './request-views.ts';

const document = createRoute({
  method: 'get',
  path: '/api/v1/requests/{id}/documents/{documentId}',
  tags: ['requests'],
  summary: 'An identity or agent-authority document the person sent, to check their identity against',
  description: 'Served as an attachment with its checked media type; every read is in the access log.',
  security: [{ adminToken: [] }],
  request: { params: IdParam.extend({ documentId: z.string().min(1).max(100) }) },
  responses: {
    200: {
      description: 'The document',
      content: {
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
        'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) },
        'image/png': { schema: z.string().openapi({ format: 'binary' }) },
        'image/heic': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    401: { description: 'Not logged in', content: { 'application/json': { schema: ErrorBodySchema } } },
    404: errorResponses[404],
  },
});

/** The uploads of a request (response files are read through .../package). */
export function registerRequestDocumentRoutes(app: OpenAPIHono, requestDeps: RequestDeps): void {
  app.openapi(document, async (c) => {
    const { id, documentId } = c.req.valid('param');
    const request = await visibleRequest(c, requestDeps, id);
    const found = (await requestDeps.store.requests.documents(request.id)).find(
      (d) => d.id === documentId && d.kind !== 'response',
    );
    if (found === undefined) throw new AppError('NOT_FOUND', `request ${request.id} has no document ${documentId}`);
    const content = await openDocument(requestDeps, found);
    recordRequestAccess(c, [request], { of: 'document', kind: found.kind });
    c.header('content-type', found.mediaType);
    // An attachment, never rendered as a page of this origin; <img> in the console still shows images.
    c.header('content-disposition', `attachment; filename="document-${found.id}"`);
    c.header('cache-control', 'no-store');
    return c.body(new Uint8Array(content), 200) as never;
  });
}
