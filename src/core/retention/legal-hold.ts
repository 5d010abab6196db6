import { z } from 'zod';
import { IdSchema } from '../ledger/localized-text.ts';
import type { System } from '../ledger/system.ts';

/** What a legal hold covers: one person (found in each database by their identity), an operator, or a system. */
export const HoldScopeSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('person'),
      /** How the hold names the person in Mamori (a subject id or case reference); never their data. */
      subject: z
        .string()
        .min(1)
        .max(200)
        .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'a subject id or case reference (letters, digits, . _ : -)'),
      operator: IdSchema.optional(),
    })
    .strict(),
  z.object({ kind: z.literal('operator'), operator: IdSchema }).strict(),
  z.object({ kind: z.literal('system'), system: IdSchema }).strict(),
]);
export type HoldScope = z.infer<typeof HoldScopeSchema>;

/** A legal hold: disposal of what it covers stops until it is released. */
export interface LegalHold {
  readonly id: string;
  readonly scope: HoldScope;
  readonly reason: string;
  /** Who is responsible for the hold (a person or a department). */
  readonly owner: string;
  readonly placedBy: string;
  readonly placedAt: Date;
  readonly released?: { readonly by: string; readonly at: Date; readonly reason: string };
}

export function isActiveHold(hold: LegalHold): boolean {
  return hold.released === undefined;
}

/**
 * Whether a hold stops every disposal in a system. An operator's hold covers the systems it uses and the
 * group-wide ones (a system naming no operator may hold anyone's data: we cannot tell its rows apart).
 */
export function holdCoversSystem(hold: LegalHold, system: Pick<System, 'id' | 'operators'>): boolean {
  switch (hold.scope.kind) {
    case 'system':
      return hold.scope.system === system.id;
    case 'operator':
      return system.operators === undefined || system.operators.includes(hold.scope.operator);
    case 'person':
      return false;
  }
}
