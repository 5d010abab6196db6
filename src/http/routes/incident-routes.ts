import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  addCorrectiveAction,
  closeCorrectiveAction,
  recordNotification,
} from '../../app/incidents/incident-follow-up.ts';
import { draftReport, markReportSubmitted } from '../../app/incidents/incident-reports.ts';
import { listDeadlines } from '../../app/incidents/list-deadlines.ts';
import { getIncident, recordIncident, updateIncident } from '../../app/incidents/record-incident.ts';
import { AppError } from '../../core/app-error.ts';
import { reportFormData } from '../../core/incidents/report-items.ts';
import { renderIncidentReportPdf } from '../../notice/render-incident-report.ts';
import { ErrorBodySchema, errorResponses } from '../error-body.ts';
import type { HttpDeps } from '../http-deps.ts';
import { operatorFilter } from '../operator-scope.ts';
import { actorId, assertOperatorVisible, setAccessRecord } from '../request-context.ts';
import {
  ActionBody,
  ActionParam,
  AnyObject,
  DeadlineQuery,
  FormatQuery,
  IdParam,
  IncidentBody,
  IncidentPatchBody,
  KindParam,
  ListQuery,
  NotificationBody,
  ReportBody,
  VersionParam,
} from './incident-schemas.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const tags = ['incidents'];
const P = '/api/v1/incidents';
const ok = { 200: json(AnyObject, 'Done'), 400: errorResponses[400], 404: errorResponses[404] };
const created = { 201: json(AnyObject, 'Recorded'), 400: errorResponses[400], 404: errorResponses[404] };

const routes = {
  list: createRoute({
    method: 'get',
    path: P,
    tags,
    summary: 'Incidents, newest first',
    request: { query: ListQuery },
    responses: ok,
  }),
  record: createRoute({
    method: 'post',
    path: P,
    tags,
    summary: 'Record an incident (classified at once)',
    request: body(IncidentBody),
    responses: created,
  }),
  deadlines: createRoute({
    method: 'get',
    path: `${P}/deadlines`,
    tags,
    summary: 'Report deadlines overdue or due within N days',
    request: { query: DeadlineQuery },
    responses: ok,
  }),
  one: createRoute({
    method: 'get',
    path: `${P}/{id}`,
    tags,
    summary: 'One incident with reports, actions and notices',
    request: { params: IdParam },
    responses: ok,
  }),
  update: createRoute({
    method: 'patch',
    path: `${P}/{id}`,
    tags,
    summary: 'Change facts or status (classified again)',
    request: { params: IdParam, ...body(IncidentPatchBody) },
    responses: ok,
  }),
  draft: createRoute({
    method: 'post',
    path: `${P}/{id}/reports`,
    tags,
    summary: 'Store a new version of a report draft (BR-9 items)',
    request: { params: IdParam, ...body(ReportBody) },
    responses: created,
  }),
  report: createRoute({
    method: 'get',
    path: `${P}/{id}/reports/{kind}/{version}`,
    tags,
    summary: 'One report version: structured form data (json) or PDF',
    request: { params: VersionParam, query: FormatQuery },
    responses: {
      200: {
        description: 'The report',
        content: {
          'application/json': { schema: AnyObject },
          'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      404: errorResponses[404],
    },
  }),
  submitted: createRoute({
    method: 'post',
    path: `${P}/{id}/reports/{kind}/submitted`,
    tags,
    summary: 'Record that the report was filed',
    request: { params: KindParam },
    responses: ok,
  }),
  addAction: createRoute({
    method: 'post',
    path: `${P}/{id}/actions`,
    tags,
    summary: 'Add a corrective or preventive action',
    request: { params: IdParam, ...body(ActionBody) },
    responses: created,
  }),
  closeAction: createRoute({
    method: 'post',
    path: `${P}/{id}/actions/{actionId}/close`,
    tags,
    summary: 'Close an action',
    request: { params: ActionParam },
    responses: { ...ok, 409: json(ErrorBodySchema, 'The action is not open') },
  }),
  notify: createRoute({
    method: 'post',
    path: `${P}/{id}/notifications`,
    tags,
    summary: 'Record a notice dispatched to a person, or a substitute measure (BR-11)',
    request: { params: IdParam, ...body(NotificationBody) },
    responses: created,
  }),
};

/** Dates become ISO strings, undefined fields disappear. */
const plain = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value));

