import { useCallback } from 'react';
import { useApi } from '../../shared/use-api.ts';

interface Directory {
  readonly items: readonly { readonly id: string; readonly email: string; readonly displayName?: string }[];
}

/**
 * Actors as records name them (`user:<id>`, `application:<name>`, `cli:<name>`) shown as people read them: a
 * console account by its name or e-mail address from the user directory, anything else as recorded.
 */
export function useActorNames(): (actor: string) => string {
  const directory = useApi<Directory>('/api/v1/users/directory');
  const items = directory.data?.items;
  return useCallback(
    (actor: string) => {
      const id = actor.startsWith('user:') ? actor.slice(5) : actor;
      const user = items?.find((u) => u.id === id);
      return user ? (user.displayName ?? user.email) : actor;
    },
    [items],
  );
}
