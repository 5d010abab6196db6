import type { BreachGround, IncidentCause, IncidentRecord } from './types.ts';

export interface ItemFlags {
  readonly specialCare: boolean;
  readonly financial: boolean;
  readonly myNumber: boolean;
}

/** Why a ground applies: the items that carry the flag, the cause, or the number against the threshold. */
export interface GroundReason {
  readonly ground: BreachGround;
  readonly items: readonly string[];
  readonly cause?: IncidentCause;
  readonly people?: number;
  readonly threshold?: number;
}

/**
 * The facts behind each ground the server found (BR-1 special care, BR-2 financial, BR-3 wrongful purpose, BR-4
 * number of people, MN-5 My Numbers), from the ledger's item flags and the operator's thresholds (when loaded).
 */
export function groundReasons(
  incident: IncidentRecord,
  flagsOf: (item: string) => ItemFlags | undefined,
  rules?: { readonly peopleThreshold: number; readonly myNumberPeopleThreshold: number },
): GroundReason[] {
  const { items, peopleAffected: people, cause } = incident.facts;
  const flagged = (flag: keyof ItemFlags) => items.filter((item) => flagsOf(item)?.[flag] === true);
  return incident.classification.grounds.map((ground): GroundReason => {
    switch (ground) {
      case 'BR-1':
        return { ground, items: flagged('specialCare') };
      case 'BR-2':
        return { ground, items: flagged('financial') };
      case 'BR-3':
        return { ground, items: [], cause };
      case 'BR-4':
        return { ground, items: [], people, ...(rules ? { threshold: rules.peopleThreshold } : {}) };
      case 'MN-5':
        return {
          ground,
          items: flagged('myNumber'),
          people,
          ...(rules ? { threshold: rules.myNumberPeopleThreshold } : {}),
        };
    }
  });
}
