import { z } from 'zod';
import { IdListSchema, LocalizedTextSchema } from './localized-text.ts';

const Measures = z.array(LocalizedTextSchema).default([]);

/** Security control measures published with retained data (RQ-1), in the PPC guideline's areas. */
export const SecurityMeasuresSchema = z
  .object({
    operators: IdListSchema.optional(),
    basicPolicy: Measures,
    rules: Measures,
    organisational: Measures,
    personnel: Measures,
    physical: Measures,
    technical: Measures,
    externalEnvironment: Measures,
  })
  .strict();
export type SecurityMeasures = z.infer<typeof SecurityMeasuresSchema>;
export const SECURITY_AREAS = [
  'basicPolicy',
  'rules',
  'organisational',
  'personnel',
  'physical',
  'technical',
  'externalEnvironment',
] as const;
