import { useI18n } from '../../shared/i18n.tsx';
import { LinkedText } from '../../shared/notice/LinkedText.tsx';
import type { PreferenceChoice } from './types.ts';

/**
 * One thing the person may say yes or no to: what it is, for whom, which information, the OT-1 information
 * for a provision abroad (shown before the choice), what they said last, and the two answers.
 */
export function ChoiceCard({
  choice,
  wanted,
  onChange,
}: {
  readonly choice: PreferenceChoice;
  /** Undefined: no answer chosen yet. */
  readonly wanted: boolean | undefined;
  readonly onChange: (wanted: boolean) => void;
}) {
  const { t, date } = useI18n();
  const base = `prf-${choice.kind}-${choice.id}`;
  const optIn = choice.mode === 'opt-in';
  return (
    <li className="prf-choice card" data-testid={`choice-${choice.id}`}>
      <fieldset aria-describedby={`${base}-status`}>
        <legend className="prf-title">{choice.title}</legend>
        <p className="prf-mode">
          <span className={`badge ${optIn ? '' : 'warn'}`}>
            {optIn ? t('privacyPrefs.optIn') : t('privacyPrefs.optOut')}
          </span>
        </p>
        {choice.details.map((line) => (
          <p key={line} className="prf-detail">
            <LinkedText text={line} />
          </p>
        ))}
        <dl className="prf-facts">
          {choice.recipientKind ? (
            <div>
              <dt>{t('privacyPrefs.recipientKind')}</dt>
              <dd>{choice.recipientKind}</dd>
            </div>
          ) : null}
          {choice.purposesAtRecipient.length > 0 ? (
            <div>
              <dt>{t('privacyPrefs.recipientPurposes')}</dt>
              <dd>{choice.purposesAtRecipient.join(' / ')}</dd>
            </div>
          ) : null}
          {choice.categories.length > 0 ? (
            <div>
              <dt>{t('privacyPrefs.who')}</dt>
              <dd>{choice.categories.join(' / ')}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('privacyPrefs.items')}</dt>
            <dd>{choice.items.join(' / ')}</dd>
          </div>
          {choice.operators.length > 0 ? (
            <div>
              <dt>{t('privacyPrefs.companies')}</dt>
              <dd>{choice.operators.join(' / ')}</dd>
            </div>
          ) : null}
        </dl>
        {choice.overseas ? (
          <section className="prf-overseas" aria-labelledby={`${base}-abroad`}>
            <h4 id={`${base}-abroad`}>{t('privacyPrefs.overseasTitle', { country: choice.overseas.countryName })}</h4>
            <p>{t('privacyPrefs.overseasIntro')}</p>
            <dl>
              <dt>{t('privacyPrefs.overseasCountry')}</dt>
              <dd>{choice.overseas.countryName}</dd>
              <dt>{t('privacyPrefs.overseasSystem')}</dt>
              <dd>
                {choice.overseas.system.map((line) => (
                  <span key={line} className="ntc-line">
                    <LinkedText text={line} />
                  </span>
                ))}
              </dd>
              {choice.overseas.measures ? (
                <>
                  <dt>{t('privacyPrefs.overseasMeasures')}</dt>
                  <dd>{choice.overseas.measures}</dd>
                </>
              ) : null}
              {choice.overseas.foreignSystemImpact ? (
                <>
                  <dt>{t('privacyPrefs.overseasImpact')}</dt>
                  <dd>{choice.overseas.foreignSystemImpact}</dd>
                </>
              ) : null}
            </dl>
          </section>
        ) : null}
        <p className="prf-status" id={`${base}-status`}>
          {choice.last
            ? t(`privacyPrefs.status.${choice.last.status}`, { date: date(choice.last.at) })
            : optIn
              ? t('privacyPrefs.status.none')
              : t('privacyPrefs.status.activeDefault')}
        </p>
        <div className="prf-answers">
          {[true, false].map((value) => {
            const id = `${base}-${value ? 'yes' : 'no'}`;
            const label = optIn
              ? t(value ? 'privacyPrefs.optIn.yes' : 'privacyPrefs.optIn.no')
              : t(value ? 'privacyPrefs.optOut.yes' : 'privacyPrefs.optOut.no');
            return (
              <div className="prf-answer" key={id}>
                <input type="radio" id={id} name={base} checked={wanted === value} onChange={() => onChange(value)} />
                <label htmlFor={id}>{label}</label>
              </div>
            );
          })}
        </div>
        <p className="hint prf-version">{t('privacyPrefs.infoVersion', { version: choice.informationVersion })}</p>
      </fieldset>
    </li>
  );
}
