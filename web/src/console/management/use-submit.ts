import { useCallback, useState } from 'react';
import { api } from '../../shared/api.ts';

export interface Submit {
  readonly busy: boolean;
  /** The API's refusal of the last attempt (an ApiError with its issues), until the next one. */
  readonly error: unknown;
  /** Sends one change; the answer, or undefined when it was refused (the error is then kept). */
  readonly run: <T>(method: 'POST' | 'PUT', path: string, body?: unknown) => Promise<T | undefined>;
}

/** One form's change to the API: busy while it runs, its refusal kept for the fields and the summary. */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = useCallback(async <T>(method: 'POST' | 'PUT', path: string, body?: unknown) => {
    setBusy(true);
    setError(undefined);
    try {
      return await api<T>(method, path, { body: body ?? {} });
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
