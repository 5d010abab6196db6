import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import type { Change } from './ledger-types.ts';

const SEVERITY_CLASS = { 'expands-use': 'badge warn', 'restricts-use': 'badge ok', neutral: 'badge' } as const;

/** Changes between two ledgers in the domain's words, grouped by section, each marked by what it does to use. */
export function ChangeList({ changes }: { readonly changes: readonly Change[] }) {
  const { t } = useI18n();
  if (changes.length === 0) return <p>{t('ledger.diff.none')}</p>;
  const sections = [...new Set(changes.map((c) => c.section))];
  const expands = changes.filter((c) => c.severity === 'expands-use').length;
  return (
    <div className="change-list" data-testid="changes">
      <p>
        {t('ledger.diff.summary', { count: changes.length })}
        {expands > 0 ? (
          <>
            {' '}
            <span className="badge warn">{t('ledger.diff.expandsCount', { count: expands })}</span>
          </>
        ) : null}
      </p>
      {sections.map((section) => (
        <section key={section} aria-label={t(`ledger.section.${section}` as MessageKey)}>
          <h4>{t(`ledger.section.${section}` as MessageKey)}</h4>
          <ul>
            {changes
              .filter((c) => c.section === section)
              .map((c) => (
                <li key={`${c.kind}:${c.id}:${c.sentence}`} className={`change ${c.severity}`}>
                  <span className={SEVERITY_CLASS[c.severity]}>{t(`ledger.severity.${c.severity}` as MessageKey)}</span>{' '}
                  {c.sentence}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
