import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { Check } from '../forms/Check.tsx';
import { Field } from '../forms/Field.tsx';
import { SubmitRow } from '../forms/inputs.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { type IdentityKind, identitiesFrom } from './incident-form.ts';

interface NotifyResult {
  readonly outcomes: readonly {
    readonly index: number;
    readonly outcome: 'emailed' | 'letter' | 'already-notified' | 'not-found' | 'no-contact' | 'failed';
    readonly subjectId?: string;
    readonly notificationId?: string;
  }[];
  readonly emailed: number;
  readonly letters: number;
  readonly unreached: number;
}

const KINDS: readonly IdentityKind[] = ['email', 'staff-number', 'my-number', 'name-birth'];

/**
 * BR-11: the affected people as the investigation identified them, looked up in the company databases; each is
 * e-mailed or gets a letter (PDF, for posting) with the newest report draft's items 1, 2, 4, 5 and 9.
 */
export function AffectedPeopleForm({
  incidentId,
  onDone,
}: {
  readonly incidentId: string;
  readonly onDone: () => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<IdentityKind>('email');
  const [people, setPeople] = useState('');
  const [channel, setChannel] = useState<'auto' | 'email' | 'letter'>('auto');
  const [lang, setLang] = useState<'ja' | 'en'>('ja');
  const [resend, setResend] = useState(false);
  const [result, setResult] = useState<NotifyResult | undefined>(undefined);
  const action = useSubmit();
  const base = `/api/v1/incidents/${encodeURIComponent(incidentId)}/notifications`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(undefined);
    const answer = await action.run<NotifyResult>('POST', `${base}/affected-people`, {
      identities: identitiesFrom(kind, people),
      channel,
      lang,
      resend,
    });
    if (answer) {
      setResult(answer);
      onDone();
    }
  };
  const fields = {
    identities: { id: 'ntf-people', label: t('incidents.notify.people') },
    notice: { id: 'ntf-people', label: t('incidents.notify.noticeItems') },
  };
  return (
    <details className="inc-subform">
      <summary>{t('incidents.notify.generate')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('incidents.notify.generate')}>
        <p className="hint">{t('incidents.notify.generateHint')}</p>
        <ErrorSummary error={action.error} fields={fields} />
        <div className="rq-inline">
          <div className="field">
            <label htmlFor="ntf-kind">{t('incidents.notify.identityKind')}</label>
            <select id="ntf-kind" value={kind} onChange={(e) => setKind(e.target.value as IdentityKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`incidents.identity.${k}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="ntf-channel">{t('incidents.notify.channel')}</label>
            <select id="ntf-channel" value={channel} onChange={(e) => setChannel(e.target.value as typeof channel)}>
              {(['auto', 'email', 'letter'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`incidents.channel.${c}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="ntf-lang">{t('incidents.notify.lang')}</label>
            <select id="ntf-lang" value={lang} onChange={(e) => setLang(e.target.value as 'ja' | 'en')}>
              <option value="ja">日本語</option>
              <option value="en" lang="en">
                English
              </option>
            </select>
          </div>
        </div>
        <Field
          id="ntf-people"
          label={t('incidents.notify.people')}
          field="identities"
          error={action.error}
          hint={t(kind === 'name-birth' ? 'incidents.notify.peopleHintNameBirth' : 'incidents.notify.peopleHint')}
        >
          {(aria) => (
            <textarea
              value={people}
              onChange={(e) => setPeople(e.target.value)}
              spellCheck={false}
              autoComplete="off"
              {...aria}
            />
          )}
        </Field>
        <Check id="ntf-resend" label={t('incidents.notify.resend')} checked={resend} onChange={setResend} />
        <SubmitRow busy={action.busy} label={t('incidents.notify.send')} />
      </form>
      {result ? (
        <div role="status" data-testid="notify-result">
          <p>
            {t('incidents.notify.result', {
              emailed: result.emailed,
              letters: result.letters,
              unreached: result.unreached,
            })}
          </p>
          {result.unreached > 0 ? <p className="hint">{t('incidents.notify.unreachedHint')}</p> : null}
          <ul>
            {result.outcomes.map((o) => (
              <li key={o.index}>
                {t('incidents.notify.line', { n: o.index + 1 })}: {t(`incidents.outcome.${o.outcome}` as MessageKey)}
                {o.subjectId ? (
                  <>
                    {' · '}
                    <Link to={`/people?subject=${encodeURIComponent(o.subjectId)}`}>{o.subjectId}</Link>
                  </>
                ) : null}
                {o.outcome === 'letter' && o.notificationId ? (
                  <>
                    {' · '}
                    <a href={`${base}/${o.notificationId}/letter`}>{t('incidents.notify.letterPdf')}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </details>
  );
}
