import type { ReactNode } from 'react';
import { ApiError, type ApiIssue } from '../../shared/api.ts';
import { type I18n, type MessageKey, useI18n } from '../../shared/i18n.tsx';

// The procedure's own checks carry no zod code: their paths say what went wrong, so each gets a sentence.
const BY_PATH: readonly [RegExp, MessageKey][] = [
  [/^operator$/, 'privacyRequest.issue.operator'],
  [/^type$/, 'privacyRequest.issue.type'],
  [/^requester\.agentKind$/, 'privacyRequest.issue.agentKind'],
  [/^replyMethod$/, 'privacyRequest.issue.replyMethod'],
  [/^requester\.contact\.email$/, 'privacyRequest.issue.contactEmail'],
  [/^requester\.contact\.postalAddress$/, 'privacyRequest.issue.postalAddress'],
  [/^documents\.\d+\.content$/, 'privacyRequest.issue.document'],
];
const BY_CODE: Readonly<Record<string, MessageKey>> = {
  invalid_format: 'privacyRequest.issue.format',
  invalid_string: 'privacyRequest.issue.format',
  too_small: 'privacyRequest.issue.missing',
  invalid_type: 'privacyRequest.issue.missing',
  too_big: 'privacyRequest.issue.tooLong',
  invalid_value: 'privacyRequest.issue.choose',
  invalid_enum_value: 'privacyRequest.issue.choose',
  invalid_union: 'privacyRequest.issue.missing',
};

/** The API sends an issue's path as one dotted string (`requester.contact.email`); arrays are read too. */
export function pathOf(issue: ApiIssue): string {
  const path: unknown = issue.path;
  return Array.isArray(path) ? path.join('.') : String(path ?? '');
}

/** An issue of the API in the reader's language where we know it; the API's own words otherwise. */
export function issueText(issue: ApiIssue, t: I18n['t']): string {
  const path = pathOf(issue);
  const byPath = issue.code === undefined ? BY_PATH.find(([pattern]) => pattern.test(path))?.[1] : undefined;
  const email =
    issue.code === 'invalid_format' && path.endsWith('email') ? 'privacyRequest.issue.emailFormat' : undefined;
  const key = byPath ?? email ?? (issue.code === undefined ? undefined : BY_CODE[issue.code]);
  return key === undefined ? issue.message : t(key);
}

/** The issues of an error, split into those a field shows and the rest (shown in the summary). */
export class FieldIssues {
  readonly #issues: readonly ApiIssue[];
  readonly #claimed = new Set<ApiIssue>();
  /** `dismissed`: paths the person has edited since the error, whose issues no longer apply. */
  constructor(error: unknown, dismissed: ReadonlySet<string> = new Set()) {
    const issues = error instanceof ApiError ? error.issues : [];
    this.#issues = issues.filter((issue) => {
      const path = pathOf(issue);
      return ![...dismissed].some((d) => path === d || path.startsWith(`${d}.`));
    });
  }
  get count(): number {
    return this.#issues.length;
  }
  /** The first issue at the path (or under it), claimed by the field that asks. */
  at(...paths: string[]): ApiIssue | undefined {
    const found = this.#issues.find((issue) => {
      const path = pathOf(issue);
      return paths.some((p) => path === p || path.startsWith(`${p}.`));
    });
    if (found) this.#claimed.add(found);
    return found;
  }
  unclaimed(): readonly ApiIssue[] {
    return this.#issues.filter((issue) => !this.#claimed.has(issue));
  }
}

/** A labelled field: the error (if any) and the hint are tied to the control with aria-describedby. */
export function Field(props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly issue: ApiIssue | string | undefined;
  readonly children: (aria: {
    readonly id: string;
    readonly 'aria-invalid': boolean;
    readonly 'aria-describedby'?: string;
  }) => ReactNode;
}) {
  const { t } = useI18n();
  const message =
    typeof props.issue === 'string' || props.issue === undefined ? props.issue : issueText(props.issue, t);
  const described = [message ? `${props.id}-error` : '', props.hint ? `${props.id}-hint` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.children({
        id: props.id,
        'aria-invalid': message !== undefined,
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {message ? (
        <p className="field-error" id={`${props.id}-error`}>
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** A fieldset's error line (radio groups), with the id the group points at. */
export function GroupError({ id, issue }: { readonly id: string; readonly issue: ApiIssue | string | undefined }) {
  const { t } = useI18n();
  if (issue === undefined) return null;
  return (
    <p className="field-error" id={id}>
      {typeof issue === 'string' ? issue : issueText(issue, t)}
    </p>
  );
}
