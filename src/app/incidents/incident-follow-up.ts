import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import type { IncidentDeps } from './incident-deps.ts';
import type { CorrectiveAction, IncidentNotification } from './incident-ports.ts';
import { getIncident, record } from './record-incident.ts';

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
  await deps.store.incidents.addAction(action);
  await record(deps, incident, by, 'action-added', { actionId: action.id, dueDate: action.dueDate });
  return action;
}

export async function closeCorrectiveAction(deps: IncidentDeps, incidentId: string, actionId: string, by: string) {
  const incident = await getIncident(deps, incidentId);
  if (!(await deps.store.incidents.closeAction(incidentId, actionId, by, deps.clock.now()))) {
    throw new AppError('CONFLICT', `action ${actionId} of incident ${incidentId} is not open`);
  }
  await record(deps, incident, by, 'action-closed', { actionId });
}

/** BR-11: a notice dispatched to one person (subject id), or a substitute measure. */
export async function recordNotification(
  deps: IncidentDeps,
  input: Omit<IncidentNotification, 'id' | 'recordedBy' | 'recordedAt'>,
  by: string,
): Promise<IncidentNotification> {
  if (input.kind === 'dispatch' && (input.subjectId === undefined || input.channel === undefined)) {
    throw new AppError('VALIDATION', 'a dispatch names the person (subjectId) and the channel');
  }
  const incident = await getIncident(deps, input.incidentId);
  const notification: IncidentNotification = {
    id: randomUUID(),
    ...input,
    recordedBy: by,
    recordedAt: deps.clock.now(),
  };
  await deps.store.incidents.addNotification(notification);
  await record(deps, incident, by, `notification-${input.kind}`, {
    notification: notification.id,
    ...(input.channel ? { channel: input.channel } : {}),
  });
  return notification;
}
