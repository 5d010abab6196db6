import { AppError } from '../../core/app-error.ts';
import { REPORT_ITEMS } from '../../core/incidents/report-items.ts';
import type { Mailer } from '../requests/request-deps.ts';
import type { IncidentDeps } from './incident-deps.ts';
import { recordNotification } from './incident-follow-up.ts';
import type { IncidentNotification } from './incident-ports.ts';
import { getIncident } from './record-incident.ts';

/**
 * BR-10: a contractor tells its client of the incident. With an address and SMTP the newest report draft's items
 * are e-mailed to the client's contact (the address is not kept); otherwise the notice given by other means (letter,
 * phone) is recorded. Either way the incident is classified again with the client notified.
 */
export async function notifyClient(
  deps: IncidentDeps & { readonly mailer?: Mailer },
  input: {
    readonly incidentId: string;
    readonly channel: 'email' | 'letter' | 'phone' | 'other';
    /** The client's contact for an e-mail sent by Mamori. */
    readonly email?: string;
    readonly description: string;
  },
  by: string,
): Promise<IncidentNotification> {
  const incident = await getIncident(deps, input.incidentId);
  if (incident.facts.asContractorFor === undefined) {
    throw new AppError(
      'CONFLICT',
      `incident ${incident.id} was not handled as a contractor: there is no client to tell`,
    );
  }
  if (input.email !== undefined) {
    if (deps.mailer === undefined) throw new AppError('CONFLICT', 'e-mail is not set up (MAMORI_SMTP_URL)');
    const [newest] = (await deps.store.incidents.reportVersions(incident.id)).slice(-1);
    const lines = newest
      ? REPORT_ITEMS.map((item) => `${item.no}. ${item.ja}\n${newest.items[item.key].trim() || '（調査中）'}`)
      : [incident.title];
    await deps.mailer.send({
      to: input.email,
      subject: `【個人情報の漏えい等のご報告】${incident.title}`,
      text: [
        '委託業務において取り扱う個人データについて、漏えい等の事態が発生しましたのでご報告いたします（個人情報保護法第26条第1項ただし書）。',
        `受付番号: ${incident.id}`,
        '',
        ...lines,
        '',
        input.description,
      ].join('\n'),
    });
  }
  return recordNotification(
    deps,
    {
      incidentId: incident.id,
      kind: 'client',
      channel: input.email !== undefined ? 'email' : input.channel,
      description: input.description,
    },
    by,
  );
}
