import { randomUUID } from 'node:crypto';
import { AppError, type FieldIssue } from '../../core/app-error.ts';
import { type PersonIdentity, toMatchKey } from '../../core/dataset/person-identity.ts';
import {
  type BreachNotice,
  BreachNoticeSchema,
  breachNoticeMail,
  buildBreachNoticeLetter,
  noticeFromReport,
} from '../../core/incidents/breach-notice.ts';
import { type PersonContact, personContact } from '../../core/incidents/person-contact.ts';
import type { REPORT_KINDS } from '../../core/incidents/report-items.ts';
import type { Ledger } from '../../core/ledger/ledger.ts';
import type { ReplyLetter } from '../../core/requests/reply-letter.ts';
import type { DatasetBinding } from '../dataset-binding.ts';
import { findInDataset } from '../find-person-data.ts';
import type { DocumentSealer, Mailer } from '../requests/request-deps.ts';
import type { IncidentDeps } from './incident-deps.ts';
import type { Incident, IncidentNotification } from './incident-ports.ts';
import { getIncident, incidentEvent } from './record-incident.ts';

/** What notifying the affected people needs: the company databases, SMTP, the letter renderer and sealer. */
export interface NotifyDeps extends IncidentDeps {
  readonly datasets?: readonly DatasetBinding[];
  readonly mailer?: Mailer;
  /** Seals letters at rest (they carry names and addresses); without one they are stored as rendered. */
  readonly sealer?: DocumentSealer;
  /** Lays a letter out as PDF: the reply letters' renderer (src/notice/render-letter.ts). */
  readonly renderLetter: (letter: ReplyLetter) => Promise<Uint8Array>;
}

export interface NotifyInput {
  readonly incidentId: string;
  /** The affected people as the investigation identified them (e-mail, staff number, My Number, name + birth). */
  readonly identities: readonly PersonIdentity[];
  /** `auto`: e-mail when the person has an address on file and SMTP is set up, else a letter. */
  readonly channel: 'auto' | 'email' | 'letter';
  readonly lang: 'ja' | 'en';
  /** BR-11 items 1, 2, 4, 5, 9; default: the newest report draft's (confirmed, else preliminary, else P-mark). */
  readonly notice?: BreachNotice;
  /** Notify again people already notified of this incident. */
  readonly resend?: boolean;
}

/** What happened for one identity of the input (by position); names the person only by reference. */
export interface NotifyOutcome {
  readonly index: number;
  readonly outcome: 'emailed' | 'letter' | 'already-notified' | 'not-found' | 'no-contact' | 'failed';
  readonly subjectId?: string;
  readonly notificationId?: string;
}

export interface NotifyResult {
  readonly outcomes: readonly NotifyOutcome[];
  readonly emailed: number;
  readonly letters: number;
  /** People Mamori could not reach (not found, no address on file, mail refused): BR-11's substitute measure. */
  readonly unreached: number;
}

/**
 * BR-11: finds each affected person in the connected company databases (the requests' identity lookup over the
 * dataset annotations), and sends the notice by e-mail or prepares a per-person PDF letter; each dispatch is
 * recorded per person (with its evidence, and the sealed letter, in one transaction). People who cannot be reached
 * are reported, for a substitute measure (public announcement and enquiry desk, `recordNotification`).
 */
export async function notifyAffectedPeople(deps: NotifyDeps, input: NotifyInput, by: string): Promise<NotifyResult> {
  checkIdentities(input.identities);
  const datasets = deps.datasets ?? [];
  if (datasets.length === 0) {
    throw new AppError('CONFLICT', 'no company database is connected: the affected people cannot be looked up');
  }
  if (input.channel === 'email' && deps.mailer === undefined) {
    throw new AppError('CONFLICT', 'e-mail is not set up (MAMORI_SMTP_URL): choose letters');
  }
  const incident = await getIncident(deps, input.incidentId);
  const notice = await noticeOf(deps, incident, input.notice);
  const ledger = (await deps.store.ledgerVersions.latest())?.ledger;
  const notified = new Set(
    (await deps.store.incidents.notifications(incident.id))
      .filter((n) => n.kind === 'dispatch' && n.subjectId !== undefined)
      .map((n) => n.subjectId as string),
  );
  const outcomes: NotifyOutcome[] = [];
  for (const [index, identity] of input.identities.entries()) {
    const person = await findPerson(datasets, identity);
    if (person === undefined) {
      outcomes.push({ index, outcome: 'not-found' });
      continue;
    }
    const subjectId = person.subjectRef;
    if (notified.has(subjectId) && input.resend !== true) {
      outcomes.push({ index, outcome: 'already-notified', subjectId });
      continue;
    }
    const outcome = await notifyOne(deps, { incident, person, notice, ledger, input, by });
    if (outcome.notificationId !== undefined) notified.add(subjectId);
    outcomes.push({ index, subjectId, ...outcome });
  }
  return {
    outcomes,
    emailed: outcomes.filter((o) => o.outcome === 'emailed').length,
    letters: outcomes.filter((o) => o.outcome === 'letter').length,
    unreached: outcomes.filter((o) => ['not-found', 'no-contact', 'failed'].includes(o.outcome)).length,
  };
}

