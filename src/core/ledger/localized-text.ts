import { z } from 'zod';

// Every published sentence exists in Japanese and English: the notice is rendered in both.
export const LocalizedTextSchema = z
  .object({
    ja: z.string().trim().min(1, 'Japanese text is required'),
    en: z.string().trim().min(1, 'English text is required'),
  })
  .strict();
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const IdSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,63}$/,
    'must be lower-case letters, digits and hyphens (at most 64), e.g. "payroll-calc"',
  );

export const IdListSchema = z.array(IdSchema);

export const DateSchema = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });

export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "JP", "US" or "HK"');

export const ContactSchema = z
  .object({
    name: LocalizedTextSchema,
    department: LocalizedTextSchema.optional(),
    address: LocalizedTextSchema.optional(),
    postalCode: z.string().optional(),
    phone: z.array(z.string()).optional(),
    fax: z.string().optional(),
    email: z.email().optional(),
    url: z.url().optional(),
    hours: LocalizedTextSchema.optional(),
    note: LocalizedTextSchema.optional(),
  })
  .strict();
export type Contact = z.infer<typeof ContactSchema>;

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];
