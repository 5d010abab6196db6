import type { z } from '@hono/zod-openapi';
import type { RequestDeps } from '../../app/requests/request-deps.ts';
import { type SubmittedRequest, submitRequest } from '../../app/requests/submit-request.ts';
import type { NewRequest, PrivacyRequest } from '../../core/requests/privacy-request.ts';
import type { DocumentUploadSchema, SubmitRequestSchema } from './request-schemas.ts';

type Upload = z.infer<typeof DocumentUploadSchema>;
type Input = Omit<z.infer<typeof SubmitRequestSchema>, 'documents'>;

/**
 * Takes a request in with its identity documents (base64 in the JSON body): the use case checks and seals them
 * and stores the request with them in one transaction, so a refused document leaves no request behind.
 */
export function intake(
  deps: RequestDeps,
  input: {
    readonly request: Input;
    readonly documents: readonly Upload[] | undefined;
    readonly channel: PrivacyRequest['channel'];
    readonly actor: string;
  },
): Promise<SubmittedRequest> {
  // The edge checked the fields; the use case parses the whole against NewRequestSchema (identity kinds, agents).
  const request = input.request as NewRequest;
  const documents = (input.documents ?? []).map((upload) => ({
    kind: upload.kind,
    fileName: upload.fileName,
    mediaType: upload.mediaType,
    content: new Uint8Array(Buffer.from(upload.content, 'base64')),
  }));
  return submitRequest(deps, { request, channel: input.channel, actor: input.actor, documents });
}
