// The complaints desk as the API answers (src/http/routes/complaint-routes.ts): the core's types, imported type-only.
import type {
  COMPLAINT_CHANNELS,
  COMPLAINT_KINDS,
  Complaint,
  ComplaintCount,
  ComplaintStatus,
  Period,
} from '../../../../src/core/management/complaint.ts';

export type { Complaint, ComplaintCount, ComplaintStatus, Period };
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

/** GET /api/v1/complaints lists each with its status as of now. */
export interface ComplaintRecord extends Complaint {
  readonly status: ComplaintStatus;
}

// Every value of the server's unions, checked both ways by the Record types.
const CHANNELS: Record<ComplaintChannel, true> = {
  phone: true,
  email: true,
  web: true,
  letter: true,
  'in-person': true,
  other: true,
};
export const CHANNEL_VALUES = Object.keys(CHANNELS) as ComplaintChannel[];
const KINDS: Record<ComplaintKind, true> = { complaint: true, consultation: true };
export const KIND_VALUES = Object.keys(KINDS) as ComplaintKind[];
const STATUSES: Record<ComplaintStatus, true> = { open: true, overdue: true, responded: true, closed: true };
export const STATUS_VALUES = Object.keys(STATUSES) as ComplaintStatus[];
const PERIODS: Record<Period, true> = { month: true, quarter: true, year: true };
export const PERIOD_VALUES = Object.keys(PERIODS) as Period[];
