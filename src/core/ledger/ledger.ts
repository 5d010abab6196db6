import { z } from 'zod';
import { ContractorSchema } from './contractor.ts';
import { CountrySchema } from './country.ts';
import { DataItemSchema } from './data-item.ts';
import { DeidentifiedDataSchema } from './deidentified-data.ts';
import { ExternalTransmissionSchema } from './external-transmission.ts';
import { JointUseSchema } from './joint-use.ts';
import { IdSchema, LocalizedTextSchema } from './localized-text.ts';
import { NoticeSettingsSchema } from './notice-settings.ts';
import { OperatorSchema } from './operator.ts';
import { PurposeSchema } from './purpose.ts';
import { ProvisionExceptionSchema, RecipientSchema } from './recipient.ts';
import { RequestProcedureSchema } from './request-procedure.ts';
import { RetentionRuleSchema } from './retention-rule.ts';
import { RoleSchema } from './role.ts';
import { SecurityMeasuresSchema } from './security-measures.ts';
import { SubjectCategorySchema } from './subject-category.ts';
import { SystemSchema } from './system.ts';

/** The ledger (個人情報管理台帳): everything Mamori computes starts here. */
export const LedgerSchema = z
  .object({
    ledger: z
      .object({
        id: IdSchema,
        name: LocalizedTextSchema,
        description: LocalizedTextSchema.optional(),
      })
      .strict(),
    operators: z.array(OperatorSchema).min(1, 'a ledger names at least one business operator'),
    subjectCategories: z.array(SubjectCategorySchema).min(1, 'a ledger names at least one subject category'),
    dataItems: z.array(DataItemSchema).min(1, 'a ledger names at least one data item'),
    purposes: z.array(PurposeSchema).min(1, 'a ledger names at least one purpose of use'),
    systems: z.array(SystemSchema).default([]),
    retentionRules: z.array(RetentionRuleSchema).default([]),
    thirdPartyProvision: z
      .object({
        exceptions: z.array(ProvisionExceptionSchema).default([]),
        statement: LocalizedTextSchema.optional(),
      })
      .strict()
      .default({ exceptions: [] }),
    recipients: z.array(RecipientSchema).default([]),
    jointUses: z.array(JointUseSchema).default([]),
    contractors: z.array(ContractorSchema).default([]),
    contractingStatement: LocalizedTextSchema.optional(),
    externalTransmissions: z.array(ExternalTransmissionSchema).default([]),
    roles: z.array(RoleSchema).default([]),
    requestProcedures: z.array(RequestProcedureSchema).min(1, 'a ledger states how requests from individuals are made'),
    securityMeasures: z.array(SecurityMeasuresSchema).default([]),
    deidentifiedData: z.array(DeidentifiedDataSchema).default([]),
    countries: z.array(CountrySchema).default([]),
    notice: NoticeSettingsSchema.default({ principles: [], sections: [], revisions: [] }),
  })
  .strict();
export type Ledger = z.infer<typeof LedgerSchema>;
/** The YAML as written, before defaults are applied. */
export type LedgerInput = z.input<typeof LedgerSchema>;

/** Top-level sections that are lists of elements with ids (a folder ledger may split them across files). */
export const LIST_SECTIONS = [
  'operators',
  'subjectCategories',
  'dataItems',
  'purposes',
  'systems',
  'retentionRules',
  'recipients',
  'jointUses',
  'contractors',
  'externalTransmissions',
  'roles',
  'requestProcedures',
  'securityMeasures',
  'deidentifiedData',
  'countries',
] as const satisfies readonly (keyof Ledger)[];
