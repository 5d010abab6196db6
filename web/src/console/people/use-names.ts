import { useMemo } from 'react';
import { useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import type { LedgerNames } from './types.ts';

export interface Names {
  readonly purpose: (id: string) => string;
  readonly recipient: (id: string) => string;
  readonly item: (id: string) => string;
}

/** Ledger names for ids in the reader's language; the id itself until the ledger is loaded (or if unknown). */
export function useNames(): Names {
  const { locale } = useI18n();
  const ledger = useApi<LedgerNames>('/api/v1/ledger');
  return useMemo(() => {
    const l = ledger.data?.ledger;
    const map = (list: readonly { id: string; label: { ja: string; en: string } }[] | undefined) => {
      const byId = new Map((list ?? []).map((e) => [e.id, e.label[locale]]));
      return (id: string) => byId.get(id) ?? id;
    };
    return {
      purpose: map(l?.purposes.map((p) => ({ id: p.id, label: p.text }))),
      recipient: map([...(l?.recipients ?? []), ...(l?.contractors ?? [])].map((r) => ({ id: r.id, label: r.name }))),
      item: map(l?.dataItems.map((i) => ({ id: i.id, label: i.name }))),
    };
  }, [ledger.data, locale]);
}
