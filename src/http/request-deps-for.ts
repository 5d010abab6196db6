import { createHash, randomBytes } from 'node:crypto';
import type { DatasetBinding } from '../app/dataset-binding.ts';
import { FieldCipher } from '../app/field-cipher.ts';
import { processKeyring } from '../app/master-keyring.ts';
import { cipherSealer } from '../app/requests/cipher-sealer.ts';
import type { LetterRenderer } from '../app/requests/prepare-response.ts';
import type { DocumentSealer, Mailer, RequestDeps } from '../app/requests/request-deps.ts';
import type { HttpDeps } from './http-deps.ts';

/** The request workflow's adapters (main.ts builds them from the environment). */
export interface RequestHttpOptions {
  /** SMTP (MAMORI_SMTP_URL); none: electronic delivery is refused, naming the setting. */
  readonly mailer?: Mailer;
  /** Default: the field cipher's identity-document key. */
  readonly sealer?: DocumentSealer;
  readonly datasets?: readonly DatasetBinding[];
  /** Where people reach Mamori (MAMORI_PUBLIC_URL), for download links; default http://localhost:8080. */
  readonly publicUrl?: string;
  /** The reply letter as PDF; default src/notice/render-letter.ts. */
  readonly renderLetter?: LetterRenderer;
  /** Public submissions per client address: burst and refill (default 5, one per 2 minutes). */
  readonly submitLimit?: { readonly capacity: number; readonly refillMs: number };
}

/** The request workflow's dependencies from the HTTP layer's (main.ts passes the mailer, sealer and datasets). */
export function requestDepsFor(deps: HttpDeps): RequestDeps {
  const options = deps.requests ?? {};
  const sealer =
    options.sealer ??
    cipherSealer(
      deps.cipher ?? new FieldCipher({ dataKeys: deps.store.dataKeys, masters: processKeyring(), clock: deps.clock }),
    );
  return {
    store: deps.store,
    clock: deps.clock,
    evidence: deps.evidence,
    policies: deps.policies,
    randomBytes: (size) => randomBytes(size),
    hash: (text) => createHash('sha256').update(text).digest('hex'),
    sealer,
    ...(options.mailer ? { mailer: options.mailer } : {}),
    ...(options.datasets ? { datasets: options.datasets } : {}),
  };
}
