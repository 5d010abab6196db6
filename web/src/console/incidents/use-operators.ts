import { useLedger } from '../ledger/ledger-context.tsx';
import { useSession } from '../session.tsx';

/** The operators this account works for (all of the ledger's for an unrestricted account), with their names. */
export function useOperators(): readonly { readonly id: string; readonly name: string }[] {
  const { me } = useSession();
  const { ledger, nameOf } = useLedger();
  const ids = me.account.operators === 'all' ? ledger.operators.map((o) => o.id) : me.account.operators;
  return ids.map((id) => ({ id, name: nameOf('operators', id) }));
}
