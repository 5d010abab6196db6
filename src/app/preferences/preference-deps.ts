import type { DecisionDeps } from '../decision-deps.ts';
import type { Mailer } from '../requests/request-deps.ts';

/** What the privacy center's preference use cases need besides the decision dependencies. */
export interface PreferenceDeps extends DecisionDeps {
  /** SMTP (MAMORI_SMTP_URL); without it no link can be sent and the request is refused. */
  readonly mailer?: Mailer | undefined;
  /** Where people reach Mamori (MAMORI_PUBLIC_URL): the mailed link points there, never at a request's Host. */
  readonly publicUrl: string;
}

/** How long a mailed link opens the person's preferences. */
export const PREFERENCE_LINK_HOURS = 24;
