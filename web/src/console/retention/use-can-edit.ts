import { hasRole, useSession } from '../session.tsx';

/** Whether the signed-in account may change retention and contractor records (the API's EDITORS; auditors read). */
export function useCanEdit(): boolean {
  const { me } = useSession();
  return hasRole(me, 'administrator', 'privacy-staff');
}
