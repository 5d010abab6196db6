import { japanLocalNow, japanLocalToIso } from '../forms/japan-time.ts';
import type { ComplaintChannel, ComplaintKind } from './types.ts';

/** The "record a complaint or consultation" form as typed. */
export interface ComplaintFormState {
  readonly operator: string;
  readonly kind: ComplaintKind;
  readonly channel: ComplaintChannel | '';
  /** `YYYY-MM-DDTHH:mm`, Japan time. */
  readonly receivedAt: string;
  readonly summary: string;
  readonly subjectId: string;
  readonly requestIds: readonly string[];
  readonly incidentIds: readonly string[];
  /** Days to answer; blank: the desk's default (14). */
  readonly responseDays: string;
}

/** A new form; `?incident=`, `?subject=` and `?operator=` in the address prefill the links (from other screens). */
export function emptyComplaintForm(now: Date, operator: string, params: URLSearchParams): ComplaintFormState {
  const incident = params.get('incident');
  return {
    operator: params.get('operator') ?? operator,
    kind: 'complaint',
    channel: '',
    receivedAt: japanLocalNow(now),
    summary: '',
    subjectId: params.get('subject') ?? '',
    requestIds: [],
    incidentIds: incident ? [incident] : [],
    responseDays: '',
  };
}

/** POST /api/v1/complaints's body; blank optional fields left out, the rest sent as typed for the API to judge. */
export function complaintBody(form: ComplaintFormState) {
  const subject = form.subjectId.trim();
  const days = form.responseDays.trim();
  return {
    operator: form.operator,
    kind: form.kind,
    channel: form.channel,
    receivedAt: japanLocalToIso(form.receivedAt),
    summary: form.summary,
    requestIds: form.requestIds,
    incidentIds: form.incidentIds,
    ...(subject === '' ? {} : { subjectId: subject }),
    ...(days === '' ? {} : { responseDays: Number(days) }),
  };
}
