import { useEffect, useState } from 'react';
import { api } from '../../shared/api.ts';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useSession } from '../session.tsx';
import type { Delivery, DocumentInfo, TimelineEvent } from './types.ts';

// Account ids resolved to e-mail addresses once per page load (shared by every record that names them).
const names = new Map<string, Promise<string>>();
function accountName(id: string): Promise<string> {
  let found = names.get(id);
  if (found === undefined) {
    found = api<{ email: string; displayName?: string }>('GET', `/api/v1/accounts/${encodeURIComponent(id)}`).then(
      (a) => (a.displayName ? `${a.displayName} (${a.email})` : a.email),
      () => id,
    );
    names.set(id, found);
  }
  return found;
}

/** Who did it: "you" for the signed-in user, the person for the privacy center, else the account's e-mail. */
export function ActorName({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [name, setName] = useState<string | undefined>(undefined);
  const special =
    id === me.account.id ? t('requests.actor.you') : id === 'public' ? t('requests.actor.public') : undefined;
  useEffect(() => {
    if (special !== undefined) return;
    let live = true;
    void accountName(id).then((n) => {
      if (live) setName(n);
    });
    return () => {
      live = false;
    };
  }, [id, special]);
  return <span className="rq-actor">{special ?? name ?? id}</span>;
}

const note = (value: Record<string, unknown> | undefined) =>
  value === undefined
    ? ''
    : Object.entries(value)
        .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
        .join(', ');

/** The audit trail: every step with who, when, from which status to which. */
export function Timeline({ events }: { readonly events: readonly TimelineEvent[] }) {
  const { t, dateTime } = useI18n();
  const action = (name: string) => {
    const key = `requests.action.${name}` as MessageKey;
    const text = t(key);
    return text === key ? name : text;
  };
  return (
    <section className="card req-card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('requests.timeline.title')}</h2>
      <div className="table-wrap">
        <table data-testid="timeline">
          <thead>
            <tr>
              <th scope="col">{t('requests.timeline.at')}</th>
              <th scope="col">{t('requests.timeline.action')}</th>
              <th scope="col">{t('requests.timeline.status')}</th>
              <th scope="col">{t('requests.timeline.actor')}</th>
              <th scope="col">{t('requests.timeline.note')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.seq}>
                <td className="rq-when">{dateTime(e.at)}</td>
                <th scope="row">{action(e.action)}</th>
                <td>
                  {e.from ? `${t(`requests.status.${e.from}` as MessageKey)} → ` : ''}
                  {t(`requests.status.${e.to}` as MessageKey)}
                </td>
                <td>
                  <ActorName id={e.actor} />
                </td>
                <td className="rq-note">{note(e.note)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The identity and agent-authority documents the person sent (opened through the API, each read logged). */
export function Documents({
  requestId,
  documents,
}: {
  readonly requestId: string;
  readonly documents: readonly DocumentInfo[];
}) {
  const { t, dateTime, number } = useI18n();
  const uploads = documents.filter((d) => d.kind !== 'response');
  return (
    <section className="card req-card" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('requests.documents.title')}</h2>
      {uploads.length === 0 ? (
        <p className="hint">{t('requests.documents.none')}</p>
      ) : (
        <ul className="rq-documents" data-testid="documents">
          {uploads.map((d) => {
            const href = `/api/v1/requests/${requestId}/documents/${d.id}`;
            return (
              <li key={d.id}>
                {d.mediaType.startsWith('image/') && d.mediaType !== 'image/heic' ? (
                  <img src={href} alt={t('requests.documents.image', { name: d.fileName })} className="rq-thumb" />
                ) : null}
                <div>
                  <a href={href}>{d.fileName}</a>
                  <p className="hint">
                    {t(`requests.document.${d.kind}` as MessageKey)} · {d.mediaType} ·{' '}
                    {number(Math.ceil(d.size / 1024))} KB · {dateTime(d.uploadedAt)}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p className="hint">{t('requests.documents.logged')}</p>
    </section>
  );
}

/** Download links sent (with their use) and paper replies posted. */
export function Deliveries({ deliveries }: { readonly deliveries: readonly Delivery[] }) {
  const { t, dateTime } = useI18n();
  if (deliveries.length === 0) return null;
  return (
    <section className="card req-card" aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">{t('requests.deliveries.title')}</h2>
      <ul data-testid="deliveries">
        {deliveries.map((d) => (
          <li key={d.id}>
            <ActorName id={d.createdBy} />:{' '}
            {d.kind === 'download'
              ? t('requests.deliveries.download', {
                  at: dateTime(d.createdAt),
                  used: d.downloads,
                  max: d.maxDownloads,
                  expires: dateTime(d.expiresAt),
                })
              : t('requests.deliveries.paper', {
                  at: dateTime(d.dispatch?.at ?? d.createdAt),
                  method: d.dispatch?.method ?? '',
                })}
            {d.revokedAt ? ` · ${t('requests.deliveries.revoked', { at: dateTime(d.revokedAt) })}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
