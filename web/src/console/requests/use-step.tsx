import { useState } from 'react';
import { ApiError, type ApiIssue, api } from '../../shared/api.ts';
import { useI18n } from '../../shared/i18n.tsx';

export interface Step {
  readonly busy: boolean;
  readonly error: unknown;
  /** POSTs one step of the workflow; true when it went through. */
  readonly post: (path: string, body?: unknown) => Promise<boolean>;
  readonly clear: () => void;
}

/** Posting a step: busy while it runs, the API's refusal kept for the screen to show. */
export function useStep(onDone: () => void): Step {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const post = async (path: string, body?: unknown) => {
    setBusy(true);
    setError(undefined);
    try {
      await api('POST', path, body === undefined ? {} : { body });
      onDone();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, post, clear: () => setError(undefined) };
}

export function issuePath(issue: ApiIssue): string {
  const path: unknown = issue.path;
  return Array.isArray(path) ? path.join('.') : String(path ?? '');
}

/** The message of one field from an error's issues. */
export function fieldIssue(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.issues.find((i) => issuePath(i) === field || issuePath(i).startsWith(`${field}.`))?.message;
}

/** The API's refusal of a step, as an alert: what was refused and the API's reason (issues not shown by a field). */
export function StepError({
  error,
  fields = [],
  explain,
}: {
  readonly error: unknown;
  readonly fields?: readonly string[];
  /** A sentence of our own in front of the API's words (e.g. why a second person is needed). */
  readonly explain?: string | undefined;
}) {
  const { t } = useI18n();
  if (error === undefined) return null;
  const rest =
    error instanceof ApiError
      ? error.issues.filter((i) => !fields.some((f) => issuePath(i) === f || issuePath(i).startsWith(`${f}.`)))
      : [];
  const title =
    error instanceof ApiError && error.status === 409
      ? t('requests.error.refused')
      : error instanceof ApiError && (error.status === 400 || error.status === 422)
        ? t('requests.error.invalid')
        : t('requests.error.failed');
  return (
    <div className="rq-alert" role="alert" data-testid="step-error">
      <p className="error">{title}</p>
      {explain ? <p>{explain}</p> : null}
      <p lang="en">{error instanceof Error ? error.message : String(error)}</p>
      {rest.length > 0 ? (
        <ul>
          {rest.map((i) => (
            <li key={`${issuePath(i)}-${i.message}`}>
              {issuePath(i)}: {i.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
