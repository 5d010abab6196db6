import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { hasRole, useSession } from '../session.tsx';
import type { Ledger, LedgerVersion, Text } from './ledger-types.ts';

interface Named {
  readonly id: string;
  readonly name?: Text;
  readonly text?: Text;
}

export interface LedgerContextValue {
  readonly version: LedgerVersion;
  readonly ledger: Ledger;
  /** Re-reads the current version and the pending proposals (after a proposal, an approval or a rejection). */
  readonly reload: () => void;
  /** Proposals waiting for approval (undefined for roles that do not see proposals). */
  readonly pending: number | undefined;
  /** A ja/en text in the console's language. */
  readonly local: (text: Text | undefined) => string;
  /** The name of an element of a section (its id when unknown: a dangling reference stays visible). */
  readonly nameOf: (
    section: 'operators' | 'subjectCategories' | 'dataItems' | 'purposes' | 'systems' | 'contractors',
    id: string,
  ) => string;
}

const Context = createContext<LedgerContextValue | undefined>(undefined);

/** Loads the current ledger version once for every ledger screen; `reload` after a change is approved. */
export function LedgerProvider({
  children,
}: {
  readonly children: (state: 'loading' | 'error' | 'ready', error?: unknown) => ReactNode;
}) {
  const { locale } = useI18n();
  const { me } = useSession();
  const current = useApi<LedgerVersion>('/api/v1/ledger');
  const pending = useApi<{ total: number }>(
    hasRole(me, 'administrator', 'privacy-staff', 'auditor')
      ? '/api/v1/ledger/proposals?status=pending&limit=1'
      : undefined,
  );
  const { reload: reloadCurrent } = current;
  const { reload: reloadPending } = pending;
  const value = useMemo<LedgerContextValue | undefined>(() => {
    if (current.data === undefined) return undefined;
    const version = current.data;
    const local = (text: Text | undefined) => (text === undefined ? '' : text[locale] || text.ja);
    const index = new Map<string, Map<string, Named>>();
    for (const section of [
      'operators',
      'subjectCategories',
      'dataItems',
      'purposes',
      'systems',
      'contractors',
    ] as const) {
      index.set(section, new Map((version.ledger[section] as readonly Named[]).map((e) => [e.id, e])));
    }
    return {
      version,
      ledger: version.ledger,
      reload: () => {
        reloadCurrent();
        reloadPending();
      },
      pending: pending.data?.total,
      local,
      nameOf: (section, id) => {
        const element = index.get(section)?.get(id);
        return element === undefined ? id : local(element.name ?? element.text) || id;
      },
    };
  }, [current.data, pending.data, reloadCurrent, reloadPending, locale]);
  const state = value !== undefined ? 'ready' : current.error !== undefined ? 'error' : 'loading';
  return <Context.Provider value={value}>{children(state, current.error)}</Context.Provider>;
}

export function useLedger(): LedgerContextValue {
  const value = useContext(Context);
  if (value === undefined) throw new Error('useLedger outside a loaded LedgerProvider');
  return value;
}

interface DirectoryEntry {
  readonly id: string;
  readonly email: string;
  readonly displayName?: string;
}

/** The console's accounts: their ids (for choosing an actor) and names for ids in histories and logs. */
export function useDirectory(): {
  readonly ids: readonly string[];
  readonly nameOf: (id: string | undefined) => string;
} {
  const directory = useApi<{ items: DirectoryEntry[] }>('/api/v1/users/directory');
  return useMemo(() => {
    const items = directory.data?.items ?? [];
    const names = new Map(items.map((u) => [u.id, u.displayName ?? u.email]));
    return {
      ids: items.map((u) => u.id),
      // `mamori (first start)`, `cli`, `system` and application ids stay as they are.
      // Sign-in entries name accounts as `user:<id>`.
      nameOf: (id) => (id === undefined ? '—' : (names.get(id) ?? names.get(id.replace(/^user:/, '')) ?? id)),
    };
  }, [directory.data]);
}

/** Names for account ids in histories. */
export function useUserNames(): (id: string | undefined) => string {
  return useDirectory().nameOf;
}
