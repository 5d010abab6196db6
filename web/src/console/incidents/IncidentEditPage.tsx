import { Link, useParams } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { ErrorAlert } from '../forms/ErrorAlert.tsx';
import { IncidentForm } from './IncidentForm.tsx';
import type { IncidentRecord } from './types.ts';

/** The record form filled with an incident, to change its facts (PATCH; classified again). */
export function IncidentEditPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const loaded = useApi<IncidentRecord>(`/api/v1/incidents/${encodeURIComponent(id)}`);
  if (loaded.error !== undefined) {
    return (
      <>
        <p>
          <Link to="/incidents">{t('incidents.back')}</Link>
        </p>
        <ErrorAlert error={loaded.error} />
      </>
    );
  }
  if (loaded.data === undefined) return <p>{t('common.loading')}</p>;
  return <IncidentForm key={loaded.data.id} incident={loaded.data} />;
}
