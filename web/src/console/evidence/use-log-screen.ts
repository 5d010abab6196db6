import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../../shared/use-api.ts';
import { filterQuery, type LogFilter, type LogPage } from './log-types.ts';

const KEYS = ['type', 'actor', 'subject', 'route', 'operator', 'from', 'to'] as const;
export const PAGE_SIZE = 50;

/**
 * A log screen's state in the URL (filters and the page cursor, so a link or a reload shows the same page) and
 * the cursors of the pages before it, for "previous".
 */
export function useLogScreen(endpoint: string) {
  const [params, setParams] = useSearchParams();
  const [previous, setPrevious] = useState<readonly string[]>([]);
  const filter: LogFilter = Object.fromEntries(
    KEYS.flatMap((key) => {
      const value = params.get(key);
      return value ? [[key, value]] : [];
    }),
  );
  const after = params.get('after') ?? undefined;
  const query = filterQuery(filter);
  query.set('limit', String(PAGE_SIZE));
  if (after !== undefined) query.set('after', after);
  const page = useApi<LogPage>(`${endpoint}?${query.toString()}`);

  const go = (next: LogFilter, cursor?: string) => {
    const search = new URLSearchParams();
    for (const key of KEYS) {
      const value = next[key];
      if (value) search.set(key, value);
    }
    if (cursor !== undefined) search.set('after', cursor);
    setParams(search);
  };
  return {
    filter,
    page,
    /** The API query of the current filters (for the CSV download). */
    query: filterQuery(filter),
    apply: (next: LogFilter) => {
      setPrevious([]);
      go(next);
    },
    next:
      page.data?.next === undefined
        ? undefined
        : () => {
            setPrevious((stack) => [...stack, after ?? '']);
            go(filter, String(page.data?.next));
          },
    previous:
      after === undefined
        ? undefined
        : () => {
            const stack = [...previous];
            const back = stack.pop();
            setPrevious(stack);
            go(filter, back ? back : undefined);
          },
    pageNumber: previous.length + 1,
  };
}
