import type { HoldScope } from './types.ts';

export type IdentityKind = 'email' | 'staff-number' | 'my-number' | 'name-birth';
export const IDENTITY_KINDS: readonly IdentityKind[] = ['email', 'staff-number', 'my-number', 'name-birth'];

/** The hold form as typed: every field of every kind, so switching kinds keeps what was entered. */
export interface HoldDraft {
  readonly kind: HoldScope['kind'];
  readonly subject: string;
  readonly operator: string;
  readonly system: string;
  readonly identityKind: IdentityKind;
  readonly email: string;
  readonly staffNumber: string;
  readonly myNumber: string;
  readonly name: string;
  readonly birthDate: string;
  readonly reason: string;
  readonly owner: string;
}

export const EMPTY_HOLD: HoldDraft = {
  kind: 'system',
  subject: '',
  operator: '',
  system: '',
  identityKind: 'email',
  email: '',
  staffNumber: '',
  myNumber: '',
  name: '',
  birthDate: '',
  reason: '',
  owner: '',
};

/**
 * POST /api/v1/retention/holds's body from the draft: only the fields of the chosen kind (the API refuses others).
 * Text is sent as typed, empty included, so the API's own validation names what is missing at its field.
 */
export function holdBody(draft: HoldDraft): Record<string, unknown> {
  const scope: Record<string, string> = { kind: draft.kind };
  if (draft.kind === 'person') {
    scope.subject = draft.subject.trim();
    if (draft.operator !== '') scope.operator = draft.operator;
  } else if (draft.kind === 'operator') scope.operator = draft.operator;
  else scope.system = draft.system;
  const body: Record<string, unknown> = { scope, reason: draft.reason, owner: draft.owner };
  if (draft.kind === 'person') body.identity = identity(draft);
  return body;
}

function identity(draft: HoldDraft): Record<string, string> {
  switch (draft.identityKind) {
    case 'email':
      return { kind: 'email', email: draft.email.trim() };
    case 'staff-number':
      return { kind: 'staff-number', staffNumber: draft.staffNumber.trim() };
    case 'my-number':
      return { kind: 'my-number', myNumber: draft.myNumber.trim() };
    case 'name-birth':
      return { kind: 'name-birth', name: draft.name.trim(), birthDate: draft.birthDate.trim() };
  }
}