export function registerIncidentRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  const visible = async (c: Context, id: string) => {
    const incident = await getIncident(deps, id);
    assertOperatorVisible(c, incident.operator, 'incident');
    setAccessRecord(c, { operators: [incident.operator], detail: { incident: id } });
    return incident;
  };
  app.openapi(routes.list, async (c) => {
    const q = c.req.valid('query');
    const mine = operatorFilter(c);
    const operators = q.operator === undefined ? mine : mine?.includes(q.operator) === false ? [] : [q.operator];
    const items = await deps.store.incidents.list({
      ...(operators ? { operators } : {}),
      ...(q.status ? { status: q.status } : {}),
    });
    return c.json({ items: items.map(plain) }, 200);
  });
  app.openapi(routes.record, async (c) => {
    const input = c.req.valid('json');
    assertOperatorVisible(c, input.operator);
    const incident = await recordIncident(deps, { ...input, facts: factsOf(input.facts) }, actorId(c));
    setAccessRecord(c, { operators: [incident.operator], detail: { incident: incident.id, action: 'recorded' } });
    return c.json(plain(incident), 201);
  });
  app.openapi(routes.deadlines, async (c) => {
    const q = c.req.valid('query');
    const mine = operatorFilter(c);
    const operators = q.operator === undefined ? mine : mine?.includes(q.operator) === false ? [] : [q.operator];
    const items = await listDeadlines(deps, { withinDays: q.withinDays, ...(operators ? { operators } : {}) });
    return c.json({ items: items.map(plain) }, 200);
  });
  app.openapi(routes.one, async (c) => {
    const { id } = c.req.valid('param');
    const incident = await visible(c, id);
    const [reports, actions, notifications] = await Promise.all([
      deps.store.incidents.reportVersions(id),
      deps.store.incidents.actions(id),
      deps.store.incidents.notifications(id),
    ]);
    return c.json(plain({ ...incident, reports, actions, notifications }), 200);
  });
  app.openapi(routes.update, async (c) => {
    const { id } = c.req.valid('param');
    await visible(c, id);
    const { facts, ...rest } = c.req.valid('json');
    const changes = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const updated = await updateIncident(
      deps,
      id,
      { ...changes, ...(facts ? { facts: factsOf(facts) } : {}) },
      actorId(c),
    );
    return c.json(plain(updated), 200);
  });
  app.openapi(routes.draft, async (c) => {
    const { id } = c.req.valid('param');
    await visible(c, id);
    const version = await draftReport(deps, { incidentId: id, ...c.req.valid('json') }, actorId(c));
    return c.json(plain(version), 201);
  });
  app.openapi(routes.report, async (c) => {
    const { id, kind, version } = c.req.valid('param');
    const incident = await visible(c, id);
    const found = (await deps.store.incidents.reportVersions(id, kind)).find((v) => v.version === version);
    if (!found) throw new AppError('NOT_FOUND', `report ${kind} version ${version} of incident ${id} does not exist`);
    if (c.req.valid('query').format === 'json') {
      return c.json(plain({ ...found, form: reportFormData(found.items) }), 200);
    }
    const latest = await deps.store.ledgerVersions.latest();
    const operatorName = latest?.ledger.operators.find((o) => o.id === incident.operator)?.name.ja ?? incident.operator;
    const pdf = await renderIncidentReportPdf({ ...found, incidentTitle: incident.title, operatorName });
    c.header('content-type', 'application/pdf');
    c.header('content-disposition', `inline; filename="incident-${kind}-v${version}.pdf"`);
    return c.body(new Uint8Array(pdf), 200);
  });
  app.openapi(routes.submitted, async (c) => {
    const { id, kind } = c.req.valid('param');
    await visible(c, id);
    return c.json(plain(await markReportSubmitted(deps, id, kind, actorId(c))), 200);
  });
  app.openapi(routes.addAction, async (c) => {
    const { id } = c.req.valid('param');
    await visible(c, id);
    return c.json(plain(await addCorrectiveAction(deps, { incidentId: id, ...c.req.valid('json') }, actorId(c))), 201);
  });
  app.openapi(routes.closeAction, async (c) => {
    const { id, actionId } = c.req.valid('param');
    await visible(c, id);
    await closeCorrectiveAction(deps, id, actionId, actorId(c));
    return c.json({ closed: actionId }, 200);
  });
  app.openapi(routes.notify, async (c) => {
    const { id } = c.req.valid('param');
    await visible(c, id);
    const { subjectId, channel, ...rest } = c.req.valid('json');
    const input = { incidentId: id, ...rest, ...(subjectId ? { subjectId } : {}), ...(channel ? { channel } : {}) };
    return c.json(plain(await recordNotification(deps, input, actorId(c))), 201);
  });
}

function factsOf(f: z.infer<typeof IncidentBody>['facts']) {
  const { discoveredAt, asContractorFor, clientNotified, ...rest } = f;
  return {
    ...rest,
    discoveredAt: new Date(discoveredAt),
    ...(asContractorFor !== undefined ? { asContractorFor } : {}),
    ...(clientNotified !== undefined ? { clientNotified } : {}),
  };
}
