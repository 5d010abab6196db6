import type { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import type { EvidenceEvent } from '../evidence-log.ts';
import type { ManagementKind, ManagementRecord } from '../management-ports.ts';
import type { Clock, Store } from '../ports.ts';

/** Every change to a management record is recorded in the store's evidence log in the same transaction. */
export interface ManagementDeps {
  readonly store: Store;
  readonly clock: Clock;
  /** Told when a contractor review or suspension changes what the decision engine must refuse. */
  readonly policies?: { invalidate(): void };
}

/** A stored record's body read back through its schema (JSON bodies are an edge). */
export function bodyOf<T extends z.ZodType>(schema: T, record: ManagementRecord): z.infer<T> {
  const parsed = schema.safeParse(record.body);
  if (!parsed.success) throw new AppError('INTERNAL', `stored ${record.kind} ${record.id} is damaged`);
  return parsed.data;
}

export async function getRecord(store: Store, kind: ManagementKind, id: string): Promise<ManagementRecord> {
  const record = await store.management.get(kind, id);
  if (!record) throw new AppError('NOT_FOUND', `${kind} ${id} not found`);
  return record;
}

/**
 * The evidence entry of a management record's change: what was done to which record (kind and id), by whom, with
 * the ids and dates the payload names. Never the record's texts: summaries and findings stay in the record.
 */
export function managementEvent(
  deps: Pick<ManagementDeps, 'clock'>,
  actor: string,
  action: string,
  payload: Readonly<Record<string, unknown>> & { readonly kind: ManagementKind; readonly id: string },
  subject?: string,
): EvidenceEvent {
  return {
    type: 'management',
    actor,
    at: deps.clock.now(),
    payload: { action, ...payload },
    ...(subject === undefined ? {} : { subject }),
  };
}

/**
 * Reads, changes and writes a record's body with compare-and-set, retrying a few times on a concurrent change; the
 * change's evidence (built from the new body) commits with it.
 */
export async function updateRecord<T extends object>(
  store: Store,
  kind: ManagementKind,
  id: string,
  read: (record: ManagementRecord) => T,
  change: (body: T) => T,
  evidence: (body: T) => readonly EvidenceEvent[] = () => [],
): Promise<T> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const record = await getRecord(store, kind, id);
    const next = change(read(record));
    if (await store.management.update(kind, id, record.body, next, evidence(next))) return next;
  }
  throw new AppError('CONFLICT', `${kind} ${id} changed concurrently; try again`);
}

export function invalid(message: string, issues: readonly { path: string; message: string }[]): AppError {
  return new AppError('VALIDATION', message, { issues });
}
