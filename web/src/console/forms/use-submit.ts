import { useCallback, useState } from 'react';
import { api } from '../../shared/api.ts';

export interface Submit {
  readonly busy: boolean;
  /** The API's refusal of the last attempt (an ApiError with its issues), until the next one. */
  readonly error: unknown;
  /** Sends one change; the answer, or undefined when it was refused (the error is then kept). */
  readonly run: <T>(method: 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown) => Promise<T | undefined>;
  readonly clear: () => void;
}

/** One form's change to the API, one call at a time: busy while it runs, its refusal kept for the form to show. */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = useCallback(
    async <T>(method: 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown): Promise<T | undefined> => {
      setBusy(true);
      setError(undefined);
      try {
        return await api<T>(method, path, body === undefined ? {} : { body });
      } catch (caught) {
        setError(caught);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [],
  );
  const clear = useCallback(() => setError(undefined), []);
  return { busy, error, run, clear };
}
