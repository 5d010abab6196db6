import { useMemo } from 'react';
import { useApi } from '../../shared/use-api.ts';
import type { OperatorProcedure } from './types.ts';

/** Every operator's published request procedure by id (names, payment methods, refusal grounds). */
export function useProcedures(): ReadonlyMap<string, OperatorProcedure> {
  const loaded = useApi<{ operators: readonly OperatorProcedure[] }>('/privacy/request-procedures');
  return useMemo(() => new Map((loaded.data?.operators ?? []).map((o) => [o.id, o])), [loaded.data]);
}