function checkIdentities(identities: readonly PersonIdentity[]): void {
  const issues: FieldIssue[] = [];
  identities.forEach((identity, i) => {
    // Only the form is checked here; each database hashes My Numbers with its own key when it looks them up.
    const match = toMatchKey(identity, () => '');
    if (!match.ok) issues.push({ path: `identities.${i}.${match.path}`, message: match.message });
  });
  if (identities.length === 0) issues.push({ path: 'identities', message: 'name at least one affected person' });
  if (issues.length > 0) throw new AppError('VALIDATION', 'invalid affected people', { issues });
}

async function noticeOf(deps: NotifyDeps, incident: Incident, given: BreachNotice | undefined): Promise<BreachNotice> {
  let candidate = given;
  if (candidate === undefined) {
    const versions = await deps.store.incidents.reportVersions(incident.id);
    const order = [
      'ppc-confirmed',
      'ppc-preliminary',
      'privacy-mark',
    ] as const satisfies readonly (typeof REPORT_KINDS)[number][];
    const newest = order.map((kind) => versions.filter((v) => v.kind === kind).at(-1)).find((v) => v !== undefined);
    if (newest === undefined) {
      throw new AppError('VALIDATION', 'write the notice (items 1, 2, 4, 5, 9) or draft a report first', {
        issues: [{ path: 'notice', message: 'required while the incident has no report draft' }],
      });
    }
    candidate = noticeFromReport(newest.items);
  }
  const parsed = BreachNoticeSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'the notice is incomplete', {
      issues: parsed.error.issues.map((i) => ({ path: `notice.${i.path.join('.')}`, message: i.message })),
    });
  }
  return parsed.data;
}

/** The person's own record in the first connected database that knows them. */
async function findPerson(
  datasets: readonly DatasetBinding[],
  identity: PersonIdentity,
): Promise<PersonContact | undefined> {
  for (const binding of datasets) {
    const contact = personContact(binding.annotations, await findInDataset(binding, identity));
    if (contact !== undefined) return contact;
  }
  return undefined;
}

async function notifyOne(
  deps: NotifyDeps,
  job: {
    readonly incident: Incident;
    readonly person: PersonContact;
    readonly notice: BreachNotice;
    readonly ledger: Ledger | undefined;
    readonly input: NotifyInput;
    readonly by: string;
  },
): Promise<Pick<NotifyOutcome, 'outcome' | 'notificationId'>> {
  const { incident, person, input } = job;
  const operator = job.ledger?.operators.find((o) => o.id === incident.operator);
  const now = deps.clock.now();
  const letter = buildBreachNoticeLetter({
    lang: input.lang,
    operatorName: operator?.name[input.lang] ?? incident.operator,
    desk: operator?.complaintDesk,
    recipient: person,
    notice: job.notice,
    now,
  });
  const useEmail = input.channel !== 'letter' && person.email !== undefined && deps.mailer !== undefined;
  if (input.channel === 'email' && person.email === undefined) return { outcome: 'no-contact' };
  if (!useEmail && person.address === undefined) return { outcome: 'no-contact' };
  const notification: IncidentNotification = {
    id: randomUUID(),
    incidentId: incident.id,
    kind: 'dispatch',
    subjectId: person.subjectRef,
    channel: useEmail ? 'email' : 'letter',
    description: useEmail ? 'BR-11 notice sent by e-mail' : 'BR-11 letter prepared for posting',
    recordedBy: job.by,
    recordedAt: now,
  };
  const event = {
    ...incidentEvent(deps, incident, job.by, 'notification-dispatch', {
      notification: notification.id,
      channel: notification.channel,
      lang: input.lang,
    }),
    subject: person.subjectRef,
  };
  if (useEmail) {
    const mail = breachNoticeMail(letter);
    try {
      await deps.mailer?.send({ to: person.email as string, subject: mail.subject, text: mail.text });
    } catch {
      // Not recorded as sent: the person stays unreached (a later run tries again) and the caller sees it.
      return { outcome: 'failed' };
    }
    await deps.store.incidents.addNotification(notification, [event]);
    return { outcome: 'emailed', notificationId: notification.id };
  }
  const pdf = await deps.renderLetter(letter);
  const content = deps.sealer ? await deps.sealer.seal(pdf, notification.id) : pdf;
  await deps.store.incidents.addNotification(notification, [event], {
    letter: {
      notificationId: notification.id,
      incidentId: incident.id,
      lang: input.lang,
      content,
      encrypted: deps.sealer !== undefined,
      createdAt: now,
    },
  });
  return { outcome: 'letter', notificationId: notification.id };
}

/** A person's letter as PDF, opened from its seal. */
export async function letterPdf(
  deps: Pick<NotifyDeps, 'store' | 'sealer'>,
  incidentId: string,
  notificationId: string,
): Promise<Uint8Array> {
  const letter = await deps.store.incidents.letter(notificationId);
  if (letter === undefined || letter.incidentId !== incidentId) {
    throw new AppError('NOT_FOUND', `no letter ${notificationId} for incident ${incidentId}`);
  }
  if (!letter.encrypted) return letter.content;
  if (deps.sealer === undefined) throw new AppError('INTERNAL', 'the letter is sealed and no key is configured');
  return deps.sealer.open(letter.content, notificationId);
}
