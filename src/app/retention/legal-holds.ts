import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import type { FoundRows } from '../../core/dataset/dataset-rows.ts';
import { type PersonIdentity, PersonIdentitySchema } from '../../core/dataset/person-identity.ts';
import type { HeldKeys } from '../../core/retention/due-condition.ts';
import type { HoldScope, LegalHold } from '../../core/retention/legal-hold.ts';
import type { DatasetBinding } from '../dataset-binding.ts';
import { findInDataset } from '../find-person-data.ts';
import type { RetentionDeps } from './retention-deps.ts';

export interface PlaceHoldInput {
  readonly scope: HoldScope;
  /** For a person hold: how to find them in the company databases (sealed at rest, never shown again). */
  readonly identity?: PersonIdentity;
  readonly reason: string;
  readonly owner: string;
}

/** Places a legal hold: from now on, disposal skips what it covers and reports it. */
export async function placeHold(deps: RetentionDeps, input: PlaceHoldInput, actor: string): Promise<LegalHold> {
  const latest = await deps.store.ledgerVersions.latest();
  const { scope } = input;
  if (scope.kind === 'system' && !latest?.ledger.systems.some((s) => s.id === scope.system)) {
    throw new AppError('VALIDATION', `the ledger has no system ${scope.system}`, {
      issues: [{ path: 'scope.system', message: 'unknown system' }],
    });
  }
  const operator = scope.kind === 'system' ? undefined : scope.operator;
  if (operator !== undefined && !latest?.ledger.operators.some((o) => o.id === operator)) {
    throw new AppError('VALIDATION', `the ledger has no operator ${operator}`, {
      issues: [{ path: 'scope.operator', message: 'unknown operator' }],
    });
  }
  if ((scope.kind === 'person') !== (input.identity !== undefined)) {
    throw new AppError('VALIDATION', 'a person hold needs the identity to find them by; other holds take none', {
      issues: [{ path: 'identity', message: scope.kind === 'person' ? 'required' : 'not allowed' }],
    });
  }
  for (const [path, text] of [
    ['reason', input.reason],
    ['owner', input.owner],
  ] as const) {
    if (text.trim() === '')
      throw new AppError('VALIDATION', `${path} is empty`, { issues: [{ path, message: 'required' }] });
  }
  const hold: LegalHold = {
    id: `hold-${randomUUID()}`,
    scope,
    reason: input.reason.trim(),
    owner: input.owner.trim(),
    placedBy: actor,
    placedAt: deps.clock.now(),
  };
  let sealed: Uint8Array | undefined;
  if (input.identity !== undefined) {
    if (deps.sealer === undefined)
      throw new AppError('UNPROCESSABLE', 'person holds need field encryption (no sealer configured)');
    const plain = new TextEncoder().encode(JSON.stringify(input.identity));
    sealed = await deps.sealer.seal(plain, { table: 'retention_holds', column: 'identity_sealed', row: hold.id });
  }
  await deps.store.retention.addHold(hold, sealed, [
    {
      type: 'disposal',
      actor,
      at: hold.placedAt,
      payload: { event: 'hold-placed', hold: hold.id, ...scopeIds(scope) },
    },
  ]);
  return hold;
}

/** Releases a hold; disposal may take what it kept at the next run. */
export async function releaseHold(deps: RetentionDeps, id: string, reason: string, actor: string): Promise<LegalHold> {
  const hold = await deps.store.retention.hold(id);
  if (hold === undefined) throw new AppError('NOT_FOUND', `legal hold ${id} not found`);
  if (reason.trim() === '')
    throw new AppError('VALIDATION', 'reason is empty', { issues: [{ path: 'reason', message: 'required' }] });
  const released = { by: actor, at: deps.clock.now(), reason: reason.trim() };
  const done = await deps.store.retention.releaseHold(id, released, [
    {
      type: 'disposal',
      actor,
      at: released.at,
      payload: { event: 'hold-released', hold: id, ...scopeIds(hold.scope) },
    },
  ]);
  if (!done) throw new AppError('CONFLICT', `legal hold ${id} is already released`);
  return { ...hold, released };
}

/** Ids only (the evidence log never holds a person's data): the hold's kind and what it names. */
export function scopeIds(scope: HoldScope): Record<string, string> {
  switch (scope.kind) {
    case 'person':
      return { scope: 'person', subject: scope.subject, ...(scope.operator ? { operator: scope.operator } : {}) };
    case 'operator':
      return { scope: 'operator', operator: scope.operator };
    case 'system':
      return { scope: 'system', system: scope.system };
  }
}

/** The rows each active person hold covers in one database (found by the sealed identity, as a request would). */
export async function heldRows(
  deps: RetentionDeps,
  holds: readonly LegalHold[],
  binding: DatasetBinding,
): Promise<Map<string, FoundRows>> {
  const out = new Map<string, FoundRows>();
  for (const hold of holds) {
    if (hold.scope.kind !== 'person' || hold.released !== undefined) continue;
    const sealed = await deps.store.retention.holdIdentity(hold.id);
    if (sealed === undefined || deps.sealer === undefined) {
      throw new AppError(
        'UNPROCESSABLE',
        `legal hold ${hold.id}: its identity cannot be read, so disposal cannot honour it`,
      );
    }
    const plain = await deps.sealer.open(sealed, { table: 'retention_holds', column: 'identity_sealed', row: hold.id });
    const identity = PersonIdentitySchema.parse(JSON.parse(new TextDecoder().decode(plain)));
    out.set(hold.id, await findInDataset(binding, identity));
  }
  return out;
}

/** Every held key per table, over all person holds. */
export function mergeHeldKeys(
  found: ReadonlyMap<string, FoundRows>,
  keyColumns: Readonly<Record<string, string>>,
): HeldKeys {
  const out = new Map<string, (string | number | boolean | null)[]>();
  for (const rows of found.values()) {
    for (const [table, tableRows] of rows) {
      const keyColumn = keyColumns[table];
      if (keyColumn === undefined) continue;
      const list = out.get(table) ?? [];
      for (const row of tableRows.values()) list.push(row[keyColumn] ?? null);
      out.set(table, list);
    }
  }
  return out;
}
