import { type Ledger, LIST_SECTIONS } from '../ledger/ledger.ts';
import { diffElements } from './diff-elements.ts';
import {
  contractorSpec,
  deidentifiedDataSpec,
  externalTransmissionSpec,
  jointUseSpec,
  recipientSpec,
} from './diff-parties.ts';
import { countrySpec, diffSingletons, requestProcedureSpec, securityMeasuresSpec } from './diff-settings.ts';
import { categorySpec, dataItemSpec, operatorSpec, purposeSpec } from './diff-subjects.ts';
import { retentionRuleSpec, roleSpec, systemSpec } from './diff-systems.ts';
import { RefResolver } from './diff-tools.ts';
import type { LedgerChange } from './ledger-change.ts';

// Sections diffed element by element (LIST_SECTIONS); everything else at the top level field by field.
const SINGLETONS = new Set<keyof Ledger>(['ledger', 'thirdPartyProvision', 'notice', ...LIST_SECTIONS]);

/**
 * The changes between two versions of a ledger, in the domain's words: a purpose added, a retention rule
 * shortened, a store now also abroad. Each names the element and says whether it widens or narrows use.
 * Sections come in ledger order; within one, elements in the newer ledger's order, removed ones last.
 */
export function diffLedgers(before: Ledger, after: Ledger): LedgerChange[] {
  const refs = new RefResolver(before, after);
  const others = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key): key is keyof Ledger => !SINGLETONS.has(key as keyof Ledger),
  );
  return [
    ...diffSingletons(before, after, others),
    ...diffElements(operatorSpec, before.operators, after.operators),
    ...diffElements(categorySpec, before.subjectCategories, after.subjectCategories),
    ...diffElements(dataItemSpec(refs), before.dataItems, after.dataItems),
    ...diffElements(purposeSpec(refs), before.purposes, after.purposes),
    ...diffElements(systemSpec(refs), before.systems, after.systems),
    ...diffElements(retentionRuleSpec, before.retentionRules, after.retentionRules),
    ...diffElements(recipientSpec(refs), before.recipients, after.recipients),
    ...diffElements(jointUseSpec, before.jointUses, after.jointUses),
    ...diffElements(contractorSpec(refs), before.contractors, after.contractors),
    ...diffElements(externalTransmissionSpec, before.externalTransmissions, after.externalTransmissions),
    ...diffElements(roleSpec(refs), before.roles, after.roles),
    ...diffElements(requestProcedureSpec(before, after), before.requestProcedures, after.requestProcedures),
    ...diffElements(securityMeasuresSpec(before, after), before.securityMeasures, after.securityMeasures),
    ...diffElements(deidentifiedDataSpec, before.deidentifiedData, after.deidentifiedData),
    ...diffElements(countrySpec, before.countries, after.countries),
  ];
}
