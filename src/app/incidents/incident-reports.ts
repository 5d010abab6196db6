import type { ReportItems, ReportKind } from '../../core/incidents/report-items.ts';
import type { IncidentDeps } from './incident-deps.ts';
import type { IncidentReportVersion } from './incident-ports.ts';
import { getIncident, incidentEvent } from './record-incident.ts';

/** Stores a new version of a report draft; earlier versions are kept (BR-11). */
export async function draftReport(
  deps: IncidentDeps,
  input: { readonly incidentId: string; readonly kind: ReportKind; readonly items: ReportItems },
  by: string,
): Promise<IncidentReportVersion> {
  const incident = await getIncident(deps, input.incidentId);
  return deps.store.incidents.addReportVersion({ ...input, author: by, createdAt: deps.clock.now() }, (version) => [
    incidentEvent(deps, incident, by, 'report-drafted', { kind: input.kind, version }),
  ]);
}

/** Records that a report was filed: its deadline is met. */
export async function markReportSubmitted(deps: IncidentDeps, incidentId: string, kind: ReportKind, by: string) {
  const incident = await getIncident(deps, incidentId);
  const at = deps.clock.now();
  const updated = { ...incident, submitted: { ...incident.submitted, [kind]: at }, updatedAt: at };
  await deps.store.incidents.update(updated, [incidentEvent(deps, updated, by, 'report-submitted', { kind })]);
  return updated;
}
