import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import type { IncidentDeps } from './incident-deps.ts';
import type { CorrectiveAction, IncidentNotification } from './incident-ports.ts';
import { classify, getIncident, incidentEvent } from './record-incident.ts';

/** A corrective or preventive action with an owner and a due date (YYYY-MM-DD). */
export async function addCorrectiveAction(
  deps: IncidentDeps,
  input: {
    readonly incidentId: string;
    readonly description: string;
    readonly owner: string;
    readonly dueDate: string;
  },
  by: string,
): Promise<CorrectiveAction> {
  const incident = await getIncident(deps, input.incidentId);
  const action: CorrectiveAction = { id: randomUUID(), ...input, status: 'open', createdAt: deps.clock.now() };
  await deps.store.incidents.addAction(action, [
    incidentEvent(deps, incident, by, 'action-added', { actionId: action.id, dueDate: action.dueDate }),
  ]);
  return action;
}

export async function closeCorrectiveAction(deps: IncidentDeps, incidentId: string, actionId: string, by: string) {
  const incident = await getIncident(deps, incidentId);
  const closed = await deps.store.incidents.closeAction(incidentId, actionId, by, deps.clock.now(), [
    incidentEvent(deps, incident, by, 'action-closed', { actionId }),
  ]);
  if (!closed) throw new AppError('CONFLICT', `action ${actionId} of incident ${incidentId} is not open`);
}

/**
 * Records a notice dispatched to one person (subject id), a substitute measure (BR-11), or, for an incident handled
 * as a contractor, that the client was told (BR-10): the incident is then classified again with `clientNotified`.
 */
export async function recordNotification(
  deps: IncidentDeps,
  input: Omit<IncidentNotification, 'id' | 'recordedBy' | 'recordedAt'>,
  by: string,
): Promise<IncidentNotification> {
  if (input.kind === 'dispatch' && (input.subjectId === undefined || input.channel === undefined)) {
    throw new AppError('VALIDATION', 'a dispatch names the person (subjectId) and the channel', {
      issues: [{ path: input.subjectId === undefined ? 'subjectId' : 'channel', message: 'required for a dispatch' }],
    });
  }
  const incident = await getIncident(deps, input.incidentId);
  if (input.kind === 'client' && incident.facts.asContractorFor === undefined) {
    throw new AppError(
      'CONFLICT',
      `incident ${incident.id} was not handled as a contractor: there is no client to tell`,
    );
  }
  const now = deps.clock.now();
  const notification: IncidentNotification = { id: randomUUID(), ...input, recordedBy: by, recordedAt: now };
  const extra = {
    notification: notification.id,
    ...(input.channel ? { channel: input.channel } : {}),
    ...(input.kind === 'client' ? { client: incident.facts.asContractorFor } : {}),
  };
  if (input.kind !== 'client' || incident.facts.clientNotified === true) {
    await deps.store.incidents.addNotification(notification, [
      { ...incidentEvent(deps, incident, by, `notification-${input.kind}`, extra), ...subjectOf(input) },
    ]);
    return notification;
  }
  // BR-10: telling the client is what exempts the contractor; the clocks follow at once, in the same transaction.
  const facts = { ...incident.facts, clientNotified: true };
  const updated = {
    ...incident,
    facts,
    classification: await classify(deps, incident.operator, facts),
    updatedAt: now,
  };
  await deps.store.incidents.addNotification(
    notification,
    [incidentEvent(deps, updated, by, 'notification-client', extra)],
    { incident: updated },
  );
  return notification;
}

const subjectOf = (input: { readonly subjectId?: string }) =>
  input.subjectId === undefined ? {} : { subject: input.subjectId };
