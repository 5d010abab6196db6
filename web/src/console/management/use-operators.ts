import { useI18n } from '../../shared/i18n.tsx';
import { useProcedures } from '../requests/use-procedures.ts';
import { useSession } from '../session.tsx';

export interface OperatorChoice {
  readonly id: string;
  readonly name: string;
}

/** The operators the signed-in user works for, named in the reader's language (the id until names load). */
export function useOperators(): readonly OperatorChoice[] {
  const { locale } = useI18n();
  const { me } = useSession();
  const procedures = useProcedures();
  const ids = me.account.operators === 'all' ? [...procedures.keys()] : me.account.operators;
  return ids.map((id) => ({ id, name: procedures.get(id)?.name[locale] ?? id }));
}
