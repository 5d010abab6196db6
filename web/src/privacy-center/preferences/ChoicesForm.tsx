import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api } from '../../shared/api.ts';
import { useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { AskLinkForm } from './AskLinkForm.tsx';
import { ChoiceCard } from './ChoiceCard.tsx';
import { choiceKey, initialAnswer, type PreferenceChoice, type Preferences } from './types.ts';

type Outcome = { kind: 'saved'; count: number } | { kind: 'changed' } | { kind: 'error'; message: string };

/** Step two, behind the mailed link: the person's choices, saved together; only changes are recorded. */
export function ChoicesForm({ token }: { readonly token: string }) {
  const { t, dateTime, locale } = useI18n();
  const prefs = useApi<Preferences>(`/privacy/preferences/${encodeURIComponent(token)}?lang=${locale}`);
  const [wanted, setWanted] = useState<ReadonlyMap<string, boolean | undefined>>(new Map());
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (prefs.data) setWanted(new Map(prefs.data.choices.map((c) => [choiceKey(c), initialAnswer(c)])));
  }, [prefs.data]);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  if (prefs.error !== undefined) {
    const status = prefs.error instanceof ApiError ? prefs.error.status : 0;
    return (
      <>
        <p className="error" role="alert">
          {status === 410
            ? t('privacyPrefs.expired')
            : status === 404 || status === 400
              ? t('privacyPrefs.invalid')
              : t('common.error', { message: prefs.error instanceof Error ? prefs.error.message : '' })}
        </p>
        <AskLinkForm />
      </>
    );
  }
  if (prefs.data === undefined) return <p>{t('common.loading')}</p>;
  const data = prefs.data;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const answers = data.choices.flatMap((c) => {
      const answer = wanted.get(choiceKey(c));
      return answer === undefined || answer === initialAnswer(c) ? [] : [{ kind: c.kind, id: c.id, consent: answer }];
    });
    setSaving(true);
    try {
      const result = await api<{ saved: readonly unknown[] }>(
        'POST',
        `/privacy/preferences/${encodeURIComponent(token)}`,
        {
          body: {
            lang: locale,
            noticeVersion: data.noticeVersion,
            choices: answers,
          },
        },
      );
      setOutcome({ kind: 'saved', count: result.saved.length });
      prefs.reload();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setOutcome({ kind: 'changed' });
        prefs.reload();
      } else {
        setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      setSaving(false);
    }
  };
  const groups: readonly [string, readonly PreferenceChoice[]][] = [
    [t('privacyPrefs.groupPurposes'), data.choices.filter((c) => c.kind === 'purpose')],
    [t('privacyPrefs.groupRecipients'), data.choices.filter((c) => c.kind === 'recipient')],
  ];
  return (
    <form onSubmit={(event) => void save(event)} className="prf-form">
      <h2>{t('privacyPrefs.yourChoices')}</h2>
      <p className="hint">{t('privacyPrefs.linkValid', { time: dateTime(data.expiresAt) })}</p>
      <div ref={outcomeRef} tabIndex={-1} className="prf-outcome" aria-live="polite">
        {outcome?.kind === 'saved' ? (
          <p className="notice-ok" role="status" data-testid="prefs-saved">
            {outcome.count === 0 ? t('privacyPrefs.noChange') : t('privacyPrefs.saved', { count: outcome.count })}
          </p>
        ) : outcome?.kind === 'changed' ? (
          <p className="error" role="alert">
            {t('privacyPrefs.changed')}
          </p>
        ) : outcome?.kind === 'error' ? (
          <p className="error" role="alert">
            {t('common.error', { message: outcome.message })}
          </p>
        ) : null}
      </div>
      {data.choices.length === 0 ? <p>{t('privacyPrefs.none')}</p> : null}
      {groups.map(([title, choices]) =>
        choices.length === 0 ? null : (
          <section key={title} className="prf-group" aria-label={title}>
            <h3>{title}</h3>
            <ul className="prf-list">
              {choices.map((choice) => (
                <ChoiceCard
                  key={choiceKey(choice)}
                  choice={choice}
                  wanted={wanted.has(choiceKey(choice)) ? wanted.get(choiceKey(choice)) : initialAnswer(choice)}
                  onChange={(value) => setWanted((map) => new Map(map).set(choiceKey(choice), value))}
                />
              ))}
            </ul>
          </section>
        ),
      )}
      <p className="hint">{t('privacyPrefs.recordNote')}</p>
      <div className="actions">
        <button type="submit" disabled={saving}>
          {saving ? t('privacyPrefs.saving') : t('privacyPrefs.save')}
        </button>
        <Link className="button secondary" to="/">
          {t('privacyPrefs.noticeLink')}
        </Link>
      </div>
    </form>
  );
}
