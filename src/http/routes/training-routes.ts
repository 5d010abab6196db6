import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { ManagementDeps } from '../../app/management/management-deps.ts';
import {
  assignStaff,
  createCourse,
  getCourse,
  importCompletionsCsv,
  listCourses,
  recordCompletions,
} from '../../app/management/training.ts';
import { courseStaffStatus, sendTrainingReminders } from '../../app/management/training-reminders.ts';
import { AssignInputSchema, CompletionSchema, CourseInputSchema } from '../../core/management/training.ts';
import { ReminderRequestSchema } from '../../core/management/training-reminder.ts';
import type { HttpDeps } from '../http-deps.ts';
import { operatorFilter } from '../operator-scope.ts';
import { actorId, assertOperatorVisible } from '../request-context.ts';
import { body, IdParam, readResponses, writeResponses, YearQuery } from './management-route-kit.ts';

const tags = ['training'];
const create = createRoute({
  method: 'post',
  path: '/api/v1/training/courses',
  tags,
  summary: "Add a course to the year's training",
  request: body(CourseInputSchema),
  responses: writeResponses('Created'),
});
const list = createRoute({
  method: 'get',
  path: '/api/v1/training/courses',
  tags,
  summary: "The year's courses",
  request: { query: YearQuery },
  responses: readResponses('Courses'),
});
const assign = createRoute({
  method: 'post',
  path: '/api/v1/training/courses/{id}/assignments',
  tags,
  summary:
    'Assign the course to staff (every staff id for all staff, as `staffIds` or as `staff` entries with each work ' +
    'e-mail); repeats are ignored, an address given for someone assigned is stored',
  request: { params: IdParam, ...body(AssignInputSchema) },
  responses: writeResponses('How many were newly assigned (assigned) and how many addresses changed (emailsUpdated)'),
});
const complete = createRoute({
  method: 'post',
  path: '/api/v1/training/courses/{id}/completions',
  tags,
  summary: 'Record completions with comprehension-check scores',
  request: { params: IdParam, ...body(z.object({ completions: z.array(CompletionSchema).min(1).max(10_000) })) },
  responses: writeResponses('How many were recorded'),
});
const importCsv = createRoute({
  method: 'post',
  path: '/api/v1/training/courses/{id}/completions/import',
  tags,
  summary: 'Import completions from CSV (staff_id,completed_on,score); every bad row is reported with its line',
  request: { params: IdParam, ...body(z.object({ csv: z.string().min(1).max(4_000_000) })) },
  responses: writeResponses('How many were imported'),
});
const status = createRoute({
  method: 'get',
  path: '/api/v1/training/courses/{id}/status',
  tags,
  summary:
    "Each assigned person's state (passed, failed, pending, absent), whether an address is on file, reminders " +
    'so far (count and last day), and the absentees to chase',
  request: { params: IdParam },
  responses: readResponses('Status'),
});
const remind = createRoute({
  method: 'post',
  path: '/api/v1/training/courses/{id}/reminders',
  tags,
  summary:
    'E-mail the absentees (with {"include":"pending"} also those not yet due) who have an address on file, over ' +
    'MAMORI_SMTP_URL; once a day per person',
  request: {
    params: IdParam,
    body: { required: false, content: { 'application/json': { schema: ReminderRequestSchema } } },
  },
  responses: writeResponses('{ sent, alreadyReminded, withoutEmail, failed } (staff ids)'),
});

async function visibleCourse(c: Parameters<typeof assertOperatorVisible>[0], deps: ManagementDeps, id: string) {
  const course = await getCourse(deps, id);
  assertOperatorVisible(c, course.operator, 'course');
  return course;
}

export function registerTrainingRoutes(app: OpenAPIHono, deps: HttpDeps): void {
  app.openapi(create, async (c) => {
    const input = c.req.valid('json');
    assertOperatorVisible(c, input.operator);
    return c.json(await createCourse(deps, input, actorId(c)), 200);
  });
  app.openapi(list, async (c) => {
    const operators = operatorFilter(c);
    return c.json({ items: await listCourses(deps, c.req.valid('query').year, operators) }, 200);
  });
  app.openapi(assign, async (c) => {
    const { id } = c.req.valid('param');
    await visibleCourse(c, deps, id);
    return c.json(await assignStaff(deps, id, c.req.valid('json'), actorId(c)), 200);
  });
  app.openapi(complete, async (c) => {
    const { id } = c.req.valid('param');
    await visibleCourse(c, deps, id);
    return c.json({ recorded: await recordCompletions(deps, id, c.req.valid('json').completions, actorId(c)) }, 200);
  });
  app.openapi(importCsv, async (c) => {
    const { id } = c.req.valid('param');
    await visibleCourse(c, deps, id);
    return c.json({ imported: await importCompletionsCsv(deps, id, c.req.valid('json').csv, actorId(c)) }, 200);
  });
  app.openapi(status, async (c) => {
    const { id } = c.req.valid('param');
    await visibleCourse(c, deps, id);
    const result = await courseStaffStatus(deps, id);
    return c.json(
      { ...result, absentees: result.staff.filter((s) => s.state === 'absent').map((s) => s.staffId) },
      200,
    );
  });
  app.openapi(remind, async (c) => {
    const { id } = c.req.valid('param');
    await visibleCourse(c, deps, id);
    // The request workflow's mailer (main.ts, MAMORI_SMTP_URL): none configured is a 409 naming the variable.
    const mailer = deps.requests?.mailer;
    const outcome = await sendTrainingReminders(
      { ...deps, ...(mailer ? { mailer } : {}) },
      id,
      c.req.valid('json'),
      actorId(c),
    );
    return c.json(outcome, 200);
  });
}
