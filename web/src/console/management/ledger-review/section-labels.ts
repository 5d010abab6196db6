import type { MessageKey } from '../../../shared/i18n.tsx';
import type { ReviewableSection } from '../types.ts';

/** Every reviewable ledger section's name (a section the core adds fails to compile here until it is named). */
export const SECTION_LABEL: Readonly<Record<ReviewableSection, MessageKey>> = {
  operators: 'mgmt.section.operators',
  subjectCategories: 'mgmt.section.subjectCategories',
  dataItems: 'mgmt.section.dataItems',
  purposes: 'mgmt.section.purposes',
  systems: 'mgmt.section.systems',
  retentionRules: 'mgmt.section.retentionRules',
  recipients: 'mgmt.section.recipients',
  jointUses: 'mgmt.section.jointUses',
  contractors: 'mgmt.section.contractors',
  externalTransmissions: 'mgmt.section.externalTransmissions',
  roles: 'mgmt.section.roles',
  requestProcedures: 'mgmt.section.requestProcedures',
  securityMeasures: 'mgmt.section.securityMeasures',
  deidentifiedData: 'mgmt.section.deidentifiedData',
  countries: 'mgmt.section.countries',
  thirdPartyProvision: 'mgmt.section.thirdPartyProvision',
  notice: 'mgmt.section.notice',
};
