/** `GET /privacy/preferences/{token}` (src/http/routes/preference-routes.ts). */
export interface PreferenceChoice {
  readonly kind: 'purpose' | 'recipient';
  readonly id: string;
  readonly mode: 'opt-in' | 'opt-out';
  readonly title: string;
  readonly recipientKind?: string;
  readonly purposesAtRecipient: readonly string[];
  readonly details: readonly string[];
  readonly categories: readonly string[];
  readonly items: readonly string[];
  readonly operators: readonly string[];
  readonly overseas?: {
    readonly country: string;
    readonly countryName: string;
    readonly system: readonly string[];
    readonly measures?: string;
    readonly foreignSystemImpact?: string;
  };
  readonly informationVersion: string;
  readonly last?: { readonly status: 'given' | 'withdrawn' | 'refused'; readonly at: string };
  readonly active: boolean;
}

export interface Preferences {
  readonly expiresAt: string;
  readonly noticeVersion: number;
  readonly choices: readonly PreferenceChoice[];
}

export const choiceKey = (choice: { readonly kind: string; readonly id: string }) => `${choice.kind}:${choice.id}`;

/** What the page shows selected at first: nothing for a consent never asked (no pre-ticked answer). */
export const initialAnswer = (choice: PreferenceChoice): boolean | undefined =>
  choice.mode === 'opt-in' && choice.last === undefined ? undefined : choice.active;
