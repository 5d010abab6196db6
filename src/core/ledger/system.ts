import { z } from 'zod';
import { CountryCodeSchema, IdListSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';

export const StoreSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema.optional(),
    /** Countries where the data may be stored. Required: the notice lists overseas storage by country (OT-1). */
    countries: z.array(CountryCodeSchema).optional(),
    region: z.string().optional(),
    encryptionAtRest: z.boolean().default(false),
    items: IdListSchema.min(1, 'name the data items kept in this store'),
    /** The provider does not promise a location: countries lists the possible ones (kaonavi's Google row). */
    locationNotGuaranteed: z.boolean().default(false),
    note: LocalizedTextSchema.optional(),
  })
  .strict();
export type Store = z.infer<typeof StoreSchema>;

export const ConnectionSchema = z
  .object({
    engine: z.enum(['postgres', 'mysql', 'sqlite']),
    /** Name of the environment variable or secret holding the connection string; never the secret itself. */
    secretRef: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must name an environment variable, e.g. HR_DB_URL'),
    annotations: z.string().optional(),
  })
  .strict();

/** A system (service, application, database) and the stores it keeps personal data in. */
export const SystemSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    provider: LocalizedTextSchema.optional(),
    operators: IdListSchema.optional(),
    description: LocalizedTextSchema.optional(),
    stores: z.array(StoreSchema).min(1, 'a system keeps data in at least one store'),
    accessRoles: IdListSchema.default([]),
    /** The contractor running it, when the system is outsourced (cloud provider). */
    contractor: IdSchema.optional(),
    ipRestricted: z.boolean().default(false),
    connection: ConnectionSchema.optional(),
  })
  .strict();
export type System = z.infer<typeof SystemSchema>;
