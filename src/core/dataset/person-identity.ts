import { z } from 'zod';
import {
  normalizeBirthDate,
  normalizeEmail,
  normalizeMyNumber,
  normalizeName,
  normalizeStaffNumber,
} from './normalize-identity.ts';

/** How a requester is identified in the company's databases: one of the kinds the annotations can match. */
export const PersonIdentitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('email'), email: z.string().min(3).max(254) }).strict(),
  z.object({ kind: z.literal('staff-number'), staffNumber: z.string().min(1).max(64) }).strict(),
  z.object({ kind: z.literal('my-number'), myNumber: z.string().min(12).max(32) }).strict(),
  z
    .object({ kind: z.literal('name-birth'), name: z.string().min(1).max(200), birthDate: z.string().min(6).max(32) })
    .strict(),
]);
export type PersonIdentity = z.infer<typeof PersonIdentitySchema>;

/** An identity normalised for matching; a My Number becomes its keyed hash, the plain number goes no further. */
export type MatchKey =
  | { readonly kind: 'email'; readonly email: string }
  | { readonly kind: 'staff-number'; readonly staffNumber: string }
  | { readonly kind: 'my-number'; readonly hash: string }
  | { readonly kind: 'name-birth'; readonly name: string; readonly birthDate: string };

export type MatchKeyResult =
  | { readonly ok: true; readonly key: MatchKey }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** Normalises an identity; `hashMyNumber` is the dataset's keyed hash (HMAC-SHA-256, hex). */
export function toMatchKey(identity: PersonIdentity, hashMyNumber: (digits: string) => string): MatchKeyResult {
  switch (identity.kind) {
    case 'email':
      return { ok: true, key: { kind: 'email', email: normalizeEmail(identity.email) } };
    case 'staff-number':
      return { ok: true, key: { kind: 'staff-number', staffNumber: normalizeStaffNumber(identity.staffNumber) } };
    case 'my-number': {
      const digits = normalizeMyNumber(identity.myNumber);
      if (digits === undefined) return { ok: false, path: 'myNumber', message: 'not a valid 12-digit My Number' };
      return { ok: true, key: { kind: 'my-number', hash: hashMyNumber(digits) } };
    }
    case 'name-birth': {
      const birthDate = normalizeBirthDate(identity.birthDate);
      if (birthDate === undefined) return { ok: false, path: 'birthDate', message: 'not a date of birth' };
      const name = normalizeName(identity.name);
      if (name === '') return { ok: false, path: 'name', message: 'the name is empty' };
      return { ok: true, key: { kind: 'name-birth', name, birthDate } };
    }
  }
}
