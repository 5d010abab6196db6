/**
 * Thresholds and periods of the breach rules that the requirement notes mark as "check": configurable, with
 * the notes' defaults.
 */
export interface BreachRules {
  /** BR-6: the working figure for the preliminary report (速報), in days from discovery. */
  readonly preliminaryDays: number;
  /** BR-7: confirmed report (確報) within 30 days, 60 when BR-3 applies. */
  readonly confirmedDays: number;
  readonly confirmedDaysWrongfulPurpose: number;
  /** BR-4: more than this many people makes a breach reportable. */
  readonly peopleThreshold: number;
  /** MN-5: My Number leaks over about this many people are reportable under the My Number rules. */
  readonly myNumberPeopleThreshold: number;
  /** BR-13: whether individual notification may be skipped for low-risk cases (not yet in force). */
  readonly lowRiskNotificationRelief: boolean;
}

export const DEFAULT_BREACH_RULES: BreachRules = {
  preliminaryDays: 3,
  confirmedDays: 30,
  confirmedDaysWrongfulPurpose: 60,
  peopleThreshold: 1000,
  myNumberPeopleThreshold: 100,
  lowRiskNotificationRelief: false,
};
