import { z } from '@hono/zod-openapi';
import { IdSchema as LedgerId } from '../../core/ledger/localized-text.ts';
import { CERTIFICATE_MEDIA_TYPES } from '../../core/retention/contractor-document.ts';

/** A ledger id (bounded, so the OpenAPI document says how long it may be). */
const IdSchema = LedgerId.max(64);

/** Largest contractor's certificate accepted (decoded); base64 makes it a third longer. */
export const MAX_CERTIFICATE_BYTES = 3 * 1024 * 1024;

const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'no control characters');

export const PlanQuery = z.object({
  system: z
    .string()
    .max(2000)
    .optional()
    .openapi({ description: 'comma-separated system ids (default: every system you may see)' }),
  asOf: z.iso.date().optional().openapi({ description: 'the Japanese calendar day to plan for (default: today)' }),
});

export const RunBody = z
  .object({ systems: z.array(IdSchema).min(1).max(100).optional() })
  .strict()
  .openapi('DisposalRunInput');

export const ListQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const IdParam = z.object({ id: z.string().min(1).max(200) });
export const CertificateQuery = z.object({ format: z.enum(['json', 'pdf']).default('json') });

const SubjectRef = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'a subject id or case reference (letters, digits, . _ : -)');

/** The edge's shape of a hold's scope: flat, every field bounded (checked against the kind after). */
const ScopeInput = z
  .object({
    kind: z.enum(['person', 'operator', 'system']),
    subject: SubjectRef.optional().openapi({ description: 'person holds: a subject id or case reference' }),
    operator: IdSchema.optional(),
    system: IdSchema.optional(),
  })
  .strict();

/** How a held person is found in the company databases: flat, each field bounded; checked against the kind after. */
export const IdentityInput = z
  .object({
    kind: z.enum(['email', 'staff-number', 'my-number', 'name-birth']),
    email: z.string().min(3).max(254).optional(),
    staffNumber: z.string().min(1).max(64).optional(),
    myNumber: z.string().min(12).max(32).optional(),
    name: z.string().min(1).max(200).optional(),
    birthDate: z.string().min(6).max(32).optional(),
  })
  .strict()
  .openapi({ description: 'person holds only: how to find them (sealed at rest, never returned)' });

export const HoldBody = z
  .object({
    scope: ScopeInput,
    identity: IdentityInput.optional(),
    reason: Text(1000),
    owner: Text(200),
  })
  .strict()
  .openapi('LegalHoldInput');

export const HoldsQuery = z.object({ active: z.enum(['true', 'false']).optional() });
export const ReleaseBody = z
  .object({ reason: Text(1000) })
  .strict()
  .openapi('LegalHoldRelease');

export const ContractorDisposalBody = z
  .object({
    contractor: IdSchema,
    rule: IdSchema,
    system: IdSchema.optional(),
    rows: z.number().int().min(0).max(1_000_000_000),
    disposedOn: z.iso.date(),
    method: Text(500),
    certificate: z
      .object({
        fileName: z
          .string()
          .min(1)
          .max(200)
          .regex(/^(?!\.)[^/\\\p{Cc}]+$/u, 'a plain file name (no folders)'),
        mediaType: z.enum(CERTIFICATE_MEDIA_TYPES),
        content: z
          .base64()
          .max(Math.ceil(MAX_CERTIFICATE_BYTES / 3) * 4)
          .openapi({ description: `base64, at most ${MAX_CERTIFICATE_BYTES} bytes decoded` }),
      })
      .strict(),
  })
  .strict()
  .openapi('ContractorDisposalInput');
