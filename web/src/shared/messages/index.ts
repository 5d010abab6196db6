import { common } from './common.ts';
import { complaints } from './complaints.ts';
import { consoleDashboard } from './console-dashboard.ts';
import { consoleEvidence } from './console-evidence.ts';
import { consoleLedger } from './console-ledger.ts';
import { consoleNotice } from './console-notice.ts';
import { consolePeople } from './console-people.ts';
import { consoleRequests } from './console-requests.ts';
import { consoleShell } from './console-shell.ts';
import { contractors } from './contractors.ts';
import { incidents } from './incidents.ts';
import { management } from './management.ts';
import { privacyCenter } from './privacy-center.ts';
import { privacyNotice } from './privacy-notice.ts';
import { privacyPreferences } from './privacy-preferences.ts';
import { privacyRequest } from './privacy-request.ts';
import { retention } from './retention.ts';

// One catalogue per area of the UI (each owned by the screens that use it); merged here.
const areas = [
  common,
  consoleShell,
  privacyCenter,
  consoleLedger,
  consoleEvidence,
  consoleRequests,
  consoleDashboard,
  privacyRequest,
  consoleNotice,
  consolePeople,
  privacyNotice,
  privacyPreferences,
  management,
  retention,
  contractors,
  incidents,
  complaints,
] as const;

type Area = (typeof areas)[number];
type KeysOf<A> = A extends { en: infer E } ? keyof E : never;
export type MessageKey = KeysOf<Area> & string;
export type Locale = 'ja' | 'en';
export const LOCALES: readonly Locale[] = ['ja', 'en'];

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = {
  en: Object.assign({}, ...areas.map((area) => area.en)),
  ja: Object.assign({}, ...areas.map((area) => area.ja)),
};
