/** One publication of the privacy notice: the ledger version the privacy center shows from `publishedAt`. */
export interface NoticePublication {
  readonly ledgerVersion: number;
  readonly publishedAt: Date;
  readonly publishedBy: string;
  readonly comment: string;
}

/** Publications of the notice, append-only; a ledger version is published at most once. */
export interface NoticePublicationRepository {
  /** CONFLICT when this ledger version was already published. */
  add(publication: NoticePublication): Promise<void>;
  /** Oldest first. */
  list(): Promise<readonly NoticePublication[]>;
}

/** A one-time link mailed to a person so they can open their consent preferences (only its hash is stored). */
export interface PreferenceLink {
  readonly tokenHash: string;
  /** SHA-256 of the normalised e-mail address (see app/preferences/email-digest.ts). */
  readonly emailDigest: string;
  readonly lang: 'ja' | 'en';
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/**
 * People who manage their preferences in the privacy center: a random subject id per verified e-mail address,
 * so consents and the evidence log hold the id and never the address.
 */
export interface PreferenceRepository {
  addLink(link: PreferenceLink): Promise<void>;
  findLink(tokenHash: string): Promise<PreferenceLink | undefined>;
  /** Deletes links that expired before `before`; returns how many. */
  purgeLinks(before: Date): Promise<number>;
  /** The subject id of this address, created (race-free) on first use. */
  subjectFor(emailDigest: string, newId: string, at: Date): Promise<string>;
  /** The subject id of this address, if the person ever opened their preferences. */
  findSubject(emailDigest: string): Promise<string | undefined>;
}
