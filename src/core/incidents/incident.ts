/** How the data got out, as far as the classification rules care (BR-3 needs the wrongful purpose). */
export const INCIDENT_CAUSES = [
  'unauthorised-access',
  'insider-take-out',
  'web-skimming',
  'ransomware',
  'misdelivery',
  'loss',
  'theft',
  'misconfiguration',
  'other',
] as const;
export type IncidentCause = (typeof INCIDENT_CAUSES)[number];

/** Causes that imply a wrongful purpose (BR-3): unauthorised access, insider take-out, skimming (since 2024-04). */
export const WRONGFUL_PURPOSE_CAUSES: ReadonlySet<IncidentCause> = new Set<IncidentCause>([
  'unauthorised-access',
  'insider-take-out',
  'web-skimming',
  'ransomware',
  'theft',
]);

/** What is known of a leak, loss or damage of personal data when it is classified. */
export interface IncidentFacts {
  /** When any department of the business learned of it (BR-8: the clock starts there). */
  readonly discoveredAt: Date;
  readonly cause: IncidentCause;
  /** Items involved, by ledger id; their flags decide BR-1/BR-2 and the My Number rule. */
  readonly items: readonly string[];
  /** Number of people affected (an upper estimate while unknown). */
  readonly peopleAffected: number;
  /** The data was protected by strong encryption and the key did not leak (BR-5). */
  readonly stronglyEncrypted: boolean;
  /** Only pseudonymised data was involved (BR-5). */
  readonly pseudonymisedOnly: boolean;
  /** The business handled the data as a contractor for a client (BR-10). */
  readonly asContractorFor?: string;
  /** The contractor notified its client promptly (BR-10 exemption). */
  readonly clientNotified?: boolean;
  /** The business holds the Privacy Mark (BR-12). */
  readonly privacyMarkHolder: boolean;
}
