import { z } from 'zod';
import { ContactSchema, DateSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';

/** Lines of business that carry their own legal duties (SC-4 applies to recruiting and staffing). */
export const BusinessLineSchema = z.enum([
  'staffing',
  'recruiting',
  'outplacement',
  'hr-saas',
  'outsourcing',
  'relocation',
  'real-estate',
  'insurance-agency',
  'holding',
  'other',
]);
export type BusinessLine = z.infer<typeof BusinessLineSchema>;

export const CertificationSchema = z
  .object({
    kind: z.enum(['privacy-mark', 'iso27001', 'iso27701', 'other']),
    name: LocalizedTextSchema,
    body: LocalizedTextSchema.optional(),
    certifiedOn: DateSchema.optional(),
    reference: z.string().optional(),
    url: z.url().optional(),
  })
  .strict();

/**
 * The operator's rules for Mamori's own account passwords; absent fields take Mamori's default (15 characters with
 * upper and lower case, digits and symbols, not a common password; H&R's policy).
 */
export const PasswordPolicySettingsSchema = z
  .object({
    minLength: z.number().int().min(8).max(128).optional(),
    requireUppercase: z.boolean().optional(),
    requireLowercase: z.boolean().optional(),
    requireDigit: z.boolean().optional(),
    requireSymbol: z.boolean().optional(),
    rejectCommon: z.boolean().optional(),
  })
  .strict();
export type PasswordPolicySettings = z.infer<typeof PasswordPolicySettingsSchema>;

/** A business operator (個人情報取扱事業者) of the group: the party the law's duties fall on. */
export const OperatorSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    groupRole: z.enum(['holding', 'subsidiary', 'affiliate', 'standalone']).default('standalone'),
    parent: IdSchema.optional(),
    businessLines: z.array(BusinessLineSchema).default([]),
    address: LocalizedTextSchema,
    postalCode: z.string().optional(),
    representative: z.object({ title: LocalizedTextSchema, name: LocalizedTextSchema }).strict(),
    privacyAdministrator: z
      .object({
        title: LocalizedTextSchema,
        department: LocalizedTextSchema.optional(),
        name: LocalizedTextSchema.optional(),
        email: z.email().optional(),
        phone: z.string().optional(),
        url: z.url().optional(),
      })
      .strict(),
    complaintDesk: ContactSchema,
    accreditedOrganisation: z
      .object({
        name: LocalizedTextSchema,
        desk: LocalizedTextSchema.optional(),
        address: LocalizedTextSchema.optional(),
        phone: z.array(z.string()).optional(),
        url: z.url().optional(),
        note: LocalizedTextSchema.optional(),
      })
      .strict()
      .optional(),
    /** Where questions about My Number (specified personal information) go, by scope (Pasona's basic policy). */
    myNumberContacts: z.array(z.object({ scope: LocalizedTextSchema, contact: ContactSchema }).strict()).default([]),
    certifications: z.array(CertificationSchema).default([]),
    website: z.url().optional(),
    // why: H&R's policy fixes the weakest password allowed; operators may state their own (issue 4).
    passwordPolicy: PasswordPolicySettingsSchema.optional(),
  })
  .strict();
export type Operator = z.infer<typeof OperatorSchema>;
