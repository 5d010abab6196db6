import { z } from 'zod';
import { CountryCodeSchema, IdListSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';

/**
 * Cookies, tags and modules that send user information out (電気通信事業法 external transmission), and
 * personally referable information received from others and linked to a person (Pasona 8, APPI Art. 31).
 */
export const ExternalTransmissionSchema = z
  .object({
    id: IdSchema,
    service: z.string().min(1),
    provider: LocalizedTextSchema,
    operators: IdListSchema.optional(),
    direction: z.enum(['outbound', 'inbound']).default('outbound'),
    purpose: LocalizedTextSchema,
    information: LocalizedTextSchema,
    items: IdListSchema.default([]),
    country: CountryCodeSchema.optional(),
    /** Linked to an identified person: needs that person's consent. */
    linkedToPerson: z.boolean().default(false),
    optOutUrl: z.url().optional(),
    policyUrl: z.url().optional(),
    /** Why: kaonavi 6 links the provider's terms of use (Google Analytics Terms of Use) beside its privacy policy. */
    termsUrl: z.url().optional(),
  })
  .strict();
export type ExternalTransmission = z.infer<typeof ExternalTransmissionSchema>;
