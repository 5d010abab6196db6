import { addJapanDays } from '../japan-time.ts';
import type { BreachRules } from './breach-rules.ts';
import { type IncidentFacts, WRONGFUL_PURPOSE_CAUSES } from './incident.ts';

export type BreachGround = 'BR-1' | 'BR-2' | 'BR-3' | 'BR-4' | 'MN-5';

/** What the business must do about an incident, and by when. */
export interface IncidentClassification {
  /** Report to the Personal Information Protection Commission (Art. 26). */
  readonly reportable: boolean;
  readonly grounds: readonly BreachGround[];
  /** Why it is not reportable although a ground applies (BR-5, BR-10). */
  readonly exemption?: 'strong-encryption' | 'pseudonymised' | 'contractor-notified-client';
  readonly notifyIndividuals: boolean;
  /** BR-10: a contractor tells its client promptly, reportable or not. */
  readonly notifyClient?: string;
  readonly deadlines: {
    readonly preliminaryReport?: Date;
    readonly confirmedReport?: Date;
    /** BR-12: the Privacy Mark body gets its own report on the same shape. */
    readonly privacyMarkReport?: Date;
    /** BR-10: a contractor that has not yet told its client, promptly (the preliminary-report period). */
    readonly clientNotification?: Date;
  };
}

/** The flags of the items involved, as the ledger states them. */
export interface ItemFlags {
  readonly specialCare: boolean;
  readonly financial: boolean;
  readonly myNumber: boolean;
}

/**
 * Classifies an incident against BR-1..BR-12 and MN-5 and starts the clocks from discovery (BR-8). Periods are
 * Japanese calendar days: "within 30 days" ends at midnight Japan time of the 30th day after the day of discovery
 * (the day of discovery itself is not counted), whatever the hour of discovery.
 */
export function classifyIncident(
  facts: IncidentFacts,
  flagsOf: (item: string) => ItemFlags | undefined,
  rules: BreachRules,
): IncidentClassification {
  const flags = facts.items.map(flagsOf).filter((f): f is ItemFlags => f !== undefined);
  const wrongfulPurpose = WRONGFUL_PURPOSE_CAUSES.has(facts.cause);
  const grounds: BreachGround[] = [];
  if (flags.some((f) => f.specialCare)) grounds.push('BR-1');
  if (flags.some((f) => f.financial)) grounds.push('BR-2');
  if (wrongfulPurpose) grounds.push('BR-3');
  if (facts.peopleAffected > rules.peopleThreshold) grounds.push('BR-4');
  if (flags.some((f) => f.myNumber) && facts.peopleAffected > rules.myNumberPeopleThreshold) grounds.push('MN-5');

  const exemption = facts.stronglyEncrypted
    ? ('strong-encryption' as const)
    : facts.pseudonymisedOnly
      ? ('pseudonymised' as const)
      : facts.asContractorFor !== undefined && facts.clientNotified === true
        ? ('contractor-notified-client' as const)
        : undefined;
  const reportable = grounds.length > 0 && exemption === undefined;
  // BR-5: encrypted or pseudonymised data needs no notice either; BR-13 relief (when in force) only for
  // low-risk cases, i.e. reportable by number of people alone.
  const lowRisk = rules.lowRiskNotificationRelief && grounds.every((g) => g === 'BR-4');
  const notifyIndividuals = reportable && !lowRisk;
  const from = facts.discoveredAt;
  const confirmed = addJapanDays(from, wrongfulPurpose ? rules.confirmedDaysWrongfulPurpose : rules.confirmedDays);
  const clientPending = facts.asContractorFor !== undefined && facts.clientNotified !== true;
  return {
    reportable,
    grounds,
    ...(exemption ? { exemption } : {}),
    notifyIndividuals,
    ...(facts.asContractorFor !== undefined ? { notifyClient: facts.asContractorFor } : {}),
    deadlines: {
      ...(reportable
        ? { preliminaryReport: addJapanDays(from, rules.preliminaryDays), confirmedReport: confirmed }
        : {}),
      // BR-12: a P-mark holder reports incidents to the Privacy Mark body whether or not the PPC needs one.
      ...(facts.privacyMarkHolder ? { privacyMarkReport: confirmed } : {}),
      ...(clientPending ? { clientNotification: addJapanDays(from, rules.preliminaryDays) } : {}),
    },
  };
}
